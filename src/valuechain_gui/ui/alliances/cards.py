"""How a card of the alliance board is drawn: a framed box, the partner's line in bold, the
other lines wrapped to the column's width (its height follows the text, so nothing is cut)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: Space around a card and inside it, in pixels.
MARGIN, PADDING = 4, 8
_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)

Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    """Paints each item of a column as a card (see the module docstring)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = parent

    def _parts(self, index: Index) -> tuple[str, str]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        first, _, rest = text.partition("\n")
        return first, rest

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width() or self.view.viewport().width()  # type: ignore[attr-defined]
        return max(60, width - 2 * (MARGIN + PADDING))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """As tall as the wrapped text of the card."""
        first, rest = self._parts(index)
        width = self._text_width(option)
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), _FLAGS,
                                                 first).height()
        if rest:
            height += QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 10_000),
                                                             _FLAGS, rest).height()
        return QSize(width + 2 * (MARGIN + PADDING), height + 2 * (MARGIN + PADDING))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,  # noqa: D102
              index: Index) -> None:
        first, rest = self._parts(index)
        painter.save()
        box = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        pen = QPen(palette.color(QPalette.ColorRole.Highlight if selected
                                 else QPalette.ColorRole.Mid))
        pen.setWidth(3 if selected else 1)
        painter.setPen(pen)
        painter.drawRoundedRect(box, 5, 5)
        inner = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        used = painter.boundingRect(inner, _FLAGS, first)
        painter.drawText(inner, _FLAGS, first)
        if rest:
            painter.setFont(option.font)
            painter.drawText(inner.adjusted(0, used.height(), 0, 0), _FLAGS, rest)
        painter.restore()
