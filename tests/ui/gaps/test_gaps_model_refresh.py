"""The gap table follows a new report without a reset when its rows stay the same (a
reset of a 2,000-row table makes the view measure every row again after each retag)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis.gaps import GapAnalyzer
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.gaps.table_model import COLUMN_COUNT, GapTableModel


def table(model) -> list[list]:
    return [[model.index(row, column).data(role) for column in range(COLUMN_COUNT)
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
            for row in range(model.rowCount())]


def test_a_report_with_the_same_rows_updates_only_the_changed_rows(qapp):
    project = make_chain(300)
    analyzer = GapAnalyzer(project)
    model = GapTableModel(project)
    model.set_report(analyzer.report())
    resets, changed = [], set()
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(
        lambda top, bottom, roles=(): changed.update(range(top.row(), bottom.row() + 1)))

    link = model.gaps[5].link_id
    before = table(model)
    project.update_links({link: {"name": "Renamed gap"}})  # same gaps, same order
    model.set_report(analyzer.report())
    after = table(model)
    assert resets == [] and changed == {5}
    assert {row for row in range(len(after)) if after[row] != before[row]} == {5}
    assert model.index(5, 1).data() == "Renamed gap"

    fresh = GapTableModel(project)
    fresh.set_report(GapAnalyzer(project.clone()).report())
    assert table(fresh) == after

    strong = next(i for i, link in project.links.items() if link.status == LinkStatus.STRONG)
    project.set_status([strong], LinkStatus.MISSING)  # one more gap: the rows change
    model.set_report(analyzer.report())
    assert resets == [1] and model.rowCount() == fresh.rowCount() + 1


def test_a_retag_that_moves_gaps_in_the_ranking_moves_their_rows_without_a_reset(qapp):
    project = make_chain(300)
    analyzer = GapAnalyzer(project)
    model = GapTableModel(project)
    model.set_report(analyzer.report())
    resets, layouts = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda *args: layouts.append(1))
    # the lowest-ranked weak gap, tagged missing: its score rises, it climbs the ranking
    weak = next(gap.link_id for gap in reversed(model.gaps) if gap.status == LinkStatus.WEAK)
    follower = model.index(model.row_of(weak), 0)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(follower)
    old_row = follower.row()
    project.set_status([weak], LinkStatus.MISSING)
    model.set_report(analyzer.report())
    assert resets == [] and layouts == [1]
    assert model.row_of(weak) < old_row
    assert kept.row() == model.row_of(weak)  # a selection follows its gap
    fresh = GapTableModel(project)
    fresh.set_report(GapAnalyzer(project.clone()).report())
    assert table(fresh) == table(model)


def test_sorted_by_name_a_retag_signals_the_rows_whose_rank_moved_though_they_stay(qapp):
    from valuechain_gui.ui.gaps.table_model import COL_LINK, COL_RANK

    project = make_chain(300)
    analyzer = GapAnalyzer(project)
    model = GapTableModel(project)
    model.set_report(analyzer.report())
    model.sort(COL_LINK)
    changed: set[int] = set()
    model.dataChanged.connect(
        lambda top, bottom, roles=(): changed.update(range(top.row(), bottom.row() + 1)))
    weak = next(gap.link_id for gap in reversed(analyzer.report().gaps)
                if gap.status == LinkStatus.WEAK)
    before = [model.index(row, COL_RANK).data() for row in range(model.rowCount())]
    project.set_status([weak], LinkStatus.MISSING)  # it climbs: the gaps it passes drop one
    model.set_report(analyzer.report())
    after = [model.index(row, COL_RANK).data() for row in range(model.rowCount())]
    moved = {row for row in range(len(after)) if after[row] != before[row]}
    assert len(moved) > 1 and moved <= changed  # each new rank is signalled, its row kept
    fresh = GapTableModel(project)
    fresh.set_report(GapAnalyzer(project.clone()).report())
    fresh.sort(COL_LINK)
    assert table(fresh) == table(model)
