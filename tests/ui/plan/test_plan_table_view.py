"""The plan table after rows leave or enter its tab (a retag between weak and missing): the rows
under the change are moved on screen and only what that uncovers is painted, and the window
shows exactly what a full repaint of the table shows."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QUndoStack
from PySide6.QtWidgets import QApplication

from valuechain_gui.model import Action, ActionKind, LinkStatus, Priority, Project
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.plan.dock import PlanDock
from valuechain_gui.ui.plan.table_model import COL_TITLE, TAB_LOCAL


class PaintedRows(QObject):
    """Pixel rows of the watched widget repainted (bounding rectangles, summed)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = 0

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.rows += event.region().boundingRect().height()
        return False


def _project(links: int = 40) -> Project:
    project = Project.new(language="en", target_market="Agricultural robots")
    stage = project.stages[1].id
    made = [project.make_link(f"Link {i:02d}", stage, position=(0.0, i * 80.0))
            for i in range(links)]
    project.add_links(made)
    project.set_status([link.id for link in made], LinkStatus.WEAK)
    for i, link in enumerate(made):  # varied cells: empty owners (amber), budgets, deadlines
        project.add_action(Action(
            link_id=link.id, kind=ActionKind.LOCAL_REINFORCEMENT, title=f"Action {i}",
            owner="" if i % 3 == 0 else f"Owner {i}",
            deadline=date(2027, 1 + i % 12, 1) if i % 4 else None,
            budget=1000.0 * i if i % 2 else None,
            priority=list(Priority)[i % 3]))
    return project


@pytest.fixture
def shown(qtbot):
    project = _project()
    dock = PlanDock(project, DocumentEdit(project, QUndoStack()))
    qtbot.addWidget(dock)
    dock.resize(900, 330)
    dock.show()
    qtbot.waitExposed(dock)
    view = dock.views[TAB_LOCAL]
    qtbot.waitUntil(lambda: view.rowAt(0) == 0)
    return project, dock, view


def _settle() -> None:
    for _ in range(4):  # the view's delayed layout (a zero timer), then the paint it asks for
        QApplication.processEvents()


def _on_screen(dock: PlanDock) -> QImage:
    """What the window shows: its backing store, as painted so far."""
    return QGuiApplication.primaryScreen().grabWindow(dock.winId()).toImage()


def _after_full_repaint(dock: PlanDock, view) -> QImage:
    view.viewport().repaint()
    _settle()
    return _on_screen(dock)


def test_a_row_leaving_the_tab_in_view_moves_the_rows_under_it_and_paints_one_row(shown):
    project, dock, view = shown
    painted = PaintedRows()
    view.viewport().installEventFilter(painted)
    _settle()
    painted.rows = 0
    first = view.model().index(0, 0).data()
    project.set_status([next(iter(project.links))], LinkStatus.MISSING)  # row 0 leaves
    _settle()
    assert view.model().index(0, 0).data() != first  # the next action is now on top
    assert 0 < painted.rows <= 2 * view.rowHeight(0)  # one row uncovered at the bottom
    shown_now = _on_screen(dock)
    assert shown_now == _after_full_repaint(dock, view)
    painted.rows = 0
    project.set_status([next(iter(project.links))], LinkStatus.WEAK)  # and comes back
    _settle()
    assert view.model().index(0, 0).data() == first
    assert 0 < painted.rows <= 2 * view.rowHeight(0)
    assert _on_screen(dock) == _after_full_repaint(dock, view)


def test_after_random_retags_and_scrolls_the_table_shows_what_a_full_repaint_shows(shown):
    project, dock, view = shown
    ids = list(project.links)
    rng = random.Random(20)
    bar = view.verticalScrollBar()
    for step in range(40):
        if step % 7 == 3:  # somewhere else in the table, the bottom included
            bar.setValue(rng.choice([0, bar.maximum() // 2, bar.maximum()]))
            _settle()
        if step % 5 == 2:  # a selected row moves with the others
            view.selectRow(rng.randrange(view.model().rowCount()))
            _settle()
        if step == 20:  # sorted by title: rows come back at their place in that order
            view.sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
            _settle()
        chosen = rng.sample(ids, rng.choice([1, 1, 1, 2, 3]))
        status = rng.choice([LinkStatus.WEAK, LinkStatus.MISSING])
        project.set_status(chosen, status)
        _settle()
        assert _on_screen(dock) == _after_full_repaint(dock, view), f"step {step}"
    fresh = PlanDock(project, DocumentEdit(project, QUndoStack()))
    fresh.views[TAB_LOCAL].sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert _titles(view.model()) == _titles(fresh.views[TAB_LOCAL].model())
    fresh.deleteLater()


def _titles(model) -> list[str]:
    return [model.index(row, COL_TITLE).data() for row in range(model.rowCount())]
