"""The status bar's counts follow retags (counted from the retagged links only), undo, links added
and removed, and always equal a count made afresh."""

from __future__ import annotations

from pathlib import Path

from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.shell.status_bar import ChainStatusBar

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


def shown(bar: ChainStatusBar) -> list[str]:
    return [bar.count_labels[status].text() for status in LinkStatus] + [bar.totals_label.text()]


def fresh(document: Document) -> list[str]:
    bar = ChainStatusBar()
    bar.set_document(document)
    return shown(bar)


def test_counts_follow_retags_undo_and_deletions(qtbot):
    document = Document(load_project(SAMPLE))
    bar = ChainStatusBar()
    qtbot.addWidget(bar)
    bar.set_document(document)
    project = document.project
    counts = project.counts_by_status()
    weak = [link.id for link in project.links.values() if link.status == LinkStatus.WEAK][:2]
    strong = next(link.id for link in project.links.values() if link.status == LinkStatus.STRONG)
    assert document.edit.set_status(weak, LinkStatus.MISSING)
    assert bar.count_labels[LinkStatus.MISSING].text().startswith(
        f"{counts[LinkStatus.MISSING] + 2} ")
    assert shown(bar) == fresh(document)
    assert document.edit.set_status([strong, weak[0]], LinkStatus.UNASSESSED)
    assert shown(bar) == fresh(document)
    assert bar.unassessed_label.styleSheet() == "font-weight: bold;"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert shown(bar) == fresh(document)
    assert bar.count_labels[LinkStatus.WEAK].text().startswith(f"{counts[LinkStatus.WEAK]} ")
    document.edit.remove_links([strong])
    assert shown(bar) == fresh(document)
    document.undo_stack.undo()
    assert shown(bar) == fresh(document)
    document.undo_stack.clear()
