"""Cells merged over several rows, read as a person sees them: the value on every row.

A workbook stores a merged range's value in its first cell only; the rows under it read as blank.
:func:`fill_merged` puts the value back into the blank cells of one column under the first cell
of each range spanning several rows, and says which rows it filled, so that the importer warns
about them (as it does for Stage cells left empty under a stage).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .raw import RawSheet


@dataclass(frozen=True)
class FilledRun:
    """Rows whose blank cell took the value of a merged range's first cell.

    Attributes:
        top_row: the row of the range's first cell (where the value is).
        first_row: the first row filled.
        last_row: the last row filled.
        value: the value put in.
    """

    top_row: int
    first_row: int
    last_row: int
    value: str


def fill_merged(sheet: RawSheet, col: int, after_row: int) -> list[FilledRun]:
    """Fill the blank cells of column ``col`` (0-based) in the rows of ``sheet`` below
    ``after_row`` that a merged range of that column spans, with the range's first cell's text.

    Rows that hold nothing else are not in ``sheet.rows`` and stay out. Returns one
    :class:`FilledRun` per run of consecutive filled rows, in row order.
    """
    numbers = [number for number, _ in sheet.rows]
    runs: list[FilledRun] = []
    for top, bottom, first_col in sorted(sheet.merged):
        if first_col != col or bottom <= after_row:
            continue
        start = bisect_left(numbers, top)
        if start == len(numbers) or numbers[start] != top:
            continue
        top_cells = sheet.rows[start][1]
        value = top_cells[col] if col < len(top_cells) else ""
        if not value.strip():
            continue
        filled: list[int] = []
        for index in range(start + 1, bisect_right(numbers, bottom)):
            number, cells = sheet.rows[index]
            if number <= after_row or (col < len(cells) and cells[col].strip()):
                continue
            if col >= len(cells):
                cells.extend([""] * (col + 1 - len(cells)))
            cells[col] = value
            if filled and filled[-1] != numbers[index - 1]:
                runs.append(FilledRun(top, filled[0], filled[-1], value))
                filled = []
            filled.append(number)
        if filled:
            runs.append(FilledRun(top, filled[0], filled[-1], value))
    return runs
