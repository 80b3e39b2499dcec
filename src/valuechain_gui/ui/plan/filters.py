"""The filter proxy of the action plan's tables, and the assets table (the strong links).

:class:`PlanFilterProxy` selects one tab of :class:`~valuechain_gui.ui.plan.table_model.PlanTableModel`
(local reinforcement, alliance search, obsolete) and the user's filters (priority, status, owner
text), and sorts on :data:`~valuechain_gui.ui.plan.table_model.SORT_ROLE`. :class:`AssetsModel` lists
the strong links, the pôle's assets, with the actions they achieved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from valuechain_gui.model import (
    ActionState,
    ActionStatus,
    LinkStatus,
    Priority,
    Project,
)
from .table_model import (
    LINK_ID_ROLE,
    SORT_ROLE,
    TAB_ALL,
    TAB_ROLE,
    PlanTableModel,
    action_tab,
    fold,
)
from valuechain_gui.ui.document.notifier import ProjectNotifier, connect_all, disconnect_all


class PlanFilterProxy(QSortFilterProxyModel):
    """One tab of the plan with the user's filters; sorts on :data:`SORT_ROLE`.

    Attributes set through the setters (each re-filters): ``tab`` (TAB_LOCAL, TAB_ALLIANCE,
    TAB_OBSOLETE or TAB_ALL), ``priority`` (Priority or None: any), ``status`` (ActionStatus or
    None: any), ``owner_text`` (substring of the owner, accent- and case-insensitive).
    """

    def __init__(self, tab: str = TAB_ALL, parent: Any = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.priority: Priority | None = None
        self.status: ActionStatus | None = None
        self.owner_text = ""
        self.setSortRole(SORT_ROLE)
        # The filter reads the actions, not a role; naming TAB_ROLE here lets a change limited
        # to other roles (the suggestion column) skip re-filtering every row.
        self.setFilterRole(TAB_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, *, priority: Priority | None = None, status: ActionStatus | None = None,
                    owner_text: str = "") -> None:
        """Replace all three filters at once."""
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.priority, self.status, self.owner_text = priority, status, owner_text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.priority, self.status, self.owner_text = priority, status, owner_text
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on ``column`` (-1: the plan's order) and tell the plan model which column (it
        signals new ranks of the suggestion column only while a proxy sorts on it)."""
        super().sort(column, order)
        model = self.sourceModel()
        if isinstance(model, PlanTableModel):
            model.note_sort(self, column)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Keep rows of this tab that match every filter."""
        model = self.sourceModel()
        if not isinstance(model, PlanTableModel):
            return True
        action = model.action_at(source_row)
        if self.tab != TAB_ALL and action_tab(model.project, action) != self.tab:
            return False
        if self.priority is not None and action.priority != self.priority:
            return False
        if self.status is not None and action.status != self.status:
            return False
        return not self.owner_text or fold(self.owner_text.strip()) in fold(action.owner)


# ---------------------------------------------------------------------- assets
ASSET_COL_LINK, ASSET_COL_STAGE, ASSET_COL_ACTORS, ASSET_COL_STRATEGIC, ASSET_COL_ACHIEVED = \
    range(5)


class AssetsModel(QAbstractTableModel):
    """The strong links (the pôle's assets), read-only: rebuilt when links are added, removed or
    become or stop being strong; otherwise only the rows of changed links are signalled.

    Columns: link, stage, actors, strategic, actions achieved on it. ``LINK_ID_ROLE`` gives the
    link id of a row.
    """

    def __init__(self, project: Project, notifier: ProjectNotifier, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.notifier = notifier
        self._ids: list[str] = []
        self._read()
        self._connections = (
            (notifier.links_added, self._on_change), (notifier.links_removed, self._on_change),
            (notifier.links_changed, self._on_links_changed),
            (notifier.stages_changed, self._on_change),
            (notifier.actions_added, self._on_actions_added),
            (notifier.actions_removed, self._on_change),
            (notifier.actions_changed, self._on_actions_changed),
        )
        connect_all(self._connections)

    def disconnect_sources(self) -> None:
        """Stop following the notifier (the model is being replaced)."""
        disconnect_all(self._connections)

    def _read(self) -> None:
        self._ids = [link.id for link in self.project.links.values()
                     if link.status == LinkStatus.STRONG]
        self._rows = {link_id: row for row, link_id in enumerate(self._ids)}

    def _on_links_changed(self, ids: tuple, fields: tuple) -> None:
        if set(fields) == {"position"}:  # moves on the canvas change nothing here
            return
        if "status" in fields:
            links = self.project.links
            now = {i for i in ids if i in links and links[i].status == LinkStatus.STRONG}
            if now != self._rows.keys() & set(ids):  # a link became or stopped being an asset
                self._on_change()
                return
        self._rows_changed(ids)

    def _on_actions_added(self, ids: tuple) -> None:
        self._on_actions_changed(ids, ())

    def _on_actions_changed(self, ids: tuple, _fields: tuple) -> None:
        actions = self.project.actions
        self._rows_changed(tuple(actions[i].link_id for i in ids if i in actions))

    def _rows_changed(self, link_ids: tuple) -> None:
        """The rows of ``link_ids`` that are assets show new values (a retag between weak and
        missing, the most common, touches none)."""
        rows = [self._rows[i] for i in link_ids if i in self._rows]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), self.columnCount() - 1))

    def _on_change(self, _ids: tuple = ()) -> None:
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def link_id_at(self, row: int) -> str:
        """Link id of a row."""
        return self._ids[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        """Number of strong links."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        """Five columns."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (translated)."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ASSET_COL_LINK: self.tr("Link"), ASSET_COL_STAGE: self.tr("Stage"),
            ASSET_COL_ACTORS: self.tr("Actors"), ASSET_COL_STRATEGIC: self.tr("Strategic"),
            ASSET_COL_ACHIEVED: self.tr("Achieved actions"),
        }.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts of a strong link's row; ``LINK_ID_ROLE`` its id; ``SORT_ROLE`` a folded key."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        link = self.project.links[self._ids[index.row()]]
        if role == LINK_ID_ROLE:
            return link.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return None
        column = index.column()
        if column == ASSET_COL_LINK:
            text = link.name
        elif column == ASSET_COL_STAGE:
            stage = next((s for s in self.project.stages if s.id == link.stage_id), None)
            text = stage.name if stage else ""
        elif column == ASSET_COL_ACTORS:
            text = ", ".join(link.actors)
        elif column == ASSET_COL_STRATEGIC:
            text = QCoreApplication.translate("AssetsModel", "yes") if link.strategic else ""
        else:
            text = "; ".join(a.title for a in self.project.actions_for_link(link.id)
                             if self.project.action_state(a)[0] == ActionState.ACHIEVED)
        return fold(text) if role == SORT_ROLE else text


__all__ = ["PlanFilterProxy", "AssetsModel", "ASSET_COL_LINK", "ASSET_COL_STAGE",
           "ASSET_COL_ACTORS", "ASSET_COL_STRATEGIC", "ASSET_COL_ACHIEVED"]
