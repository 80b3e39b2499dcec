"""Draw a cell of the recomposed chain like a card of the map: the status's tint (hatched when
missing), its border style (solid, dashed, dotted, thin grey) and its glyph, then the text.

The colours, pens and glyphs are the map's (:mod:`valuechain_gui.ui.style`), so a status reads the
same in the table as on the canvas, in grayscale too. A stage's header row is drawn as a lane
header; an empty cell (no corresponding link) as a faint dash.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style
from .table_model import HEADER_ROLE, STATUS_ROLE

_RADIUS = 5.0
_GLYPH_WIDTH = 18
_Index = QModelIndex | QPersistentModelIndex


class StatusCellDelegate(QStyledItemDelegate):
    """Paints status cells as small cards (see the module docstring)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = QRectF(option.rect).adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(HEADER_ROLE):
            painter.fillRect(option.rect, QColor(style.LANE_HEADER_FILL))
            painter.setPen(QColor(style.LANE_HEADER_TEXT))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(rect.adjusted(4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             index.data(Qt.ItemDataRole.DisplayRole) or "")
            painter.restore()
            return
        status = index.data(STATUS_ROLE)
        if status is None:
            painter.setPen(QColor(style.LANE_BORDER))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "\u2014")
            painter.restore()
            return
        status = LinkStatus(status)
        style.paint_status_body(painter, rect, status, _RADIUS)
        pen = QPen(style.status_pen(status))
        pen.setWidthF(max(1.2, pen.widthF() * 0.75))
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(QColor(style.SELECTION_COLOR), 2.4)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, _RADIUS, _RADIUS)
        glyph_rect = QRectF(rect.left() + 2, rect.top(), _GLYPH_WIDTH, rect.height())
        painter.setFont(style.glyph_font())
        painter.setPen(QColor(style.STATUS_COLOR[status]))
        painter.drawText(glyph_rect, Qt.AlignmentFlag.AlignCenter, style.STATUS_GLYPH[status])
        painter.setFont(option.font)
        painter.setPen(QColor(style.TEXT_COLOR))
        text_rect = rect.adjusted(_GLYPH_WIDTH + 4, 0, -4, 0)
        text = option.fontMetrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                             Qt.TextElideMode.ElideRight,
                                             int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + _GLYPH_WIDTH + 12, max(hint.height() + 8, 26))
