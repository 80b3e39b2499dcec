"""Legend dock: what the card colours, outlines, markers and flows mean.

Each status is shown as a miniature card painted by the canvas's own card item, so the legend
has the same colour AND other cues (border style, hatched band, marker shape and glyph) as the
map, in colour or in grayscale. The strategic star and the end-market flag are shown the same way,
and the return flow (a loop back upstream) with the canvas's own dashed pen and loop glyph.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QWidget,
)

from valuechain_gui import geometry
from valuechain_gui.model import Link, LinkStatus
from .. import style
from .flow_item import add_head, add_return_glyph, flow_pen
from .items import LinkCard
from valuechain_gui.ui.text.labels import link_status_label

#: Scale of the miniature cards (a card is 184 × 72 scene pixels).
SWATCH_SCALE = 0.34


def status_colour(status: LinkStatus) -> QColor:
    """The main colour of a status (the cards' border colour)."""
    return QColor(style.STATUS_COLOR[LinkStatus(status)])


def status_swatch(status: LinkStatus, *, strategic: bool = False, end_market: bool = False,
                  scale: float = SWATCH_SCALE) -> QPixmap:
    """A miniature card drawn by the canvas's own :class:`LinkCard` (so it always matches).

    Returns a QPixmap of ``scale`` × the card size (device-independent pixels, drawn at 2×), with
    the status marker (or the star, the flag) enlarged in its middle.
    """
    card = LinkCard(Link(name="", stage_id="", status=status, strategic=strategic,
                         end_market=end_market))
    margin = 3.0
    size = QSize(int(geometry.CARD_WIDTH * scale + 2 * margin),
                 int(geometry.CARD_HEIGHT * scale + 2 * margin))
    ratio = 2.0
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(margin, margin)
    painter.scale(scale, scale)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.resetTransform()  # the marker enlarged in the middle, large enough to see its shape
    centre = QPointF(size.width() / 2 + 4, size.height() / 2)
    if strategic or end_market:
        font = style.glyph_font()
        painter.setFont(font)
        painter.setPen(QColor(style.STRATEGIC_COLOR if strategic else style.TEXT_COLOR))
        painter.drawText(QRectF(centre.x() - 10, centre.y() - 10, 20, 20),
                         Qt.AlignmentFlag.AlignCenter, "\u2605" if strategic else "\u2691")
    else:
        style.paint_status_marker(painter, centre, 14.0, status)
    painter.end()
    return pixmap


def return_flow_swatch(scale: float = SWATCH_SCALE) -> QPixmap:
    """A return flow as the canvas draws it: dashed, with its arrowhead and loop glyph."""
    width, height = geometry.CARD_WIDTH * scale + 6, geometry.CARD_HEIGHT * scale + 6
    ratio = 2.0
    pixmap = QPixmap(QSize(int(width), int(height)) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    mid = height / 2 - 5
    end = QPointF(width - 4, mid)
    line = QPainterPath(QPointF(4, mid))
    line.lineTo(end)
    marks = QPainterPath()
    add_head(marks, end)
    add_return_glyph(marks, QPointF(width / 2, mid + 10), 6.0)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(flow_pen(False, True, True))
    painter.drawPath(line)
    painter.setPen(flow_pen(False, True))
    painter.drawPath(marks)
    painter.end()
    return pixmap


class LegendDock(QDockWidget):
    """The legend: one row per status (swatch + word + what it means), then the markers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Legend"), parent)
        self.setObjectName("legend_dock")
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        meanings = {
            LinkStatus.STRONG: self.tr("present and competitive (thick solid border, disc ✔)"),
            LinkStatus.WEAK: self.tr("present but insufficient (dashed border, triangle ~)"),
            LinkStatus.MISSING: self.tr(
                "no one does it here (dotted border, hatched edge, diamond ✖)"),
            LinkStatus.UNASSESSED: self.tr("not discussed yet (thin grey border, circle ?)"),
        }
        self.rows: dict[str, QLabel] = {}
        row = 0
        for status in (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING,
                       LinkStatus.UNASSESSED):
            self._add_row(grid, row, status_swatch(status), link_status_label(status).capitalize(),
                          meanings[status], key=status.value)
            row += 1
        self._add_row(grid, row, status_swatch(LinkStatus.UNASSESSED, strategic=True),
                      self.tr("Strategic"), self.tr("marked strategic by the group (★)"),
                      key="strategic")
        row += 1
        self._add_row(grid, row, status_swatch(LinkStatus.UNASSESSED, end_market=True),
                      self.tr("End market"), self.tr("a final use of the chain (⚑)"),
                      key="end_market")
        row += 1
        self._add_row(grid, row, return_flow_swatch(), self.tr("Return flow"),
                      self.tr("a loop back upstream, e.g. recycling (dashed, ↻)"),
                      key="return_flow")
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2 * row + 2, 1)
        self.setWidget(body)

    def _add_row(self, grid: QGridLayout, row: int, pixmap: QPixmap, title: str, meaning: str,
                 key: str) -> None:
        """Row ``row``: the swatch on the left, the word above its meaning (smaller, grey)."""
        swatch = QLabel()
        swatch.setPixmap(pixmap)
        swatch.setAlignment(Qt.AlignmentFlag.AlignTop)
        swatch.setContentsMargins(0, 2, 0, 6)
        name = QLabel(f"<b>{title}</b>")
        text = QLabel(meaning)
        text.setWordWrap(True)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * 0.88)
        text.setFont(font)
        text.setStyleSheet("color: palette(placeholder-text);")
        text.setContentsMargins(0, 0, 0, 6)
        grid.addWidget(swatch, 2 * row, 0, 2, 1)
        grid.addWidget(name, 2 * row, 1)
        grid.addWidget(text, 2 * row + 1, 1)
        self.rows[key] = name
