"""The Map / Carte sheet: the picture of the map the UI rendered (PNG bytes).

``io/`` never renders the map itself (that needs Qt, and ``io/`` imports no Qt so that the command
line runs without a display): the UI renders it at full detail, with its title block (title, pôle,
legend), and hands the PNG bytes to the export. The picture is anchored at A1 (the title is the
picture's own: a title line in the sheet above it would say it twice), scaled to fit the printable
area of a landscape A4 page, and the sheet prints on exactly one page. It moves with its cell but
keeps its size: anchored at A1 with its size (see :mod:`.package`). A picture larger than
:data:`~valuechain_gui.limits.MAX_PICTURE_PIXELS` is refused before it is decoded.
"""

from __future__ import annotations

import io

from xlsxwriter.exceptions import XlsxFileError
from xlsxwriter.image import Image
from xlsxwriter.worksheet import Worksheet

from ...limits import MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE
from .errors import ExportError
from .printing import BOTTOM_MARGIN, SIDE_MARGIN, TOP_MARGIN, setup_print

#: Printable area of landscape A4 with the margins of :func:`setup_print`, in pixels at 96 dpi
#: (rounded down, so that the picture never spills onto a second page): (1026, 659).
PAGE_PIXELS = (int((297 / 25.4 - 2 * SIDE_MARGIN) * 96),
               int((210 / 25.4 - TOP_MARGIN - BOTTOM_MARGIN) * 96))


def fitted_size(width: int, height: int, page: tuple[int, int] = PAGE_PIXELS) -> tuple[int, int]:
    """``(width, height)`` scaled (up or down, aspect kept) to fit within ``page`` (pixels)."""
    if width <= 0 or height <= 0:
        raise ValueError("picture size must be positive")
    scale = min(page[0] / width, page[1] / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def load_png(data: bytes) -> Image:
    """An XlsxWriter Image of the PNG ``data`` (its size and resolution read).

    Raises:
        ExportError: ``bad_map_image`` if ``data`` is not a readable PNG picture, or one larger
            than :data:`~valuechain_gui.limits.MAX_PICTURE_PIXELS` pixels or
            :data:`~valuechain_gui.limits.MAX_PICTURE_SIDE` pixels on a side (the size is read
            from the header, before anything is decoded).
    """
    from PIL import Image as PilImage, UnidentifiedImageError

    try:
        with PilImage.open(io.BytesIO(data)) as probe:
            if probe.format != "PNG":
                raise ValueError(f"{probe.format} instead of PNG")
            width, height = probe.size
            if width * height > MAX_PICTURE_PIXELS or max(width, height) > MAX_PICTURE_SIDE:
                raise ValueError(f"{width} × {height} pixels is more than a map picture may "
                                 f"have: {MAX_PICTURE_PIXELS:,} pixels, {MAX_PICTURE_SIDE:,} "
                                 "a side")
            probe.verify()
        return Image(io.BytesIO(data))  # reads the size and resolution from the header
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, XlsxFileError,
            PilImage.DecompressionBombError) as exc:
        raise ExportError("bad_map_image", "The map picture could not be read ({reason}).",
                          reason=str(exc) or type(exc).__name__) from exc


def write_map(ws: Worksheet, image: Image) -> None:
    """Fill ``ws`` (empty) with the map picture (read by :func:`load_png`), from A1."""
    width, height = fitted_size(int(image.width), int(image.height))
    # XlsxWriter sizes a picture by its pixels times the scale, at its resolution (96 dpi is
    # one pixel a pixel): the scale makes it ``width`` × ``height`` pixels on the sheet.
    ws.insert_image(0, 0, image, {
        "x_scale": width / image.width * image.x_dpi / 96.0,
        "y_scale": height / image.height * image.y_dpi / 96.0,
        "object_position": 2})
    setup_print(ws, repeat_header=False, one_page=True)
    # No print area: Excel and LibreOffice extend the printed range to the picture themselves,
    # whereas a range computed from default column widths is wrong in readers whose default
    # column is wider (LibreOffice printed the map at two thirds of the page).
