"""The flow arrow: a curve from an upstream card's right edge to a downstream card's left edge.

An arrow recomputes its path only when one of its two cards moves (:meth:`FlowArrow.update_geometry`
is called from the card's ``itemChange``), so dragging a card touches only its own arrows. The
rubber-band arrow shown while connecting is :class:`ConnectionPreview`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from ...geometry import CARD_GAP_Y, CARD_HEIGHT
from . import style

if TYPE_CHECKING:
    from .items import LinkCard
    from .scene import ChainScene

HEAD = 10.0  # arrowhead length, scene pixels


def flow_path(start: QPointF, end: QPointF) -> QPainterPath:
    """The curve of a flow from ``start`` (upstream card's right edge) to ``end`` (left edge).

    A forward flow is a smooth S-curve. A backward flow (a loop, e.g. field data flowing back to
    software: the downstream card is not to the right) leaves to the right, returns in the gap
    below the lower of the two cards and enters ``end`` from the left, so it does not run across
    the cards between them.
    """
    tip = QPointF(end.x() - HEAD, end.y())
    path = QPainterPath(start)
    if end.x() - start.x() >= 2 * HEAD:
        dx = max(40.0, (end.x() - start.x()) / 2)
        path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(tip.x() - dx, end.y()), tip)
        return path
    route_y = max(start.y(), end.y()) + CARD_HEIGHT / 2 + CARD_GAP_Y / 2
    bend = 24.0
    right, left = start.x() + bend, tip.x() - bend
    path.cubicTo(QPointF(right + bend, start.y()), QPointF(right + bend, route_y),
                 QPointF(right, route_y))
    path.lineTo(QPointF(left, route_y))
    path.cubicTo(QPointF(left - bend, route_y), QPointF(left - bend, end.y()), tip)
    return path


def arrow_head(end: QPointF) -> QPolygonF:
    """The arrowhead triangle pointing right, its tip on ``end``."""
    return QPolygonF([end, QPointF(end.x() - HEAD - 1, end.y() - HEAD * 0.55),
                      QPointF(end.x() - HEAD - 1, end.y() + HEAD * 0.55)])


class FlowArrow(QGraphicsItem):
    """The graphics item of one flow; ``key`` is ``(upstream id, downstream id)``."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, key: tuple[str, str], upstream: LinkCard, downstream: LinkCard) -> None:
        super().__init__()
        self.key = key
        self.upstream, self.downstream = upstream, downstream
        self._path = QPainterPath()
        self._shape: QPainterPath | None = None
        self._rect = QRectF()
        self._end = QPointF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(5)
        self.update_geometry()

    def type(self) -> int:  # noqa: A003 - Qt's name
        return self.Type

    def update_geometry(self) -> None:
        """Recompute the curve from the cards' current positions (scene coordinates)."""
        self.prepareGeometryChange()
        start, end = self.upstream.out_point(), self.downstream.in_point()
        self._path = flow_path(start, end)
        self._end = end
        self._shape = None
        self._rect = self._path.boundingRect().adjusted(-HEAD, -HEAD, HEAD, HEAD)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self._path)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scene: ChainScene | None = self.scene()  # type: ignore[assignment]
        full = scene is None or scene.full_detail
        exporting = scene is not None and scene.exporting
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected() and not exporting
        color = QColor(style.SELECTION_COLOR if selected else style.FLOW_COLOR)
        if lod < style.LOW_DETAIL and not full:
            painter.setPen(QPen(color, 0))  # cosmetic hairline, no antialiasing: fast
            painter.drawLine(self._path.pointAtPercent(0), self._end)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(color, 3.0 if selected else 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(arrow_head(self._end))


class ConnectionPreview(QGraphicsPathItem):
    """The rubber-band arrow that follows the cursor while a flow is being drawn."""

    def __init__(self, start: QPointF) -> None:
        super().__init__()
        self.start = start
        pen = QPen(QColor(style.SELECTION_COLOR), 2, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(100)
        self.set_end(start)

    def set_end(self, end: QPointF) -> None:
        """Make the arrow end at scene point ``end``."""
        path = QPainterPath(self.start)
        path.lineTo(end)
        angle = math.atan2(end.y() - self.start.y(), end.x() - self.start.x())
        for side in (-0.5, 0.5):
            tip = QPointF(end.x() - HEAD * math.cos(angle + side),
                          end.y() - HEAD * math.sin(angle + side))
            path.moveTo(end)
            path.lineTo(tip)
        self.setPath(path)
