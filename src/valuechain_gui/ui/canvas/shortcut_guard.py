"""Keeps the map's keys quiet while a menu or another popup has the keyboard.

The canvas keys (1/2/3/0, S, F, Delete, arrows...) are actions bound to the canvas view with
``Qt.WidgetWithChildrenShortcut``. Qt still lets them fire while a menu is open: the focus
widget stays the view (a context menu), or is the menu bar whose Link menu lists those very
actions (a menu opened with Alt+letter). So with a link selected, File (Alt+F) then S toggled
"strategic" instead of choosing "Save As", and Edit then F drew a flow instead of opening the
preferences.

Before Qt looks for a shortcut it sends a ``ShortcutOverride`` key event to the focus object;
accepting it hands the key to that object as a plain key press. :class:`PopupShortcutGuard`
watches the application's focus object and, whenever it is a popup (a menu, a combo box's
list...) or a menu bar, accepts the override for the view's keys, so the menu gets them
(mnemonics, arrows) and no map command runs. Dialogs and the other panels need nothing: their
focus widget lies outside the view, where the view's actions never match.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

_MATCH = QKeySequence.SequenceMatch.ExactMatch


def has_keyboard_as_popup(obj: QObject | None) -> bool:
    """Whether ``obj`` is a widget in a popup window (menu, drop-down list) or a menu bar."""
    if not isinstance(obj, QWidget):
        return False
    return isinstance(obj, QMenuBar) or obj.window().windowType() == Qt.WindowType.Popup


class PopupShortcutGuard(QObject):
    """Hands the keys of ``view``'s actions to whichever popup or menu bar has the keyboard.

    Args:
        view: the widget whose actions are the map's keys (a ``CanvasView``); the guard is its
            child and stops with it.
    """

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        app = QGuiApplication.instance()
        if app is not None:
            app.focusObjectChanged.connect(self._on_focus_object)

    def _on_focus_object(self, obj: QObject | None) -> None:
        if has_keyboard_as_popup(obj):
            obj.installEventFilter(self)  # installing again only moves it to the front

    def is_map_key(self, event: QKeyEvent) -> bool:
        """Whether the key of ``event`` is a shortcut of one of the view's actions."""
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(sequence) == _MATCH
                   for action in self._view.actions() for sequence in action.shortcuts())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Accept the ShortcutOverride of a map key sent to a popup or menu bar."""
        if (event.type() == QEvent.Type.ShortcutOverride and has_keyboard_as_popup(watched)
                and isinstance(event, QKeyEvent) and self.is_map_key(event)):
            event.accept()
            return True
        return False
