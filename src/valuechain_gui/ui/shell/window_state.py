"""The window's size, position and dock layout across sessions, and its first show.

:class:`WindowState` restores what a previous session saved (``window/geometry`` and
``window/state`` in the window's QSettings), applies the default dock sizes at the first show when
nothing was restored (:mod:`.window_layout`), repairs a squashed map, and saves the layout on
close unless it is squashed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer

from valuechain_gui.ui.shell import window_layout

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class WindowState(QObject):
    """Remembers and repairs the layout of ``window``.

    Args:
        window: the main window.
        remember: restore the last session's layout now, and save it on close (False for
            reproducible screenshots and tests).
    """

    def __init__(self, window: MainWindow, remember: bool) -> None:
        super().__init__(window)
        self.window = window
        self.remember = remember
        self.restored = False
        self.first_show_done = False
        if remember:
            self.restore()

    def restore(self) -> None:
        """Restore size, position and dock layout saved by a previous session."""
        settings = self.window.settings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restored = self.window.restoreState(state)

    def on_show(self) -> None:
        """At the first show: default dock sizes (none restored), or repair a squashed map."""
        if self.first_show_done:
            return
        self.first_show_done = True
        self.window.layout().activate()
        if self.restored:
            window_layout.ensure_sane_layout(self.window)
        else:
            window_layout.default_dock_sizes(self.window)
        QTimer.singleShot(0, self, self.repair)  # (not called once the window is deleted)

    def repair(self) -> None:
        """Put the default dock sizes back if the shown window's map is squashed."""
        if self.window.isVisible():
            self.window.layout().activate()
            window_layout.ensure_sane_layout(self.window)

    def save(self) -> None:
        """Save the layout for the next session (never a squashed one)."""
        if self.remember and not window_layout.layout_is_squashed(self.window):
            self.window.settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
            self.window.settings.setValue(STATE_KEY, self.window.saveState())
