"""The PDF report written with QPdfWriter: A4 pages, vector text and map, fonts embedded.

Pages, in order: the cover (portrait, no footer); the map on its own landscape page with its
title block and legend (:mod:`valuechain_gui.ui.export.map_scene`, drawn as the ``render``
command draws it); the chain at a glance with the gap chart under it when it fits
(:mod:`.chart`); then, on landscape pages, the fix-together sets (unless under the chart), the
plan, the alliances, the votes and the changes (:mod:`.html`), a long table continuing over
pages under its repeated header (:mod:`.paginate`). Every page but the cover has a footer: the project, the
day the report was made, "page n of N".

Text is laid out for the writer itself (``documentLayout().setPaintDevice(writer)``: laid out for
the screen, 9 pt would print at about 3 pt) in a font with the standard ligatures turned off,
so that the PDF's words are searched and copied as written ("fi", not the "ﬁ" glyph).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from valuechain_gui.io.project.atomic import atomic_write_bytes
from valuechain_gui.io.report.dossier import Dossier, gather
from valuechain_gui.model import Project
from valuechain_gui.words import word
from ..render import paint_map, render_map
from .chart import chart_height, paint_chart, sets_height
from .html import BODY_PT, STYLE_SHEET, cover_html
from .paginate import glance_flow, paginate, rest_flows

#: Resolution of the writer (dots per inch); text and drawings stay vector whatever it is.
RESOLUTION = 600
MARGIN_MM = 18.0
FOOTER_PT = 9
#: ``progress(done, total)`` of the pages drawn.
Progress = Callable[[int, int], None]


def report_font() -> QFont:
    """The report's font: the application's family, standard and contextual ligatures off."""
    font = QFont(QGuiApplication.font().family())
    font.setPointSizeF(BODY_PT)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _layout(landscape: bool) -> QPageLayout:
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


class _Pages:
    """The writer, its painter and the page being drawn (numbers, footer, orientation)."""

    def __init__(self, writer: QPdfWriter, dossier: Dossier, total: int,
                 progress: Progress | None) -> None:
        self.writer = writer
        self.dossier = dossier
        self.total = total
        self.number = 0
        self.progress = progress
        self.unit = RESOLUTION / 72.0  # one point in device units
        self.font = report_font()
        self.painter: QPainter | None = None

    def body(self, landscape: bool | None = None) -> QRectF:
        """The printable area less the footer band (device units, painter coordinates) of the
        current page, or of a page of the given orientation."""
        layout = self.writer.pageLayout() if landscape is None else _layout(landscape)
        rect = layout.paintRectPixels(RESOLUTION)
        return QRectF(0, 0, rect.width(), rect.height() - 22 * self.unit)

    def next(self, landscape: bool = False) -> QPainter:
        """Start the next page (the first one starts the painter); returns the painter."""
        self.writer.setPageLayout(_layout(landscape))
        if self.painter is None:
            self.painter = QPainter(self.writer)
        else:
            self.writer.newPage()
        self.number += 1
        if self.progress is not None:
            self.progress(self.number - 1, self.total)
        return self.painter

    def footer(self) -> None:
        """The footer of the current page: project, day of the report, page n of N."""
        painter = self.painter
        assert painter is not None
        full = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        font = QFont(self.font)
        font.setPointSizeF(FOOTER_PT)
        painter.setFont(font)
        metrics = QFontMetricsF(font, self.writer)
        text = word(self.dossier.language, "rp.footer", project=self.dossier.project,
                    date=self.dossier.made_on, page=self.number, pages=self.total)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, full.width())
        painter.setPen(QColor("#c5ccd6"))
        top = full.height() - 14 * self.unit
        painter.drawLine(QPointF(0, top), QPointF(full.width(), top))
        painter.setPen(QColor("#4a5663"))
        painter.drawText(QPointF(0, full.height() - metrics.descent()), text)


def _document(html: str, pages: _Pages, width: float) -> QTextDocument:
    """A document laid out for the writer at ``width`` (device units), not paginated."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(pages.writer)
    doc.setDefaultFont(pages.font)
    doc.setDefaultStyleSheet(STYLE_SHEET)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    doc.setHtml(html)
    return doc


def _draw_pages(docs: list[QTextDocument], pages: _Pages, *, landscape: bool = False,
                footer: bool = True) -> None:
    """One page per document (cut by :mod:`.paginate`)."""
    for doc in docs:
        painter = pages.next(landscape)
        doc.drawContents(painter, pages.body())
        if footer:
            pages.footer()


def pdf_report_bytes(project: Project, *, lang: str | None = None, share_version: bool = False,
                     progress: Progress | None = None) -> bytes:
    """The report of ``project`` as PDF bytes (see the module docstring). Needs a
    QGuiApplication (see :func:`valuechain_gui.ui.export.render.ensure_app`)."""
    dossier = gather(project, lang, share_version=share_version)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(_layout(False))
    writer.setTitle(f"{dossier.title}: {dossier.project}")
    writer.setCreator("valuechain-gui")
    pages = _Pages(writer, dossier, 0, progress)
    body = pages.body(False)
    wide = pages.body(True)
    glance = paginate(glance_flow(dossier), body.height(),
                      lambda html: _document(html, pages, body.width()))
    # The chart goes under the counts when it fits there, else on a page of its own; the
    # fix-together sets under the chart when they fit too, else before the plan.
    chart_h = chart_height(dossier, pages.font, writer, body.width(), pages.unit)
    below = glance[-1].documentLayout().documentSize().height() + 20 * pages.unit
    chart_top = below if below + chart_h <= body.height() else 0.0
    sets = dossier.fix_together
    with_sets = sets is not None and (
        chart_top + chart_h
        + sets_height(sets.lines, body.width(), pages.font, writer, pages.unit) < body.height())
    rest = [page for flow in rest_flows(dossier, with_sets_apart=not with_sets)
            for page in paginate(flow, wide.height(),
                                 lambda html: _document(html, pages, wide.width()))]
    pages.total = 2 + len(glance) + (0 if chart_top else 1) + len(rest)
    _draw_pages([_document(cover_html(dossier), pages, body.width())], pages, footer=False)
    _draw_map(project, dossier, pages)
    _draw_pages(glance, pages)
    painter = pages.painter if chart_top else pages.next()
    assert painter is not None
    paint_chart(painter, pages.body().adjusted(0, chart_top, 0, 0), dossier, pages.font,
                pages.unit, with_sets)
    if not chart_top:
        pages.footer()
    _draw_pages(rest, pages, landscape=True)
    assert pages.painter is not None
    pages.painter.end()
    if progress is not None:
        progress(pages.total, pages.total)
    del writer
    buffer.close()
    return bytes(data.data())


def _draw_map(project: Project, dossier: Dossier, pages: _Pages) -> None:
    painter = pages.next(landscape=True)
    scene = render_map(project, lang=dossier.language, share_version=dossier.share_version)
    paint_map(painter, pages.body(), scene)
    pages.footer()


def write_report(project: Project, path: str | os.PathLike[str], *, lang: str | None = None,
                 share_version: bool = False, progress: Progress | None = None) -> Path:
    """Write the report as a PDF file (atomically: never half a file). Raises SaveError."""
    data = pdf_report_bytes(project, lang=lang, share_version=share_version, progress=progress)
    atomic_write_bytes(path, data)
    return Path(path)


def report_to_file(project_path: str | os.PathLike[str], output_path: str | os.PathLike[str],
                   lang: str | None = None, share_version: bool = False) -> Path:
    """``valuechain-gui report PROJECT -o REPORT.pdf``: load, lay out, write (headless).

    Raises:
        ProjectFileError: the project cannot be loaded.
        SaveError: the output cannot be written (nothing half-written).
    """
    from valuechain_gui.io.project.file import load_project

    from ..render import ensure_app

    project = load_project(project_path)
    ensure_app()
    return write_report(project, output_path, lang=lang, share_version=share_version)
