"""No keyboard trap: F6 / Shift+F6 move the keyboard between the map and the visible panels.

F6 goes from the map to the first visible panel, then the next, then back to the map (Shift+F6
the other way); Escape in a panel (outside an open popup or an editor that uses it) returns to
the map; Alt+Enter on the map opens the focused link's properties (the name field of the Link
properties panel). The panel holding the keyboard is marked by a coloured title bar, so the
room sees where typing goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

#: Title bar of the panel that has the keyboard.
FOCUSED_STYLE = ("QDockWidget::title { background: #1a56c4; padding: 4px; }"
                 "QDockWidget { color: white; }")


class PanelFocus(QObject):
    """F6 cycling and the focused-panel mark of ``window`` (see the module docstring).

    Attributes:
        act_next, act_previous: the F6 / Shift+F6 actions (window-wide).
        marked: the dock shown as focused, or None.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.marked: QDockWidget | None = None
        self.act_next = self._action(QCoreApplication.translate("MainWindow", "Next panel"),
                                     "F6", lambda: self.cycle(1))
        self.act_previous = self._action(
            QCoreApplication.translate("MainWindow", "Previous panel"), "Shift+F6",
            lambda: self.cycle(-1))
        for dock in window.docks.all():  # an Escape no field of the panel used reaches it
            dock.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Escape that reached a panel (no editor or popup of it took it): back to the map."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == \
                Qt.KeyboardModifier.NoModifier:
            self.back_to_map()
            return True
        return False

    def _action(self, text: str, key: str, slot) -> QAction:
        act = QAction(text, self.window)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def stops(self) -> list[QWidget]:
        """Where F6 stops: the map, then each visible panel, in View > Panels order."""
        docks = [d for d in self.window.docks.all() if d.isVisible() and d.widget() is not None]
        return [self.window.view] + docks

    def current_stop(self) -> int:
        """Index in :meth:`stops` of the widget holding the keyboard (0: the map or elsewhere)."""
        focus = QApplication.focusWidget()
        for i, stop in enumerate(self.stops()):
            if focus is not None and (focus is stop or stop.isAncestorOf(focus)):
                return i
        return 0

    def cycle(self, step: int) -> None:
        """F6 (+1) / Shift+F6 (−1): the keyboard goes to the next / previous stop."""
        stops = self.stops()
        target = stops[(self.current_stop() + step) % len(stops)]
        if target is self.window.view:
            self.back_to_map()
            return
        target.raise_()  # a tabbed panel comes to the front
        inner = target.widget()
        fields = [inner] + inner.findChildren(QWidget)
        chosen = next((w for w in fields if w.isVisible() and w.isEnabled()
                       and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
        (chosen or inner).setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_map(self) -> None:
        """Escape in a panel: the keyboard returns to the map."""
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_properties(self) -> None:
        """Alt+Enter on the map: the Link properties panel, its name field focused."""
        dock = self.window.docks.properties_dock
        if not self.window.scene.selected_link_ids():
            return
        dock.show()
        dock.raise_()
        dock.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        dock.name_edit.selectAll()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or not isValid(self.window):
            return  # the window is being destroyed
        if self.marked is not None and not isValid(self.marked):
            self.marked = None
        dock = None
        widget = new
        while widget is not None and dock is None:
            if isinstance(widget, QDockWidget) and any(
                    widget is d for d in self.window.docks.all() if isValid(d)):
                dock = widget
            widget = widget.parentWidget()
        if dock is self.marked:
            return
        if self.marked is not None:
            self.marked.setStyleSheet("")
        self.marked = dock
        if dock is not None:
            dock.setStyleSheet(FOCUSED_STYLE)
