"""The text of one sheet as read from a file (:class:`RawSheet`), and the bounds every reader of it
keeps while it adds rows (:class:`RowCollector`).

Both readers, CSV (:mod:`.reading`) and workbook (:mod:`.xlsx`), hand their rows to a
:class:`RowCollector`, so that the limits on rows, columns and cells
(:mod:`.limits`) and the cleaning of refused characters
(:mod:`valuechain_gui.text_safety`) are the same whatever the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...text_safety import REFUSED, clean_text
from ...words import counted, number_text
from .limits import MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, MAX_ROW_NUMBER, MAX_ROWS
from .problems import ERROR, ImportFailed, Problem, column_letter


@dataclass
class RawSheet:
    """The text of one sheet, as read from a file.

    Attributes:
        rows: ``(row number, cell texts)`` for each non-empty row; trailing blank cells dropped.
        encoding: the CSV's codec name (``"utf-8-sig"``, ``"utf-8"``, ``"utf-16"``,
            ``"cp1252"``...), None for a workbook.
        note: English description, e.g. ``"CSV, Windows-1252, separator ';'"``.
        sheet_name: the workbook sheet read, None for CSV.
        problems: warnings found while reading (bad bytes, malformed quotes).
        formulas: ``(row number, 0-based column) → formula`` for formula cells with no
            computed value.
        cleaned: ``(row number, 0-based column) → characters removed`` (``"U+001B"`` names) from
            cells that held refused characters (:mod:`valuechain_gui.text_safety`).
        merged: ``(first row, last row, 0-based column)`` of each range of merged cells spanning
            several rows (the value is in the first row; a workbook only).
        summary: what a summary sheet (Synthèse/Summary, as the Excel export writes it) says:
            ``"market"``, ``"pole"``, ``"territory"`` → text; empty when there is none.
    """

    rows: list[tuple[int, list[str]]]
    encoding: str | None
    note: str
    sheet_name: str | None = None
    problems: list[Problem] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    cleaned: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    merged: list[tuple[int, int, int]] = field(default_factory=list)
    summary: dict[str, str] = field(default_factory=dict)


def fail(file: str, code: str, message: str, row: int | None = None, column: str | None = None,
         **params: Any) -> ImportFailed:
    """An :class:`ImportFailed` with one error problem (to ``raise``)."""
    return ImportFailed(file, [Problem(ERROR, file, row, column, message, code, params)])


def cell_too_long(file: str, row: int, col: int, length: int | None, where: str = "",
                  hint: str = "") -> ImportFailed:
    """The error for a cell longer than Excel's limit (``length`` None: not counted to the end;
    ``hint`` is added to the message, in brackets)."""
    size = (counted("en", "n.character", length) if length is not None
            else f"more than {number_text('en', MAX_CELL_CHARS)} characters")
    return fail(file, "cell_too_long", f"this cell{where} holds {size}; a cell holds at most "
                f"{counted('en', 'n.character', MAX_CELL_CHARS)} (Excel's own limit){hint}: check "
                "that this is the right file.", row, column_letter(col), limit=MAX_CELL_CHARS,
                length=length)


class RowCollector:
    """Collects the non-empty rows of a sheet, refusing past the limits and cleaning cells.

    Args:
        file: the file's name for problems.
        where: text naming the sheet in messages (``" of sheet 'Maillons'"``) or ``""``.
        max_rows: rows kept before :meth:`add` returns False (header search), or None for
            :data:`~.limits.MAX_ROWS`, past which the import is refused.
        hint: added to the message of a cell too long (what may have caused it).
    """

    def __init__(self, file: str, where: str = "", max_rows: int | None = None,
                 hint: str = "") -> None:
        self.file = file
        self.where = where
        self.max_rows = max_rows
        self.hint = hint
        self.rows: list[tuple[int, list[str]]] = []
        self.cleaned: dict[tuple[int, int], tuple[str, ...]] = {}
        self.cells = 0

    def add(self, number: int, cells: list[str], keep: bool = False) -> bool:
        """Keep row ``number`` (its cells' texts, 0-based columns) if it holds something, or
        if ``keep`` (a row of formulas without computed values, reported by the importer).

        Trailing blank cells are dropped; refused characters are removed from every cell (and
        recorded in :attr:`cleaned`). Returns False once ``max_rows`` rows are kept.

        Raises:
            ImportFailed: ``cell_too_long``, ``too_many_columns``, ``too_many_rows``,
                ``too_many_cells``.
        """
        last = len(cells) - 1
        while last >= 0 and not cells[last].strip():
            last -= 1
        if last < 0 and not keep:
            return True
        if number > MAX_ROW_NUMBER:
            raise fail(self.file, "too_many_rows", f"row {number_text('en', number)}{self.where} "
                       f"holds something, past Excel's last row "
                       f"({number_text('en', MAX_ROW_NUMBER)}): the file is damaged or is not a "
                       "value chain sheet.", number, limit=MAX_ROW_NUMBER)
        if last >= MAX_COLUMNS:
            raise fail(self.file, "too_many_columns", f"this row{self.where} has a cell in "
                       f"column {column_letter(last)}, past the limit of "
                       f"{counted('en', 'n.column', MAX_COLUMNS)}: a value chain sheet needs a "
                       "dozen; check that this is the right file.", number, column_letter(last),
                       limit=MAX_COLUMNS)
        del cells[last + 1:]
        for col, text in enumerate(cells):
            if len(text) > MAX_CELL_CHARS:
                raise cell_too_long(self.file, number, col, len(text), self.where, self.hint)
            if REFUSED.search(text):
                cells[col], removed = clean_text(text)
                if removed:  # else only surrogate pairs, joined into their character
                    self.cleaned[(number, col)] = removed
        self.cells += len(cells)
        if self.cells > MAX_CELLS:
            raise fail(self.file, "too_many_cells", f"the sheet{self.where} holds more than "
                       f"{counted('en', 'n.cell', MAX_CELLS)} up to this row: a value chain "
                       "has far fewer; check that this is the right file.", number,
                       limit=MAX_CELLS)
        self.rows.append((number, cells))
        if self.max_rows is not None:
            return len(self.rows) < self.max_rows
        if len(self.rows) > MAX_ROWS:
            raise fail(self.file, "too_many_rows", f"more than {counted('en', 'n.row', MAX_ROWS)}"
                       f"{self.where} hold something (this is row {number_text('en', number)}): "
                       "a value chain has far fewer links; check that this is the right file.",
                       number, limit=MAX_ROWS)
        return True
