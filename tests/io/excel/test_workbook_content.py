"""The workbook of the worked example, cell by cell, as it was before the export was made
faster: values, types, styles (font, fill, borders, alignment, number format, protection),
column widths, row heights, merged cells, tables, drop-downs, frozen panes, print setup and the
map picture, as openpyxl reads them (what a reader of the file sees).

``data/worked_example_workbook.json`` is the digest of the workbook the openpyxl export wrote
(commit ed81a7a, run with this digest); ``python -m tests.io.excel.test_workbook_content``
writes it again from the current export, after a deliberate change of the workbook.

The export now writes with XlsxWriter, which stores a few things differently that no reader
shows differently; the digest reads them as they mean, and only those:

* a font named Calibri (the theme's body font) carries ``scheme="minor"`` in XlsxWriter's files
  (it names the theme font it is), none in openpyxl's; the scheme is not compared;
* colours: XlsxWriter writes the alpha byte FF, openpyxl 00; Excel ignores it, so only the
  RGB part is compared; a solid fill shows its foreground colour only, so its background colour
  (XlsxWriter writes the system colour 64, openpyxl none) is not compared;
* an empty cell: openpyxl wrote an empty in-line string, XlsxWriter a blank cell with the same
  style; both read as an empty cell (value None), so the type of an empty cell is not compared;
* adjacent columns of the same width are one ``<col>`` element in XlsxWriter's files, one each
  in openpyxl's: the width of every column is compared;
* attributes left out because they have their default value (ECMA-376): the page set-up's
  scale (100), fit to width and height (1), fit to page and horizontal centring (off); the
  table's ``totalsRowShown`` (whether a totals row was ever shown; neither has one:
  ``totalsRowCount`` is absent from both).
"""

from __future__ import annotations

import io
import json
import sys
from copy import copy
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter

from valuechain_gui.io.excel.export import build_workbook_bytes
from valuechain_gui.io.project.file import load_project

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"
EXPECTED = Path(__file__).parent / "data" / "worked_example_workbook.json"


def _rgb(color: Color | None) -> Color | None:
    """``color`` with its alpha byte ignored (see the module's description)."""
    if color is None or color.type != "rgb":
        return color
    color = copy(color)
    color.rgb = "00" + color.rgb[-6:]
    return color


def _style(cell) -> list:
    font, fill = copy(cell.font), copy(cell.fill)
    if font.name == "Calibri":
        font.scheme = None
    font.color = _rgb(font.color)
    fill.fgColor = _rgb(fill.fgColor)
    fill.bgColor = Color() if fill.patternType == "solid" else _rgb(fill.bgColor)
    return [repr(font), repr(fill), repr(cell.border), repr(cell.alignment),
            cell.number_format, repr(cell.protection)]


def _or(value, default):
    return default if value is None else value


def _print(ws) -> list:
    """The print set-up, attributes left out read as their default (see the module's
    description)."""
    setup, options = copy(ws.page_setup), copy(ws.print_options)
    properties = copy(ws.sheet_properties.pageSetUpPr)
    fit = bool(properties is not None and properties.fitToPage)
    properties.fitToPage = fit
    options.horizontalCentered = _or(options.horizontalCentered, False)
    return [repr(setup.orientation),
            repr(_or(setup.fitToWidth, 1) if fit else setup.fitToWidth),
            repr(_or(setup.fitToHeight, 1) if fit else setup.fitToHeight),
            repr(None if fit else _or(setup.scale, 100)),
            repr(properties), ws.print_title_rows, repr(options), repr(ws.page_margins),
            repr(ws.oddHeader.center.text), repr(ws.oddFooter.center.text)]


def digest(data: bytes) -> dict:
    """Everything a reader sees in the workbook ``data``, as JSON-able values."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheets = {}
    styles: dict[str, int] = {}  # each distinct style once, cells name it by number
    for ws in book.worksheets:
        cells = [[cell.coordinate, repr(cell.value),
                  cell.data_type if cell.value is not None else None,
                  styles.setdefault(json.dumps(_style(cell)), len(styles))]
                 for row in ws.iter_rows() for cell in row
                 if cell.value is not None or cell.has_style]
        sheets[ws.title] = {
            "cells": cells,
            "widths": {get_column_letter(col): d.width
                       for _, d in sorted(ws.column_dimensions.items())
                       for col in range(d.min, d.max + 1)},
            "heights": {str(k): d.height for k, d in sorted(ws.row_dimensions.items())
                        if d.height is not None},
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "tables": sorted(repr({k: v for k, v in t.to_tree().attrib.items()
                                   if k != "totalsRowShown"}) + repr(t.tableStyleInfo)
                             for t in ws.tables.values()),
            "validations": sorted(repr((v.type, v.formula1, str(v.sqref), v.allow_blank,
                                        v.showErrorMessage, v.errorStyle))
                                  for v in ws.data_validations.dataValidation),
            "freeze": ws.freeze_panes,
            "print": _print(ws),
            "images": [(img.width, img.height) for img in ws._images],  # noqa: SLF001
        }
    return {"sheets": [ws.title for ws in book.worksheets], "by_sheet": sheets,
            "styles": list(styles)}


def worked_example_digest() -> dict:
    from PIL import Image

    project = load_project(SAMPLE)
    picture = io.BytesIO()
    Image.new("RGB", (320, 200), "white").save(picture, format="PNG")
    content, _ = build_workbook_bytes(project, map_png=picture.getvalue(), today=date(2026, 1, 15))
    return json.loads(json.dumps(digest(content)))


def test_the_worked_example_workbook_is_the_one_written_before_the_export_was_made_faster():
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    actual = worked_example_digest()
    assert actual["sheets"] == expected["sheets"]
    assert actual["styles"] == expected["styles"]
    for title in expected["sheets"]:
        for key, value in expected["by_sheet"][title].items():
            assert actual["by_sheet"][title][key] == value, (title, key)


if __name__ == "__main__":
    EXPECTED.write_text(json.dumps(worked_example_digest(), ensure_ascii=False, indent=0) + "\n",
                        encoding="utf-8")
    sys.exit(0)
