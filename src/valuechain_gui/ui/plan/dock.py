"""The action plan dock: the plan growing while the group tags links, editable together.

Tabs: Local reinforcement (actions on weak links), Alliance search (missing links), Assets (the
strong links: what the pôle brings to an alliance) and Obsolete (kept, greyed, with why). The
action tabs are sortable tables editable in place (see :mod:`~valuechain_gui.ui.plan.delegate`);
double-click or "Edit…" opens the full form. Add/Remove buttons; filters on priority, status and
owner; a count of live actions without owner or deadline.

Every edit is ONE command, through the document's edits. Selecting an action selects and
centres its link in the document's :class:`ViewState` (the canvas follows it) and emits
``action_selected(link_id)``; links selected elsewhere select their actions here
(:meth:`show_links`), without echoing back.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import (
    Action,
    ActionKind,
    ActionStatus,
    KIND_FOR_STATUS,
    Priority,
    Project,
)
from valuechain_gui.words import word
from .action_form import edit_action
from .delegate import PlanDelegate
from .filters import AssetsModel, PlanFilterProxy
from .labels import priority_label, status_label
from .tabs import PlanTabs
from .table_view import PlanTableView
from .table_model import (
    ACTION_ID_ROLE,
    COL_BUDGET,
    COL_LINK,
    COL_OWNER,
    COL_STATE,
    COL_TITLE,
    LINK_ID_ROLE,
    SORT_ROLE,
    TAB_ALLIANCE,
    TAB_LOCAL,
    TAB_OBSOLETE,
    PlanTableModel,
    incomplete_actions,
    is_incomplete,
)
from valuechain_gui.ui.document.gap_report import GapReportPublisher
from valuechain_gui.ui.document.notifier import (
    ProjectNotifier,
    connect_all,
    disconnect_all,
    rebind,
)
from valuechain_gui.ui.document.view_state import ViewState
from valuechain_gui.ui.document.edit import DocumentEdit

#: Order of the tabs (index in the tab bar).
TAB_ORDER = (TAB_LOCAL, TAB_ALLIANCE, "assets", TAB_OBSOLETE)


class PlanDock(QDockWidget):
    """Dock showing and editing the action plan of ``project``.

    Args:
        project: the project (the one truth).
        edit: the document's edits (:class:`DocumentEdit`); a refusal is its ``message``.
        parent: the main window.
        notifier: the document's :class:`ProjectNotifier` (one is made if None).
        reports: the document's gap report publisher (the suggestion column shows its reports;
            one of the plan's own if None).

    Signals:
        action_selected(str): the link id of the action (or asset) the user selected.
    """

    action_selected = Signal(str)

    def __init__(self, project: Project, edit: DocumentEdit, parent: QWidget | None = None,
                 notifier: ProjectNotifier | None = None,
                 reports: GapReportPublisher | None = None) -> None:
        super().__init__(self.tr("Action plan"), parent)
        self.setObjectName("PlanDock")
        self._showing = False  # show_link() is selecting rows: not the user's selection
        self._current_link: str | None = None
        body = QWidget(self)
        self.tabs = PlanTabs(body)  # a title change repaints only the tab bar
        self.views: dict[str, QTableView] = {}
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        for tab in TAB_ORDER:
            view = PlanTableView(self.tabs)  # rows entering or leaving a tab: no full repaint
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSortingEnabled(True)
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            # compact rows (text height + padding, not the style's ~30 px): more actions in view
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.horizontalHeader().setStretchLastSection(True)
            self.views[tab] = view
            self.tabs.addTab(view, "")
        self._build_filters(body)
        self.add_button = QPushButton(self.tr("Add action"), body)
        self.edit_button = QPushButton(self.tr("Edit…"), body)
        self.remove_button = QPushButton(self.tr("Remove action"), body)
        self.incomplete_label = QLabel(body)
        self.add_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.incomplete_label, 1)  # on the buttons' line: one row more of plan
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        for tab, view in self.views.items():
            if tab != "assets":
                view.setItemDelegate(PlanDelegate(view))  # one per view (Qt: never share)
                view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.SelectedClicked
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed)
            view.doubleClicked.connect(self._on_double_click)
            if tab != "assets":
                # Delete in a plan table removes actions, never links (the canvas keys are
                # bound to the canvas view); an open cell editor keeps Delete for its text.
                remove = QAction(self.tr("Remove action"), view)
                remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
                remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                remove.triggered.connect(self.remove_selected)
                view.addAction(remove)
        self.view_state: ViewState | None = None
        self.model: PlanTableModel | None = None
        self.assets_model: AssetsModel | None = None
        self.notifier: ProjectNotifier | None = None
        self._connections: tuple = ()
        self.set_project(project, edit, notifier, reports)

    # ------------------------------------------------------------------ construction
    def _build_filters(self, body: QWidget) -> None:
        self.priority_filter = QComboBox(body)
        self.priority_filter.addItem(self.tr("All priorities"), None)
        for priority in Priority:
            self.priority_filter.addItem(priority_label(priority), priority.value)
        self.status_filter = QComboBox(body)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ActionStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.owner_filter = QLineEdit(body)
        self.owner_filter.setPlaceholderText(self.tr("Filter by owner"))
        self.owner_filter.setClearButtonEnabled(True)
        for signal in (self.priority_filter.currentIndexChanged,
                       self.status_filter.currentIndexChanged, self.owner_filter.textChanged):
            signal.connect(self._apply_filters)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.priority_filter)
        self.filter_bar.addWidget(self.status_filter)
        self.filter_bar.addWidget(self.owner_filter, 1)

    def set_project(self, project: Project, edit: DocumentEdit,
                    notifier: ProjectNotifier | None = None,
                    reports: GapReportPublisher | None = None) -> None:
        """Show another project (File > New/Open): new models over it, filters kept.

        Args as for the constructor; the previous models are disconnected and deleted.
        """
        old_models = [self.model, self.assets_model, *self.proxies.values()]
        if self.notifier is not None:
            disconnect_all(self._connections)
            if self.notifier.parent() is self:  # made by this dock: stop following that project
                self.notifier.detach()
                self.notifier.deleteLater()
        if self.model is not None:
            self.model.disconnect_sources()
        if self.assets_model is not None:
            self.assets_model.disconnect_sources()
        self.project = project
        self.edit = edit
        self.undo_stack = edit.undo_stack
        self.notifier = notifier if notifier is not None else ProjectNotifier(project, self)
        self.model = PlanTableModel(project, edit, self.notifier, self, reports)
        self.assets_model = AssetsModel(project, self.notifier, self)
        self._current_link = None
        self._incomplete: set[str] | None = None  # ids of incomplete live actions
        for tab, view in self.views.items():
            if tab == "assets":
                proxy = QSortFilterProxyModel(self)
                proxy.setSourceModel(self.assets_model)
                proxy.setSortRole(SORT_ROLE)
            else:
                proxy = PlanFilterProxy(tab, self)
                proxy.setSourceModel(self.model)
            self.proxies[tab] = proxy
            view.setModel(proxy)
            view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until a header click
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            if tab != "assets":
                header.setStretchLastSection(False)
                header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
                view.setColumnWidth(COL_LINK, 170)
                view.setColumnWidth(COL_STATE, 230 if tab == TAB_OBSOLETE else 80)
                view.setColumnWidth(COL_OWNER, 140)
                view.setColumnWidth(COL_BUDGET, 120)
            view.selectionModel().selectionChanged.connect(
                lambda _s, _d, tab=tab: self._on_selection(tab))
        notifier = self.notifier
        self._connections = (
            (notifier.actions_added, self._on_change), (notifier.actions_removed, self._on_change),
            (notifier.actions_changed, self._on_fields_changed),
            (notifier.links_added, self._on_change), (notifier.links_removed, self._on_change),
            (notifier.links_changed, self._on_links_changed),
        )
        connect_all(self._connections)
        for old in old_models:
            if old is not None:
                old.deleteLater()
        self._apply_filters()
        self._refresh_counts()

    def set_view_state(self, view_state: ViewState) -> None:
        """Keep the plan's selection in step with the document's ``view_state`` (the canvas
        follows the same one): selecting an action selects and centres its link there;
        links selected elsewhere select their actions here. Call again for a new document."""
        old = self.view_state.selection_changed if self.view_state is not None else None
        rebind(old, view_state.selection_changed, self._on_view_selection)
        self.view_state = view_state

    def _on_view_selection(self, link_ids: list[str], origin: object) -> None:
        if origin is not self:  # selected elsewhere (the canvas): follow
            self.show_links(link_ids)

    # ------------------------------------------------------------------ reading the views
    def current_tab(self) -> str:
        """Key of the tab shown (TAB_LOCAL, TAB_ALLIANCE, "assets" or TAB_OBSOLETE)."""
        return TAB_ORDER[self.tabs.currentIndex()]

    def current_view(self) -> QTableView:
        """The table of the tab shown."""
        return self.views[self.current_tab()]

    def selected_action_ids(self) -> list[str]:
        """Ids of the actions selected in the tab shown, top to bottom (none on Assets)."""
        view = self.current_view()
        if self.current_tab() == "assets":
            return []
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        proxy = view.model()
        return [proxy.index(row, 0).data(ACTION_ID_ROLE) for row in rows]

    # ------------------------------------------------------------------ filters, counts
    def _apply_filters(self) -> None:
        priority = self.priority_filter.currentData()
        status = self.status_filter.currentData()
        for tab, proxy in self.proxies.items():
            if isinstance(proxy, PlanFilterProxy):
                proxy.set_filters(priority=Priority(priority) if priority else None,
                                  status=ActionStatus(status) if status else None,
                                  owner_text=self.owner_filter.text())
        self._refresh_counts()

    def _on_change(self, _ids: tuple = ()) -> None:
        self._refresh_counts()

    def _on_fields_changed(self, _ids: tuple, _fields: tuple) -> None:
        self._refresh_counts()

    def _on_links_changed(self, ids: tuple, fields: tuple) -> None:
        if not set(fields) <= {"position"}:  # a drag on the canvas changes no count
            self._refresh_counts(ids)

    def _refresh_counts(self, links: tuple | None = None) -> None:
        """The tabs' counts and the line of incomplete actions; after a change of ``links``
        only their actions are looked at again (a retag changes the state of a few actions,
        not of the 2,000 of a 5,000-link plan)."""
        titles = {
            TAB_LOCAL: self.tr("Local reinforcement ({n})"),
            TAB_ALLIANCE: self.tr("Alliance search ({n})"),
            "assets": self.tr("Assets ({n})"),
            TAB_OBSOLETE: self.tr("Obsolete ({n})"),
        }
        tips = [self.tr("Actions on weak links, on the territory"),
                self.tr("Partners to find for missing links"),
                self.tr("Strong links: what the cluster brings to an alliance"),
                self.tr("Actions whose link was removed or retagged, kept")]
        # set only what changed: setting a tab's text, even the same, lays out and repaints
        # the whole tab widget and its table (~4 ms on a wide dock)
        for i, tab in enumerate(TAB_ORDER):
            text = titles[tab].format(n=self.proxies[tab].rowCount())
            if self.tabs.tabText(i) != text:
                self.tabs.setTabText(i, text)
            if self.tabs.tabToolTip(i) != tips[i]:
                self.tabs.setTabToolTip(i, tips[i])
        if links is None or self._incomplete is None:
            self._incomplete = {a.id for a in incomplete_actions(self.project)}
        else:
            for row in self.model.rows_of_links(links):  # the actions of those links only
                action = self.model.action_at(row)
                if is_incomplete(self.project, action):
                    self._incomplete.add(action.id)
                else:
                    self._incomplete.discard(action.id)
        count = len(self._incomplete)
        text = (self.tr("%n live action(s) without owner or deadline", "", count) if count
                else self.tr("Every live action has an owner and a deadline"))
        if self.incomplete_label.text() != text:
            self.incomplete_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_selection = bool(self.selected_action_ids())
        self.edit_button.setEnabled(len(self.selected_action_ids()) == 1)
        self.remove_button.setEnabled(has_selection)
        link_id = self._link_for_new_action()
        self.add_button.setEnabled(link_id is not None)
        if link_id is None:
            self.add_button.setToolTip(self.tr("Select a link on the map, or one of its actions, "
                                               "to add an action to it"))
        else:
            self.add_button.setToolTip(self.tr("Add another action to “{link}”").format(
                link=self.project.links[link_id].name))

    # ------------------------------------------------------------------ selection sync
    def _on_selection(self, tab: str) -> None:
        self._update_buttons()
        if self._showing or tab != self.current_tab():
            return
        view = self.views[tab]
        rows = view.selectionModel().selectedRows()
        if not rows:
            return
        link_id = rows[0].data(LINK_ID_ROLE)
        if link_id and link_id in self.project.links:
            self._current_link = link_id
            if self.view_state is not None:
                self.view_state.focus_link(link_id, self)  # the canvas selects and centres it
            self.action_selected.emit(link_id)
        self._update_buttons()

    def show_links(self, link_ids: list[str]) -> None:
        """Follow the canvas selection (connect ``ChainScene.links_selection_changed`` here):
        selects the actions of the last selected link, unless the actions selected in the plan
        already belong to the selected links; an empty list changes nothing."""
        if not link_ids:
            return
        selected = {self.project.actions[i].link_id for i in self.selected_action_ids()
                    if i in self.project.actions}
        if selected and selected <= set(link_ids):
            return
        self.show_link(link_ids[-1])

    def show_link(self, link_id: str) -> None:
        """Select the actions of ``link_id`` (the canvas selected it); switches to the tab that
        holds them if the current one does not. Emits nothing (no selection ping-pong)."""
        self._current_link = link_id if link_id in self.project.links else None
        order = [self.current_tab()] + [t for t in TAB_ORDER if t != self.current_tab()]
        self._showing = True
        try:
            for tab in order:
                proxy = self.proxies[tab]
                matches = [proxy.index(r, 0) for r in range(proxy.rowCount())
                           if proxy.index(r, 0).data(LINK_ID_ROLE) == link_id]
                if not matches:
                    continue
                self.tabs.setCurrentIndex(TAB_ORDER.index(tab))
                view = self.views[tab]
                selection = view.selectionModel()
                selection.clearSelection()
                flags = (QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
                for index in matches:
                    selection.select(index, flags)
                selection.setCurrentIndex(matches[0], QItemSelectionModel.SelectionFlag.NoUpdate)
                view.scrollTo(matches[0])
                break
            else:
                for view in self.views.values():
                    view.selectionModel().clearSelection()
        finally:
            self._showing = False
        self._update_buttons()

    # ------------------------------------------------------------------ edits
    def _link_for_new_action(self) -> str | None:
        ids = self.selected_action_ids()
        if ids:
            link_id = self.project.actions[ids[0]].link_id
            return link_id if link_id in self.project.links else None
        if self._current_link in self.project.links:
            return self._current_link
        return None

    def add_action(self) -> str | None:
        """Add an action to the selected link (one undo step); returns its id, or None.

        Its kind follows the link's status (weak → local reinforcement, missing → alliance
        search), else the tab shown. The new row is selected and its title opened for editing.
        """
        link_id = self._link_for_new_action()
        if link_id is None:
            return None
        link = self.project.links[link_id]
        kind = KIND_FOR_STATUS.get(link.status)
        if kind is None:
            kind = (ActionKind.ALLIANCE_SEARCH if self.current_tab() == TAB_ALLIANCE
                    else ActionKind.LOCAL_REINFORCEMENT)
        title = word(self.project.language, f"action.title.{kind.value}", link=link.name)
        action = Action(link_id=link_id, kind=kind, title=title, link_name=link.name)
        if not self.edit.add_action(action):
            return None
        self._select_action(action.id, edit=True)
        return action.id

    def _select_action(self, action_id: str, edit: bool = False) -> None:
        for tab in TAB_ORDER:
            proxy = self.proxies[tab]
            for row in range(proxy.rowCount()):
                index = proxy.index(row, COL_TITLE)
                if index.data(ACTION_ID_ROLE) == action_id:
                    self.tabs.setCurrentIndex(TAB_ORDER.index(tab))
                    view = self.views[tab]
                    view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                    view.scrollTo(index)
                    if edit:
                        view.edit(index)
                    return

    def remove_selected(self) -> int:
        """Remove the selected actions as one undo step; returns how many were removed."""
        ids = self.selected_action_ids()
        if not ids:
            return 0
        self.edit.remove_actions(ids, self.tr("Remove %n action(s)", "", len(ids)))
        return len(ids)

    def edit_selected(self) -> bool:
        """Open the form on the selected action; True if an undo step was pushed."""
        ids = self.selected_action_ids()
        if len(ids) != 1:
            return False
        return edit_action(self.edit, ids[0], self)

    def _on_double_click(self, index: QModelIndex) -> None:
        action_id = index.data(ACTION_ID_ROLE)
        if action_id:
            edit_action(self.edit, action_id, self)
