"""qt_bridge.rebind: a panel that switches documents follows the new one only (the status bar
is refreshed by the new document's changes, never by the old one's), and a deleted old source is
ignored. Slots follow the typed signals they need: the status bar recounts on statuses, links
and flows only; the notifier has no generic ``changed`` signal and nothing connects to one."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from shiboken6 import delete

from valuechain_gui.model import Link, LinkStatus
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


def test_status_bar_recounts_on_statuses_links_and_flows_only(qapp):
    document = new_document("en")
    project = document.project
    up = Link(name="Sensors", stage_id=project.stages[0].id)
    down = Link(name="Motors", stage_id=project.stages[1].id)
    project.add_links([up, down])
    bar = ChainStatusBar()
    bar.set_document(document)
    project.update_links({up.id: {"position": (80.0, 0.0)}, down.id: {"name": "Drives"}})
    project.update_links({up.id: {"notes": "two suppliers"}})
    assert bar.count_labels[LinkStatus.WEAK].text() == "0 weak"
    refreshes: list[str] = []
    bar.refresh = lambda: refreshes.append("recount")  # type: ignore[method-assign]
    project.update_links({up.id: {"position": (120.0, 0.0)}, down.id: {"name": "Actuators"}})
    assert refreshes == []  # a drag or a rename changes no count
    project.set_status([up.id], LinkStatus.WEAK)  # counted from the retagged link alone
    assert refreshes == [] and bar.count_labels[LinkStatus.WEAK].text() == "1 weak"
    project.add_flow(up.id, down.id)
    assert refreshes == ["recount"]


def test_the_notifier_has_no_generic_changed_signal_and_nothing_follows_one(qapp):
    document = new_document("en")
    assert not hasattr(document.notifier, "changed")
    root = Path(__file__).resolve().parents[3] / "src" / "valuechain_gui"
    users = [str(path.relative_to(root)) for path in root.rglob("*.py")
             if re.search(r"notifier\.changed\b", path.read_text(encoding="utf-8"))]
    assert users == []
