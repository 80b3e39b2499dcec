"""Tools > Partner Directory: one directory window per main window, shown and raised on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

    from .window import DirectoryWindow


class DirectoryLauncher(QObject):
    """Opens the main window's partner directory window (created the first time)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.directory_window: DirectoryWindow | None = None

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
