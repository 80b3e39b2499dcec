"""The flow arrow: a curve from an upstream card's right edge to a downstream card's left edge.

An arrow recomputes its path only when one of its two cards moves (:meth:`FlowArrow.update_geometry`
is called from the card's ``itemChange``), so dragging a card touches only its own arrows.

Performance (2,000 links / 4,000 flows): an arrow is a plain :class:`QGraphicsPathItem` painted by
Qt in C++ (no Python ``paint``/``boundingRect`` per frame), with a 1-pixel *cosmetic* pen on
screen, which Qt strokes with its fast clipped stroker: a long flow crossing the view costs ~7x
less than with a 1.6-pixel pen. Exports and forced full detail use a 1.6-pixel pen
(:meth:`FlowArrow.set_mode`). Flows are selected by the scene (``FlowArrow.flow_selected``), not
by Qt's item selection, so Qt never draws its dashed selection box around a curve.
The rubber-band arrow shown while connecting is :class:`ConnectionPreview`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from valuechain_gui.geometry import CARD_GAP_Y, CARD_HEIGHT
from .. import style

if TYPE_CHECKING:
    from .items import LinkCard

HEAD = 10.0  # arrowhead length, scene pixels
_PENS: dict[tuple[bool, bool], QPen] = {}


def flow_pen(selected: bool, full: bool) -> QPen:
    """The pen of an arrow: selected or not, full detail (export) or on screen (cached)."""
    key = (selected, full)
    if key not in _PENS:
        color = QColor(style.SELECTION_COLOR if selected else style.FLOW_COLOR)
        if selected:
            pen = QPen(color, 3.0)
        elif full:
            pen = QPen(color, 1.6)
        else:
            pen = QPen(color, 0)  # cosmetic 1 px
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        _PENS[key] = pen
    return _PENS[key]


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


def add_head(path: QPainterPath, end: QPointF) -> None:
    """Add an open arrowhead (a chevron) with its tip on ``end``, pointing right."""
    path.moveTo(QPointF(end.x() - HEAD, end.y() - HEAD * 0.55))
    path.lineTo(end)
    path.lineTo(QPointF(end.x() - HEAD, end.y() + HEAD * 0.55))


class FlowArrow(QGraphicsPathItem):
    """The graphics item of one flow; ``key`` is ``(upstream id, downstream id)``."""

    Type = QGraphicsPathItem.UserType + 2

    def __init__(self, key: tuple[str, str], upstream: LinkCard, downstream: LinkCard,
                 full: bool = False) -> None:
        super().__init__()
        self.key = key
        self.upstream, self.downstream = upstream, downstream
        self.flow_selected = False
        self._full = full
        self._export = False
        self._shape: QPainterPath | None = None
        self.setZValue(5)
        self.setPen(flow_pen(False, full))
        self.update_geometry()

    def type(self) -> int:  # noqa: A003 - Qt's name
        return self.Type

    def update_geometry(self) -> None:
        """Recompute the curve from the cards' current positions (scene coordinates)."""
        start, end = self.upstream.out_point(), self.downstream.in_point()
        path = flow_path(start, end)
        path.lineTo(end)
        add_head(path, end)
        self._shape = None
        self.setPath(path)

    def set_flow_selected(self, on: bool) -> None:
        """Show the arrow as selected (thick, blue) or not."""
        if on != self.flow_selected:
            self.flow_selected = on
            self.setPen(flow_pen(on and not self._export, self._full))
            self.setZValue(6 if on else 5)

    def set_mode(self, full: bool, exporting: bool = False) -> None:
        """Full detail (1.6-pixel pen) or on-screen (1-pixel cosmetic pen); exporting hides
        the selection."""
        if (full, exporting) != (self._full, self._export):
            self._full, self._export = full, exporting
            self.setPen(flow_pen(self.flow_selected and not exporting, full))

    def shape(self) -> QPainterPath:
        """A 10-pixel-wide band around the curve, for clicking (the pen is only 1 px)."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self.path())
        return self._shape


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
