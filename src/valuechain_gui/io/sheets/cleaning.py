"""Warnings for the cells of imported columns from which refused characters were removed.

The readers remove from every cell the characters no file may hold
(:mod:`valuechain_gui.text_safety`: control characters such as ESC or NUL, U+FFFE, U+FFFF, lone
surrogates) and note where (:attr:`~.raw.RawSheet.cleaned`). Here each such cell of a column
the importer reads becomes one warning at ``FILE:ROW:COLUMN`` naming the link of its row, so the
user can check that nothing meant was lost. Cells of ignored columns and of rows without a link
are not imported, so they get none.
"""

from __future__ import annotations

from collections.abc import Callable

from .headers import HeaderRow, collapse
from .problems import WARNING, Problem
from .raw import RawSheet


def refused_character_problems(file: str, sheet: RawSheet, header: HeaderRow,
                               label: Callable[[str], str]) -> list[Problem]:
    """One warning (code ``refused_characters``) per cleaned cell of an imported column under
    ``header``; ``label(key)`` gives a column's header as written in the file."""
    if not sheet.cleaned:
        return []
    keys = {col: key for key, col in header.columns.items()}
    link_col = header.columns["link"]
    rows = dict(sheet.rows)
    problems: list[Problem] = []
    for (number, col), removed in sorted(sheet.cleaned.items()):
        key = keys.get(col)
        cells = rows.get(number, [])
        name = collapse(cells[link_col]) if link_col < len(cells) else ""
        if number <= header.number or key is None or not name:
            continue
        characters = ", ".join(removed)
        if key == "link":
            message = (f"the link name '{name}' held characters no file may hold ({characters}): "
                       "they were removed.")
        else:
            message = (f"this cell of the link '{name}' held characters no file may hold "
                       f"({characters}): they were removed.")
        problems.append(Problem(WARNING, file, number, label(key), message, "refused_characters",
                                {"name": name, "characters": list(removed), "key": key}))
    return problems
