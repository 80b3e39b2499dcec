"""Qt item model of the action plan's actions table, with its columns, roles and tabs.

:class:`PlanTableModel` shows ``project.actions`` (one row per action, in plan order) and follows
the model through :class:`~valuechain_gui.ui.document.notifier.ProjectNotifier` (rows inserted/removed on
actions_added/removed, ``dataChanged`` on edits and on link retags that change a state). It holds no
state of its own beyond the row order mirror: every edit made through :meth:`setData` becomes one
:class:`~valuechain_gui.ui.document.commands.plan.EditActionCommand` on the shared undo stack.

A last, read-only column shows the priority the gap analysis suggests for the action's link,
from the report the document publishes
(:class:`~valuechain_gui.ui.document.gap_report.GapReportPublisher`: read when the column is first
shown, then each new report as it is published); the user's own priority column is never
changed by it.

:class:`~valuechain_gui.ui.plan.filters.PlanFilterProxy` (one tab of this table with the user's
filters) and :class:`~valuechain_gui.ui.plan.filters.AssetsModel` (the strong links) live in
:mod:`valuechain_gui.ui.plan.filters`, which builds on this module.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from itertools import compress
from operator import is_not
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from valuechain_gui.model import (
    Action,
    ActionKind,
    ActionState,
    ActionStatus,
    Priority,
    Project,
)
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.gap_report import GapReportPublisher
from .labels import (
    format_date,
    format_euros,
    from_qdate,
    priority_label,
    state_label,
    status_label,
    to_qdate,
)
from valuechain_gui.ui.document.notifier import ProjectNotifier, connect_all, disconnect_all

# Columns of the actions table.
COL_LINK, COL_STATE, COL_TITLE, COL_OWNER, COL_DEADLINE, COL_PRIORITY, COL_STATUS, COL_BUDGET = \
    range(8)
#: Read-only: the priority the gap analysis suggests for the action's link.
COL_SUGGESTED = 8
COLUMN_COUNT = 9
#: Column → action field it edits (None: read-only).
COLUMN_FIELDS: dict[int, str | None] = {
    COL_LINK: None, COL_STATE: None, COL_TITLE: "title", COL_OWNER: "owner",
    COL_DEADLINE: "deadline", COL_PRIORITY: "priority", COL_STATUS: "status", COL_BUDGET: "budget",
    COL_SUGGESTED: None,
}
#: Link fields a row shows (its link's name, its state follows the link's status).
_ROW_LINK_FIELDS = frozenset({"status", "name"})

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # str: the row's action id
LINK_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # str: the action's link id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # comparable key of the cell
TAB_ROLE = Qt.ItemDataRole.UserRole + 4  # str: the tab the row belongs to (TAB_*)
#: The roles :meth:`PlanTableModel.data` answers; any other is None at once.
_ROLES_SERVED = frozenset({
    ACTION_ID_ROLE, LINK_ID_ROLE, SORT_ROLE, TAB_ROLE, Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole,
})

TAB_LOCAL, TAB_ALLIANCE, TAB_OBSOLETE, TAB_ALL = "local", "alliance", "obsolete", "all"

_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2, None: 3}
_STATUS_ORDER = {status: i for i, status in enumerate(ActionStatus)}
OBSOLETE_COLOR = QColor("#8a8a8a")
#: Flags of a read-only cell and of an editable one (combining Qt flags costs at every call, and
#: a painted table asks for every visible cell's flags).
_READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable
_BUDGET_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MISSING_INFO_COLOR = QColor("#fff1c7")  # a live action's empty owner/deadline cell


def fold(text: str) -> str:
    """``text`` without accents, case-folded, for forgiving filters ("Élodie" ~ "elodie")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def action_tab(project: Project, action: Action) -> str:
    """The tab an action is listed in: obsolete ones apart, the others by kind (TAB_*)."""
    state, _ = project.action_state(action)
    if state == ActionState.OBSOLETE:
        return TAB_OBSOLETE
    return TAB_LOCAL if action.kind == ActionKind.LOCAL_REINFORCEMENT else TAB_ALLIANCE


def _shown(report: Any, link_id: str) -> tuple | None:
    """What the suggestion column shows of a link's gap in ``report`` (label, sort rank,
    tooltip score and rank)."""
    gap = report.by_link.get(link_id)
    return (None if gap is None
            else (gap.suggested_priority, report.rank_of(link_id), round(gap.score)))


def _label(gap: Any) -> Any:
    """What the suggestion column's cell shows of a gap (its text)."""
    return None if gap is None else gap.suggested_priority


def is_incomplete(project: Project, action: Action) -> bool:
    """True for a live action with no owner (blank) or no deadline."""
    return (project.action_state(action)[0] == ActionState.LIVE
            and (not action.owner.strip() or action.deadline is None))


def incomplete_actions(project: Project) -> list[Action]:
    """Live actions with no owner (blank) or no deadline, in plan order."""
    return [a for a in project.iter_actions() if is_incomplete(project, a)]


class PlanTableModel(QAbstractTableModel):
    """All actions of a project as a table (see module docstring for columns and roles).

    Args:
        project: the project shown.
        edit: the document's edits (a private one, on its own stack, is made if None).
        notifier: the project's :class:`ProjectNotifier` (one is made, owned by the model, if None).
        parent: QObject parent.
        reports: the document's gap report publisher (one of its own, over ``notifier``, if
            None).
    """

    def __init__(self, project: Project, edit: DocumentEdit | None = None,
                 notifier: ProjectNotifier | None = None, parent: Any = None,
                 reports: GapReportPublisher | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.edit = edit if edit is not None else DocumentEdit.standalone(project, self)
        self.notifier = notifier if notifier is not None else ProjectNotifier(project, self)
        self._ids: list[str] = list(project.actions)
        self._rows: dict[str, int] = {}
        self._link_rows: dict[str, list[int]] | None = None  # rows by link, built when needed
        self.gap_reports = (reports if reports is not None
                            else GapReportPublisher(self.notifier, parent=self))
        self._report: Any = None  # the gap report shown; None until the column is first shown
        self._rank_sorters: set[int] = set()  # ids of the proxies sorting on the suggestion
        self._reindex()
        self._connections = (
            (self.notifier.actions_added, self._insert),
            (self.notifier.actions_removed, self._remove),
            (self.notifier.actions_changed, self._on_actions_changed),
            (self.notifier.links_added, self._on_links),
            (self.notifier.links_removed, self._on_links),
            (self.notifier.links_changed, self._on_links_changed),
            (self.notifier.project_changed, self._on_project_changed),
            (self.gap_reports.gap_report_changed, self._on_gap_report),
        )
        connect_all(self._connections)

    def disconnect_sources(self) -> None:
        """Stop following the notifier and the gap reports (the model is being replaced)."""
        disconnect_all(self._connections)
        self.gap_reports.set_needed(self, False)

    # ------------------------------------------------------------------ helpers
    def _reindex(self) -> None:
        self._rows = {action_id: row for row, action_id in enumerate(self._ids)}
        self._link_rows = None

    def rows_of_links(self, link_ids: Iterable[str]) -> list[int]:
        """Rows of the actions of ``link_ids``, top to bottom (from an index by link, made
        again only after rows were added, removed or an action moved to another link)."""
        if self._link_rows is None:
            index: dict[str, list[int]] = {}
            actions = self.project.actions
            for row, action_id in enumerate(self._ids):
                index.setdefault(actions[action_id].link_id, []).append(row)
            self._link_rows = index
        rows = self._link_rows
        return sorted(row for link_id in set(link_ids) for row in rows.get(link_id, ()))

    def action_at(self, row: int) -> Action:
        """The action shown on ``row`` (IndexError if out of range)."""
        return self.project.actions[self._ids[row]]

    def row_of(self, action_id: str) -> int:
        """Row of an action, or -1."""
        return self._rows.get(action_id, -1)

    def index_of(self, action_id: str, column: int = COL_TITLE) -> QModelIndex:
        """Index of an action's cell (invalid if the action is not shown)."""
        row = self.row_of(action_id)
        return self.index(row, column) if row >= 0 else QModelIndex()

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        """Number of actions (0 under a valid parent: the model is flat)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        """:data:`COLUMN_COUNT`."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (translated)."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_SUGGESTED:
            return self.tr("Priority suggested by the gap analysis (criticality of the link)")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_LINK: self.tr("Link"), COL_STATE: self.tr("State"), COL_TITLE: self.tr("Action"),
            COL_OWNER: self.tr("Owner"), COL_DEADLINE: self.tr("Deadline"),
            COL_PRIORITY: self.tr("Priority"), COL_STATUS: self.tr("Status"),
            COL_BUDGET: self.tr("Budget"), COL_SUGGESTED: self.tr("Suggested"),
        }.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Selectable rows; every column but link and state editable in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE_FLAGS if COLUMN_FIELDS.get(index.column()) else _READ_ONLY_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, edit value, sort key, ids, tooltips, greying of obsolete rows and a
        light amber background on a live action's missing owner or deadline."""
        if role not in _ROLES_SERVED or not index.isValid():
            return None  # a painted cell also asks for its decoration and check state
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        action = self.project.actions[self._ids[row]]
        column = index.column()
        if role == ACTION_ID_ROLE:
            return action.id
        if role == LINK_ID_ROLE:
            return action.link_id
        if role == TAB_ROLE:
            return action_tab(self.project, action)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SUGGESTED:
                return self._suggestion_tip(action)
            text = self._display(action, column)
            return text if text else None
        state, _ = self.project.action_state(action)
        if role == Qt.ItemDataRole.ForegroundRole and state == ActionState.OBSOLETE:
            return OBSOLETE_COLOR
        if role == Qt.ItemDataRole.FontRole and state == ActionState.OBSOLETE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and state == ActionState.LIVE and (
                (column == COL_OWNER and not action.owner.strip())
                or (column == COL_DEADLINE and action.deadline is None)):
            return MISSING_INFO_COLOR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_BUDGET:
            return _BUDGET_ALIGNMENT
        return None

    def _display(self, action: Action, column: int) -> str:
        if column == COL_LINK:
            return self.project.action_link_name(action)
        if column == COL_STATE:
            return state_label(*self.project.action_state(action))
        if column == COL_TITLE:
            return action.title
        if column == COL_OWNER:
            return action.owner
        if column == COL_DEADLINE:
            return format_date(action.deadline)
        if column == COL_PRIORITY:
            return priority_label(action.priority)
        if column == COL_STATUS:
            return status_label(action.status)
        if column == COL_BUDGET:
            return format_euros(action.budget)
        if column == COL_SUGGESTED:
            gap = self.gap_of(action)
            return priority_label(gap.suggested_priority) if gap is not None else ""
        return ""

    def _edit_value(self, action: Action, column: int) -> Any:
        if column == COL_DEADLINE:
            return to_qdate(action.deadline)
        if column == COL_PRIORITY:
            return action.priority.value if action.priority is not None else ""
        if column == COL_STATUS:
            return action.status.value
        if column == COL_BUDGET:
            return action.budget
        return self._display(action, column)

    def _sort_key(self, action: Action, column: int) -> Any:
        if column == COL_DEADLINE:
            return action.deadline.isoformat() if action.deadline else "9999-99-99"
        if column == COL_PRIORITY:
            return _PRIORITY_ORDER[action.priority]
        if column == COL_STATUS:
            return _STATUS_ORDER[action.status]
        if column == COL_BUDGET:
            return float(action.budget) if action.budget is not None else -1.0
        if column == COL_SUGGESTED:
            gap = self.gap_of(action)
            return self._report.rank_of(gap.link_id) if gap is not None else 1_000_000
        return fold(self._display(action, column))

    # ------------------------------------------------------------------ gap analysis
    def gap_of(self, action: Action) -> Any:
        """The :class:`~valuechain_gui.analysis.gaps.Gap` of a live action's link, or None.

        The first call reads the document's current report (analysed then if needed; networkx
        is imported then); from then on the column shows each report as it is published.
        """
        if self.project.action_state(action)[0] != ActionState.LIVE:
            return None
        if self._report is None:
            self._report = self.gap_reports.report()
            self.gap_reports.set_needed(self, True)
        return self._report.by_link.get(action.link_id)

    def _on_gap_report(self, report: Any) -> None:
        """Show a newly published report in the suggestion column."""
        if self._report is None:
            return  # never shown: read when first asked
        old_report, self._report = self._report, report
        # Only rows that look different are signalled: a retag changes the figures of a
        # handful of gaps, and the rank of many (every gap the retagged one passes: a gap's
        # rank is its place in the report). A change of the sort role makes every filter proxy
        # re-filter the rows it is told about, and each signal costs every proxy and view: the
        # rank (the sort key and the tooltip's figures) is compared, and signalled, only while
        # a table is sorted on this column. A tooltip is read when it is shown (no view keeps
        # one), so a new rank or score alone needs no repaint.
        old, new = old_report.by_link, report.by_link
        if self.rank_sorted:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE]
            moved = {link_id for link_id in new.keys() | old.keys()
                     if _shown(old_report, link_id) != _shown(report, link_id)}
        else:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
            # a gap the analysis did not change is the same object in both reports: only the
            # others are looked at (compared in C: 2,000 gaps at 5,000 links)
            changed = set(compress(new, map(is_not, new.values(), map(old.get, new))))
            changed.update(old.keys() - new.keys())
            moved = {link_id for link_id in changed
                     if _label(old.get(link_id)) != _label(new.get(link_id))}
        if not moved:
            return
        rows = self.rows_of_links(moved)
        start = 0
        for i, row in enumerate(rows):  # one signal per run of consecutive rows
            if i + 1 == len(rows) or rows[i + 1] != row + 1:
                self.dataChanged.emit(self.index(rows[start], COL_SUGGESTED),
                                      self.index(row, COL_SUGGESTED), roles)
                start = i + 1

    def note_sort(self, sorter: object, column: int) -> None:
        """``sorter`` (a proxy of this model) now sorts on ``column`` (-1: none). While one
        sorts on the suggestion column, a new rank is signalled with the sort role."""
        if column == COL_SUGGESTED:
            self._rank_sorters.add(id(sorter))
        else:
            self._rank_sorters.discard(id(sorter))

    @property
    def rank_sorted(self) -> bool:
        """True while a proxy sorts on the suggestion column."""
        return bool(self._rank_sorters)

    def _suggestion_tip(self, action: Action) -> str | None:
        gap = self.gap_of(action)
        if gap is None:
            return None
        return self.tr("Suggested from the gap analysis: criticality {score}/100, rank {rank}; "
                       "the priority column stays yours.").format(
                           score=round(gap.score), rank=self._report.rank_of(gap.link_id))

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Push one :class:`EditActionCommand` for an edited cell; False if the value is refused.

        Accepted values: str for text columns; QDate/date/None for the deadline (invalid QDate =
        no date); a Priority/ActionStatus token (or "" for no priority); a number or None for the
        budget (negative refused).
        """
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = COLUMN_FIELDS.get(index.column())
        if not field:
            return False
        action = self.action_at(index.row())
        try:
            new = self._coerce(field, value)
        except (TypeError, ValueError):
            return False
        self.edit.update_action(action.id, field, new)  # the same value: nothing pushed
        return True

    @staticmethod
    def _coerce(field: str, value: Any) -> Any:
        if field == "deadline":
            if isinstance(value, QDate) or value is None or isinstance(value, date):
                return from_qdate(value)
            raise TypeError(field)
        if field == "priority":
            return Priority(value) if value not in (None, "") else None
        if field == "status":
            return ActionStatus(value)
        if field == "budget":
            if value in (None, ""):
                return None
            amount = float(value)
            if amount < 0:
                raise ValueError(field)
            return amount
        return "" if value is None else str(value)

    # ------------------------------------------------------------------ following the model
    def _on_actions_changed(self, ids: tuple, fields: tuple) -> None:
        if "link_id" in fields:
            self._link_rows = None
        for action_id in ids:
            self._row_changed(self.row_of(action_id))

    def _on_links(self, ids: tuple) -> None:
        for row in self.rows_of_links(ids):
            self._row_changed(row)

    def _on_links_changed(self, ids: tuple, fields: tuple) -> None:
        if _ROW_LINK_FIELDS.intersection(fields):
            self._on_links(ids)

    def _on_project_changed(self, _fields: tuple) -> None:
        self.reset()

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def _insert(self, ids: tuple) -> None:
        order = {action_id: i for i, action_id in enumerate(self.project.actions)}
        for action_id in sorted((i for i in ids if i in order and i not in self._rows),
                                key=order.__getitem__):
            # Place it before the first shown action that comes after it in plan order.
            position = order[action_id]
            row = next((r for r, other in enumerate(self._ids) if order.get(other, -1) > position),
                       len(self._ids))
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, action_id)
            self._reindex()
            self.endInsertRows()

    def _remove(self, ids: tuple) -> None:
        for row in sorted((self.row_of(i) for i in ids if i in self._rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._reindex()
            self.endRemoveRows()

    def reset(self) -> None:
        """Re-read every action (after a change of project-wide settings)."""
        self.beginResetModel()
        self._ids = list(self.project.actions)
        self._reindex()
        self.endResetModel()
