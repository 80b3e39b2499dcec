"""The map as a document scene: the chain in full detail under a title block with the legend.

:class:`MapScene` is a :class:`~valuechain_gui.ui.canvas.scene.ChainScene` of the project in full
detail (exports never depend on the zoom on screen; see docs/architecture.md, "Known pitfalls"), with no
selection marks, built with no notifier so it is drawn once (a snapshot: no interactions, no edit
façade, nothing to switch off), plus a title block above
the lanes: the map's title with the target market, the pôle, territory and workshop date (each
only when the project has it: never a date the user did not give), and the legend of the link
statuses drawn with the very pens, fills and markers of the cards (their other cues: solid /
dashed / dotted-and-hatched / thin grey border, disc ✔, triangle ~, diamond ✖, circle ?), the
strategic star, the end-market flag, a flow arrow and, when the map has any, a return flow (dashed, with its loop glyph).

The title block is a document in the project's language (or ``lang``): its words come from the
Qt-free table :mod:`valuechain_gui.words`, like the Excel export's. The share version (for
partners) leaves out the working group's names; the internal one lists them.
:mod:`~valuechain_gui.ui.export.render` draws it to PNG, SVG, PDF and the printer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.words import word
from valuechain_gui.ui import style
from valuechain_gui.ui.canvas.scene import ChainScene

#: Width of the title block at least (scene pixels), so that a tiny map still has a readable one.
MIN_BLOCK_WIDTH = 960.0
BLOCK_MARGIN = 24.0


class MapScene(ChainScene):
    """A frozen, full-detail chain scene with a title block (see module docstring).

    Args:
        project: the project to draw (read once; later changes are not followed).
        lang: language of the title block ("fr"/"en"); default the project's.
        share_version: True leaves out the participants' names.

    Attributes:
        map_rect: the lanes and cards (scene coordinates).
        block_rect: the title block above them.
    """

    def __init__(self, project: Project, lang: str | None = None,
                 share_version: bool = False) -> None:
        super().__init__(project)  # no notifier: a snapshot, drawn once
        self.lang = lang or project.language or "en"
        self.share_version = share_version
        self.exporting = True  # no selection marks or handles
        self.full_detail = True
        self.refresh_detail()  # every item redrawn at full detail (flows: full-detail pens)
        self.clearSelection()
        for card in self.cards():  # vector output: no bitmap caches
            card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.map_rect = self.content_rect()
        for lane in self.lanes():  # lanes end inside the picture, a margin above its bottom
            lane.set_height(self.map_rect.bottom() - BLOCK_MARGIN)
        self.block_rect = QRectF()
        self._build_title_block()

    def export_rect(self) -> QRectF:
        """The whole document: title block and map (scene coordinates)."""
        return self.block_rect.united(self.map_rect)

    # ------------------------------------------------------------------ title block
    def _words(self, key: str, **params: object) -> str:
        return word(self.lang, key, **params)

    def _text(self, text: str, font: QFont, x: float, y: float, width: float,
              color: str = style.TEXT_COLOR) -> QGraphicsSimpleTextItem:
        metrics = QFontMetricsF(font)
        item = QGraphicsSimpleTextItem(metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                          width))
        item.setFont(font)
        item.setBrush(QColor(color))
        item.setPos(x, y)
        self.addItem(item)
        return item

    def _build_title_block(self) -> None:
        project = self.project
        width = max(self.map_rect.width(), MIN_BLOCK_WIDTH)
        left = self.map_rect.left()
        inner = width - 2 * BLOCK_MARGIN
        title_font = _font(28, bold=True)
        meta_font = _font(15)
        legend_font = _font(15)
        market = " ".join(project.target_market.split()) or self._words("xl.summary.no_market")
        lines: list[tuple[str, QFont, str]] = [
            (self._words("xl.map.title", market=market), title_font, style.TEXT_COLOR)]
        meta = []
        if project.pole_name.strip():
            meta.append(_label(self.lang, self._words("xl.summary.pole"),
                               project.pole_name.strip()))
        if project.territory.strip():
            meta.append(_label(self.lang, self._words("xl.summary.territory"),
                               project.territory.strip()))
        if project.date is not None:
            meta.append(_label(self.lang, self._words("xl.summary.date"),
                               _long_date(project.date, self.lang)))
        if meta:
            lines.append(("   ·   ".join(meta), meta_font, "#33404d"))
        if self.share_version:
            lines.append((self._words("xl.summary.share_note"), _font(13, italic=True),
                          "#5a6570"))
        elif project.participants:
            lines.append((_label(self.lang, self._words("xl.summary.participants"),
                                 ", ".join(p.strip() for p in project.participants)),
                          _font(13), "#5a6570"))
        # Lay out bottom-up from just above the map.
        y = BLOCK_MARGIN
        items = []
        for text, font, color in lines:
            items.append(self._text(text, font, left + BLOCK_MARGIN, y, inner, color))
            y += QFontMetricsF(font).lineSpacing() + 6
        y += 8
        legend_height = self._build_legend(left + BLOCK_MARGIN, y, inner, legend_font)
        height = y + legend_height + BLOCK_MARGIN
        top = self.map_rect.top() - height
        for moved in [*items, *self._legend_items]:
            moved.setY(moved.y() + top)
        frame = QGraphicsRectItem(QRectF(left, top, width, height - BLOCK_MARGIN / 2))
        frame.setPen(QPen(QColor(style.LANE_BORDER), 1.5))
        frame.setBrush(QColor("#ffffff"))
        frame.setZValue(-5)
        self.addItem(frame)
        self.block_rect = QRectF(left, top, width, height)

    def _build_legend(self, x0: float, y0: float, width: float, font: QFont) -> float:
        """Legend samples in a row (wrapping if needed); returns the height used."""
        self._legend_items: list[QGraphicsItem] = []
        metrics = QFontMetricsF(font)
        sample_w, sample_h = 56.0, 30.0
        entries = [(status, self._words(f"link_status.{status.value}")) for status in
                   (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.UNASSESSED)]
        x, y = x0, y0
        row_h = sample_h + 8
        cells: list[tuple[float, object, str]] = []
        for status, text in entries:
            cells.append((sample_w + 10 + metrics.horizontalAdvance(text) + 28, status, text))
        extras = ["strategic", "end_market", "flow"]
        if any(flow.is_return for flow in self.project.flows.values()):
            extras.append("return_flow")
        for extra in extras:
            label = {"strategic": self._words("xl.col.strategic"),
                     "end_market": self._words("xl.col.end_market"),
                     "flow": self._words("xl.summary.flows"),
                     "return_flow": self._words("map.legend.return_flow")}[extra]
            cells.append((40 + metrics.horizontalAdvance(label) + 28, extra, label))
        for cell_w, what, text in cells:
            if x + cell_w > x0 + width and x > x0:
                x, y = x0, y + row_h
            if isinstance(what, LinkStatus):
                sample = _StatusSample(what, sample_w, sample_h)
                sample.setPos(x, y)
                self.addItem(sample)
                self._legend_items.append(sample)
                text_x = x + sample_w + 10
            else:
                symbol = self._legend_symbol(str(what), x, y, sample_h)
                self._legend_items.append(symbol)
                text_x = x + 40
            self._legend_items.append(
                self._text(text, font, text_x, y + (sample_h - metrics.height()) / 2,
                           cell_w - (text_x - x)))
            x += cell_w
        return y + row_h - y0

    def _legend_symbol(self, what: str, x: float, y: float, h: float) -> QGraphicsItem:
        if what in ("flow", "return_flow"):
            # the very arrowhead, pen and loop glyph of the canvas
            from valuechain_gui.ui.canvas.flow_item import add_head, add_return_glyph, flow_pen

            back = what == "return_flow"
            mid = y + (h / 2 - 5 if back else h / 2)
            end = QPointF(x + 32, mid)
            path = QPainterPath(QPointF(x, mid))
            path.lineTo(end)
            marks = QPainterPath()
            add_head(marks if back else path, end)
            if back:
                add_return_glyph(marks, QPointF(x + 14, mid + 10), 6.0)
            arrow = QGraphicsPathItem(path)
            arrow.setPen(flow_pen(False, True, back))
            self.addItem(arrow)
            solid = QGraphicsPathItem(marks, arrow)
            solid.setPen(flow_pen(False, True))
            return arrow
        glyph = "\u2605" if what == "strategic" else "\u2691"
        color = style.STRATEGIC_COLOR if what == "strategic" else style.TEXT_COLOR
        font = _font(22, bold=True)
        item = QGraphicsSimpleTextItem(glyph)
        item.setFont(font)
        item.setBrush(QColor(color))
        item.setPos(x + 4, y + (h - QFontMetricsF(font).height()) / 2)
        self.addItem(item)
        return item


class _StatusSample(QGraphicsRectItem):
    """A small card drawn like the canvas cards of ``status`` (fill, hatched band, border, status
    marker)."""

    def __init__(self, status: LinkStatus, width: float, height: float) -> None:
        super().__init__(QRectF(0, 0, width, height))
        self.status = status

    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        rect = self.rect()
        radius = style.CARD_RADIUS * 0.6
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        style.paint_status_body(painter, rect, self.status, radius, band=16.0)
        pen = style.status_pen(self.status)
        inset = pen.widthF() / 2
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)
        style.paint_status_marker(painter, QPointF(rect.center().x() + 4, rect.center().y()),
                                  16.0, self.status)


def _font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    font = style.no_ligatures(QFont())
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _label(lang: str, label: str, value: str) -> str:
    """``"Label: value"``; French typography puts a (narrow no-break) space before the colon."""
    return f"{label}\u202f: {value}" if lang == "fr" else f"{label}: {value}"


def _long_date(value: date, lang: str) -> str:
    locale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                     QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedKingdom)
    return locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
