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
from valuechain_gui.ui.plan.table_model import COL_SUGGESTED, PlanTableModel
from valuechain_gui.ui.document.notifier import ProjectNotifier


def cells(model) -> list[tuple]:
    return [(model.index(row, COL_SUGGESTED).data(),
             model.index(row, COL_SUGGESTED).data(Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())]


def seen(gap) -> tuple | None:
    """What a user reads of a gap in the suggestion column: priority, rank, rounded score."""
    return None if gap is None else (gap.suggested_priority, gap.rank, round(gap.score))


def test_a_retag_signals_the_rows_whose_suggestion_changed_not_all_rows(qtbot):
    project = make_chain(300)
    model = PlanTableModel(project, DocumentEdit(project, QUndoStack()), ProjectNotifier(project))
    assert any(label for label, _ in cells(model))  # the column is shown: the analysis ran
    signalled: set[int] = set()
    model.dataChanged.connect(
        lambda top, bottom, roles=(): signalled.update(range(top.row(), bottom.row() + 1))
        if top.column() == COL_SUGGESTED else None)
    shown_changes: list[int] = []
    def lowest_ranked(status: LinkStatus, count: int) -> list[str]:
        gaps = analyse(project.clone()).by_link
        ids = [i for i, link in project.links.items() if link.status == status and i in gaps]
        return sorted(ids, key=lambda i: -gaps[i].rank)[:count]

    for links, status in (
            (lowest_ranked(LinkStatus.WEAK, 3), LinkStatus.MISSING),
            (lowest_ranked(LinkStatus.MISSING, 4), LinkStatus.STRONG)):  # fewer gaps: ranks move
        gaps_before = analyse(project.clone()).by_link
        project.set_status(links, status)
        gaps_after = analyse(project.clone()).by_link
        before = cells(model)  # rows are stable from here; the suggestions not yet refreshed
        signalled.clear()
        model.gap_reports.refresh()
        after = cells(model)
        changed = {row for row in range(len(after)) if before[row] != after[row]}
        assert changed <= signalled  # no row left showing an old suggestion
        # Exactly the rows whose gap reads differently (priority, rank or score) are signalled,
        # not every row. (A row whose gap changed but that shows no suggestion, e.g. an
        # obsolete action's, is signalled too.)
        moved = {row for row in range(len(after))
                 if seen(gaps_before.get(model.action_at(row).link_id))
                 != seen(gaps_after.get(model.action_at(row).link_id))}
        assert signalled == moved
        assert len(signalled) < len(after)
        shown_changes.append(len(changed))
    assert shown_changes[-1] > 0  # four gaps fewer: the ranks below them moved

    expected = analyse(project.clone()).by_link
    for row in range(model.rowCount()):  # every live row shows what a fresh analysis says
        action = model.action_at(row)
        gap = expected.get(action.link_id)
        if gap is None or project.action_state(action)[0] != ActionState.LIVE:
            continue
        cell = model.index(row, COL_SUGGESTED)
        assert cell.data() == priority_label(gap.suggested_priority)
        assert f"rank {gap.rank}" in cell.data(Qt.ItemDataRole.ToolTipRole)
