"""The main window: wires the document, the canvas, the docks, the menus and the status bar.

It does little itself (STYLE.md point 6): the canvas draws and edits the map, the docks show
the selection and the legend, commands change the model, :mod:`.document` saves and loads.
The file flow (open, save, unsaved-changes prompt, import) lives here; the Edit menu's
clipboard, duplicate and find commands in :mod:`.edit_actions` (a mixin); the export and print
dialogs in ``ui/export/actions.py`` (loaded when first used).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from valuechain_gui.errors import ValueChainError
from valuechain_gui.model import LinkStatus
from . import menus
from valuechain_gui.ui.canvas import CanvasView, ChainScene
from valuechain_gui.ui.canvas.minimap import Minimap
from valuechain_gui.ui.gaps.dock import GapsDock  # issue 6: Critical gaps panel
from valuechain_gui.ui.canvas.legend_dock import LegendDock
from valuechain_gui.ui.plan.dock import PlanDock
from valuechain_gui.ui.properties.dock import PropertiesDock
from valuechain_gui.ui.document.view_state import ViewState
from valuechain_gui.ui.document.document import (
    PROJECT_SUFFIX,
    Document,
    new_document,
    open_document,
)
from .load_notice import show_load_warnings
from .edit_actions import EditActions
from .find_dialog import FindDialog
from valuechain_gui.ui.text.messages import error_text
from .recent_files import RecentFiles
from .status_bar import ChainStatusBar
from valuechain_gui.ui.document.autosave import Autosaver  # issue 5: work safety
from valuechain_gui.ui.document.file_lock import DocumentLocks, check_before_open  # issue 5
from .preferences import add_preferences_action  # issue 5
from .spreadsheet_open import import_file, offer_import
from valuechain_gui.io.file_kind import FileKind, file_kind
from valuechain_gui.ui.properties.project_dialog import add_properties_action
from . import window_layout

_Button = QMessageBox.StandardButton


class MainWindow(EditActions, QMainWindow):
    """The application window for one document at a time.

    Args:
        document: the document to show (default: a new untitled project).
        language: interface language ("fr"/"en"), also the language of new projects.
        settings: QSettings for recent files and window state (default: the application's).
        remember_layout: restore the window size and dock layout of the last session, and save
            them on close (False for reproducible screenshots).

    Attributes (for other modules and tests): ``document``, ``scene`` (ChainScene), ``view``
    (CanvasView), ``properties_dock``, ``legend_dock``, ``minimap_dock``, ``plan_dock``
    (action plan, tabbed with ``gaps_dock`` under the map), ``status``
    (ChainStatusBar), ``recent`` (RecentFiles), ``act_*`` actions (see :mod:`.menus`).
    """

    def __init__(self, document: Document | None = None, language: str = "en",
                 settings: QSettings | None = None, remember_layout: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remember_layout = remember_layout
        self.setObjectName("main_window")
        self.setAcceptDrops(True)  # a .vchain dropped from the file manager opens
        self.language = language
        self.settings = settings if settings is not None else QSettings()
        self.recent = RecentFiles(self.settings)
        self.undo_group = QUndoGroup(self)
        self.document: Document | None = None
        self.scene: ChainScene | None = None
        self.view: CanvasView | None = None
        self.find_dialog: FindDialog | None = None
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        # the right-hand docks run the full height; bottom docks sit under the canvas only
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.properties_dock = PropertiesDock(self)
        self.legend_dock = LegendDock(self)
        self.minimap_dock = QDockWidget(self.tr("Overview"), self)
        self.minimap_dock.setObjectName("minimap_dock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.legend_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.minimap_dock)
        initial = document if document is not None else new_document(language)
        self.plan_dock = PlanDock(initial.project, initial.edit, self, initial.notifier,
                                  initial.gap_reports)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.plan_dock)
        self.gaps_dock = GapsDock(self)  # issue 6
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.gaps_dock)  # issue 6
        self.tabifyDockWidget(self.plan_dock, self.gaps_dock)
        self.plan_dock.raise_()
        self.status = ChainStatusBar(self)
        self.setStatusBar(self.status)

        menus.build_actions(self)
        menus.build_menus(self)
        for dock in (self.properties_dock, self.legend_dock, self.minimap_dock, self.plan_dock):
            self.docks_menu.addAction(dock.toggleViewAction())
        self.docks_menu.addAction(self.gaps_dock.toggleViewAction())  # issue 6
        self.autosaver = Autosaver(self, self.settings)  # issue 5: recovery files
        self.locks = DocumentLocks(self)  # issue 5: one writer per file
        add_preferences_action(self)  # issue 5: Edit > Preferences
        window_layout.fit_small_screens(self)
        add_properties_action(self)  # Project > Properties
        self.set_document(initial)
        QApplication.clipboard().dataChanged.connect(self._update_paste)
        self._update_paste()
        self.resize(1440, 900)
        self._layout_done = False  # default sizes applied at the first show (window_layout)
        if remember_layout:
            self.restore_window_state()

    # ------------------------------------------------------------------ document
    def set_document(self, document: Document) -> None:
        """Show ``document``: new scene and view, docks and status bar follow it."""
        old = self.document
        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self._install_canvas()
        self.view.fit_all()  # and again once the view has its size (CanvasView.keep_fitted)
        QTimer.singleShot(0, self._repair_layout)  # a new central widget may squash the map
        self.properties_dock.set_document(document)
        if self.plan_dock.project is not document.project:
            self.plan_dock.set_project(document.project, document.edit, document.notifier,
                                       document.gap_reports)
        self.status.set_document(document)
        document.edit.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        document.modified_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.details_changed.connect(self._update_title)  # market, pôle in the title
        self._update_title()
        if self.find_dialog is not None:
            self.find_dialog.set_project(document.project)
        self.act_highlight_gaps.setChecked(False)
        self.autosaver.set_document(document)  # issue 5
        self.locks.set_document(document)  # issue 5
        self._update_title()  # issue 5: read-only may have changed the title
        if old is not None and old is not document:
            self.undo_group.removeStack(old.undo_stack)
            old.close()
            old.deleteLater()

    def _install_canvas(self) -> None:
        old_scene = self.scene
        self.view_state = ViewState(self.document)  # one per open document, dies with it
        self.scene = ChainScene(self.document.project, self.document.edit,
                                view_state=self.view_state, notifier=self.document.notifier)
        self.view = CanvasView(self.scene)
        self.view.setObjectName("canvas_view")
        self.view.addActions([self.act_cut, self.act_copy, self.act_paste, self.act_duplicate])
        self.setCentralWidget(self.view)  # deletes the previous view
        self.scene.links_selection_changed.connect(self.properties_dock.show_links)
        self.scene.links_selection_changed.connect(self._update_edit_actions)
        self.scene.editing_changed.connect(self._on_inline_editing)
        self.scene.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        menus.fill_canvas_entries(self, self.view.canvas_actions)
        old_minimap = self.minimap_dock.widget()
        self.minimap_dock.setWidget(Minimap(self.view))
        if old_minimap is not None:  # setWidget keeps the old one: it would keep the old map alive
            old_minimap.deleteLater()
        self.gaps_dock.set_scene(self.scene, self.document.gap_reports)  # follows the new project
        self.plan_dock.set_view_state(self.view_state)
        if old_scene is not None:
            old_scene.deleteLater()
        self._update_edit_actions(self.scene.selected_link_ids())
        self.view.setFocus()

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(self.document.window_title())
        self.setWindowModified(self.document.is_modified())

    def view_call(self, method: str) -> None:
        """Call a CanvasView method by name (zoom_in, zoom_out, fit_all, actual_size)."""
        getattr(self.view, method)()

    # ------------------------------------------------------------------ file flow
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when the caller may go on (saved or discarded)."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.warning(
            self, self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved.\n"
                    "Do you want to save them?").format(name=self.document.display_name()),
            _Button.Save | _Button.Discard | _Button.Cancel, _Button.Save)
        if answer == _Button.Save:
            return self.save()
        return answer == _Button.Discard

    def new_project(self) -> None:
        """File > New: a new untitled project from the six standard stages."""
        if self.maybe_save():
            self.set_document(new_document(self.language))

    def close_project(self) -> None:
        """File > Close: like New (the window stays open with an empty project)."""
        self.new_project()

    def _start_folder(self) -> str:
        if self.document.path is not None:
            return str(self.document.path.parent)
        return str(self.settings.value("files/last_folder", str(Path.home())))

    def open_project(self, path: Path | str | None = None) -> bool:
        """File > Open: ask for a file when ``path`` is None; True when it was opened."""
        if not self.maybe_save():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a project"), self._start_folder(),
                self.tr("Value chain projects (*.vchain);;All files (*)"))
            if not name:
                return False
            path = name
        return self.load_path(Path(path))

    def load_path(self, path: Path) -> bool:
        """Open ``path`` without asking about unsaved changes; errors are shown, False.
        A spreadsheet is not opened: its import is offered."""
        if file_kind(path) is FileKind.SPREADSHEET:
            return offer_import(self, path)
        read_only = check_before_open(self, path, own=self.locks.locked_path)  # issue 5
        if read_only is None:
            return False
        try:
            document = open_document(path)
        except (ValueChainError, OSError) as exc:
            self.show_error(self.tr("Cannot open {name}").format(name=path.name), exc)
            return False
        document.read_only = read_only
        self.set_document(document)
        show_load_warnings(self, document)  # texts cleaned on opening: say where
        self.recent.add(path)
        self.settings.setValue("files/last_folder", str(path.absolute().parent))
        self.fit_all()
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 5000)
        return True

    def save(self) -> bool:
        """File > Save (Save As for an untitled project); True when written."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        """File > Save As: ask for a file name; True when written."""
        start = Path(self._start_folder()) / Path(self.document.suggested_file_name()).name
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the project as"), str(start),
            self.tr("Value chain projects (*.vchain)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if not self.locks.may_write(path):  # issue 5: another instance's open file
            return False
        try:
            written = self.document.save(path)
        except ValueChainError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Not saved"),
                              self.tr("The project was not saved."), _Button.Cancel, self)
            box.setInformativeText(error_text(exc))
            save_as = box.addButton(self.tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(save_as)
            box.exec()
            return box.clickedButton() is save_as and self.save_as()
        self.recent.add(written)
        self.settings.setValue("files/last_folder", str(written.absolute().parent))
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=written), 5000)
        return True

    def show_error(self, title: str, error: BaseException) -> None:
        """A critical message box: ``title`` and the error's translated text."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, title, _Button.Ok, self)
        box.setInformativeText(error_text(error))
        if isinstance(error, ValueChainError) and error.file:
            box.setDetailedText(str(error))
        box.exec()

    def fill_recent_menu(self) -> None:
        """Fill File > Open Recent, after pruning files that no longer exist (and saying so)."""
        missing = self.recent.prune()
        if missing:
            self.statusBar().showMessage(
                self.tr("Removed from recent files (not found): {names}").format(
                    names=", ".join(p.name for p in missing)), 8000)
        self.recent_menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            act = self.recent_menu.addAction(f"&{number % 10} {path.name}")
            act.setToolTip(str(path))
            act.setStatusTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear List"), self.recent.clear)

    def open_recent(self, path: Path) -> bool:
        """Open a recent file; one that vanished is removed from the list with a message."""
        if not path.is_file():
            self.recent.remove(path)
            QMessageBox.information(
                self, self.tr("File not found"),
                self.tr("{path} no longer exists; it was removed from the recent files.")
                .format(path=path))
            return False
        return self.open_project(path)

    def import_spreadsheet(self) -> None:
        """File > Import Spreadsheet: a new untitled project from an .xlsx/.csv list of links."""
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), self._start_folder(),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if name:
            import_file(self, Path(name))

    def _export_hook(self, name: str) -> None:
        try:
            from valuechain_gui.ui.export import actions as export_actions
        except ImportError:
            QMessageBox.information(self, self.tr("Not available"),
                                    self.tr("Exports are not available in this version."))
            return
        getattr(export_actions, name)(self)

    def export_action_plan(self) -> None:
        """File > Export Action Plan (Excel): ``export_actions.export_action_plan(window)``."""
        self._export_hook("export_action_plan")

    def export_map(self) -> None:
        """File > Export Map: ``export_actions.export_map(window)``."""
        self._export_hook("export_map")

    def print_map(self) -> None:
        """File > Print: ``export_actions.print_map(window)``."""
        self._export_hook("print_map")

    # ------------------------------------------------------------------ view
    def fit_all(self) -> None:
        """Fit the whole map in the canvas."""
        self.view.fit_all()

    def highlight_gaps(self, checked: bool) -> None:
        """View > Highlight weak and missing links (checkable)."""
        self.scene.set_status_filter({LinkStatus.WEAK, LinkStatus.MISSING} if checked else None)

    def highlight_actor(self) -> None:
        """View > Highlight by actor: choose one of the project's actors."""
        actors = sorted({a for link in self.document.project.links.values() for a in link.actors},
                        key=str.casefold)
        if not actors:
            QMessageBox.information(self, self.tr("Highlight by actor"),
                                    self.tr("No link has actors yet: type them in the link "
                                            "properties."))
            return
        actor, ok = QInputDialog.getItem(self, self.tr("Highlight by actor"),
                                         self.tr("Show the links of:"), actors, 0, False)
        if ok and actor:
            self.set_actor_highlight(actor)

    def set_actor_highlight(self, actor: str) -> list[str]:
        """Highlight the links whose actors include ``actor``; returns their ids."""
        ids = [link.id for link in self.document.project.links.values() if actor in link.actors]
        self.gaps_dock.release_highlight()  # issue 6: the actor highlight replaces the panel's
        self.act_highlight_gaps.setChecked(False)
        self.scene.set_status_filter(None)
        self.scene.set_highlight(ids)
        self.statusBar().showMessage(
            self.tr("%n link(s) with this actor", "", len(ids)), 5000)
        return ids

    def clear_highlight(self) -> None:
        """View > Clear highlight."""
        self.gaps_dock.release_highlight()  # issue 6
        self.act_highlight_gaps.setChecked(False)
        self.scene.set_status_filter(None)
        self.scene.set_highlight(None)

    def auto_layout(self) -> None:
        """View > Auto-layout: one undoable step."""
        self.document.edit.layout()
        self.fit_all()

    def show_about(self) -> None:
        """Help > About."""
        from valuechain_gui import __version__

        QMessageBox.about(self, self.tr("About valuechain-gui"), self.tr(
            "<h3>valuechain-gui {version}</h3>"
            "<p>Map a target market's value chain with your working group, tag each link "
            "strong, weak or missing, and turn the gaps into an action plan: local "
            "reinforcement of weak links, alliance search for missing ones.</p>").format(
                version=__version__))

    # ------------------------------------------------------------------ dropped files
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
            self.open_project(path)

    # ------------------------------------------------------------------ window state
    def _default_dock_sizes(self) -> None:
        """Default dock sizes for the current window size (see :mod:`.window_layout`)."""
        window_layout.default_dock_sizes(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """At the first show: default dock sizes (none restored), or repair a squashed map."""
        super().showEvent(event)
        if not self._layout_done:
            self._layout_done = True
            self.layout().activate()
            if getattr(self, "_state_restored", False):
                window_layout.ensure_sane_layout(self)
            else:
                self._default_dock_sizes()
            QTimer.singleShot(0, self._repair_layout)

    def _repair_layout(self) -> None:
        if self.isVisible():
            self.layout().activate()
            window_layout.ensure_sane_layout(self)

    def restore_window_state(self) -> None:
        """Restore size, position and dock layout saved by a previous session."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._state_restored = self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask about unsaved changes; remember the window layout."""
        if not self.maybe_save():
            event.ignore()
            return
        if self.remember_layout and not window_layout.layout_is_squashed(self):
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
        if self.find_dialog is not None:
            self.find_dialog.close()
        self.autosaver.close_cleanly()  # issue 5: saved or discarded: no recovery needed
        self.locks.release()
        event.accept()
