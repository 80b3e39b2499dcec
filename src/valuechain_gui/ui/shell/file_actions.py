"""The File menu's job: new, open, save, save as, recent files, import, exports, print.

:class:`FileActions` holds the window it works for and asks it only for what a file flow needs:
the current document (:attr:`MainWindow.document`), to show another one
(:meth:`MainWindow.set_document`), its settings, recent files and file locks. Texts keep the
"MainWindow" translation context, where they have always been.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from valuechain_gui.errors import ValueChainError
from valuechain_gui.io.project.file_kind import FileKind, file_kind
from valuechain_gui.ui.document.document import PROJECT_SUFFIX, new_document, open_document
from valuechain_gui.ui.document.file_lock import check_before_open
from valuechain_gui.ui.export import actions as export_actions
from valuechain_gui.ui.shell.load_notice import show_load_warnings
from valuechain_gui.ui.shell.spreadsheet_open import import_file, offer_import
from valuechain_gui.ui.text.messages import error_text

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

_CONTEXT = "MainWindow"
_Button = QMessageBox.StandardButton


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


class FileActions(QObject):
    """File menu commands for ``window`` (see the module doc)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when the caller may go on (saved or discarded)."""
        if self.window.voting.active:  # leaving the project: the room's votes are kept first
            self.window.voting.close_voting()
        document = self.window.document
        if not document.is_modified():
            return True
        answer = QMessageBox.warning(
            self.window, _t("Unsaved changes"),
            _t("“{name}” has changes that are not saved.\n"
               "Do you want to save them?").format(name=document.display_name()),
            _Button.Save | _Button.Discard | _Button.Cancel, _Button.Save)
        if answer == _Button.Save:
            return self.save()
        return answer == _Button.Discard

    def new_project(self) -> None:
        """File > New: a new untitled project from the six standard stages."""
        if self.maybe_save():
            self.window.set_document(new_document(self.window.language))

    def close_project(self) -> None:
        """File > Close: like New (the window stays open with an empty project)."""
        self.new_project()

    def start_folder(self) -> str:
        """The folder file dialogs open in: the project's, else the last one used."""
        if self.window.document.path is not None:
            return str(self.window.document.path.parent)
        return str(self.window.settings.value("files/last_folder", str(Path.home())))

    def open_project(self, path: Path | str | None = None) -> bool:
        """File > Open: ask for a file when ``path`` is None; True when it was opened."""
        if not self.maybe_save():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, _t("Open a project"), self.start_folder(),
                _t("Value chain projects (*.vchain);;All files (*)"))
            if not name:
                return False
            path = name
        return self.load_path(Path(path))

    def load_path(self, path: Path) -> bool:
        """Open ``path`` without asking about unsaved changes; errors are shown, False.
        A spreadsheet is not opened: its import is offered."""
        window = self.window
        if file_kind(path) is FileKind.SPREADSHEET:
            return offer_import(window, path)
        read_only = check_before_open(window, path, own=window.locks.locked_path)
        if read_only is None:
            return False
        try:
            document = open_document(path)
        except (ValueChainError, OSError) as exc:
            self.show_error(_t("Cannot open {name}").format(name=path.name), exc)
            return False
        document.read_only = read_only
        window.set_document(document)
        show_load_warnings(window, document)  # texts cleaned on opening: say where
        window.recent.add(path)
        window.settings.setValue("files/last_folder", str(path.absolute().parent))
        window.fit_all()
        window.statusBar().showMessage(_t("Opened {path}").format(path=path), 5000)
        self.offer_cited_partners(document)
        return True

    def offer_cited_partners(self, document: object) -> None:
        """Offer (without blocking) to add the partners the project cites that the local
        partner directory lacks; a directory that cannot be read is said in the status bar."""
        cited = list(getattr(getattr(document, "project", None), "partners", {}).values())
        if not cited:
            return
        from valuechain_gui.ui.directory.cited_offer import offer_cited_partners

        window = self.window
        offer_cited_partners(window, cited, window.settings,
                             say=lambda text: window.statusBar().showMessage(text, 8000))

    def save(self) -> bool:
        """File > Save (Save As for an untitled project); True when written."""
        if self.window.document.path is None:
            return self.save_as()
        return self.save_to(self.window.document.path)

    def save_as(self) -> bool:
        """File > Save As: ask for a file name; True when written."""
        start = Path(self.start_folder()) / Path(self.window.document.suggested_file_name()).name
        name, _ = QFileDialog.getSaveFileName(
            self.window, _t("Save the project as"), str(start),
            _t("Value chain projects (*.vchain)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the document to ``path`` (unless another instance has it open); True when
        written. A failure offers Save As."""
        window = self.window
        if not window.locks.may_write(path):
            return False
        try:
            written = window.document.save(path)
        except ValueChainError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, _t("Not saved"),
                              _t("The project was not saved."), _Button.Cancel, window)
            box.setInformativeText(error_text(exc))
            save_as = box.addButton(_t("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(save_as)
            box.exec()
            return box.clickedButton() is save_as and self.save_as()
        window.recent.add(written)
        window.settings.setValue("files/last_folder", str(written.absolute().parent))
        window.statusBar().showMessage(_t("Saved {path}").format(path=written), 5000)
        return True

    def show_error(self, title: str, error: BaseException) -> None:
        """A critical message box: ``title`` and the error's translated text."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, title, _Button.Ok, self.window)
        box.setInformativeText(error_text(error))
        if isinstance(error, ValueChainError) and error.file:
            box.setDetailedText(str(error))
        box.exec()

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Fill File > Open Recent, after pruning files that no longer exist (and saying so)."""
        recent = self.window.recent
        missing = recent.prune()
        if missing:
            self.window.statusBar().showMessage(
                _t("Removed from recent files (not found): {names}").format(
                    names=", ".join(p.name for p in missing)), 8000)
        menu.clear()
        paths = recent.paths()
        for number, path in enumerate(paths, start=1):
            act = menu.addAction(f"&{number % 10} {path.name}")
            act.setToolTip(str(path))
            act.setStatusTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not paths:
            menu.addAction(_t("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(_t("&Clear List"), recent.clear)

    def open_recent(self, path: Path) -> bool:
        """Open a recent file; one that vanished is removed from the list with a message."""
        if not path.is_file():
            self.window.recent.remove(path)
            QMessageBox.information(
                self.window, _t("File not found"),
                _t("{path} no longer exists; it was removed from the recent files.")
                .format(path=path))
            return False
        return self.open_project(path)

    def import_spreadsheet(self) -> None:
        """File > Import Spreadsheet: a new untitled project from an .xlsx/.csv list of links."""
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, _t("Import a spreadsheet"), self.start_folder(),
            _t("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if name:
            import_file(self.window, Path(name))

    def export_action_plan(self) -> None:
        """File > Export Action Plan (Excel)."""
        export_actions.export_action_plan(self.window)

    def export_map(self) -> None:
        """File > Export Map (PNG, SVG, PDF)."""
        export_actions.export_map(self.window)

    def export_report(self) -> None:
        """File > Export Report (PDF)."""
        from valuechain_gui.ui.export.report.action import export_report

        export_report(self.window)

    def print_map(self) -> None:
        """File > Print."""
        export_actions.print_map(self.window)
