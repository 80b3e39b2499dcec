"""Menus, tool bar and their actions for the main window.

:class:`WindowMenus` is created by the window and holds everything of its menu bar: the
window-level actions (``act_new``, ``act_export_plan``…, each connected to the object that does
the job: :class:`~.file_actions.FileActions`, :class:`~.edit_actions.EditActions`,
:class:`~.view_actions.ViewActions`), the File, Edit, Link, View, Project and Help menus and the
main tool bar. Canvas actions (tag keys 1/2/3/0/S, F, Delete, Insert, F2…) are not created here:
they belong to the canvas view (``CanvasView.canvas_actions``, bound with
WidgetWithChildrenShortcut) and :meth:`WindowMenus.fill_canvas_entries` puts those very objects
in the menus, so their keys never act while another widget has the focus.

A menu opened from the keyboard (Alt+letter) highlights its first entry, which Enter chooses. Qt
skips disabled entries, so with nothing to undo, Edit then Enter chose "Cut" and the selected
link was gone: :class:`MenuStyle` lets the highlight rest on a disabled entry (as Windows does),
so Enter on the greyed "Undo" does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle, QToolBar, QToolButton

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.directory.launcher import DirectoryLauncher
from valuechain_gui.ui.properties.project_dialog import edit_project_properties
from valuechain_gui.ui.shell.preferences import show_preferences
from valuechain_gui.ui.shell.undo_buttons import UndoButtonAction
from valuechain_gui.ui.style import status_icon

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

_Key = QKeySequence.StandardKey

#: canvas_actions keys shown in the Link menu, in order (None = separator).
LINK_MENU_KEYS = ("insert", "rename", "connect", None, "strong", "weak", "missing", "unassessed",
                  "strategic", None, "select_upstream", "select_downstream", "select_chain")
#: canvas_actions keys kept out of the menus (focus moves between cards: Tab, Alt+arrows; the
#: README lists them), so the Link menu stays short.
MAP_ONLY_KEYS = ("next_card", "previous_card", "focus_left", "focus_right", "focus_up",
                 "focus_down")
#: canvas_actions keys of stage edits, shown in a "Stages" sub-menu when present.
STAGE_MENU_KEYS = ("add_stage", "rename_stage", "move_stage_left", "move_stage_right",
                   "remove_stage")


def _t(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


class MenuStyle(QProxyStyle):
    """The application's style, except that a disabled menu entry may be highlighted."""

    def styleHint(self, hint, option=None, widget=None, return_data=None) -> int:  # noqa: N802
        if hint == QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled:
            return 1
        return super().styleHint(hint, option, widget, return_data)


def _action(window: MainWindow, text: str, slot: Callable[..., object], shortcut=None, *,
            tip: str = "", icon: QStyle.StandardPixmap | None = None,
            checkable: bool = False) -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, QKeySequence.StandardKey):
            act.setShortcuts(shortcut)
        else:
            act.setShortcut(QKeySequence(shortcut))
    if tip:
        act.setStatusTip(tip)
        act.setToolTip(tip)
    if icon is not None:
        act.setIcon(window.style().standardIcon(icon))
    act.setCheckable(checkable)
    act.triggered.connect(slot)
    return act


class WindowMenus(QObject):
    """The main window's actions, menus and tool bar (see the module doc).

    Args:
        window: the main window; its ``files``, ``edits`` and ``views`` do the work, its
            ``undo_group`` gives Undo and Redo.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu_style = MenuStyle()
        self.menu_style.setParent(self)
        self.canvas_entries: list[QAction] = []
        self._build_file_actions()
        self._build_edit_actions()
        self._build_view_actions()
        self._build_menus()
        self._build_tool_bar()
        self.style_menus()

    def _build_file_actions(self) -> None:
        sp = QStyle.StandardPixmap
        w, files = self.window, self.window.files
        self.act_new = _action(w, _t("&New"), files.new_project, _Key.New,
                               tip=_t("Start a new value chain from the six standard stages"),
                               icon=sp.SP_FileIcon)
        self.act_open = _action(w, _t("&Open…"), lambda: files.open_project(), _Key.Open,
                                tip=_t("Open a project"), icon=sp.SP_DialogOpenButton)
        self.act_save = _action(w, _t("&Save"), files.save, _Key.Save,
                                tip=_t("Save the project"), icon=sp.SP_DialogSaveButton)
        self.act_save_as = _action(w, _t("Save &As…"), files.save_as, _Key.SaveAs,
                                   tip=_t("Save the project under another name"))
        if self.act_save_as.shortcut().isEmpty():
            self.act_save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.act_import = _action(w, _t("&Import Spreadsheet…"), files.import_spreadsheet,
                                  tip=_t("Create a project from an Excel or CSV list of links"))
        self.act_export_plan = _action(w, _t("&Export Action Plan (Excel)…"),
                                       files.export_action_plan, "Ctrl+E",
                                       tip=_t("Write the action plan to an Excel workbook"))
        self.act_export_map = _action(w, _t("Export &Map…"), files.export_map,
                                      tip=_t("Save a picture of the map (PNG, SVG, PDF)"))
        self.act_export_report = _action(
            w, _t("Export Report (P&DF)…"), files.export_report,
            tip=_t("Write a PDF report for the board: map, gaps, plan, alliances"))
        self.act_print = _action(w, _t("&Print…"), files.print_map, _Key.Print,
                                 tip=_t("Print the map"))
        self.act_close = _action(w, _t("&Close"), files.close_project, _Key.Close,
                                 tip=_t("Close the project and start an empty one"))
        self.act_quit = _action(w, _t("&Quit"), w.close, _Key.Quit, tip=_t("Quit valuechain-gui"))
        if self.act_quit.shortcut().isEmpty():  # no standard Quit key on Windows
            self.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_properties = QAction(
            QCoreApplication.translate("ProjectProperties", "&Properties…"), w)
        self.act_properties.setStatusTip(QCoreApplication.translate(
            "ProjectProperties", "Target market, cluster, territory, participants, workshop "
                                 "date and the status weights of the gap analysis"))
        self.act_properties.setMenuRole(QAction.MenuRole.NoRole)
        self.act_properties.triggered.connect(lambda: edit_project_properties(w))

    def _build_edit_actions(self) -> None:
        sp = QStyle.StandardPixmap
        w, edits = self.window, self.window.edits
        self.act_undo = w.undo_group.createUndoAction(w, _t("&Undo"))
        self.act_undo.setShortcuts(_Key.Undo)
        self.act_undo.setIcon(w.style().standardIcon(sp.SP_ArrowBack))
        self.act_redo = w.undo_group.createRedoAction(w, _t("&Redo"))
        self.act_redo.setShortcuts(_Key.Redo)
        self.act_redo.setIcon(w.style().standardIcon(sp.SP_ArrowForward))
        # Clipboard and duplicate act on the canvas: they are bound to the view (see
        # MainWindow.set_document), so Ctrl+X in a text field cuts text, never links.
        self.act_cut = _action(w, _t("Cu&t"), edits.cut_links, _Key.Cut,
                               tip=_t("Cut the selected links"))
        self.act_copy = _action(w, _t("&Copy"), edits.copy_links, _Key.Copy,
                                tip=_t("Copy the selected links and the flows between them"))
        self.act_paste = _action(w, _t("&Paste"), edits.paste_links, _Key.Paste,
                                 tip=_t("Paste links copied from a map"))
        self.act_duplicate = _action(w, _t("&Duplicate"), edits.duplicate_links, "Ctrl+D",
                                     tip=_t("Duplicate the selected links"))
        for act in self.clipboard_actions():
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_find = _action(w, _t("&Find…"), edits.show_find, _Key.Find,
                                tip=_t("Find a link by name, actor or note"))
        self.act_preferences = QAction(
            QCoreApplication.translate("Preferences", "Pr&eferences…"), w)
        self.act_preferences.setShortcuts(_Key.Preferences)
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_preferences.setStatusTip(QCoreApplication.translate(
            "Preferences", "Autosave interval, interface language, recovery files"))
        self.act_preferences.triggered.connect(lambda: show_preferences(w))

    def _build_view_actions(self) -> None:
        w, views = self.window, self.window.views
        self.act_zoom_in = _action(w, _t("Zoom &In"), views.zoom_in, _Key.ZoomIn)
        self.act_zoom_out = _action(w, _t("Zoom &Out"), views.zoom_out, _Key.ZoomOut)
        self.act_fit = _action(w, _t("&Fit Map in Window"), views.fit_all, "Ctrl+0",
                               tip=_t("Show the whole map"))
        self.act_fit.setIconText(_t("Fit Map"))  # tool bar words: it must fit a 1280-pixel screen
        self.act_actual = _action(w, _t("&Actual Size"), views.actual_size, "Ctrl+Alt+0",
                                  tip=_t("Zoom to 100 %"))
        self.act_highlight_gaps = _action(w, _t("&Highlight Weak and Missing Links"),
                                          views.highlight_gaps, "Ctrl+H", checkable=True,
                                          tip=_t("Dim strong and unassessed links"))
        self.act_highlight_gaps.setIconText(_t("Weak and Missing"))
        self.act_highlight_actor = _action(w, _t("Highlight by A&ctor…"), views.highlight_actor,
                                           tip=_t("Show only the links of one actor"))
        self.act_clear_highlight = _action(w, _t("Clea&r Highlight"), views.clear_highlight,
                                           tip=_t("Show every link normally"))
        self.act_layout = _action(w, _t("Auto-&Layout"), views.auto_layout, "Ctrl+L",
                                  tip=_t("Arrange the links in their stages to reduce crossings"))
        self.act_about = _action(w, _t("&About valuechain-gui"), views.show_about)
        self.directory_launcher = DirectoryLauncher(w)
        self.act_directory = _action(w, _t("Partner &Directory…"), self.directory_launcher.show,
                                     "Ctrl+Shift+D", tip=_t("Partners you may ally with: "
                                                            "search, edit, import, export"))
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

    def clipboard_actions(self) -> list[QAction]:
        """Cut, Copy, Paste, Duplicate: the actions bound to the canvas view."""
        return [self.act_cut, self.act_copy, self.act_paste, self.act_duplicate]

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu(_t("&File"))
        self.file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = self.file_menu.addMenu(_t("Open &Recent"))
        self.recent_menu.aboutToShow.connect(
            lambda: self.window.files.fill_recent_menu(self.recent_menu))
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_save, self.act_save_as])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_import, self.act_export_plan, self.act_export_map,
                                   self.act_export_report, self.act_print])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.act_close, self.act_quit])

        self.edit_menu = bar.addMenu(_t("&Edit"))
        self.edit_menu.addActions([self.act_undo, self.act_redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(self.clipboard_actions())
        self.edit_canvas_anchor = self.edit_menu.addSeparator()  # Delete / Select All go above
        self.edit_menu.addAction(self.act_find)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_preferences)

        self.link_menu = bar.addMenu(_t("&Link"))

        self.view_menu = bar.addMenu(_t("&View"))
        self.view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit,
                                   self.act_actual])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_highlight_gaps, self.act_highlight_actor,
                                   self.act_clear_highlight])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_layout)
        self.view_menu.addSeparator()
        self.docks_menu = self.view_menu.addMenu(_t("&Panels"))

        self.project_menu = bar.addMenu(
            QCoreApplication.translate("ProjectProperties", "&Project"))
        self.project_menu.setObjectName("project_menu")
        self.project_menu.addAction(self.act_properties)

        self.help_menu = bar.addMenu(_t("&Help"))
        self.help_menu.addAction(self.act_about)

    def add_presenter_entries(self, presenter) -> None:
        """View > Present (F5) and View > Agenda Timer…, after the zoom entries."""
        anchor = self.view_menu.actions()[4]  # the separator after Actual Size
        self.view_menu.insertActions(anchor, [presenter.act_present, presenter.act_timer])
        self.style_menus()

    def _build_tool_bar(self) -> None:
        tools = QToolBar(_t("Main"), self.window)
        tools.setObjectName("main_toolbar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addActions([self.act_new, self.act_open, self.act_save])
        tools.addSeparator()
        self.act_undo_button = UndoButtonAction(self.act_undo, _t("Undo"), tools)
        self.act_redo_button = UndoButtonAction(self.act_redo, _t("Redo"), tools)
        tools.addActions([self.act_undo_button, self.act_redo_button])
        self.act_undo_button.watch(tools)
        self.act_redo_button.watch(tools)
        tools.addSeparator()
        self.toolbar_canvas_anchor = tools.addSeparator()
        tools.addAction(self.act_fit)
        tools.addAction(self.act_highlight_gaps)
        self.window.addToolBar(tools)
        self.main_toolbar = tools

    def style_menus(self) -> None:
        """Give every menu of the menu bar (sub-menus included) the :class:`MenuStyle`."""
        bar = self.window.menuBar()
        todo = [act.menu() for act in bar.actions() if act.menu() is not None]
        while todo:
            menu = todo.pop()
            if menu.style() is not self.menu_style:
                menu.setStyle(self.menu_style)
            todo += [act.menu() for act in menu.actions() if act.menu() is not None]

    def fill_canvas_entries(self, actions: dict[str, QAction]) -> None:
        """Put the canvas view's own actions in the Edit and Link menus and the tool bar.

        Called each time a new canvas view is installed (File > Open replaces it); entries of
        the previous view are removed first.
        """
        for act in self.canvas_entries:
            for widget in (self.edit_menu, self.link_menu, self.main_toolbar):
                widget.removeAction(act)
        self.link_menu.clear()
        entries: list[QAction] = []
        for key in [k for k in ("delete", "select_all") if k in actions]:
            self.edit_menu.insertAction(self.edit_canvas_anchor, actions[key])
            entries.append(actions[key])
        previous_separator = True
        for key in LINK_MENU_KEYS:
            if key is None:
                if not previous_separator:
                    self.link_menu.addSeparator()
                previous_separator = True
            elif key in actions:
                self.link_menu.addAction(actions[key])
                previous_separator = False
        stage_actions = [actions[k] for k in STAGE_MENU_KEYS if k in actions]
        if stage_actions:
            stages: QMenu = self.link_menu.addMenu(_t("&Stages"))
            stages.addActions(stage_actions)
        known = set(LINK_MENU_KEYS) | set(STAGE_MENU_KEYS) | set(MAP_ONLY_KEYS) | {
            "delete", "select_all"}
        others = [act for key, act in actions.items() if key not in known and act.text()]
        if others:
            self.link_menu.addSeparator()
            self.link_menu.addActions(others)
        _give_tag_icons(actions)
        for key in ("insert", "strong", "weak", "missing", "unassessed", "strategic"):
            if key in actions:
                act = actions[key]
                self.main_toolbar.insertAction(self.toolbar_canvas_anchor, act)
                entries.append(act)
                button = self.main_toolbar.widgetForAction(act)
                if key != "insert" and isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.canvas_entries = entries
        self.style_menus()


def _give_tag_icons(actions: dict[str, QAction]) -> None:
    """Tag actions get a miniature card of their status as icon (compact tool bar buttons),
    and a tooltip that names their key."""
    looks = {"strong": LinkStatus.STRONG, "weak": LinkStatus.WEAK,
             "missing": LinkStatus.MISSING, "unassessed": LinkStatus.UNASSESSED,
             "strategic": None}
    for key, status in looks.items():
        act = actions.get(key)
        if act is None:
            continue
        if act.icon().isNull():
            act.setIcon(status_icon(status, strategic=status is None))
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            act.setToolTip(f"{act.text()} ({keys})")  # no words of its own: nothing to translate
