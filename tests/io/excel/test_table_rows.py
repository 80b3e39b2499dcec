"""How a table sheet's rows and the summary's cells come out of the workbook a reader opens: row
heights that show wrapped text, the table's columns named after the header, and each summary
cell with its own style (a section row keeps its fill under a bold count)."""

from __future__ import annotations

import io

import openpyxl
import xlsxwriter

from valuechain_gui.io.excel.export import build_workbook_bytes
from valuechain_gui.io.excel.formats import Formats
from valuechain_gui.io.excel.safety import SafetyCounters
from valuechain_gui.io.excel.tables import NUMBER, Column, write_table
from valuechain_gui.model import LinkStatus, Project


def _table_sheet(rows: list[list]) -> openpyxl.worksheet.worksheet.Worksheet:
    """The sheet of a table of ``rows``, written and read back as a reader opens it."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    columns = [Column("Name", max_width=10), Column("Note", max_width=10),
               Column("Score", NUMBER, "0.0")]
    write_table(workbook.add_worksheet(), Formats(workbook), columns, rows,
                table_name="tbl_test", counters=SafetyCounters())
    workbook.close()
    return openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active


def test_a_row_is_as_tall_as_its_most_wrapped_text_and_one_line_rows_keep_the_default():
    ws = _table_sheet([
        ["short", "", 1.0],  # one line: default height
        ["short", "one two three four five six seven", None],  # 33 chars in a 10-wide column
        ["a\nb\nc", "x", 2.5],  # three lines by line breaks, each short
        ["short", "word " * 200, 3.0],  # far past the tallest row allowed
    ])
    assert ws.column_dimensions["B"].width == 10
    assert ws.row_dimensions[2].height is None
    assert ws.row_dimensions[3].height == 4 * 15.0  # 9.9 characters a line: 4 lines
    assert ws.row_dimensions[4].height == 3 * 15.0
    assert ws.row_dimensions[5].height == 27 * 15.0
    assert [ws.cell(row=r, column=3).value for r in range(2, 6)] == [1, None, 2.5, 3]


def test_the_table_columns_are_named_after_the_header_and_filter_the_whole_table():
    ws = _table_sheet([["a", "b", 1.0], ["c", "d", 2.0]])
    table = ws.tables["tbl_test"]
    assert table.ref == "A1:C3"
    assert [column.name for column in table.tableColumns] == ["Name", "Note", "Score"]
    assert table.autoFilter.ref == "A1:C3"


def test_a_header_is_cleaned_and_counted_as_any_cell_and_a_cut_one_is_named():
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    counters = SafetyCounters()
    columns = [Column("Na\x01me"), Column("N" * 40_000)]
    write_table(workbook.add_worksheet("Plan"), Formats(workbook), columns, [["a", "b"]],
                table_name="tbl_test", counters=counters)
    workbook.close()
    ws = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["Plan"]
    assert ws["A1"].value == "Name" and len(ws["B1"].value) == 32_767
    assert (counters.cleaned, counters.truncated, counters.truncated_places) == (1, 1, ["Plan!B1"])


def test_summary_cells_keep_their_own_style_when_many_share_one():
    project = Project.new("en", target_market="Drones")
    stage = project.stages[0].id
    project.add_links([project.make_link(f"Motor {i}", stage, position=(0, 100 * i),
                                         status=LinkStatus.STRONG) for i in range(5)])
    content, _ = build_workbook_bytes(project)
    ws = openpyxl.load_workbook(io.BytesIO(content))["Summary"]
    title_row = next(row for row in ws.iter_rows() if row[0].value == "Assets (strong links)")
    count = title_row[1]
    assert count.value == 5 and count.font.b  # the bold count...
    assert count.fill.fgColor.rgb[-6:] == "DDE5F0"  # ...on the section's fill
    items = [ws.cell(row=title_row[0].row + i, column=2) for i in range(1, 6)]
    assert [c.value for c in items] == [f"Motor {i}" for i in range(5)]
    assert all(c.alignment.wrap_text and c.alignment.vertical == "top" and not c.font.b
               and c.fill.fill_type is None for c in items)
