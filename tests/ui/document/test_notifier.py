"""qt_bridge.rebind: a panel that switches documents follows the new one only (the status bar
is refreshed by the new document's changes, never by the old one's), and a deleted old source is
ignored."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from shiboken6 import delete

from valuechain_gui.model import Link
from valuechain_gui.ui.document.document import new_document
from valuechain_gui.ui.document.notifier import rebind
from valuechain_gui.ui.shell.status_bar import ChainStatusBar


class _Source(QObject):
    changed = Signal(object)


def test_rebind_moves_the_slot_to_the_new_signal(qapp):
    old, new, seen = _Source(), _Source(), []
    rebind(None, old.changed, seen.append)
    old.changed.emit("first")
    rebind(old.changed, new.changed, seen.append)
    old.changed.emit("from the old source")
    new.changed.emit("from the new source")
    assert seen == ["first", "from the new source"]


def test_rebind_ignores_a_deleted_old_source(qapp):
    old, new, seen = _Source(), _Source(), []
    old.changed.connect(seen.append)
    signal = old.changed
    delete(old)
    rebind(signal, new.changed, seen.append)
    new.changed.emit("still followed")
    assert seen == ["still followed"]


def test_status_bar_follows_only_the_new_document(qapp):
    first, second = new_document("en"), new_document("en")
    bar = ChainStatusBar()
    bar.set_document(first)
    bar.set_document(second)
    refreshes: list[int] = []
    bar.refresh = lambda: refreshes.append(len(bar._document.project.links))  # type: ignore
    first.project.add_link(Link(name="Sensors", stage_id=first.project.stages[0].id))
    assert refreshes == []  # the old document no longer reaches the bar
    second.project.add_link(Link(name="Sensors", stage_id=second.project.stages[0].id))
    second.project.add_link(Link(name="Motors", stage_id=second.project.stages[0].id))
    assert refreshes == [1, 2]
