"""The plan's suggestion column is refreshed only where it changes (a retag on a large
plan must not make every filter proxy re-filter every row)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis.gaps import analyse
from valuechain_gui.model import ActionState, LinkStatus
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.plan.labels import priority_label
from valuechain_gui.ui.plan.filters import PlanFilterProxy
from valuechain_gui.ui.plan.table_model import COL_SUGGESTED, SORT_ROLE, TAB_ALL, PlanTableModel
from valuechain_gui.ui.document.notifier import ProjectNotifier


def cells(model) -> list[tuple]:
    return [(model.index(row, COL_SUGGESTED).data(),
             model.index(row, COL_SUGGESTED).data(Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())]


def label(gap):
    """The priority a user reads in the suggestion column's cell."""
    return None if gap is None else gap.suggested_priority


def seen(report, link_id: str) -> tuple | None:
    """What a user reads of a link's gap in the suggestion column: priority, rank, rounded
    score."""
    gap = report.by_link.get(link_id)
    return (None if gap is None
            else (gap.suggested_priority, report.rank_of(link_id), round(gap.score)))


def _retag_and_refresh(project, model, check) -> list[int]:
    """Two retags that move ranks (the second makes four gaps fewer); after each, the report
    is published and ``check(before, after, report_before, report_after, signalled)`` runs.
    Returns how many rows read differently after each."""
    signalled: dict[int, list] = {}

    def note(top, bottom, roles=()) -> None:
        if top.column() == COL_SUGGESTED:
            for row in range(top.row(), bottom.row() + 1):
                signalled[row] = list(roles)

    model.dataChanged.connect(note)

    def lowest_ranked(status: LinkStatus, count: int) -> list[str]:
        report = analyse(project.clone())
        ids = [i for i, link in project.links.items()
               if link.status == status and i in report.by_link]
        return sorted(ids, key=lambda i: -report.rank_of(i))[:count]

    shown_changes = []
    for links, status in (
            (lowest_ranked(LinkStatus.WEAK, 3), LinkStatus.MISSING),
            (lowest_ranked(LinkStatus.MISSING, 4), LinkStatus.STRONG)):  # fewer gaps: ranks move
        report_before = analyse(project.clone())
        project.set_status(links, status)
        report_after = analyse(project.clone())
        before = cells(model)  # rows are stable from here; the suggestions not yet refreshed
        signalled.clear()
        model.gap_reports.refresh()
        after = cells(model)
        check(before, after, report_before, report_after, signalled)
        shown_changes.append(sum(1 for row in range(len(after)) if before[row] != after[row]))
    return shown_changes


def _reads_as_a_fresh_analysis(project, model) -> None:
    report = analyse(project.clone())
    for row in range(model.rowCount()):  # every live row shows what a fresh analysis says
        action = model.action_at(row)
        gap = report.by_link.get(action.link_id)
        if gap is None or project.action_state(action)[0] != ActionState.LIVE:
            continue
        cell = model.index(row, COL_SUGGESTED)
        assert cell.data() == priority_label(gap.suggested_priority)
        assert f"rank {report.rank_of(gap.link_id)}" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_a_retag_signals_the_rows_whose_suggestion_reads_differently_not_all_rows(qtbot):
    project = make_chain(300)
    model = PlanTableModel(project, DocumentEdit(project, QUndoStack()), ProjectNotifier(project))
    assert any(label for label, _ in cells(model))  # the column is shown: the analysis ran

    def check(before, after, report_before, report_after, signalled) -> None:
        # Not sorted on the column: exactly the rows whose priority shown changes are
        # signalled (a tooltip is read when shown: a new rank alone repaints nothing), with
        # no sort role (it would make every filter proxy re-filter them).
        label_changed = {row for row in range(len(after)) if before[row][0] != after[row][0]}
        assert label_changed <= signalled.keys()
        shown = {row for row in range(len(after))
                 if label(report_before.by_link.get(model.action_at(row).link_id))
                 != label(report_after.by_link.get(model.action_at(row).link_id))}
        assert signalled.keys() == shown
        assert all(SORT_ROLE not in roles for roles in signalled.values())
        assert len(signalled) < len(after)

    shown_changes = _retag_and_refresh(project, model, check)
    assert shown_changes[-1] > 0  # four gaps fewer: the ranks below them moved
    _reads_as_a_fresh_analysis(project, model)


def test_sorted_on_the_suggestion_a_new_rank_is_signalled_and_the_order_follows(qtbot):
    project = make_chain(300)
    model = PlanTableModel(project, DocumentEdit(project, QUndoStack()), ProjectNotifier(project))
    proxy = PlanFilterProxy(TAB_ALL)
    proxy.setSourceModel(model)
    proxy.sort(COL_SUGGESTED, Qt.SortOrder.AscendingOrder)

    def check(before, after, report_before, report_after, signalled) -> None:
        # Exactly the rows whose gap reads differently (priority, rank or score) are signalled,
        # with the sort role, not every row. (A row whose gap changed but that shows no
        # suggestion, e.g. an obsolete action's, is signalled too.)
        changed = {row for row in range(len(after)) if before[row] != after[row]}
        assert changed <= signalled.keys()
        moved = {row for row in range(len(after))
                 if seen(report_before, model.action_at(row).link_id)
                 != seen(report_after, model.action_at(row).link_id)}
        assert signalled.keys() == moved
        assert all(SORT_ROLE in roles for roles in signalled.values())
        assert len(signalled) < len(after)

    _retag_and_refresh(project, model, check)
    _reads_as_a_fresh_analysis(project, model)
    fresh = PlanFilterProxy(TAB_ALL)
    fresh.setSourceModel(model)
    fresh.sort(COL_SUGGESTED, Qt.SortOrder.AscendingOrder)
    assert ([proxy.index(row, COL_SUGGESTED).data(SORT_ROLE) for row in range(proxy.rowCount())]
            == [fresh.index(row, COL_SUGGESTED).data(SORT_ROLE)
                for row in range(fresh.rowCount())])
    assert model.rank_sorted
    proxy.sort(-1)  # back to the plan's order: ranks alone are no longer signalled
    fresh.sort(COL_SUGGESTED - 1)
    assert not model.rank_sorted
