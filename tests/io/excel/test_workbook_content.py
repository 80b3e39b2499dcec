"""The workbook of the worked example, cell by cell, as it was before the export was made
faster: values, types, styles (font, fill, borders, alignment, number format, protection),
column widths, row heights, merged cells, tables, drop-downs, frozen panes, print setup and the
map picture. ``data/worked_example_workbook.json`` was written by the export before the change
(``python -m tests.io.excel.test_workbook_content`` writes it again, after a deliberate change
of the workbook)."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import openpyxl

from valuechain_gui.io.excel.export import build_workbook, workbook_bytes
from valuechain_gui.io.project.file import load_project

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"
EXPECTED = Path(__file__).parent / "data" / "worked_example_workbook.json"


def _style(cell) -> list:
    return [repr(cell.font), repr(cell.fill), repr(cell.border), repr(cell.alignment),
            cell.number_format, repr(cell.protection)]


def digest(data: bytes) -> dict:
    """Everything a reader sees in the workbook ``data``, as JSON-able values."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheets = {}
    styles: dict[str, int] = {}  # each distinct style once, cells name it by number
    for ws in book.worksheets:
        cells = [[cell.coordinate, repr(cell.value), cell.data_type,
                  styles.setdefault(json.dumps(_style(cell)), len(styles))]
                 for row in ws.iter_rows() for cell in row
                 if cell.value is not None or cell.has_style]
        sheets[ws.title] = {
            "cells": cells,
            "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items())},
            "heights": {str(k): d.height for k, d in sorted(ws.row_dimensions.items())
                        if d.height is not None},
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "tables": sorted(repr(t.to_tree().attrib) + repr(t.tableStyleInfo)
                             for t in ws.tables.values()),
            "validations": sorted(repr((v.type, v.formula1, str(v.sqref), v.allow_blank,
                                        v.showErrorMessage, v.errorStyle))
                                  for v in ws.data_validations.dataValidation),
            "freeze": ws.freeze_panes,
            "print": [repr(ws.page_setup.orientation), repr(ws.page_setup.fitToWidth),
                      repr(ws.page_setup.fitToHeight), repr(ws.page_setup.scale),
                      repr(ws.sheet_properties.pageSetUpPr), ws.print_title_rows,
                      repr(ws.print_options), repr(ws.page_margins),
                      repr(ws.oddHeader.center.text), repr(ws.oddFooter.center.text)],
            "images": [(img.width, img.height) for img in ws._images],  # noqa: SLF001
        }
    return {"sheets": [ws.title for ws in book.worksheets], "by_sheet": sheets,
            "styles": list(styles)}


def worked_example_digest() -> dict:
    from PIL import Image

    project = load_project(SAMPLE)
    picture = io.BytesIO()
    Image.new("RGB", (320, 200), "white").save(picture, format="PNG")
    workbook, _ = build_workbook(project, map_png=picture.getvalue(), today=date(2026, 1, 15))
    return json.loads(json.dumps(digest(workbook_bytes(workbook))))


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
