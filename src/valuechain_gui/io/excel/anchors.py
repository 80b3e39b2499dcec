"""Pictures anchored by one cell and their size, in a workbook XlsxWriter wrote.

XlsxWriter anchors a picture from the cell of its top-left corner to the cell under its far
corner (``twoCellAnchor``), computing the far cell from Excel's default column width (64
pixels). LibreOffice sizes such a picture by the cells it spans, with its own default column
width (wider) and row height: the map was printed stretched sideways and, the page fitted to
it, at 76 %. A ``oneCellAnchor`` (the top-left cell and the picture's size in EMU, as the
openpyxl export wrote it) is sized alike by every reader, so the drawing parts are rewritten to
it: the picture's size is the one XlsxWriter wrote in its ``a:ext``. Only the drawing parts
change; the other parts of the package are copied as they are (decompressed and compressed
again: ``zipfile`` cannot copy an entry without it).
"""

from __future__ import annotations

import io
import re
import zipfile

_TWO_CELL = re.compile(
    r'<xdr:twoCellAnchor editAs="oneCell">(<xdr:from>.*?</xdr:from>)<xdr:to>.*?</xdr:to>'
    r'(<xdr:pic>.*?<a:ext cx="(\d+)" cy="(\d+)"/>.*?</xdr:pic><xdr:clientData/>)'
    r"</xdr:twoCellAnchor>", re.S)


def _one_cell(match: re.Match[str]) -> str:
    start, picture, cx, cy = match.groups()
    return (f'<xdr:oneCellAnchor>{start}<xdr:ext cx="{cx}" cy="{cy}"/>{picture}'
            "</xdr:oneCellAnchor>")


def one_cell_anchors(content: bytes) -> bytes:
    """``content`` (an ``.xlsx`` package) with every picture XlsxWriter anchored "move but
    don't size with cells" anchored by its top-left cell and its size instead."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/drawings/drawing"):
                data = _TWO_CELL.sub(_one_cell, data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data)
    return buffer.getvalue()
