"""How the workbook's sheets print: A4 landscape, text never under 8 points, whole footers.

A sheet that fits the page width at :data:`MIN_SCALE` % or more is fitted to one page wide (any
number of pages tall). A wider one prints at a fixed scale, between :data:`MIN_SCALE` % and 100 %,
on as few pages wide as that scale allows, with its header row and first column repeated on every
page and the pages numbered across then down (a row's continuation is the next page). Shrinking a
21-column table to one page wide printed it at 4 points.

The footer (sheet name, ``page / pages``) sits in the bottom margin with room for a line of text:
LibreOffice gives the footer the bottom margin minus the footer margin, and cut the footer in half
when that was 0.1". Every font of the workbook names the body font (:data:`BODY_FONT`): a font
without a name printed in the reader's default face (a serif in LibreOffice).

The sheets are XlsxWriter worksheets; a font is a dictionary of XlsxWriter format properties
(see :mod:`.formats`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from xlsxwriter.worksheet import Worksheet

#: The body font of the workbook (its default style), named on every font.
BODY_FONT, BODY_SIZE = "Calibri", 11.0
#: Size of the footer's text (points): LibreOffice scales it with the sheet, 11 x 75 % = 8.25.
FOOTER_SIZE = 11
#: Smallest print scale (%): 11-point text prints at 8.25 points.
MIN_SCALE = 75
#: Page margins in inches: left/right, top, bottom, and the header/footer distance from the edge.
SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN, HEADER_FOOTER_MARGIN = 0.5, 0.6, 0.8, 0.3
#: Width of landscape A4 inside the side margins, in points.
PRINT_WIDTH_POINTS = 297 / 25.4 * 72 - 2 * SIDE_MARGIN * 72
#: XlsxWriter's code for A4 paper.
PAPER_A4 = 9
#: The footer: sheet name on the left, ``page / pages`` on the right, in the body face.
FOOTER = f'&L&"{BODY_FONT}"&{FOOTER_SIZE} &A&R&"{BODY_FONT}"&{FOOTER_SIZE} &P / &N'
#: Points a unit of column width takes on paper at 100 %, the widest of the readers: Excel
#: gives about 5.25 (the width of a Calibri "0" plus padding), LibreOffice without Calibri's
#: metrics about 7.2 (measured on the PDFs it prints).
POINTS_PER_WIDTH_UNIT = 7.2


def font(*, bold: bool = False, italic: bool = False, size: float = BODY_SIZE,
         color: str | None = None) -> dict[str, Any]:
    """The XlsxWriter format properties of a font in the body face (e.g. ``font(bold=True)``,
    ``font(size=14)``, ``font(color="FFFFFF")``).

    ``theme: -1`` leaves the colour unset (XlsxWriter would otherwise name the theme's text
    colour on every font that is not the default one).
    """
    props: dict[str, Any] = {"font_name": BODY_FONT, "font_size": size, "font_family": 0}
    if bold:
        props["bold"] = True
    if italic:
        props["italic"] = True
    if color is None:
        props["theme"] = -1
    else:
        props["font_color"] = "#" + color
    return props


def pages_wide(widths: Sequence[float], scale: float) -> int:
    """Pages across that columns of ``widths`` (units) take at ``scale`` % with the first column
    repeated on every page (columns are never split; one wider than a page takes a page)."""
    room = PRINT_WIDTH_POINTS * 100 / scale
    points = [w * POINTS_PER_WIDTH_UNIT for w in widths]
    if not points:
        return 1
    pages, used = 1, 0.0
    for width in points:
        if used and used + width > room:
            pages += 1
            used = points[0]
        used += width
    return pages


def print_scale(widths: Sequence[float]) -> int | None:
    """The fixed scale (%) a sheet of columns ``widths`` prints at, or None to fit it to one page
    wide (it fits at :data:`MIN_SCALE` % or more).

    The fixed scale is the largest, in steps of 5 up to 100 %, that needs no more pages across
    than :data:`MIN_SCALE` % does.
    """
    if pages_wide(widths, MIN_SCALE) == 1:
        return None
    fewest = pages_wide(widths, MIN_SCALE)
    return max(s for s in range(MIN_SCALE, 101, 5) if pages_wide(widths, s) <= fewest)


def setup_print(ws: Worksheet, *, repeat_header: bool,
                widths: Sequence[float] | None = None, one_page: bool = False) -> None:
    """Print ``ws`` landscape on A4, at a readable size (see the module's description).

    Args:
        ws: the sheet.
        repeat_header: repeat row 1 on every page.
        widths: the sheet's column widths (units), to choose between one page wide and a
            fixed scale over several pages; None fits the sheet to one page wide.
        one_page: fit the sheet on one page, wide and tall (the map).

    The footer shows the sheet name and ``page / pages`` (Excel codes ``&A``, ``&P``, ``&N``).
    """
    ws.set_landscape()
    ws.set_paper(PAPER_A4)
    scale = None if widths is None else print_scale(widths)
    if scale is None:
        ws.fit_to_pages(1, 1 if one_page else 0)
        ws.center_horizontally()
    else:
        ws.set_print_scale(scale)
        ws.print_across()
        ws.repeat_columns(0)
    ws.set_margins(left=SIDE_MARGIN, right=SIDE_MARGIN, top=TOP_MARGIN, bottom=BOTTOM_MARGIN)
    ws.set_header("", margin=HEADER_FOOTER_MARGIN)
    # The footer keeps its size whatever the scale (Excel shrinks it with the sheet by default).
    ws.set_footer(FOOTER, {"scale_with_doc": False}, margin=HEADER_FOOTER_MARGIN)
    if repeat_header:
        ws.repeat_rows(0)
