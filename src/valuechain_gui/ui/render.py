"""The map as a document: PNG, SVG, PDF, print, and the picture of the Excel map sheet.

:func:`render_map` builds a :class:`MapScene`: a :class:`~valuechain_gui.ui.canvas.scene.ChainScene`
of the project in full detail (exports never depend on the zoom on screen; see DESIGN.md, "Level
of detail"), with no selection marks, frozen (it stops following the project once built), plus a
title block above the lanes: the map's title with the target market, the pôle, territory and
date, and the legend of the link statuses drawn with the very pens, fills and glyphs of the cards
(their second cue: solid / dashed / dotted-and-hatched / thin grey border, ✔ ~ ✖ ?), the strategic
star, the end-market flag and a flow arrow.

The title block is a document in the project's language (or ``lang``): its words come from the
Qt-free table :mod:`valuechain_gui.words`, like the Excel export's. The share version (for
partners) leaves out the working group's names; the internal one lists them.

Every writer serialises in memory first and replaces the file atomically
(:func:`~valuechain_gui.io.atomic.atomic_write_bytes`): a failure never leaves half a file.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QLocale
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from ..errors import ValueChainError
from ..io.atomic import atomic_write_bytes
from ..model import LinkStatus, Project
from ..words import word
from .canvas import style
from .canvas.scene import ChainScene

#: Width of the title block at least (scene pixels), so that a tiny map still has a readable one.
MIN_BLOCK_WIDTH = 960.0
BLOCK_MARGIN = 24.0
#: Default PNG width (pixels) and resolution (dots per inch) of the map picture.
DEFAULT_WIDTH_PX = 2400
DEFAULT_DPI = 150
#: Largest picture drawn, in pixels (12 million: 48 MB of ARGB32; about 5 s for 2,000 links).
MAX_PIXELS = 12_000_000
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
FORMATS = (".png", ".svg", ".pdf")


class RenderError(ValueChainError):
    """The map could not be rendered as asked.

    Codes: ``bad_output_extension`` (params ``path``, ``allowed``), ``bad_size`` (params
    ``width``), ``bad_page_size`` (params ``page_size``, ``allowed``).
    """


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
        super().__init__(project)
        self.notifier.detach()  # a snapshot: an export never changes while being drawn
        self.lang = lang or project.language or "en"
        self.share_version = share_version
        self.exporting = True  # no selection marks or handles
        self.full_detail = True
        self.refresh_detail()  # every item redrawn at full detail (flows: full-detail pens)
        self.clearSelection()
        for card in self.cards():  # vector output: no bitmap caches
            card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.map_rect = self.content_rect()
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
        meta.append(_label(self.lang, self._words("xl.summary.date"),
                           _long_date(project.date or date.today(), self.lang)))
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
        for extra in ("strategic", "end_market", "flow"):
            label = {"strategic": self._words("xl.col.strategic"),
                     "end_market": self._words("xl.col.end_market"),
                     "flow": self._words("xl.summary.flows")}[extra]
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
        if what == "flow":
            from .canvas.flow_item import add_head  # the very arrowhead of the canvas

            end = QPointF(x + 32, y + h / 2)
            path = QPainterPath(QPointF(x, y + h / 2))
            path.lineTo(end)
            add_head(path, end)
            arrow = QGraphicsPathItem(path)
            arrow.setPen(QPen(QColor(style.FLOW_COLOR), 1.6))
            self.addItem(arrow)
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
    """A small card drawn like the canvas cards of ``status`` (fill, hatch, border, glyph)."""

    def __init__(self, status: LinkStatus, width: float, height: float) -> None:
        super().__init__(QRectF(0, 0, width, height))
        self.status = status

    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        rect = self.rect()
        radius = style.CARD_RADIUS * 0.6
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        style.paint_status_body(painter, rect, self.status, radius)
        pen = style.status_pen(self.status)
        inset = pen.widthF() / 2
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)
        painter.setFont(style.glyph_font())
        painter.setPen(QColor(style.STATUS_COLOR[self.status]))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, style.STATUS_GLYPH[self.status])


def _font(pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
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


# ---------------------------------------------------------------------- public API
def render_map(project: Project, *, lang: str | None = None,
               share_version: bool = False) -> MapScene:
    """The map of ``project`` with its title block, as a frozen full-detail scene.

    Draw ``scene.export_rect()`` (scene coordinates) to get the whole document. Needs a
    QApplication (see :func:`ensure_app`).
    """
    return MapScene(project, lang=lang, share_version=share_version)


def paint_map(painter: QPainter, target: QRectF, scene: MapScene) -> QRectF:
    """Draw the whole document of ``scene`` into ``target`` (device coordinates of ``painter``),
    scaled to fit with its aspect ratio kept, centred horizontally, top-aligned.

    Returns the rectangle actually drawn into.
    """
    source = scene.export_rect()
    scale = min(target.width() / source.width(), target.height() / source.height())
    size = QSizeF(source.width() * scale, source.height() * scale)
    drawn = QRectF(QPointF(target.left() + (target.width() - size.width()) / 2, target.top()),
                   size)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, drawn, source, Qt.AspectRatioMode.KeepAspectRatio)
    return drawn


def render_image(project: Project, width_px: int = DEFAULT_WIDTH_PX, *, dpi: int = DEFAULT_DPI,
                 lang: str | None = None, share_version: bool = False) -> QImage:
    """The map as an image ``width_px`` pixels wide (height from the map's proportions), white
    background, tagged with ``dpi`` dots per inch. A map so tall that the image would exceed
    :data:`MAX_PIXELS` is drawn narrower, keeping its proportions (memory stays under ~50 MB).

    Raises:
        RenderError: ``bad_size`` if ``width_px`` is not between 200 and 20,000.
    """
    if not 200 <= int(width_px) <= 20000:
        raise RenderError("bad_size", "The picture width must be between 200 and 20,000 pixels "
                          "(asked: {width}).", width=width_px)
    scene = render_map(project, lang=lang, share_version=share_version)
    source = scene.export_rect()
    height = max(1, round(width_px * source.height() / source.width()))
    if width_px * height > MAX_PIXELS:  # a very tall map: keep memory bounded
        width_px = max(1, int(width_px * (MAX_PIXELS / (width_px * height)) ** 0.5))
        height = max(1, round(width_px * source.height() / source.width()))
    image = QImage(int(width_px), height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        paint_map(painter, QRectF(0, 0, width_px, height), scene)
    finally:
        painter.end()
    return image


def _image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)  # type: ignore[call-overload]  # PySide6 takes a str
    buffer.close()
    return bytes(data.data())


def render_png_bytes(project: Project, width_px: int = DEFAULT_WIDTH_PX, dpi: int = DEFAULT_DPI,
                     *, lang: str | None = None, share_version: bool = False) -> bytes:
    """The map as PNG bytes (for the Excel map sheet or a file); see :func:`render_image`."""
    return _image_bytes(render_image(project, width_px, dpi=dpi, lang=lang,
                                     share_version=share_version))


def write_png(project: Project, path: str | os.PathLike[str], width_px: int = DEFAULT_WIDTH_PX,
              *, dpi: int = DEFAULT_DPI, lang: str | None = None,
              share_version: bool = False) -> Path:
    """Write the map as a PNG file (atomically). Raises RenderError, SaveError."""
    data = render_png_bytes(project, width_px, dpi, lang=lang, share_version=share_version)
    atomic_write_bytes(path, data)
    return Path(path)


def svg_bytes(project: Project, *, lang: str | None = None, share_version: bool = False) -> bytes:
    """The map as an SVG document (vector; texts kept as text), one scene pixel per SVG unit."""
    from PySide6.QtSvg import QSvgGenerator

    scene = render_map(project, lang=lang, share_version=share_version)
    source = scene.export_rect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = QSize(round(source.width()), round(source.height()))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(96)
    generator.setTitle(word(scene.lang, "xl.map.title",
                            market=" ".join(project.target_market.split())))
    generator.setDescription("valuechain-gui")
    painter = QPainter(generator)
    try:
        paint_map(painter, QRectF(0, 0, size.width(), size.height()), scene)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_svg(project: Project, path: str | os.PathLike[str], *, lang: str | None = None,
              share_version: bool = False) -> Path:
    """Write the map as an SVG file (atomically). Raises SaveError."""
    atomic_write_bytes(path, svg_bytes(project, lang=lang, share_version=share_version))
    return Path(path)


def page_layout(page_size: str = "A4", landscape: bool = True) -> QPageLayout:
    """The page layout of PDFs and prints: ``page_size`` "A4" or "A3", 10 mm margins.

    Raises:
        RenderError: ``bad_page_size`` for another size.
    """
    if page_size not in PAGE_SIZES:
        raise RenderError("bad_page_size", "Unknown page size {page_size} (use {allowed}).",
                          page_size=page_size, allowed=", ".join(PAGE_SIZES))
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(PAGE_SIZES[page_size]), orientation,
                       QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)


def paint_on_paged_device(device: object, scene: MapScene) -> None:
    """Draw the document fitted into the printable area of a QPdfWriter or QPrinter (one page)."""
    painter = QPainter(device)  # type: ignore[call-overload]
    try:
        viewport = painter.viewport()
        paint_map(painter, QRectF(0, 0, viewport.width(), viewport.height()), scene)
    finally:
        painter.end()


def pdf_bytes(project: Project, *, page_size: str = "A4", landscape: bool = True,
              lang: str | None = None, share_version: bool = False) -> bytes:
    """The map as a one-page PDF (vector), fitted to the page with its title block."""
    from PySide6.QtGui import QPdfWriter

    layout = page_layout(page_size, landscape)
    scene = render_map(project, lang=lang, share_version=share_version)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(layout)
    writer.setTitle(word(scene.lang, "xl.map.title",
                         market=" ".join(project.target_market.split())))
    writer.setCreator("valuechain-gui")
    paint_on_paged_device(writer, scene)
    del writer
    buffer.close()
    return bytes(data.data())


def write_pdf(project: Project, path: str | os.PathLike[str], page_size: str = "A4",
              landscape: bool = True, *, lang: str | None = None,
              share_version: bool = False) -> Path:
    """Write the map as a one-page PDF (atomically). Raises RenderError, SaveError."""
    data = pdf_bytes(project, page_size=page_size, landscape=landscape, lang=lang,
                     share_version=share_version)
    atomic_write_bytes(path, data)
    return Path(path)


def ensure_app() -> QCoreApplication:
    """The running QApplication, or a new one (offscreen when no display is available)."""
    from PySide6.QtWidgets import QApplication

    from .app import prepare_platform

    app = QCoreApplication.instance()
    if app is not None:
        return app
    prepare_platform(headless_ok=True)  # no display: offscreen, as for --screenshot
    return QApplication(sys.argv[:1] or ["valuechain-gui"])


def render_to_file(project_path: str | os.PathLike[str], output_path: str | os.PathLike[str],
                   lang: str | None = None, share_version: bool = False) -> Path:
    """``valuechain-gui render PROJECT -o MAP.png|svg|pdf``: load, render, write (headless).

    PNG: 2,400 pixels wide at 150 dpi; PDF: A4 landscape. The format follows the extension.

    Raises:
        RenderError: ``bad_output_extension`` for another extension (checked before loading).
        ProjectFileError: the project cannot be loaded.
        SaveError: the output cannot be written (nothing half-written).
    """
    output = Path(output_path)
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise RenderError("bad_output_extension",
                          "Cannot render to {path}: the file name must end in {allowed}.",
                          file=str(output), path=str(output), allowed=", ".join(FORMATS))
    from ..io.project_file import load_project

    project = load_project(project_path)
    ensure_app()
    if suffix == ".png":
        return write_png(project, output, lang=lang, share_version=share_version)
    if suffix == ".svg":
        return write_svg(project, output, lang=lang, share_version=share_version)
    return write_pdf(project, output, lang=lang, share_version=share_version)
