"""Colours, pens, brushes, fonts and status icons: the look of cards, flows and lanes, shared by
the canvas, the panels and the exports.

Status is shown twice, so that it survives grayscale printing and colour blindness:

* colour (green / orange / red / grey, chosen from the Okabe–Ito-like palette of distinct
  lightness so that they differ in grayscale too), and
* border style and pattern: strong = thick solid border, weak = dashed border, missing = dotted
  border with a hatched band along the card's left edge (never under the name: the text stays on a
  plain background), unassessed = thin grey border; and
* a status marker in the card's corner whose *shape* and glyph tell the status without colour:
  a disc with ✔ (strong), a triangle with ~ (weak), a diamond with ✖ (missing), a hollow circle
  with ? (unassessed) (:func:`paint_status_marker`).

High contrast (presenter mode, :func:`set_high_contrast`): one switch read by the canvas items
through :func:`text_color`, :func:`status_color`, :func:`lane_fill` and the others: black text,
darker status colours and borders half again as thick, white lanes with dark headers, dark
thicker flows; shape, glyph and border style still tell the status in grayscale.

Text sizes come from one place: :data:`CARD_FONT_PX` and the others, times :func:`text_scale`
(1 by default; a presentation may enlarge all card text with :func:`set_text_scale`).

The exported legend (ui/export/map_scene.py) and the status icons (:func:`status_icon`) draw their
samples with :func:`paint_status_body` and :func:`status_pen`, so that they always match the cards;
the legend dock (ui/canvas/legend_dock.py) paints a card item itself.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from valuechain_gui.model import LinkStatus

#: Border colour per status (saturated) and fill colour (light tint).
STATUS_COLOR: dict[LinkStatus, str] = {
    LinkStatus.STRONG: "#1b7d3a",
    LinkStatus.WEAK: "#d97a00",
    LinkStatus.MISSING: "#c0262d",
    LinkStatus.UNASSESSED: "#7a7a7a",
}
STATUS_FILL: dict[LinkStatus, str] = {
    LinkStatus.STRONG: "#dff2e3",
    LinkStatus.WEAK: "#fdebd0",
    LinkStatus.MISSING: "#fbe0e0",
    LinkStatus.UNASSESSED: "#f1f1f1",
}
#: Glyph drawn in the card's top-left corner, a third cue independent of colour.
STATUS_GLYPH: dict[LinkStatus, str] = {
    LinkStatus.STRONG: "\u2714",
    LinkStatus.WEAK: "~",
    LinkStatus.MISSING: "\u2716",
    LinkStatus.UNASSESSED: "?",
}
STRATEGIC_COLOR = "#b8860b"
SELECTION_COLOR = "#1f6fd1"
FLOW_COLOR = "#4d5661"
LANE_FILL = ("#f7f8fa", "#eef1f5")  # alternating lane backgrounds
LANE_HEADER_FILL = "#d9e0ea"
LANE_HEADER_TEXT = "#1d2733"
LANE_BORDER = "#c5ccd6"
TEXT_COLOR = "#1a1a1a"
DIM_OPACITY = 0.18
CARD_RADIUS = 8.0
HANDLE_RADIUS = 7.0
#: Status marker shape, the cue that survives grayscale and colour blindness with the glyph.
STATUS_SHAPE: dict[LinkStatus, str] = {
    LinkStatus.STRONG: "disc",
    LinkStatus.WEAK: "triangle",
    LinkStatus.MISSING: "diamond",
    LinkStatus.UNASSESSED: "circle",
}
#: Width of the hatched band along a missing card's left edge (scene pixels).
HATCH_BAND = 26.0
#: Card name size at text scale 1 (scene pixels): read at fit-all on a 1920 x 1080 screen a map of
#: 40 links is drawn at about 0.9 scene-to-screen, so names stay at least 14 px high.
CARD_FONT_PX = 17
GLYPH_FONT_PX = 14
HEADER_FONT_PX = 17
_text_scale = 1.0
_high_contrast = False
#: High-contrast colours (presenter mode): darker borders, black text, white lanes.
HC_STATUS_COLOR: dict[LinkStatus, str] = {
    LinkStatus.STRONG: "#0a5223",
    LinkStatus.WEAK: "#9a4f00",
    LinkStatus.MISSING: "#9b0f16",
    LinkStatus.UNASSESSED: "#3c3c3c",
}
HC_TEXT_COLOR = "#000000"
HC_FLOW_COLOR = "#14181d"
HC_LANE_FILL = ("#ffffff", "#ffffff")
HC_LANE_HEADER_FILL = "#1d2733"
HC_LANE_HEADER_TEXT = "#ffffff"
HC_LANE_BORDER = "#5a6472"
#: How much thicker card borders and flows are in high contrast.
HC_PEN_FACTOR = 1.6
#: Below this level of detail (scene-to-device scale) cards are drawn without text.
LOW_DETAIL = 0.45


def high_contrast() -> bool:
    """Whether the map is drawn in high contrast (presenter mode)."""
    return _high_contrast


def set_high_contrast(on: bool) -> None:
    """Draw the map in high contrast, or in its usual colours; the caller repaints the items."""
    global _high_contrast
    _high_contrast = bool(on)


def text_color() -> str:
    """Colour of card names and marks."""
    return HC_TEXT_COLOR if _high_contrast else TEXT_COLOR


def status_color(status: LinkStatus) -> str:
    """Border and marker colour of ``status``."""
    return (HC_STATUS_COLOR if _high_contrast else STATUS_COLOR)[LinkStatus(status)]


def flow_color() -> str:
    """Colour of the flows' arrows."""
    return HC_FLOW_COLOR if _high_contrast else FLOW_COLOR


def lane_fill(index: int) -> str:
    """Background of lane ``index`` (alternating, white in high contrast)."""
    return (HC_LANE_FILL if _high_contrast else LANE_FILL)[index % 2]


def lane_header_fill() -> str:
    """Background of the lane headers."""
    return HC_LANE_HEADER_FILL if _high_contrast else LANE_HEADER_FILL


def lane_header_text() -> str:
    """Colour of the lane headers' names."""
    return HC_LANE_HEADER_TEXT if _high_contrast else LANE_HEADER_TEXT


def lane_border() -> str:
    """Colour of the lines between lanes."""
    return HC_LANE_BORDER if _high_contrast else LANE_BORDER


def status_pen(status: LinkStatus) -> QPen:
    """The border pen of a card with ``status`` (cached; do not modify the returned pen)."""
    return _status_pen(LinkStatus(status), _high_contrast)


@cache
def _status_pen(status: LinkStatus, contrast: bool) -> QPen:
    color = QColor((HC_STATUS_COLOR if contrast else STATUS_COLOR)[status])
    if status == LinkStatus.STRONG:
        pen = QPen(color, 3.0, Qt.PenStyle.SolidLine)
    elif status == LinkStatus.WEAK:
        pen = QPen(color, 2.6, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 2.5])
    elif status == LinkStatus.MISSING:
        pen = QPen(color, 2.6, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([0.01, 2.2])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    else:
        pen = QPen(color, 1.4, Qt.PenStyle.SolidLine)
    if contrast:
        pen.setWidthF(pen.widthF() * HC_PEN_FACTOR)
    pen.setCosmetic(False)
    return pen


@cache
def status_brush(status: LinkStatus) -> QBrush:
    """The fill of a card with ``status`` (cached)."""
    return QBrush(QColor(STATUS_FILL[LinkStatus(status)]))


def hatch_brush() -> QBrush:
    """The hatching laid over missing links' fill (diagonal lines in the missing colour)."""
    return _hatch_brush(_high_contrast)


@cache
def _hatch_brush(contrast: bool) -> QBrush:
    color = QColor((HC_STATUS_COLOR if contrast else STATUS_COLOR)[LinkStatus.MISSING])
    color.setAlpha(110)
    return QBrush(color, Qt.BrushStyle.BDiagPattern)


def paint_status_body(painter: QPainter, rect: QRectF, status: LinkStatus,
                      radius: float, band: float | None = None) -> None:
    """Fill ``rect`` (a rounded rectangle, corner ``radius`` in the painter's units) the way a
    card of ``status`` is filled: its tint, plus, for a missing link, the hatching in a band
    ``band`` wide along the left edge (default :data:`HATCH_BAND`; the whole of a rectangle
    narrower than two bands). No border (each caller draws its own); leaves the pen off."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(status_brush(status))
    painter.drawRoundedRect(rect, radius, radius)
    if status == LinkStatus.MISSING:
        band = HATCH_BAND if band is None else band
        shape = QPainterPath()
        shape.addRoundedRect(rect, radius, radius)
        if rect.width() > 2 * band:
            strip = QPainterPath()
            strip.addRect(QRectF(rect.left(), rect.top(), band, rect.height()))
            shape = shape.intersected(strip)
        painter.setBrush(hatch_brush())
        painter.drawPath(shape)


def _marker_path(shape: str, centre: QPointF, size: float) -> QPainterPath:
    """The outline of a status marker ``size`` pixels across centred on ``centre``."""
    r = size / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if shape == "triangle":
        path.addPolygon(QPolygonF([QPointF(x, y - r * 1.05), QPointF(x + r * 1.1, y + r * 0.85),
                                   QPointF(x - r * 1.1, y + r * 0.85)]))
        path.closeSubpath()
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(x, y - r * 1.15), QPointF(x + r * 1.15, y),
                                   QPointF(x, y + r * 1.15), QPointF(x - r * 1.15, y)]))
        path.closeSubpath()
    else:
        path.addEllipse(centre, r, r)
    return path


def paint_status_marker(painter: QPainter, centre: QPointF, size: float,
                        status: LinkStatus) -> None:
    """Draw the status marker: its shape (:data:`STATUS_SHAPE`) filled with the status colour
    (a hollow circle for unassessed) and the status glyph inside, white on the colour."""
    status = LinkStatus(status)
    color = QColor(status_color(status))
    hollow = STATUS_SHAPE[status] == "circle"
    painter.setPen(QPen(color, 2.6 if _high_contrast else 1.6) if hollow else Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white") if hollow else color)
    painter.drawPath(_marker_path(STATUS_SHAPE[status], centre, size))
    font = QFont(glyph_font())
    font.setPixelSize(max(6, round(size * (0.62 if status == LinkStatus.WEAK else 0.7))))
    painter.setFont(font)
    painter.setPen(color if hollow else QColor("white"))
    box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
    if status == LinkStatus.WEAK:
        box.translate(0, size * 0.12)  # the triangle's middle is below its box's
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, STATUS_GLYPH[status])


@cache
def _font(px: int, bold: bool = False) -> QFont:
    """The default family at ``px`` pixels (a scene-pixel size: it scales with the view), bold if
    asked (cached per size and weight; do not modify the returned font)."""
    font = QFont()
    font.setPixelSize(px)
    if bold:
        font.setBold(True)
    return font


def text_scale() -> float:
    """The factor applied to every card and lane text size (1 by default)."""
    return _text_scale


def set_text_scale(factor: float) -> None:
    """Enlarge (or shrink back) every card and lane text by ``factor`` (e.g. for a projector);
    cards wrap their names again when they are next refreshed."""
    global _text_scale
    _text_scale = max(0.5, min(float(factor), 4.0))


def _scaled(px: int) -> int:
    return max(1, round(px * _text_scale))


def card_font() -> QFont:
    """Font of link names (:data:`CARD_FONT_PX` times the text scale)."""
    return _font(_scaled(CARD_FONT_PX))


def glyph_font() -> QFont:
    """Font of the status glyph, strategic star and badges (bold)."""
    return _font(_scaled(GLYPH_FONT_PX), bold=True)


def header_font() -> QFont:
    """Font of lane (stage) headers (bold)."""
    return _font(_scaled(HEADER_FONT_PX), bold=True)


def status_icon(status: LinkStatus | None, *, strategic: bool = False, size: int = 22) -> QIcon:
    """A tool-bar icon: the status's fill, border style and glyph in a small rounded square,
    or (``strategic``) the cards' gold star. ``size`` in device-independent pixels."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    rect = QRectF(2, 2, size - 4, size - 4)
    font = QFont(glyph_font())
    if strategic:
        font.setPixelSize(int(size * 0.95))
        painter.setFont(font)
        painter.setPen(QColor(STRATEGIC_COLOR))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "\u2605")
    else:
        status = LinkStatus(status)
        paint_status_body(painter, rect, status, 4)
        pen = QPen(status_pen(status))
        pen.setWidthF(max(1.2, pen.widthF() * 0.7))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 4, 4)
        font.setPixelSize(int(size * 0.55))
        painter.setFont(font)
        painter.setPen(QColor(STATUS_COLOR[status]))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, STATUS_GLYPH[status])
    painter.end()
    return QIcon(pixmap)
