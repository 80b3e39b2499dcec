"""The table model of the "Critical gaps" dock: the ranked gaps of a gap report.

:class:`GapTableModel` shows the weak and missing links ranked by
:mod:`valuechain_gui.analysis.gaps` (rank, link, status, reach, bottleneck flag, what-if gain,
criticality score) and sorts them itself; :func:`format_percent` and :func:`format_points` format
its shares and gains in the interface locale. The panel itself is
:mod:`valuechain_gui.ui.gaps.dock`, which re-exports all of this.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from valuechain_gui.analysis.gaps import Gap, GapReport
from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.ui import style
from valuechain_gui.ui.text.labels import link_status_label

#: Columns of the table.
(COL_RANK, COL_LINK, COL_STATUS, COL_REACH_LINKS, COL_REACH_MARKETS, COL_BOTTLENECK, COL_GAIN,
 COL_SCORE) = range(8)
COLUMN_COUNT = 8
#: Item data roles: the link id of a row, and the value the column sorts by.
LINK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def format_percent(share: float) -> str:
    """A share (0..1) as a whole percentage in the interface locale ("40%", "40 %")."""
    number = QLocale().toString(round(100.0 * share))
    return QCoreApplication.translate("GapsDock", "{n}%").format(n=number)


def format_points(gain: float) -> str:
    """A completeness gain (0..1) in percentage points: "+40 pts", "+12.5 pts", "0 pts"."""
    points = 100.0 * gain
    if abs(points) < 0.05:
        return QCoreApplication.translate("GapsDock", "0 pts")
    if abs(points - round(points)) < 0.05:
        number = QLocale().toString(round(points))
    else:
        number = QLocale().toString(points, "f", 1)
    return QCoreApplication.translate("GapsDock", "+{n} pts").format(n=number)


class GapTableModel(QAbstractTableModel):
    """The ranked gaps of a :class:`GapReport` as a read-only table (one row per gap).

    Roles: DisplayRole (formatted text), ToolTipRole (explanations), ``LINK_ID_ROLE`` (the link
    id, every column), ``SORT_ROLE`` (number or casefolded text), DecorationRole (the status
    colour in the status column). Sorting is done here (no proxy: a chain of 5,000 links can
    have 2,000 gaps, and a sort proxy over them costs more than the analysis); a new report
    keeps the column the user sorted by, ties in rank order.
    """

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.report: GapReport | None = None
        self.gaps: list[Gap] = []
        self.sort_column = COL_RANK
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_report(self, report: GapReport | None) -> None:
        """Show ``report`` (None: no rows), sorted as the user last asked.

        When the rows are the same links (a retag usually changes a few figures of a few gaps,
        and may move them in the ranking), the rows are moved as a sort moves them (selection
        and persistent indexes follow) and only the rows that changed are signalled: a reset of
        a 2,000-row table makes the view measure every row again (~25 ms on 5,000 links). A
        gap the analysis did not change is the same object in both reports (a quick test of
        its figures; its rank, its place in the report, is compared between the reports).
        """
        old_report = self.report
        gaps = self._sorted(list(report.gaps), report) if report is not None else []
        if (report is not None and old_report is not None and len(gaps) == len(self.gaps)
                and set(report.by_link) == {gap.link_id for gap in self.gaps}):
            old = self.gaps
            if any(a.link_id != b.link_id for a, b in zip(old, gaps)):
                before_of = {gap.link_id: gap for gap in old}
                self._move_rows(old, gaps, report)
                old = [before_of[gap.link_id] for gap in gaps]  # each row's gap before
            else:
                self.report, self.gaps = report, gaps
            first = None
            for row, (before, after) in enumerate([*zip(old, gaps), (None, None)]):
                changed = after is not None and (  # its figures, or its rank (its place)
                    (before is not after and before != after)
                    or old_report.rank_of(after.link_id) != report.rank_of(after.link_id))
                if changed and first is None:
                    first = row
                elif not changed and first is not None:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(row - 1, COLUMN_COUNT - 1))
                    first = None
            return
        self.beginResetModel()
        self.report, self.gaps = report, gaps
        self.endResetModel()

    def _move_rows(self, old: list[Gap], gaps: list[Gap], report: GapReport) -> None:
        """Show ``gaps`` of ``report`` (the same links as ``old``, in another order) as a
        moved layout."""
        self.layoutAboutToBeChanged.emit()
        new_rows = {gap.link_id: row for row, gap in enumerate(gaps)}
        self.report, self.gaps = report, gaps
        for index in self.persistentIndexList():
            moved = new_rows[old[index.row()].link_id]
            self.changePersistentIndex(index, self.index(moved, index.column()))
        self.layoutChanged.emit()

    def _sorted(self, gaps: list[Gap], report: GapReport) -> list[Gap]:
        """``gaps`` of ``report`` sorted as the user last asked, ties in rank order."""
        def rank(gap: Gap) -> int:
            return report.rank_of(gap.link_id)

        if self.sort_column == COL_RANK or not 0 <= self.sort_column < COLUMN_COUNT:
            gaps.sort(key=rank, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
            return gaps
        gaps.sort(key=rank)  # ties keep the ranking (sort is stable)
        gaps.sort(key=lambda g: self._sort_value(g, self.sort_column),
                  reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        return gaps

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (Qt override, called by a header click); the selection
        follows its rows."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_rows = {gap.link_id: row for row, gap in enumerate(self.gaps)}
        if self.report is not None:
            self.gaps = self._sorted(self.gaps, self.report)
        new_rows = {gap.link_id: row for row, gap in enumerate(self.gaps)}
        by_old = {old_rows[link_id]: new for link_id, new in new_rows.items()}
        for index in self.persistentIndexList():
            self.changePersistentIndex(index, self.index(by_old[index.row()], index.column()))
        self.layoutChanged.emit()

    def names_changed(self, link_ids: tuple[str, ...]) -> None:
        """Links were renamed: their rows show the new names (the report keeps the names it
        was analysed with until the next analysis)."""
        wanted = set(link_ids)
        for row, gap in enumerate(self.gaps):
            if gap.link_id in wanted:
                self.dataChanged.emit(self.index(row, COL_LINK), self.index(row, COL_LINK))

    def name_of(self, gap: Gap) -> str:
        """The current name of a gap's link (the report's if the link is gone)."""
        link = self.project.links.get(gap.link_id) if self.project is not None else None
        return link.name if link is not None else gap.name

    def gap_rank(self, gap: Gap) -> int:
        """A gap's rank in the report shown (1: the most critical)."""
        return self.report.rank_of(gap.link_id) if self.report is not None else 0

    def row_of(self, link_id: str) -> int:
        """The row of a link's gap, or -1."""
        for row, gap in enumerate(self.gaps):
            if gap.link_id == link_id:
                return row
        return -1

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.gaps)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_RANK: self.tr("#"), COL_LINK: self.tr("Link"), COL_STATUS: self.tr("Status"),
                COL_REACH_LINKS: self.tr("Reach"), COL_REACH_MARKETS: self.tr("Markets"),
                COL_BOTTLENECK: self.tr("Bottleneck"), COL_GAIN: self.tr("Gain if strong"),
                COL_SCORE: self.tr("Score"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_RANK: self.tr("Rank: 1 is the most critical gap"),
                COL_REACH_LINKS: self.tr("Reach: share of the other links downstream of this "
                                         "one (they depend on it)"),
                COL_REACH_MARKETS: self.tr("Share of the end markets downstream of this link "
                                           "(an end market counts itself)"),
                COL_BOTTLENECK: self.tr("Every path from a source to at least one end market "
                                        "passes through this link: there is no way around it"),
                COL_GAIN: self.tr("Completeness points gained if this link alone became strong"),
                COL_SCORE: self.tr("Criticality from 0 to 100: reach, bottleneck, what-if gain "
                                   "and the strategic flag, weighed by the status (a missing "
                                   "link counts more than a weak one: Project > Properties)"),
            }.get(section)
        return None

    def data(self, index: _Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.gaps):
            return None
        gap, column = self.gaps[index.row()], index.column()
        if role == LINK_ID_ROLE:
            return gap.link_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(gap, column)
        if role == SORT_ROLE:
            return self._sort_value(gap, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(gap, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return QColor(style.STATUS_COLOR[LinkStatus(gap.status)])
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_BOTTLENECK:
            return QColor(style.STATUS_COLOR[LinkStatus.MISSING])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_BOTTLENECK:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (COL_LINK, COL_STATUS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, gap: Gap, column: int) -> str:
        locale = QLocale()
        if column == COL_RANK:
            return locale.toString(self.gap_rank(gap))
        if column == COL_LINK:
            return self.name_of(gap)
        if column == COL_STATUS:
            return link_status_label(gap.status) + (" ★" if gap.strategic else "")
        if column == COL_REACH_LINKS:
            return format_percent(gap.reach_links)
        if column == COL_REACH_MARKETS:
            return format_percent(gap.reach_end_markets)
        if column == COL_BOTTLENECK:
            return self.tr("yes") if gap.bottleneck else ""
        if column == COL_GAIN:
            return format_points(gap.gain)
        if column == COL_SCORE:
            return locale.toString(gap.score, "f", 1)
        return ""

    def _sort_value(self, gap: Gap, column: int) -> Any:
        if column == COL_LINK:
            return self.name_of(gap).casefold()
        if column == COL_STATUS:  # missing before weak, strategic first within each
            return (0 if gap.status == LinkStatus.MISSING else 2) + (0 if gap.strategic else 1)
        figures = {
            COL_REACH_LINKS: gap.reach_links, COL_REACH_MARKETS: gap.reach_end_markets,
            COL_BOTTLENECK: len(gap.bottleneck_for), COL_GAIN: gap.gain, COL_SCORE: gap.score,
        }
        return figures[column] if column in figures else self.gap_rank(gap)

    def _names(self, link_ids: tuple[str, ...]) -> str:
        links = self.project.links if self.project is not None else {}
        return ", ".join(links[i].name for i in link_ids if i in links)

    def _tooltip(self, gap: Gap, column: int) -> str | None:
        if column == COL_LINK:
            name = self.name_of(gap)
            return self.tr("{name} (strategic)").format(name=name) if gap.strategic else name
        if column == COL_STATUS and gap.strategic:
            return self.tr("{status}, marked strategic by the group").format(
                status=link_status_label(gap.status))
        if column == COL_REACH_LINKS:
            return self.tr("%n link(s) downstream of it", "", gap.downstream_links)
        if column == COL_REACH_MARKETS:
            return self.tr("%n end market(s) downstream of it", "", gap.downstream_end_markets)
        if column == COL_BOTTLENECK:
            if not gap.bottleneck:
                return self.tr("Not a bottleneck: every end market can be reached around it")
            return self.tr("Blocks every path to: {markets}").format(
                markets=self._names(gap.bottleneck_for))
        if column == COL_GAIN:
            return self.tr("Completeness if this link became strong: {value}").format(
                value=format_percent(gap.what_if))
        if column == COL_SCORE:
            weight = (self.project.settings.status_weight(gap.status)
                      if self.project is not None else 1.0)
            return self.tr("Criticality {score} / 100, weighed by its status (× {weight})").format(
                score=QLocale().toString(gap.score, "f", 1),
                weight=QLocale().toString(weight, "g", 3))
        return None


__all__ = ["GapTableModel", "format_percent", "format_points", "COLUMN_COUNT", "LINK_ID_ROLE",
           "SORT_ROLE", "COL_RANK", "COL_LINK", "COL_STATUS", "COL_REACH_LINKS",
           "COL_REACH_MARKETS", "COL_BOTTLENECK", "COL_GAIN", "COL_SCORE"]
