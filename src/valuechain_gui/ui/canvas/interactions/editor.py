"""Inline name editor: an editable text item laid over a card or a lane header.

While it has focus it owns its keys: Delete, Backspace, Ctrl+Z and plain characters edit the text
(the view's canvas shortcuts are disabled meanwhile, and Qt sends the ShortcutOverride to the focus
item first). Enter commits, Escape cancels, losing focus commits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from valuechain_gui.ui import style


class InlineNameEditor(QGraphicsTextItem):
    """Edit a one-line name in place.

    Args:
        text: the initial text (all selected).
        rect: scene rectangle to cover (the card or header).
        on_commit: called once with the trimmed text on Enter or focus loss.
        on_cancel: called once on Escape (and on commit of an empty text).
    """

    def __init__(self, text: str, rect: QRectF, on_commit: Callable[[str], None],
                 on_cancel: Callable[[], None]) -> None:
        super().__init__(text)
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._done = False
        self.rect = rect
        self.setFont(style.card_font())
        self.setDefaultTextColor(QColor(style.TEXT_COLOR))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setTextWidth(rect.width() - 12)
        option = self.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPos(rect.x() + 6, rect.y() + 6)
        self.setZValue(1000)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def done(self) -> bool:
        """Whether the edit was committed or cancelled already."""
        return self._done

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        frame = self.mapFromScene(self.rect).boundingRect()
        painter.setPen(QPen(QColor(style.SELECTION_COLOR), 2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), 6, 6)
        super().paint(painter, option, widget)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return super().boundingRect().united(self.mapFromScene(self.rect).boundingRect())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if not self._done and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        """Finish with the current text (empty text cancels)."""
        if self._done:
            return
        text = " ".join(self.toPlainText().split())
        self._finish()
        if text:
            self._on_commit(text)
        else:
            self._on_cancel()

    def cancel(self) -> None:
        """Finish without change."""
        if self._done:
            return
        self._finish()
        self._on_cancel()

    def _finish(self) -> None:
        self._done = True
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clearFocus()
        self.hide()
        scene = self.scene()
        if scene is not None:  # removed later: we may be inside our own event handler
            QTimer.singleShot(0, lambda: self.scene() is not None and scene.removeItem(self))
