"""The bridge from the live session's network thread to the GUI thread: callbacks made on
another thread arrive as signals handled on the GUI thread, in the order they were made; after
detach nothing arrives."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from valuechain_gui.ui.share.bridge import LiveBridge


def test_callbacks_from_another_thread_arrive_in_order_on_the_gui_thread(qapp, qtbot):
    bridge = LiveBridge()
    seen: list[tuple] = []
    threads: set[QThread] = set()

    def record(*args: object) -> None:
        seen.append(args)
        threads.add(QThread.currentThread())

    bridge.update_received.connect(record)
    bridge.status_changed.connect(record)
    bridge.peers_changed.connect(record)
    callbacks = bridge.callbacks()

    def network() -> None:
        callbacks["on_update"](b"\x01\x02")
        callbacks["on_status"]("connected", "")
        callbacks["on_peers"]([{"name": "Pôle B", "client_id": 7}])

    worker = threading.Thread(target=network)
    with qtbot.waitSignal(bridge.peers_changed, timeout=3000):
        worker.start()
    worker.join(timeout=5)
    assert seen == [(b"\x01\x02",), ("connected", ""), ([{"name": "Pôle B", "client_id": 7}],)]
    assert threads == {qapp.thread()}


def test_after_detach_nothing_is_relayed(qapp, qtbot):
    bridge = LiveBridge()
    bridge.detach()
    with qtbot.assertNotEmitted(bridge.status_changed, wait=200):
        worker = threading.Thread(target=bridge.on_status, args=("offline", "lost"))
        worker.start()
        worker.join(timeout=5)
