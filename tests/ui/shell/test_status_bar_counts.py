"""The status bar's counts follow retags (counted from the retagged links only), undo, links added
and removed, and always equal a count made afresh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

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


def shown_window(qtbot, document: Document) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget())
    bar = ChainStatusBar()
    window.setStatusBar(bar)
    bar.set_document(document)
    window.resize(900, 200)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(passes: int = 5) -> None:
    for _ in range(passes):
        QApplication.processEvents()


class LayoutRequests(QObject):
    """Counts the layout requests the status bar and its window receive."""

    def __init__(self, *watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_count_of_the_same_width_lays_nothing_out_again(qtbot):
    document = Document(load_project(SAMPLE))
    window = shown_window(qtbot, document)
    bar = window.statusBar()
    weak = next(link.id for link in document.project.links.values()
                if link.status == LinkStatus.WEAK)
    assert document.edit.set_status([weak], LinkStatus.MISSING)  # first change fixes the sizes
    settle()  # the layout that follows climbs one parent per pass
    requests = LayoutRequests(window, bar, bar.count_labels[LinkStatus.WEAK].parentWidget())
    texts = []
    for status in (LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.WEAK):
        assert document.edit.set_status([weak], status)
        QApplication.processEvents()
        texts.append(bar.count_labels[LinkStatus.MISSING].text())
    assert len(set(texts)) == 2  # the count changed, its width did not (one digit)
    assert requests.count == 0
    document.undo_stack.clear()


def test_the_bar_looks_as_a_fresh_one_after_counts_change_width_and_weight(qtbot):
    """Counts that gain or lose a digit, and the count to assess turning bold and back, show
    exactly what a status bar made afresh for the same project shows."""
    document = Document(load_project(SAMPLE))
    window = shown_window(qtbot, document)
    links = document.project.links.values()
    weak = [link.id for link in links if link.status == LinkStatus.WEAK]
    strong = [link.id for link in links if link.status == LinkStatus.STRONG]
    edits = [(weak[:1], LinkStatus.MISSING), (weak, LinkStatus.UNASSESSED),
             (strong + weak, LinkStatus.MISSING), (weak, LinkStatus.STRONG)]
    for ids, status in edits:
        assert document.edit.set_status(ids, status)
        QApplication.processEvents()
        fresh_window = shown_window(qtbot, document)
        QApplication.processEvents()
        assert window.grab().toImage() == fresh_window.grab().toImage(), status
        fresh_window.close()
    document.undo_stack.clear()
