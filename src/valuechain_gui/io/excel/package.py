"""What XlsxWriter cannot write, set in the package it wrote: pictures anchored by one cell and
their size, the document's language and the program that last saved it.

* XlsxWriter anchors a picture from the cell of its top-left corner to the cell under its far
  corner (``twoCellAnchor``), computing the far cell from Excel's default column width (64
  pixels). LibreOffice sizes such a picture by the cells it spans, with its own default column
  width (wider) and row height: the map was printed stretched sideways and, the page fitted to
  it, at 76 %. A ``oneCellAnchor`` (the top-left cell and the picture's size in EMU, as the
  openpyxl export wrote it) is sized alike by every reader: the drawing parts are rewritten to
  it, with the size XlsxWriter wrote in the picture's ``a:ext``.
* XlsxWriter's document properties have no language (``dc:language``) and name the author as
  the last to modify the file (``cp:lastModifiedBy``); the workbook says its language (Excel's
  proofing) and that valuechain-gui wrote it, as before.

Only those parts change; the others are copied as they are (decompressed and compressed again:
``zipfile`` cannot copy an entry without it).
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

_TWO_CELL = re.compile(
    r'<xdr:twoCellAnchor editAs="oneCell">(<xdr:from>.*?</xdr:from>)<xdr:to>.*?</xdr:to>'
    r'(<xdr:pic>.*?<a:ext cx="(\d+)" cy="(\d+)"/>.*?</xdr:pic><xdr:clientData/>)'
    r"</xdr:twoCellAnchor>", re.S)
_LAST_MODIFIED = re.compile(r"<cp:lastModifiedBy>.*?</cp:lastModifiedBy>", re.S)
#: The program named as the last to modify the workbook.
PROGRAM = "valuechain-gui"


def _one_cell(match: re.Match[str]) -> str:
    start, picture, cx, cy = match.groups()
    return (f'<xdr:oneCellAnchor>{start}<xdr:ext cx="{cx}" cy="{cy}"/>{picture}'
            "</xdr:oneCellAnchor>")


def _core(xml: str, language: str) -> str:
    """The core properties ``xml`` with the language and :data:`PROGRAM` as last modifier."""
    return _LAST_MODIFIED.sub(
        lambda _: (f"<dc:language>{escape(language)}</dc:language>"
                   f"<cp:lastModifiedBy>{PROGRAM}</cp:lastModifiedBy>"), xml, count=1)


def finish_package(content: bytes, *, language: str) -> bytes:
    """``content`` (an ``.xlsx`` package XlsxWriter wrote) with every picture anchored "move but
    don't size with cells" anchored by its top-left cell and its size instead, and the document
    properties' language (e.g. ``"fr-FR"``) and last modifier set."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/drawings/drawing"):
                data = _TWO_CELL.sub(_one_cell, data.decode("utf-8")).encode("utf-8")
            elif info.filename == "docProps/core.xml":
                data = _core(data.decode("utf-8"), language).encode("utf-8")
            target.writestr(info, data)
    return buffer.getvalue()
