"""Undo and Redo for the tool bar: a fixed look, the command's text in the tooltip.

The Edit menu's entries (``QUndoGroup.createUndoAction``) carry the command's text ("Undo Tag
as missing"): right for a menu, but as tool bar buttons they changed width with every edit, and
each change laid out and repainted the whole tool bar. :class:`UndoButtonAction` is a tool bar
twin of such an entry: icon and a fixed "Undo"/"Redo", enabled with it, triggering it. Its
tooltip and status tip (the entry's text, "Undo Tag as missing") are taken from the entry when
the pointer enters the button or a tooltip is asked for, so an edit does not touch the button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar


class UndoButtonAction(QAction):
    """The tool bar's twin of ``entry`` (the Edit menu's Undo or Redo), shown as ``text``."""

    def __init__(self, entry: QAction, text: str, parent: QObject) -> None:
        super().__init__(entry.icon(), text, parent)
        self.entry = entry
        self.setEnabled(entry.isEnabled())
        self.triggered.connect(entry.trigger)
        entry.enabledChanged.connect(self.setEnabled)
        self._sync_tips()

    def _sync_tips(self) -> None:
        # QAction.toolTip() is the text without its mnemonic when no tooltip was set.
        tip = self.entry.toolTip()
        if tip != self.toolTip():
            self.setToolTip(tip)
        if tip != self.statusTip():
            self.setStatusTip(tip)

    def watch(self, bar: QToolBar) -> None:
        """Take the tips from the entry when the pointer reaches this action's button."""
        button = bar.widgetForAction(self)
        if button is not None:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Enter, QEvent.Type.ToolTip):
            self._sync_tips()
        return False
