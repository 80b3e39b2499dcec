"""Colours, pens, brushes, fonts and status icons: the look of cards, flows and lanes, shared by
the canvas, the panels and the exports.

Status is shown twice, so that it survives grayscale printing and colour blindness:

* colour (green / orange / red / grey, chosen from the Okabe–Ito-like palette of distinct
  lightness so that they differ in grayscale too), and
* border style and pattern: strong = thick solid border, weak = dashed border, missing = dotted
  border with a hatched fill, unassessed = thin grey border; plus a glyph in the card's corner
  (✔ strong, ~ weak, ✖ missing, ? unassessed).

The exported legend (ui/export/map_scene.py) and the status icons (:func:`status_icon`) draw their
samples with :func:`paint_status_body` and :func:`status_pen`, so that they always match the cards;
the legend dock (ui/canvas/legend_dock.py) paints a card item itself.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

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
#: Below this level of detail (scene-to-device scale) cards are drawn without text.
LOW_DETAIL = 0.45


@cache
def status_pen(status: LinkStatus) -> QPen:
    """The border pen of a card with ``status`` (cached; do not modify the returned pen)."""
    status = LinkStatus(status)
    color = QColor(STATUS_COLOR[status])
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
    pen.setCosmetic(False)
    return pen


@cache
def status_brush(status: LinkStatus) -> QBrush:
    """The fill of a card with ``status`` (cached)."""
    return QBrush(QColor(STATUS_FILL[LinkStatus(status)]))


@cache
def hatch_brush() -> QBrush:
    """The hatching laid over missing links' fill (diagonal lines in the missing colour)."""
    color = QColor(STATUS_COLOR[LinkStatus.MISSING])
    color.setAlpha(110)
    return QBrush(color, Qt.BrushStyle.BDiagPattern)


def paint_status_body(painter: QPainter, rect: QRectF, status: LinkStatus,
                      radius: float) -> None:
    """Fill ``rect`` (a rounded rectangle, corner ``radius`` in the painter's units) the way a
    card of ``status`` is filled: its tint, plus the hatching for a missing link. No border
    (each caller draws its own); leaves the pen off and the brush set."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(status_brush(status))
    painter.drawRoundedRect(rect, radius, radius)
    if status == LinkStatus.MISSING:
        painter.setBrush(hatch_brush())
        painter.drawRoundedRect(rect, radius, radius)


@cache
def _font(px: int, bold: bool = False) -> QFont:
    """The default family at ``px`` pixels (a scene-pixel size: it scales with the view), bold if
    asked (cached per size and weight; do not modify the returned font)."""
    font = QFont()
    font.setPixelSize(px)
    if bold:
        font.setBold(True)
    return font


def card_font() -> QFont:
    """Font of link names (13 px)."""
    return _font(13)


def glyph_font() -> QFont:
    """Font of the status glyph, strategic star and badges (14 px, bold)."""
    return _font(14, bold=True)


def header_font() -> QFont:
    """Font of lane (stage) headers (15 px, bold)."""
    return _font(15, bold=True)


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
