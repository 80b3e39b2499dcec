"""Menus, tool bar and their actions for the main window.

:func:`build_actions` creates the window's own actions as attributes (``window.act_new``,
``window.act_export_plan``…), :func:`build_menus` puts them in the File, Edit, Link, View and
Help menus. Canvas actions (tag keys 1/2/3/0/S, F, Delete, Insert, F2…) are not created here:
they belong to the canvas view (``CanvasView.canvas_actions``, bound with
WidgetWithChildrenShortcut) and :func:`fill_canvas_entries` puts those very objects in the menus,
so their keys never act while another widget has the focus (DESIGN.md, "Shortcuts").

A menu opened from the keyboard (Alt+letter) highlights its first entry, which Enter chooses. Qt
skips disabled entries, so with nothing to undo, Edit then Enter chose "Cut" and the selected
link was gone: :class:`MenuStyle` lets the highlight rest on a disabled entry (as Windows does),
so Enter on the greyed "Undo" does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle, QToolBar, QToolButton

if TYPE_CHECKING:
    from .main_window import MainWindow

_Key = QKeySequence.StandardKey

#: canvas_actions keys shown in the Link menu, in order (None = separator).
LINK_MENU_KEYS = ("insert", "rename", "connect", None, "strong", "weak", "missing", "unassessed",
                  "strategic", None, "select_upstream", "select_downstream", "select_chain")
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


def style_menus(window: MainWindow) -> None:
    """Give every menu of the menu bar (sub-menus included) the window's :class:`MenuStyle`."""
    style = getattr(window, "menu_style", None)
    if style is None:
        style = window.menu_style = MenuStyle()
        style.setParent(window)
    todo = [act.menu() for act in window.menuBar().actions() if act.menu() is not None]
    while todo:
        menu = todo.pop()
        if menu.style() is not style:
            menu.setStyle(style)
        todo += [act.menu() for act in menu.actions() if act.menu() is not None]


def _action(window: MainWindow, text: str, slot, shortcut=None, *, tip: str = "",
            icon: QStyle.StandardPixmap | None = None, checkable: bool = False) -> QAction:
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


def build_actions(window: MainWindow) -> None:
    """Create the window-level actions as attributes of ``window``."""
    sp = QStyle.StandardPixmap
    w = window
    w.act_new = _action(w, _t("&New"), w.new_project, _Key.New,
                        tip=_t("Start a new value chain from the six standard stages"),
                        icon=sp.SP_FileIcon)
    w.act_open = _action(w, _t("&Open…"), lambda: w.open_project(), _Key.Open,
                         tip=_t("Open a project"), icon=sp.SP_DialogOpenButton)
    w.act_save = _action(w, _t("&Save"), w.save, _Key.Save, tip=_t("Save the project"),
                         icon=sp.SP_DialogSaveButton)
    w.act_save_as = _action(w, _t("Save &As…"), w.save_as, _Key.SaveAs,
                            tip=_t("Save the project under another name"))
    if w.act_save_as.shortcut().isEmpty():
        w.act_save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
    w.act_import = _action(w, _t("&Import Spreadsheet…"), w.import_spreadsheet,
                           tip=_t("Create a project from an Excel or CSV list of links"))
    w.act_export_plan = _action(w, _t("&Export Action Plan (Excel)…"), w.export_action_plan,
                                "Ctrl+E", tip=_t("Write the action plan to an Excel workbook"))
    w.act_export_map = _action(w, _t("Export &Map…"), w.export_map,
                               tip=_t("Save a picture of the map (PNG, SVG, PDF)"))
    w.act_print = _action(w, _t("&Print…"), w.print_map, _Key.Print, tip=_t("Print the map"))
    w.act_close = _action(w, _t("&Close"), w.close_project, _Key.Close,
                          tip=_t("Close the project and start an empty one"))
    w.act_quit = _action(w, _t("&Quit"), w.close, _Key.Quit, tip=_t("Quit valuechain-gui"))
    if w.act_quit.shortcut().isEmpty():  # no standard Quit key on Windows
        w.act_quit.setShortcut(QKeySequence("Ctrl+Q"))
    w.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

    w.act_undo = w.undo_group.createUndoAction(w, _t("&Undo"))
    w.act_undo.setShortcuts(_Key.Undo)
    w.act_undo.setIcon(w.style().standardIcon(sp.SP_ArrowBack))
    w.act_redo = w.undo_group.createRedoAction(w, _t("&Redo"))
    w.act_redo.setShortcuts(_Key.Redo)
    w.act_redo.setIcon(w.style().standardIcon(sp.SP_ArrowForward))
    # Clipboard and duplicate act on the canvas: they are bound to the view (see
    # MainWindow._install_canvas), so Ctrl+X in a text field cuts text, never links.
    w.act_cut = _action(w, _t("Cu&t"), w.cut_links, _Key.Cut, tip=_t("Cut the selected links"))
    w.act_copy = _action(w, _t("&Copy"), w.copy_links, _Key.Copy,
                         tip=_t("Copy the selected links and the flows between them"))
    w.act_paste = _action(w, _t("&Paste"), w.paste_links, _Key.Paste,
                          tip=_t("Paste links copied from a map"))
    w.act_duplicate = _action(w, _t("&Duplicate"), w.duplicate_links, "Ctrl+D",
                              tip=_t("Duplicate the selected links"))
    for act in (w.act_cut, w.act_copy, w.act_paste, w.act_duplicate):
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.act_find = _action(w, _t("&Find…"), w.show_find, _Key.Find,
                         tip=_t("Find a link by name, actor or note"))

    w.act_zoom_in = _action(w, _t("Zoom &In"), lambda: w.view_call("zoom_in"), _Key.ZoomIn)
    w.act_zoom_out = _action(w, _t("Zoom &Out"), lambda: w.view_call("zoom_out"), _Key.ZoomOut)
    w.act_fit = _action(w, _t("&Fit Map in Window"), lambda: w.view_call("fit_all"), "Ctrl+0",
                        tip=_t("Show the whole map"))
    w.act_fit.setIconText(_t("Fit Map"))  # tool bar words: it must fit a 1280-pixel screen
    w.act_actual = _action(w, _t("&Actual Size"), lambda: w.view_call("actual_size"),
                           "Ctrl+Alt+0", tip=_t("Zoom to 100 %"))
    w.act_highlight_gaps = _action(w, _t("&Highlight Weak and Missing Links"),
                                   w.highlight_gaps, "Ctrl+H", checkable=True,
                                   tip=_t("Dim strong and unassessed links"))
    w.act_highlight_gaps.setIconText(_t("Weak and Missing"))
    w.act_highlight_actor = _action(w, _t("Highlight by A&ctor…"), w.highlight_actor,
                                    tip=_t("Show only the links of one actor"))
    w.act_clear_highlight = _action(w, _t("Clea&r Highlight"), w.clear_highlight,
                                    tip=_t("Show every link normally"))
    w.act_layout = _action(w, _t("Auto-&Layout"), w.auto_layout, "Ctrl+L",
                           tip=_t("Arrange the links in their stages to reduce crossings"))
    w.act_about = _action(w, _t("&About valuechain-gui"), w.show_about)
    w.act_about.setMenuRole(QAction.MenuRole.AboutRole)


def build_menus(window: MainWindow) -> None:
    """Create the menu bar and the main tool bar from the actions of :func:`build_actions`."""
    w = window
    bar = w.menuBar()
    file_menu = bar.addMenu(_t("&File"))
    file_menu.addActions([w.act_new, w.act_open])
    w.recent_menu = file_menu.addMenu(_t("Open &Recent"))
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([w.act_save, w.act_save_as])
    file_menu.addSeparator()
    file_menu.addActions([w.act_import, w.act_export_plan, w.act_export_map, w.act_print])
    file_menu.addSeparator()
    file_menu.addActions([w.act_close, w.act_quit])
    w.file_menu = file_menu

    edit = bar.addMenu(_t("&Edit"))
    edit.addActions([w.act_undo, w.act_redo])
    edit.addSeparator()
    edit.addActions([w.act_cut, w.act_copy, w.act_paste, w.act_duplicate])
    w.edit_canvas_anchor = edit.addSeparator()  # Delete / Select All from the view go above
    edit.addAction(w.act_find)
    w.edit_menu = edit

    w.link_menu = bar.addMenu(_t("&Link"))

    view = bar.addMenu(_t("&View"))
    view.addActions([w.act_zoom_in, w.act_zoom_out, w.act_fit, w.act_actual])
    view.addSeparator()
    view.addActions([w.act_highlight_gaps, w.act_highlight_actor, w.act_clear_highlight])
    view.addSeparator()
    view.addAction(w.act_layout)
    view.addSeparator()
    w.docks_menu = view.addMenu(_t("&Panels"))
    w.view_menu = view

    help_menu = bar.addMenu(_t("&Help"))
    help_menu.addAction(w.act_about)

    tools = QToolBar(_t("Main"), w)
    tools.setObjectName("main_toolbar")
    tools.setMovable(False)
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools.addActions([w.act_new, w.act_open, w.act_save])
    tools.addSeparator()
    tools.addActions([w.act_undo, w.act_redo])
    tools.addSeparator()
    w.toolbar_canvas_anchor = tools.addSeparator()
    tools.addAction(w.act_fit)
    tools.addAction(w.act_highlight_gaps)
    w.addToolBar(tools)
    w.main_toolbar = tools
    style_menus(w)


def fill_canvas_entries(window: MainWindow, actions: dict[str, QAction]) -> None:
    """Put the canvas view's own actions in the Edit and Link menus and the tool bar.

    Called each time a new canvas view is installed (File > Open replaces it); entries of the
    previous view are removed first.
    """
    w = window
    for act in getattr(w, "_canvas_entries", []):
        for widget in (w.edit_menu, w.link_menu, w.main_toolbar):
            widget.removeAction(act)
    w.link_menu.clear()
    entries: list[QAction] = []
    edit_keys = [k for k in ("delete", "select_all") if k in actions]
    for key in edit_keys:
        w.edit_menu.insertAction(w.edit_canvas_anchor, actions[key])
        entries.append(actions[key])
    previous_separator = True
    for key in LINK_MENU_KEYS:
        if key is None:
            if not previous_separator:
                w.link_menu.addSeparator()
            previous_separator = True
        elif key in actions:
            w.link_menu.addAction(actions[key])
            previous_separator = False
    stage_actions = [actions[k] for k in STAGE_MENU_KEYS if k in actions]
    if stage_actions:
        stages: QMenu = w.link_menu.addMenu(_t("&Stages"))
        stages.addActions(stage_actions)
    known = set(LINK_MENU_KEYS) | set(STAGE_MENU_KEYS) | {"delete", "select_all"}
    others = [act for key, act in actions.items() if key not in known and act.text()]
    if others:
        w.link_menu.addSeparator()
        w.link_menu.addActions(others)
    _give_tag_icons(actions)
    for key in ("insert", "strong", "weak", "missing", "unassessed", "strategic"):
        if key in actions:
            act = actions[key]
            w.main_toolbar.insertAction(w.toolbar_canvas_anchor, act)
            entries.append(act)
            button = w.main_toolbar.widgetForAction(act)
            if key != "insert" and isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    w._canvas_entries = entries
    style_menus(w)


def _give_tag_icons(actions: dict[str, QAction]) -> None:
    """Tag actions get a miniature card of their status as icon (compact tool bar buttons),
    and a tooltip that names their key."""
    from valuechain_gui.model import LinkStatus
    from valuechain_gui.ui.style import status_icon

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
