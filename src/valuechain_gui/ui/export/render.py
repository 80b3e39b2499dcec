"""The map as a document: PNG, SVG, PDF, print, and the picture of the Excel map sheet.

:func:`render_map` builds a :class:`~valuechain_gui.ui.export.map_scene.MapScene` (the chain in full
detail under its title block and legend); the writers here draw it.

Pictures are sized from the map's proportions within :data:`~valuechain_gui.limits.
MAX_PICTURE_PIXELS` and :data:`~valuechain_gui.limits.MAX_PICTURE_SIDE` (positions themselves are
bounded by :data:`~valuechain_gui.limits.MAX_COORDINATE` at the model's door), so no project
makes an image too large to allocate.

Every writer serialises in memory first and replaces the file atomically
(:func:`~valuechain_gui.io.project.atomic.atomic_write_bytes`): a failure never leaves half a file.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF
from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

from valuechain_gui.errors import ValueChainError
from valuechain_gui.io.project.atomic import atomic_write_bytes
from valuechain_gui.limits import MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE
from valuechain_gui.model import Project
from valuechain_gui.words import word
from .map_scene import MapScene

__all__ = ["MapScene", "RenderError", "ensure_app", "page_layout", "paint_map",
           "paint_on_paged_device", "pdf_bytes", "picture_size", "render_image", "render_map",
           "render_png_bytes", "render_to_file", "svg_bytes", "write_pdf", "write_png",
           "write_svg"]

#: Default PNG width (pixels) and resolution (dots per inch) of the map picture.
DEFAULT_WIDTH_PX = 2400
DEFAULT_DPI = 150
#: Largest picture drawn, in pixels (see :data:`valuechain_gui.limits.MAX_PICTURE_PIXELS`).
MAX_PIXELS = MAX_PICTURE_PIXELS
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
FORMATS = (".png", ".svg", ".pdf")


class RenderError(ValueChainError):
    """The map could not be rendered as asked.

    Codes: ``bad_output_extension`` (params ``path``, ``allowed``), ``bad_size`` (params
    ``width``), ``bad_page_size`` (params ``page_size``, ``allowed``), ``no_picture`` (params
    ``width``, ``height``: the image could not be allocated).
    """


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


def picture_size(width: float, height: float, width_px: int) -> tuple[int, int]:
    """``(width, height)`` in pixels of a picture of a ``width`` × ``height`` document (any
    unit) asked ``width_px`` pixels wide: the proportions are kept, and the picture is made
    smaller (never larger) until it holds at most :data:`MAX_PIXELS` pixels and :data:`~valuechain_gui.limits.MAX_PICTURE_SIDE` pixels a side;
    at least 1 pixel a side. A document with no area, or not finite, gives ``(width_px, 1)``.
    """
    if not (math.isfinite(width) and math.isfinite(height)) or width <= 0 or height <= 0:
        return max(1, min(int(width_px), MAX_PICTURE_SIDE)), 1
    scale = min(width_px / width, MAX_PICTURE_SIDE / width, MAX_PICTURE_SIDE / height,
                math.sqrt(MAX_PIXELS / (width * height)))
    w = max(1, min(int(width_px), MAX_PICTURE_SIDE, round(width * scale)))
    h = max(1, min(MAX_PICTURE_SIDE, round(height * scale)))
    return w, max(1, min(h, MAX_PIXELS // w))  # rounding never takes it past the limits


def render_image(project: Project, width_px: int = DEFAULT_WIDTH_PX, *, dpi: int = DEFAULT_DPI,
                 lang: str | None = None, share_version: bool = False) -> QImage:
    """The map as an image ``width_px`` pixels wide (height from the map's proportions), white
    background, tagged with ``dpi`` dots per inch. A map so tall that the image would exceed
    :data:`MAX_PIXELS` pixels, or :data:`~valuechain_gui.limits.MAX_PICTURE_SIDE` pixels a side,
    is drawn smaller, keeping its proportions (see :func:`picture_size`: memory stays under
    ~50 MB whatever the geometry).

    Raises:
        RenderError: ``bad_size`` if ``width_px`` is not between 200 and 20,000; ``no_picture``
            if the image cannot be allocated.
    """
    if not 200 <= int(width_px) <= 20000:
        raise RenderError("bad_size", "The picture width must be between 200 and 20,000 pixels "
                          "(asked: {width}).", width=width_px)
    scene = render_map(project, lang=lang, share_version=share_version)
    source = scene.export_rect()
    width_px, height = picture_size(source.width(), source.height(), int(width_px))
    image = QImage(width_px, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise RenderError("no_picture", "The picture of the map ({width} × {height} pixels) "
                          "could not be made: not enough memory.", width=width_px, height=height)
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
    saved = image.save(buffer, fmt)  # type: ignore[call-overload]  # PySide6 takes a str
    buffer.close()
    if not saved:
        raise RenderError("no_picture", "The picture of the map ({width} × {height} pixels) "
                          "could not be made: not enough memory.", width=image.width(),
                          height=image.height())
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

    from valuechain_gui.ui.shell.qt_platform import prepare_platform

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
    from valuechain_gui.io.project.file import load_project

    project = load_project(project_path)
    ensure_app()
    if suffix == ".png":
        return write_png(project, output, lang=lang, share_version=share_version)
    if suffix == ".svg":
        return write_svg(project, output, lang=lang, share_version=share_version)
    return write_pdf(project, output, lang=lang, share_version=share_version)
