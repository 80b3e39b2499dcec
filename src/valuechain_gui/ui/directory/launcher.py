"""Partners > Partner Directory: one directory window per main window, shown and raised on demand;
and the recording of the open project's validations in the directory."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from valuechain_gui.ui.document.document import Document
    from valuechain_gui.ui.shell.main_window import MainWindow

    from .validation_sync import ValidationRecorder
    from .window import DirectoryWindow


class DirectoryLauncher(QObject):
    """Opens the main window's partner directory window (created the first time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.directory_window: DirectoryWindow | None = None
        self.validations: ValidationRecorder | None = None

    def follow_document(self, document: Document) -> None:
        """Record in the directory the validations ``document``'s pipeline reaches."""
        if self.validations is None:
            from .settings import directory_path
            from .validation_sync import ValidationRecorder

            window = self.main_window
            self.validations = ValidationRecorder(
                lambda: directory_path(window.settings),
                lambda text: window.statusBar().showMessage(text, 8000), self)
        self.validations.follow(document)

    def show(self) -> DirectoryWindow:
        """Show the directory window (re-reading the directory), raised and active."""
        if self.directory_window is None:
            from .window import DirectoryWindow  # the directory's modules load on first use

            self.directory_window = DirectoryWindow(self.main_window.settings, self.main_window)
        else:
            self.directory_window.reload()
        self.directory_window.show()
        self.directory_window.raise_()
        self.directory_window.activateWindow()
        return self.directory_window
