"""The lane: one stage drawn as a column with a header holding the stage's name.

Lanes stand side by side; each is ``LANE_WIDTH`` wide or wider when its cards stand in several
sub-columns (the scene sets every lane's span from :func:`valuechain_gui.geometry.lane_spans`);
its height follows the lowest card. The canvas interactions handle its double-clicks (on the
header: rename the stage) and its context menu (add, rename, move, remove stages).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from valuechain_gui.geometry import LANE_HEADER_HEIGHT, LANE_WIDTH, lane_x
from .. import style

if TYPE_CHECKING:
    from .scene import ChainScene


class LaneItem(QGraphicsItem):
    """The graphics item of one stage: ``stage_id``, ``index`` (0 = most upstream), ``name``."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, stage_id: str, index: int, name: str, height: float) -> None:
        super().__init__()
        self.stage_id, self.index, self.name = stage_id, index, name
        self.height = height
        self.width = LANE_WIDTH
        self.setZValue(-10)
        self.setPos(lane_x(index), 0)
        # the part to repaint is handed to paint(): a retagged card repaints the lane under it,
        # far below its header, whose text layout is then not needed
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setToolTip(name)

    def set_span(self, left: float, width: float) -> None:
        """Put the lane at scene x ``left``, ``width`` scene pixels wide."""
        if width != self.width:
            self.prepareGeometryChange()
            self.width = width
        if self.x() != left:
            self.setPos(left, 0)

    def type(self) -> int:  # noqa: A003 - Qt's name
        return self.Type

    def set_height(self, height: float) -> None:
        """Make the lane ``height`` scene pixels tall (header included)."""
        if height != self.height:
            self.prepareGeometryChange()
            self.height = height

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(0, 0, self.width, self.height)

    def header_rect(self) -> QRectF:
        """The header, item coordinates."""
        return QRectF(0, 0, self.width, LANE_HEADER_HEIGHT)

    def in_header(self, scene_pos: QPointF) -> bool:
        """Whether ``scene_pos`` is on this lane's header."""
        return self.header_rect().contains(self.mapFromScene(scene_pos))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        body = QRectF(0, 0, self.width, self.height)
        painter.fillRect(body, QColor(style.lane_fill(self.index)))
        header = self.header_rect().adjusted(3, 3, -3, -3)
        painter.fillRect(header, QColor(style.lane_header_fill()))
        painter.setPen(QPen(QColor(style.lane_border()), 0))
        painter.drawLine(body.topRight(), body.bottomRight())
        scene: ChainScene | None = self.scene()  # type: ignore[assignment]
        full = scene is None or scene.full_detail
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if (lod < 0.2 and not full) or not option.exposedRect.intersects(header):
            return
        painter.setFont(style.header_font())
        painter.setPen(QColor(style.lane_header_text()))
        metrics = QFontMetricsF(style.header_font())
        text_rect = header.adjusted(8, 2, -8, -2)
        # two lines at most, elided
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        text = self.name
        if metrics.boundingRect(text_rect, int(flags), text).height() > text_rect.height():
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width() * 1.8)
        painter.drawText(text_rect, flags, text)
