"""A sheet holding one real Excel table: header, rows, filters, widths, dropdowns, print set-up.

:func:`write_table` is the only way the action-plan export writes a data sheet, so every table gets
the same treatment, one a user can filter and print at once: an Excel table object (filters, banded
rows) with a valid unique name, a frozen header row, column widths from the content, wrapped text,
list dropdowns on the columns that have a fixed set of values, and a page set-up that prints
landscape at a readable size, with the header row repeated on every page (see :mod:`.printing`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from .formats import CENTRE_WRAP, TOP_CENTRE, TOP_WRAP, Formats, solid_fill
from .printing import font, setup_print
from .safety import SafetyCounters, valid_table_name, write_cell

#: Column kinds: how values are formatted.
TEXT, DATE, EURO, PERCENT, NUMBER = "text", "date", "euro", "percent", "number"
_WIDTHS = {DATE: 11.0, EURO: 12.0, PERCENT: 9.0, NUMBER: 9.0}
_MIN_WIDTH, _MAX_WIDTH = 8.0, 30.0
_SAMPLE_ROWS = 300  # rows looked at to size a column
_HEADER_FONT = font(bold=True, color="FFFFFF")  # the body's face, as every font
# The header gets its own fill: a table style is not shown by every reader (LibreOffice prints
# white header text on white without it).
_HEADER_FILL = solid_fill("1F4E79")
_LINE_POINTS = 15.0  # height of one line of 11-point text
_CHARS_PER_UNIT = 1.1  # characters of proportional text per unit of column width
_MAX_ROW_LINES = 27  # a row never taller than this many lines (Excel's limit is 409 points)
#: Longest text written without going through the safety checks' own counting (a printable
#: text this short has nothing to clean and is within Excel's limit).
_PLAIN_MAX = 1000
#: Pixels of one unit of column width (the width of a "0" of 11-point Calibri).
_PIXELS_PER_UNIT = 7


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


def set_width(ws: Worksheet, col: int, width: float) -> None:
    """Make column ``col`` (zero-based) ``width`` units wide, stored as that width.

    XlsxWriter's ``set_column`` adds Excel's padding to the width it is given (30 is stored as
    30.71, what Excel stores when a user types 30); the widths here are the stored ones, as the
    sheets had them before, so the column is set by its pixels (7 a unit), which XlsxWriter
    stores as exactly ``width`` for a whole or seventh width.
    """
    ws.set_column_pixels(col, col, round(width * _PIXELS_PER_UNIT))


def write_table(
    ws: Worksheet,
    formats: Formats,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    *,
    table_name: str,
    counters: SafetyCounters,
    progress: Progress | None = None,
    taken_names: list[str] | None = None,
    style: str = "Table Style Medium 2",
) -> str:
    """Write ``rows`` under a header of ``columns`` from A1 and make it an Excel table.

    Args:
        ws: an empty worksheet.
        formats: the workbook's formats.
        columns: the columns, in order; headers must be unique (case-insensitive).
        rows: one sequence of values per row, ``len(columns)`` values each (text goes through
            :func:`~valuechain_gui.io.excel.safety.write_cell`; dates, numbers, None as they are).
        table_name: wanted table name; made valid and unique against ``taken_names``, to which
            the final name is appended.
        counters: where cleaned/truncated cells are counted.
        progress: ticked once per row.
        style: a built-in table style name, as XlsxWriter spells it.

    Returns:
        The table's name. With no rows, one empty row is kept under the header (Excel drops a
        table that has a header row only).

    Raises:
        ValueError: duplicate headers or a row of the wrong length (programming errors).
    """
    headers = [c.header for c in columns]
    if len({h.casefold() for h in headers}) != len(headers):
        raise ValueError(f"duplicate table headers: {headers}")
    for r, row in enumerate(rows, start=2):
        if len(row) != len(columns):
            raise ValueError(f"row {r} has {len(row)} values for {len(columns)} columns")
    widths = [_width(column, [row[col] for row in rows[:_SAMPLE_ROWS]])
              for col, column in enumerate(columns)]
    for col, width in enumerate(widths):
        set_width(ws, col, width)
    header = max(wrapped_lines(c.header, w) for c, w in zip(columns, widths))
    if header > 1:
        ws.set_row(0, header * _LINE_POINTS)
    styles = _column_styles(formats, columns)
    _write_rows(ws, rows, styles, widths, counters, progress)
    last_row = max(1, len(rows))  # zero-based: the header is row 0
    if not rows:
        for col, style_ in enumerate(styles):
            ws.write_blank(1, col, None, style_)
    names = taken_names if taken_names is not None else []
    name = valid_table_name(table_name, names)
    names.append(name)
    header_format = formats.get(_HEADER_FONT, CENTRE_WRAP, _HEADER_FILL)
    # The table writes the header cells itself, with their format; a header is cleaned as
    # any cell text (the table's column is named as its cell reads).
    headers = []
    for col, column in enumerate(columns):
        cell = f"{ws.name}!{xl_rowcol_to_cell(0, col)}"
        headers.append({"header": counters.cleaned_text(column.header, lambda cell=cell: cell),
                        "header_format": header_format})
    ws.add_table(0, 0, last_row, len(columns) - 1, {
        "name": name, "style": style, "columns": headers, "autofilter": True,
        "banded_rows": True, "first_column": False, "last_column": False,
        "banded_columns": False})
    for col, column in enumerate(columns):
        if column.choices:
            _add_dropdown(ws, column.choices, 1, col, last_row)
    ws.freeze_panes(1, 0)
    setup_print(ws, repeat_header=True, widths=widths)
    return name


def _write_rows(ws: Worksheet, rows: Sequence[Sequence[Any]], styles: list[Format],
                widths: list[float], counters: SafetyCounters, progress: Progress | None) -> None:
    """Write the data rows from row 2, each cell with its column's format, and give a row with
    wrapped text a height that shows it (readers do not auto-fit on opening).

    A row's height is counted as it is written, and only texts that may need more than one line
    are word-wrapped: a text no longer than a line of its column and without a line break takes
    one line. Plain texts (nothing to clean, within the limit) are written directly; the others
    go through :func:`~valuechain_gui.io.excel.safety.write_cell`.
    """
    per_line = [max(1.0, (width - 1.0) * _CHARS_PER_UNIT) for width in widths]
    columns = range(len(widths))
    write_string, write_blank = ws.write_string, ws.write_blank
    for r, row in enumerate(rows, start=1):
        lines = 1
        for col, value, style_, room, width in zip(columns, row, styles, per_line, widths):
            if isinstance(value, str) and value:
                if value.isprintable() and len(value) <= _PLAIN_MAX:
                    write_string(r, col, value, style_)
                else:
                    write_cell(ws, r, col, value, style_, counters)
                if len(value) > room or "\n" in value:
                    lines = max(lines, wrapped_lines(value, width))
            elif value is None or value == "":
                write_blank(r, col, None, style_)
            else:
                write_cell(ws, r, col, value, style_, counters)
        if lines > 1:
            ws.set_row(r, min(lines, _MAX_ROW_LINES) * _LINE_POINTS)
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


def _column_styles(formats: Formats, columns: Sequence[Column]) -> list[Format]:
    """The format of each column's data cells (alignment, number format)."""
    styles = []
    for column in columns:
        centred = column.kind in (DATE, PERCENT, NUMBER) or bool(column.choices)
        number_format = (column.number_format or "General") if column.kind != TEXT \
            else "General"
        styles.append(formats.get(TOP_CENTRE if centred else TOP_WRAP,
                                  {"num_format": number_format}))
    return styles


def _add_dropdown(ws: Worksheet, choices: Sequence[str], first_row: int, col: int,
                  last_row: int) -> None:
    """A list drop-down on rows ``first_row``..``last_row`` of column ``col`` (zero-based)."""
    if any("," in c or '"' in c for c in choices):
        raise ValueError(f"dropdown choices cannot contain commas or quotes: {choices}")
    if len('"' + ",".join(choices) + '"') > 257:  # Excel: at most 255 characters in the quotes
        raise ValueError("dropdown list too long for Excel")
    ws.data_validation(first_row, col, last_row, col, {
        "validate": "list", "source": list(choices), "ignore_blank": True,
        "dropdown": True, "show_input": False, "show_error": True, "error_type": "warning"})
