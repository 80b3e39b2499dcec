"""The bridge from the ballot box's callbacks to the GUI thread: a vote cast on another thread
arrives as a Qt signal handled on the GUI thread; after detach nothing arrives."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from valuechain_gui.ui.voting.bridge import VoteBridge
from valuechain_gui.workshop import BallotBox


def _box() -> BallotBox:
    return BallotBox([("l1", "LiDAR sensors", "weak"), ("l2", "Software", "missing")],
                     language="en")


def test_a_vote_cast_on_another_thread_reaches_the_gui_thread(qapp, qtbot):
    box = _box()
    bridge = VoteBridge()
    bridge.attach(box)
    threads: list[QThread] = []
    bridge.vote_cast.connect(lambda _link: threads.append(QThread.currentThread()))
    caster = threading.Thread(target=box.cast, args=("p1", "l2", "missing"))
    with qtbot.waitSignal(bridge.vote_cast, timeout=3000) as blocker:
        caster.start()
    caster.join(timeout=5)
    assert blocker.args == ["l2"]
    assert threads == [qapp.thread()]  # the slot ran on the GUI thread
    assert box.counts("l2")["missing"] == 1


def test_after_detach_votes_are_not_relayed(qapp, qtbot):
    box = _box()
    bridge = VoteBridge()
    bridge.attach(box)
    bridge.detach()
    with qtbot.assertNotEmitted(bridge.vote_cast, wait=200):
        worker = threading.Thread(target=box.cast, args=("p1", "l1", "strong"))
        worker.start()
        worker.join(timeout=5)
    assert box.counts("l1")["strong"] == 1  # the box took it; the map no longer follows it
