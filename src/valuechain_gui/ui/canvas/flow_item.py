"""The flow arrow: a path from an upstream card's right edge to a downstream card's left edge,
routed through the gaps between cards (:mod:`valuechain_gui.analysis.routing`), never across one.

The route is orthogonal; its corners are rounded here (:func:`flow_path`). A return flow (a loop
back upstream, ``Flow.is_return``) is dashed, runs along the return channel under the cards, and
carries a circular-arrow glyph in the middle of that channel. An arrow recomputes its path only when
one of its two cards moves (:meth:`FlowArrow.update_geometry` is called from the card's
``itemChange``), so dragging a card re-routes only its own arrows.

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
import zlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from valuechain_gui.analysis.routing import RETURN_TRACKS, CardIndex, Point, route_flow
from .. import style

if TYPE_CHECKING:
    from .items import LinkCard

HEAD = 10.0  # arrowhead length, scene pixels
CORNER = 7.0  # radius of a route's rounded corners (under the router's clearance / 0.42)
GLYPH_RADIUS = 7.0  # the circular arrow of a return flow
_PENS: dict[tuple[bool, bool, bool, bool], QPen] = {}


def flow_pen(selected: bool, full: bool, dashed: bool = False) -> QPen:
    """The pen of an arrow: selected or not, full detail (export) or on screen, dashed for a
    return flow (cached); thicker and darker in high contrast (:func:`style.high_contrast`)."""
    contrast = style.high_contrast()
    key = (selected, full, dashed, contrast)
    if key not in _PENS:
        color = QColor(style.SELECTION_COLOR if selected else style.flow_color())
        if selected:
            pen = QPen(color, 3.0 * (style.HC_PEN_FACTOR if contrast else 1.0))
        elif contrast:
            pen = QPen(color, 1.6 * style.HC_PEN_FACTOR)
        elif full:
            pen = QPen(color, 1.6)
        else:
            pen = QPen(color, 0)  # cosmetic 1 px
        if dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([5.0, 3.0] if pen.widthF() > 0 else [6.0, 4.0])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        else:
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        _PENS[key] = pen
    return _PENS[key]


def flow_path(points: list[Point]) -> QPainterPath:
    """The polyline ``points`` (a route) as a path with rounded corners, ending ``HEAD`` short of
    the last point (where the arrowhead's tip goes)."""
    pts = [QPointF(x, y) for x, y in points]
    last, before = pts[-1], pts[-2]
    length = math.hypot(last.x() - before.x(), last.y() - before.y())
    if length > 0:
        back = min(HEAD, length) / length
        pts[-1] = QPointF(last.x() - (last.x() - before.x()) * back,
                          last.y() - (last.y() - before.y()) * back)
    path = QPainterPath(pts[0])
    for i in range(1, len(pts) - 1):
        a, b, c = pts[i - 1], pts[i], pts[i + 1]
        ab = math.hypot(b.x() - a.x(), b.y() - a.y())
        bc = math.hypot(c.x() - b.x(), c.y() - b.y())
        r = min(CORNER, ab / 2, bc / 2)
        if r <= 0.01:
            path.lineTo(b)
            continue
        p1 = QPointF(b.x() + (a.x() - b.x()) * r / ab, b.y() + (a.y() - b.y()) * r / ab)
        p2 = QPointF(b.x() + (c.x() - b.x()) * r / bc, b.y() + (c.y() - b.y()) * r / bc)
        path.lineTo(p1)
        path.quadTo(b, p2)
    path.lineTo(pts[-1])
    return path


def add_head(path: QPainterPath, end: QPointF) -> None:
    """Add an open arrowhead (a chevron) with its tip on ``end``, pointing right."""
    path.moveTo(QPointF(end.x() - HEAD, end.y() - HEAD * 0.55))
    path.lineTo(end)
    path.lineTo(QPointF(end.x() - HEAD, end.y() + HEAD * 0.55))


def add_return_glyph(path: QPainterPath, centre: QPointF, radius: float = GLYPH_RADIUS) -> None:
    """Add a circular arrow (an open circle with a chevron: the mark of a loop) centred on
    ``centre``."""
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    path.arcMoveTo(box, 100)
    path.arcTo(box, 100, 280)  # counter-clockwise from 100 deg, leaving a gap at the top
    end = path.currentPosition()
    angle = math.radians(100 + 280)  # tangent direction at the end of the arc
    tx, ty = -math.sin(angle), -math.cos(angle)  # counter-clockwise tangent, y downwards
    size = radius * 0.8
    for side in (-0.6, 0.6):
        ca, sa = math.cos(side), math.sin(side)
        dx, dy = tx * ca - ty * sa, tx * sa + ty * ca
        path.moveTo(end)
        path.lineTo(QPointF(end.x() - dx * size, end.y() - dy * size))


def return_glyph_centre(points: list[Point], track: int = 0) -> QPointF:
    """Where a return flow's glyph goes: on its longest horizontal stretch (the return channel),
    in the middle (shifted along by its ``track``, so that the glyphs of return flows sharing a
    channel stand side by side), just under the line (the cards are above it; where a card is
    under it too, the arrow puts the glyph on the line instead)."""
    best, at = -1.0, points[0]
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        if abs(ay - by) < 0.01 and abs(bx - ax) > best:
            best, at = abs(bx - ax), ((ax + bx) / 2, ay)
    shift = (track % RETURN_TRACKS) * (2 * GLYPH_RADIUS + 6)
    return QPointF(at[0] + shift, at[1] + GLYPH_RADIUS + 2)


class FlowArrow(QGraphicsPathItem):
    """The graphics item of one flow; ``key`` is ``(upstream id, downstream id)``."""

    Type = QGraphicsPathItem.UserType + 2

    def __init__(self, key: tuple[str, str], upstream: LinkCard, downstream: LinkCard,
                 full: bool = False, *, index: CardIndex | None = None,
                 is_return: bool = False) -> None:
        super().__init__()
        self.key = key
        self.upstream, self.downstream = upstream, downstream
        self.is_return = is_return
        # the return-channel track: from the flow's ids, so that a picture is the same every time
        self.track = zlib.crc32(f"{key[0]}\x1f{key[1]}".encode()) % RETURN_TRACKS
        self.index = index if index is not None else _pair_index(upstream, downstream)
        self.points: list[Point] = []
        self.clear = True
        self.flow_selected = False
        self._full = full
        self._export = False
        self._shape: QPainterPath | None = None
        self._marks: QGraphicsPathItem | None = None
        self.setZValue(5)
        self.setPen(flow_pen(False, full, is_return))
        self.update_geometry()

    def type(self) -> int:  # noqa: A003 - Qt's name
        return self.Type

    def update_geometry(self) -> None:
        """Route the flow again from the cards' current rectangles (scene coordinates)."""
        route = route_flow(self.index, self.upstream.link_id, self.downstream.link_id,
                           is_return=self.is_return, track=self.track)
        self.points, self.clear = route.points, route.clear
        path = flow_path(route.points)
        end = QPointF(*route.points[-1])
        path.lineTo(end)
        if self.is_return:  # head and glyph drawn solid, by a child item (the line is dashed)
            marks = QPainterPath()
            add_head(marks, end)
            centre = return_glyph_centre(route.points, self.track)
            r = GLYPH_RADIUS
            if self.index.blocker(centre.x() - r, centre.y() - r, centre.x() + r,
                                  centre.y() + r, self.key) is not None:
                centre.setY(centre.y() - r - 2)  # no room under the line: on it
            add_return_glyph(marks, centre)
            self._marks_item().setPath(marks)
        else:
            add_head(path, end)
            if self._marks is not None:
                self._marks.setParentItem(None)
                if self._marks.scene() is not None:
                    self._marks.scene().removeItem(self._marks)
                self._marks = None
        self._shape = None
        self.setPath(path)

    def _marks_item(self) -> QGraphicsPathItem:
        """The child item drawing a return flow's arrowhead and loop glyph with a solid pen."""
        if self._marks is None:
            self._marks = QGraphicsPathItem(self)
            self._marks.setPen(flow_pen(self.flow_selected and not self._export, self._full))
        return self._marks

    def marks_path(self) -> QPainterPath:
        """What the arrow draws beyond its line: nothing, or a return flow's head and glyph."""
        return self._marks.path() if self._marks is not None else QPainterPath()

    def set_return(self, on: bool) -> None:
        """Make the arrow a return flow (dashed, in the return channel, with its glyph) or a
        plain flow again."""
        if on != self.is_return:
            self.is_return = on
            self._set_pens()
            self.update_geometry()

    def set_flow_selected(self, on: bool) -> None:
        """Show the arrow as selected (thick, blue) or not."""
        if on != self.flow_selected:
            self.flow_selected = on
            self._set_pens()
            self.setZValue(6 if on else 5)

    def _set_pens(self) -> None:
        selected = self.flow_selected and not self._export
        self.setPen(flow_pen(selected, self._full, self.is_return))
        if self._marks is not None:
            self._marks.setPen(flow_pen(selected, self._full))

    def restyle(self) -> None:
        """Take the pens of the current look again (high contrast switched on or off)."""
        self._set_pens()

    def set_mode(self, full: bool, exporting: bool = False) -> None:
        """Full detail (1.6-pixel pen) or on-screen (1-pixel cosmetic pen); exporting hides
        the selection."""
        if (full, exporting) != (self._full, self._export):
            self._full, self._export = full, exporting
            self._set_pens()

    def shape(self) -> QPainterPath:
        """A 10-pixel-wide band around the curve, for clicking (the pen is only 1 px)."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self.path())
        return self._shape


def _pair_index(upstream: LinkCard, downstream: LinkCard) -> CardIndex:
    """An index of just the two cards (an arrow made outside a scene's index)."""
    index = CardIndex()
    for card in (upstream, downstream):
        index.set(card.link_id, card.scene_rect_tuple())
    return index


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
