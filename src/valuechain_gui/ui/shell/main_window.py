"""The main window: wires the document, the canvas, the docks, the menus and the status bar.

It wires and does nothing else. Each job has its own object, created and held by the window:
:class:`~.file_actions.FileActions` (``files``: open, save, import, export),
:class:`~.edit_actions.EditActions` (``edits``: clipboard, duplicate, find),
:class:`~.view_actions.ViewActions` (``views``: zoom, highlights, layout, About),
:class:`~.docks.WindowDocks` (``docks``: the panels), :class:`~.menus.WindowMenus` (``menus``:
every action, menu and the tool bar) and :class:`~.window_state.WindowState` (``state``: the
layout across sessions). The canvas draws and edits the map, the document saves and loads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from valuechain_gui.ui.canvas import CanvasView, ChainScene
from valuechain_gui.ui.changes.workshop import ChangesActions
from valuechain_gui.ui.document.autosave import Autosaver
from valuechain_gui.ui.document.document import PROJECT_SUFFIX, Document, new_document
from valuechain_gui.ui.document.file_lock import DocumentLocks
from valuechain_gui.ui.document.view_state import ViewState
from valuechain_gui.ui.matching.actions import PartnerActions
from valuechain_gui.ui.presenter.presenter import PresenterMode
from valuechain_gui.ui.shell import window_layout
from valuechain_gui.ui.shell.about import app_icon
from valuechain_gui.ui.shell.docks import WindowDocks
from valuechain_gui.ui.shell.edit_actions import EditActions
from valuechain_gui.ui.shell.file_actions import FileActions
from valuechain_gui.ui.shell.menus import WindowMenus
from valuechain_gui.ui.shell.panel_focus import PanelFocus
from valuechain_gui.ui.shell.recent_files import RecentFiles
from valuechain_gui.ui.shell.status_bar import ChainStatusBar
from valuechain_gui.ui.shell.view_actions import ViewActions
from valuechain_gui.ui.shell.warm_up import warm_up_after_first_paint
from valuechain_gui.ui.shell.window_state import WindowState
from valuechain_gui.ui.templates.dialog import install_template_action
from valuechain_gui.ui.share.session import ShareSession
from valuechain_gui.ui.voting.session import VotingSession


class MainWindow(QMainWindow):
    """The application window for one document at a time.

    Args:
        document: the document to show (default: a new untitled project).
        language: interface language ("fr"/"en"), also the language of new projects.
        settings: QSettings for recent files and window state (default: the application's).
        remember_layout: restore the window size and dock layout of the last session, and save
            them on close (False for reproducible screenshots).

    Attributes: ``document``, ``scene`` (ChainScene), ``view`` (CanvasView), ``status``
    (ChainStatusBar), ``recent`` (RecentFiles), ``panels`` (PanelFocus: F6 between the map
    and the panels), ``presenter`` (PresenterMode: F5, the agenda timer), ``autosaver``,
    ``locks``, ``restored_windows`` (windows opened for recovered projects, kept alive here),
    and the job objects of the module doc: ``files``, ``edits``, ``views``, ``docks``,
    ``menus``, ``state``; ``changes`` (snapshots and the comparison,
    :class:`~valuechain_gui.ui.changes.workshop.ChangesActions`), ``partners``
    (:class:`~valuechain_gui.ui.matching.actions.PartnerActions`, the Partners menu) and
    ``act_new_from_template`` (File > New from Template…), ``voting`` (Workshop > Open Voting,
    the room's votes live on the map, :class:`~valuechain_gui.ui.voting.session.VotingSession`),
    ``sharing`` (File > Share for Co-editing…, :class:`~valuechain_gui.ui.share.session.ShareSession`).
    """

    def __init__(self, document: Document | None = None, language: str = "en",
                 settings: QSettings | None = None, remember_layout: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)  # a .vchain dropped from the file manager opens
        self.language = language
        self.settings = settings if settings is not None else QSettings()
        self.recent = RecentFiles(self.settings)
        self.undo_group = QUndoGroup(self)
        self.document: Document | None = None
        self.scene: ChainScene | None = None
        self.view: CanvasView | None = None
        self.view_state: ViewState | None = None
        self.restored_windows: list[MainWindow] = []
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        initial = document if document is not None else new_document(language)
        self.docks = WindowDocks(self, initial)
        self.status = ChainStatusBar(self)
        self.setStatusBar(self.status)
        self.files = FileActions(self)
        self.edits = EditActions(self)
        self.views = ViewActions(self)
        self.menus = WindowMenus(self)
        self.act_new_from_template = install_template_action(self)
        self.changes = ChangesActions(self)
        self.docks.list_in(self.menus.docks_menu)
        self.partners = PartnerActions(self)
        self.partners.add_menu(self.menuBar(), self.menus.project_menu.menuAction())
        self.partners.menu.addSeparator()  # the partner directory, beside finding partners
        self.partners.menu.addAction(self.menus.act_directory)
        self.docks.gaps_dock.view.addAction(self.partners.act_find)  # its context menu
        self.docks.gaps_dock.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panels = PanelFocus(self)  # F6 / Shift+F6, Escape back to the map
        self.presenter = PresenterMode(self)  # F5: the room's view; the agenda timer
        self.menus.add_presenter_entries(self.presenter)
        self.voting = VotingSession(self)  # after the presenter: it follows its focused link
        self.sharing = ShareSession(self)  # File > Share for Co-editing…
        self.autosaver = Autosaver(self, self.settings)
        self.locks = DocumentLocks(self)
        self.locks.writable_changed.connect(self.menus.act_save.setEnabled)
        window_layout.fit_small_screens(self)
        self.set_document(initial)
        QApplication.clipboard().dataChanged.connect(self.edits.update_paste)
        self.edits.update_paste()
        self.resize(1440, 900)
        self.state = WindowState(self, remember_layout)
        self._painted = False

    def set_document(self, document: Document) -> None:
        """Show ``document``: new scene and view, docks and status bar follow it."""
        if self.presenter.active:  # presenter mode belongs to the map it was entered on
            self.presenter.leave()
        old = self.document
        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self._install_canvas()
        self.view.fit_all()  # and again once the view has its size (CanvasView.keep_fitted)
        QTimer.singleShot(0, self, self._repair_layout)  # a new central widget may squash the map
        # (the window as context: not called once it is deleted)
        self.docks.follow_document(document)
        self.status.set_document(document)
        document.edit.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        document.modified_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.details_changed.connect(self._update_title)  # market, pôle in the title
        self.edits.follow_document()
        self.changes.follow_document()
        self.voting.follow_document()
        self.sharing.follow_document()
        self.menus.act_highlight_gaps.setChecked(False)
        self.autosaver.set_document(document)
        self.locks.set_document(document)
        self.menus.directory_launcher.follow_document(document)
        self._update_title()  # after the locks: read-only shows in the title
        if old is not None and old is not document:
            self.undo_group.removeStack(old.undo_stack)
            old.close()
            old.deleteLater()

    def _install_canvas(self) -> None:
        old_scene = self.scene
        self.view_state = ViewState(self.document)  # one per open document, dies with it
        self.scene = ChainScene(self.document.project, view_state=self.view_state,
                                notifier=self.document.notifier, progressive=True)
        self.view = CanvasView(self.scene, self.document.edit)  # installs the interactions
        self.view.setObjectName("canvas_view")
        self.view.properties_requested.connect(self.panels.show_properties)
        self.view.addActions(self.menus.clipboard_actions())
        self.setCentralWidget(self.view)  # deletes the previous view
        self.docks.follow_canvas(self.scene, self.view, self.view_state, self.document)
        self.scene.links_selection_changed.connect(self.edits.update_actions)
        self.view.interactions.editing_changed.connect(self.edits.on_inline_editing)
        self.view.interactions.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 8000))
        self.menus.fill_canvas_entries(self.view.canvas_actions)
        self.view.interactions.link_actions = [self.partners.act_find]  # on the card's menu
        if old_scene is not None:
            old_scene.deleteLater()
        self.edits.update_actions(self.scene.selected_link_ids())
        self.view.setFocus()

    def _repair_layout(self) -> None:
        self.state.repair()

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(self.document.window_title())
        self.setWindowModified(self.document.is_modified())

    def fit_all(self) -> None:
        """Fit the whole map in the canvas (after opening, importing, at start-up)."""
        self.view.fit_all()

    @staticmethod
    def _dropped_project(mime: QMimeData) -> Path | None:
        """The one local ``.vchain`` file in a drag, if that is what it carries."""
        urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if len(urls) == 1 and urls[0].toLocalFile().lower().endswith(PROJECT_SUFFIX):
            return Path(urls[0].toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept a project file dragged from the file manager."""
        if self._dropped_project(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Open the dropped project (after the unsaved-changes question)."""
        path = self._dropped_project(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_project(path)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """At the first show the layout gets its default or restored sizes."""
        super().showEvent(event)
        self.state.on_show()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """After the first paint, import what reading a file needs (ui/shell/warm_up.py)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            warm_up_after_first_paint()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask about unsaved changes; remember the window layout."""
        if not self.files.maybe_save():
            event.ignore()
            return
        self.state.save()
        self.edits.close_find()
        self.sharing.stop()
        self.autosaver.close_cleanly()  # saved or discarded: no recovery needed
        self.locks.release()
        event.accept()
