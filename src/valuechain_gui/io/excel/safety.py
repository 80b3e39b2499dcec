"""Writing user text into a workbook safely: no formula, no refused character, no overlong cell.

Rules (a cell text is made safe before it is written; :func:`write_cell` for the action plan's
XlsxWriter sheets, :func:`write_value` for an openpyxl cell):

* a text starting with ``=``, ``+``, ``-`` or ``@`` stays literal text: it is written as a
  string (XlsxWriter's ``write_string``; for openpyxl the cell's ``data_type`` is set to ``"s"``
  after assignment, as openpyxl would otherwise store ``=...`` as a formula); no apostrophe is
  added, so the text reads back unchanged;
* characters Excel refuses (``openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE``: control characters other
  than tab, line feed and carriage return), and those no XML reader accepts or UTF-8 cannot
  carry (lone surrogates, U+FFFE, U+FFFF; see :mod:`valuechain_gui.text_safety`), are removed
  (a lone surrogate becomes U+FFFD), and the cell is counted as cleaned. The model cleans texts
  at its door already; this is the export's own guard;
* a text longer than Excel's limit of 32,767 characters per cell (Excel specifications and limits,
  "Total number of characters that a cell can contain") is cut there and counted as truncated;
  the project itself is never changed;
* sheet titles are made valid (at most 31 characters, none of ``[]:*?/\\``, not blank, unique,
  case-insensitively, as Excel compares them) and table names are valid defined names that cannot
  be read as a cell reference (``A1``, ``R1C1``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from ... import text_safety

#: Excel's limit of characters in one cell.
MAX_CELL_CHARS = 32_767
#: Excel's limit of characters in a sheet title.
MAX_TITLE_CHARS = 31
_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_CELL_REF = re.compile(r"^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$")
_NAME_BAD = re.compile(r"[^A-Za-z0-9_.]")


@dataclass
class SafetyCounters:
    """How many cells :func:`write_text` had to change while a workbook was built.

    Attributes:
        cleaned: cells from which characters Excel refuses were removed.
        truncated: cells cut at :data:`MAX_CELL_CHARS` characters.
        truncated_places: ``"Sheet!B7"`` of each truncated cell (for the warning).
    """

    cleaned: int = 0
    truncated: int = 0
    truncated_places: list[str] = field(default_factory=list)

    def cleaned_text(self, text: str, place: Callable[[], str]) -> str:
        """``text`` made storable by :func:`clean_text`, counted when it had to change;
        ``place()`` (e.g. ``"Plan!B7"``) names a truncated cell in the warning."""
        text, cleaned, truncated = clean_text(text)
        if cleaned:
            self.cleaned += 1
        if truncated:
            self.truncated += 1
            self.truncated_places.append(place())
        return text


def clean_text(text: str) -> tuple[str, bool, bool]:
    """``text`` made storable in one Excel cell.

    Returns:
        ``(text, cleaned, truncated)``: the text without the characters Excel or XML refuse
        (tab, line feed and carriage return are kept; see :func:`valuechain_gui.text_safety.
        clean_text`) and cut at 32,767 characters; ``cleaned`` is True when characters were
        removed or replaced, ``truncated`` when it was cut.
    """
    cleaned_text, found = text_safety.clean_text(text)
    truncated = len(cleaned_text) > MAX_CELL_CHARS
    if truncated:
        cleaned_text = cleaned_text[:MAX_CELL_CHARS]
    return cleaned_text, bool(found), truncated


def write_value(cell: Any, value: Any, counters: SafetyCounters) -> None:
    """Put ``value`` in ``cell`` (an openpyxl cell); text goes through :func:`clean_text`.

    Text is always stored as a literal string (``data_type = "s"``), never as a formula, whatever
    its first character. Other values (numbers, dates, booleans, None) are stored as they are.
    """
    if not isinstance(value, str):
        cell.value = value
        return
    text = counters.cleaned_text(value, lambda: f"{cell.parent.title}!{cell.coordinate}")
    # stored as openpyxl's value setter would after its own check (text without the characters
    # it refuses, at most 32,767 of them: what clean_text made), without checking again
    cell._value = text  # noqa: SLF001
    cell.data_type = "s"


def write_cell(ws: Worksheet, row: int, col: int, value: Any, cell_format: Format | None,
               counters: SafetyCounters) -> None:
    """Write ``value`` at (``row``, ``col``) (zero-based) of an XlsxWriter sheet, with
    ``cell_format``.

    Text goes through :func:`clean_text` and is always written as a string, never as a formula,
    link or number, whatever it looks like; an empty text or None is a blank cell that keeps
    the format; dates are written as dates (the format gives their number format); numbers and
    booleans as they are.

    A carriage return (alone or before a line feed) is written as a line feed: what a reader
    read of it when it was written raw into the XML (XML reads both as a line feed); XlsxWriter
    would write it as the escape ``_x000D_``, which Excel reads but openpyxl (the spreadsheet
    import) does not.
    """
    if isinstance(value, str):
        if not value:
            ws.write_blank(row, col, None, cell_format)
            return
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        text = counters.cleaned_text(value, lambda: f"{ws.name}!{xl_rowcol_to_cell(row, col)}")
        if text:
            ws.write_string(row, col, text, cell_format)
        else:
            ws.write_blank(row, col, None, cell_format)
    elif value is None:
        ws.write_blank(row, col, None, cell_format)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, cell_format)
    elif isinstance(value, (date, datetime)):
        ws.write_datetime(row, col, value, cell_format)
    else:
        ws.write_number(row, col, value, cell_format)


def valid_sheet_title(title: str, existing: list[str] | tuple[str, ...] = (),
                      fallback: str = "Sheet") -> str:
    """A sheet title Excel accepts, built from ``title`` (which may be any user text).

    Removes characters Excel refuses in titles (``[]:*?/\\`` and control characters), trims spaces
    and apostrophes at both ends (Excel refuses a leading or trailing apostrophe), cuts at 31
    characters, uses ``fallback`` when nothing is left, and appends `` (2)``, `` (3)``... (within
    the 31 characters) until it differs, case-insensitively, from every title in ``existing``.
    """
    text = text_safety.clean_text(_TITLE_FORBIDDEN.sub(" ", title))[0]
    text = " ".join(text.split()).strip("'").strip()
    text = text[:MAX_TITLE_CHARS].rstrip().rstrip("'") or fallback[:MAX_TITLE_CHARS]
    taken = {name.casefold() for name in existing}
    candidate, number = text, 1
    while candidate.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        candidate = text[:MAX_TITLE_CHARS - len(suffix)].rstrip() + suffix
    return candidate


def valid_table_name(name: str, existing: list[str] | tuple[str, ...] = ()) -> str:
    """A table (defined) name Excel accepts, built from ``name``, unique in ``existing``.

    Keeps letters, digits, ``_`` and ``.``, starts with a letter or ``_`` (else prefixed ``tbl_``),
    is never a cell reference such as ``A1``, ``XFD1048576``, ``R1C1``, ``R`` or ``C`` (prefixed
    ``tbl_``), at most 255 characters, and unique case-insensitively (suffix ``_2``, ``_3``...).
    """
    text = _NAME_BAD.sub("_", name.strip()) or "tbl"
    if not (text[0].isalpha() or text[0] == "_") or _CELL_REF.match(text):
        text = "tbl_" + text
    text = text[:250]
    taken = {n.casefold() for n in existing}
    candidate, number = text, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{text}_{number}"
    return candidate
