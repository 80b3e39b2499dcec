"""Open a file in a new main window: at start-up, and for each file a later launch hands over.

:class:`WindowOpener` keeps the windows it opens alive. A ``.vchain`` opens as its document (read
only when another instance holds it and the user agrees; a file that cannot be read shows why
over a new project); a spreadsheet opens a new project and offers its import; a file already
shown by one of these windows brings that window to the front instead of opening it twice.
On macOS, a document opened from the Finder while the app runs arrives as a ``QFileOpenEvent``
(:meth:`WindowOpener.watch_file_open_events`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

from valuechain_gui.errors import ValueChainError
from valuechain_gui.io.project.file_kind import FileKind, file_kind
from valuechain_gui.ui.document.document import new_document, open_document
from valuechain_gui.ui.document.file_lock import check_before_open
from valuechain_gui.ui.shell.load_notice import show_load_warnings
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.shell.spreadsheet_open import offer_import


class WindowOpener(QObject):
    """Opens files in new main windows in ``language`` and keeps those windows alive.

    Attributes: ``windows`` (every window opened, in order).
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.windows: list[MainWindow] = []

    def showing(self, path: Path) -> MainWindow | None:
        """The open window whose document is the file ``path``, if any."""
        wanted = Path(path).absolute()
        for window in self.windows:
            document = window.document
            if window.isVisible() and document is not None and document.path is not None \
                    and Path(document.path).absolute() == wanted:
                return window
        return None

    def watch_file_open_events(self, app: QCoreApplication) -> None:
        """Open the files the system asks ``app`` to open (macOS Finder, dock)."""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A ``QFileOpenEvent`` opens its file in a new window."""
        if isinstance(event, QFileOpenEvent) and event.file():
            self.open(Path(event.file()))
            return True
        return super().eventFilter(watched, event)

    def open_all(self, paths: list[Path]) -> None:
        """Open each of ``paths`` (files handed over by a later launch)."""
        for path in paths:
            self.open(Path(path))

    def open(self, path: Path | None = None) -> MainWindow:
        """Show ``path`` in a new window (None: a new project); the window that shows it."""
        sheet: Path | None = None
        if path is not None and file_kind(path) is FileKind.SPREADSHEET:
            sheet, path = path, None
        if path is not None:
            shown = self.showing(path)
            if shown is not None:
                shown.raise_()
                shown.activateWindow()
                return shown
        document, error, read_only = None, None, False
        if path is not None:
            read_only = check_before_open(None, path)  # open in another instance?
            if read_only is None:  # cancelled: a new project
                path = None
        if path is not None:
            try:
                document = open_document(path)
                document.read_only = bool(read_only)
            except (ValueChainError, OSError) as exc:
                error = exc
        window = MainWindow(document or new_document(self.language), language=self.language)
        self.windows.append(window)
        if document is not None:
            window.recent.add(path)
        window.show()
        window.raise_()
        window.activateWindow()
        if document is not None:  # texts cleaned on opening: say where
            show_load_warnings(window, document)
        if error is not None:
            window.files.show_error(QCoreApplication.translate(
                "App", "Cannot open {name}").format(name=path.name), error)
        QTimer.singleShot(0, window, window.fit_all)
        if sheet is not None:
            QTimer.singleShot(0, window, lambda: offer_import(window, sheet))
        return window
