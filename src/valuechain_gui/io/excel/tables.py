"""A sheet holding one real Excel table: header, rows, filters, widths, dropdowns, print set-up.

:func:`write_table` is the only way the action-plan export writes a data sheet, so every table gets
the same treatment, one a user can filter and print at once: an Excel table object (filters, banded
rows) with a valid unique name, a frozen header row, column widths from the content, wrapped text,
list dropdowns on the columns that have a fixed set of values, and a page set-up that prints
landscape at a readable size, with the header row repeated on every page (see :mod:`.printing`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from .printing import font, setup_print
from .safety import SafetyCounters, valid_table_name, write_value

#: Column kinds: how values are formatted.
TEXT, DATE, EURO, PERCENT, NUMBER = "text", "date", "euro", "percent", "number"
_WIDTHS = {DATE: 11.0, EURO: 12.0, PERCENT: 9.0, NUMBER: 9.0}
_MIN_WIDTH, _MAX_WIDTH = 8.0, 30.0
_SAMPLE_ROWS = 300  # rows looked at to size a column
_TOP_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP_CENTRE = Alignment(horizontal="center", vertical="top")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
_HEADER_FONT = font(bold=True, color="FFFFFF")  # the body's face, as every font
# The header gets its own fill: a table style is not shown by every reader (LibreOffice prints
# white header text on white without it).
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_LINE_POINTS = 15.0  # height of one line of 11-point text
_CHARS_PER_UNIT = 1.1  # characters of proportional text per unit of column width
_MAX_ROW_LINES = 27  # a row never taller than this many lines (Excel's limit is 409 points)


@dataclass
class Column:
    """One column of a table.

    Attributes:
        header: header text (unique within the table; Excel requires it).
        kind: ``TEXT``, ``DATE``, ``EURO``, ``PERCENT`` or ``NUMBER``.
        number_format: Excel format for DATE/EURO/PERCENT/NUMBER cells (e.g. ``dd/mm/yyyy``).
        choices: the words offered by a dropdown (data validation list), or None.
        max_width: widest the column may become, in characters.
    """

    header: str
    kind: str = TEXT
    number_format: str | None = None
    choices: Sequence[str] | None = None
    max_width: float = _MAX_WIDTH


class Progress:
    """Counts rows written and reports ``callback(done, total)`` (at most ~200 calls in all)."""

    def __init__(self, total: int, callback: Callable[[int, int], None] | None) -> None:
        self.total = total
        self.done = 0
        self.callback = callback
        self._step = max(1, total // 200)
        if callback is not None:
            callback(0, total)

    def tick(self) -> None:
        """One more row written."""
        self.done += 1
        if self.callback is not None and (self.done % self._step == 0 or self.done == self.total):
            self.callback(min(self.done, self.total), self.total)

    def finish(self) -> None:
        """Report completion (``total, total``) if not already reported."""
        if self.callback is not None and self.done != self.total:
            self.done = self.total
            self.callback(self.total, self.total)


def _width(column: Column, values: list[Any]) -> float:
    header = max((len(part) for part in column.header.split()), default=4) + 2
    if column.kind in _WIDTHS:
        return max(_WIDTHS[column.kind], header)
    longest = 0
    for value in values[:_SAMPLE_ROWS]:
        if isinstance(value, str):
            longest = max(longest, max((len(line) for line in value.split("\n")), default=0))
    return max(_MIN_WIDTH, float(header), min(column.max_width, longest + 2.0))


def write_table(
    ws: Worksheet,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    *,
    table_name: str,
    counters: SafetyCounters,
    progress: Progress | None = None,
    taken_names: list[str] | None = None,
    style: str = "TableStyleMedium2",
) -> Table:
    """Write ``rows`` under a header of ``columns`` from A1 and make it an Excel table.

    Args:
        ws: an empty worksheet.
        columns: the columns, in order; headers must be unique (case-insensitive).
        rows: one sequence of values per row, ``len(columns)`` values each (text goes through
            :func:`~valuechain_gui.io.excel.safety.write_value`; dates, numbers, None as they are).
        table_name: wanted table name; made valid and unique against ``taken_names``, to which
            the final name is appended.
        counters: where cleaned/truncated cells are counted.
        progress: ticked once per row.
        style: a built-in table style name.

    Returns:
        The openpyxl Table added to ``ws``. With no rows, one empty row is kept under the header
        (Excel drops a table that has a header row only).

    Raises:
        ValueError: duplicate headers or a row of the wrong length (programming errors).
    """
    headers = [c.header for c in columns]
    if len({h.casefold() for h in headers}) != len(headers):
        raise ValueError(f"duplicate table headers: {headers}")
    for r, row in enumerate(rows, start=2):
        if len(row) != len(columns):
            raise ValueError(f"row {r} has {len(row)} values for {len(columns)} columns")
    header_cells = []
    for col, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col)
        write_value(cell, column.header, counters)
        cell.font, cell.alignment, cell.fill = _HEADER_FONT, _HEADER_ALIGN, _HEADER_FILL
        header_cells.append(cell)
    widths = [_width(column, [row[col] for row in rows[:_SAMPLE_ROWS]])
              for col, column in enumerate(columns)]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    header = max(wrapped_lines(c.header, w) for c, w in zip(columns, widths))
    if header > 1:
        ws.row_dimensions[1].height = header * _LINE_POINTS
    styles = _column_styles(ws, columns)
    _write_rows(ws, rows, styles, widths, counters, progress)
    last_row = max(2, len(rows) + 1)
    last_col = get_column_letter(len(columns))
    if not rows:
        for col, style_ in enumerate(styles, start=1):
            ws.cell(row=2, column=col)._style = copy(style_)  # noqa: SLF001
    names = taken_names if taken_names is not None else []
    name = valid_table_name(table_name, names)
    names.append(name)
    ref = f"A1:{last_col}{last_row}"
    table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
    # The columns are named from the header cells here, as openpyxl would when saving, but
    # without reading the table's whole range back from the sheet to find its first row.
    table.tableColumns = [TableColumn(id=col, name=str(cell.value))
                          for col, cell in enumerate(header_cells, start=1)]
    table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True,
                                          showFirstColumn=False, showLastColumn=False,
                                          showColumnStripes=False)
    ws.add_table(table)
    for col, column in enumerate(columns, start=1):
        if column.choices:
            letter = get_column_letter(col)
            _add_dropdown(ws, column.choices, f"{letter}2:{letter}{last_row}")
    ws.freeze_panes = "A2"
    setup_print(ws, repeat_header=True, widths=widths)
    return table


def _write_rows(ws: Worksheet, rows: Sequence[Sequence[Any]], styles: list[Any],
                widths: list[float], counters: SafetyCounters, progress: Progress | None) -> None:
    """Write the data rows from row 2, each cell with its column's style, and give a row with
    wrapped text a height that shows it (readers do not auto-fit on opening).

    The cells are made with their style array and put in the sheet's cell table directly (what
    ``ws.cell`` does, without looking each cell up first: the sheet is new). A row's height is
    counted as it is written, and only texts that may need more than one line are word-wrapped:
    a text no longer than a line of its column and without a line break takes one line.
    """
    cells = ws._cells  # noqa: SLF001 - see _column_styles
    heights = ws.row_dimensions
    per_line = [max(1.0, (width - 1.0) * _CHARS_PER_UNIT) for width in widths]
    columns = range(1, len(widths) + 1)
    for r, row in enumerate(rows, start=2):
        lines = 1
        for col, value, style_, room, width in zip(columns, row, styles, per_line, widths):
            # positional (sheet, row, column, value, style array): keywords cost more per cell
            cell = cells[(r, col)] = Cell(ws, r, col, None, style_)
            if isinstance(value, str):
                write_value(cell, value, counters)
                if len(value) > room or "\n" in value:
                    lines = max(lines, wrapped_lines(value, width))
            elif value is not None:  # a new cell holds None already
                cell.value = value
        if lines > 1:  # a new row's dimension, made directly (the sheet has none for it)
            heights[r] = RowDimension(ws, index=r, ht=min(lines, _MAX_ROW_LINES) * _LINE_POINTS)
        if progress is not None:
            progress.tick()


def wrapped_lines(value: Any, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (an estimate, >= 1).

    Greedy word wrap, counting ``_CHARS_PER_UNIT`` characters of proportional text per unit of
    column width (Excel's unit is the width of a "0"; most letters are narrower).
    """
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1.0, (width - 1.0) * _CHARS_PER_UNIT)
    if len(value) <= per_line and "\n" not in value:
        return 1  # the words and one space between each fit on one line
    lines = 0
    for paragraph in value.split("\n"):
        lines += 1
        used = 0.0
        for word_ in paragraph.split():
            size = len(word_)
            if used and used + 1 + size > per_line:
                lines += 1
                used = 0.0
            if size > per_line:  # a long word is cut over several lines
                lines += int((used + size) // per_line)
                used = (used + size) % per_line
            else:
                used += size + (1 if used else 0)
    return max(1, lines)


def _column_styles(ws: Worksheet, columns: Sequence[Column]) -> list[Any]:
    """The style of each column's data cells (alignment, number format), as openpyxl style arrays.

    Setting ``cell.alignment`` looks the style up in the workbook's style tables on every call
    (two thirds of the export time on 5,000 links); copying a prepared style array, as
    openpyxl's own worksheet copier does, is the same result for a fraction of the cost. The
    data cells are made with their style array and put in the sheet's cell table directly
    (what ``ws.cell`` does, without looking the cell up first: the sheet is new).
    """
    scratch = ws.cell(row=2, column=1)
    styles = []
    for column in columns:
        centred = column.kind in (DATE, PERCENT, NUMBER) or bool(column.choices)
        scratch.alignment = _TOP_CENTRE if centred else _TOP_WRAP
        scratch.number_format = (column.number_format or "General") if column.kind != TEXT \
            else "General"
        styles.append(copy(scratch._style))  # noqa: SLF001
    return styles


def _add_dropdown(ws: Worksheet, choices: Sequence[str], cells: str) -> None:
    if any("," in c or '"' in c for c in choices):
        raise ValueError(f"dropdown choices cannot contain commas or quotes: {choices}")
    formula = '"' + ",".join(choices) + '"'
    if len(formula) > 257:  # Excel: at most 255 characters inside the quotes
        raise ValueError("dropdown list too long for Excel")
    validation = DataValidation(type="list", formula1=formula, allow_blank=True,
                                showDropDown=False, showErrorMessage=True, errorStyle="warning")
    validation.add(cells)
    ws.add_data_validation(validation)
