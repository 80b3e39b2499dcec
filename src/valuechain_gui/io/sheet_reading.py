"""Reading a spreadsheet file into rows of text: CSV (encoding and separator detected) or .xlsx.

The result is a :class:`RawSheet`: ``(row number as the spreadsheet shows it, [cell texts])`` for
every non-empty row, plus how it was read. Anything that cannot be read raises
:class:`~valuechain_gui.io.sheet_problems.ImportFailed` with one problem saying why and what to do;
no other exception escapes (openpyxl is a parser of untrusted files: whatever it raises is turned
into that error).

CSV encodings, tried in this order: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 without a
mark (recognised by its zero bytes), UTF-8, then Windows-1252 (what French Excel writes with "CSV
(separator: semicolon)"), or Mac Roman when that reads many more French accented letters.

The separator is the one a first line ``sep=;`` names (Excel's own directive, not shown by Excel
as a row, so not counted in row numbers); else (``;``, ``,`` or tab) the one under which a row
of the first :data:`~valuechain_gui.io.sheet_headers.HEADER_SEARCH_ROWS` reads as a Link header
and the most of our other headers; when none does, the one giving the most consistent number of
cells per row.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from .sheet_headers import (
    HEADER_SEARCH_ROWS,
    SHEET_TITLES,
    find_header,
    known_header_count,
    normalise,
)
from .sheet_problems import ERROR, WARNING, ImportFailed, Problem

MAX_FILE_BYTES = 50 * 1024 * 1024  # a value chain is a few hundred rows; refuse anything huge
MAX_ROWS = 20_000  # non-empty rows read from one sheet
MAX_EMPTY_RUN = 1_000  # reading a workbook stops after this many empty rows in a row
CONVERT_HINT = ("save it as .xlsx or as \"CSV UTF-8\" from Excel or LibreOffice, "
                "then import that file")
SEPARATORS = {";": "';'", "\t": "tab", ",": "','"}  # order = preference on a tie
_SEP_LINE = re.compile(r'\A"?sep=([^\r\n"])"?[^\S\r\n]*(\r\n|\r|\n)', re.IGNORECASE)


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
    """

    rows: list[tuple[int, list[str]]]
    encoding: str | None
    note: str
    sheet_name: str | None = None
    problems: list[Problem] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)


def fail(file: str, code: str, message: str, row: int | None = None, **params: Any) -> ImportFailed:
    """An :class:`ImportFailed` with one error problem (to ``raise``)."""
    return ImportFailed(file, [Problem(ERROR, file, row, None, message, code, params)])


def read_sheet(path: Path, file: str) -> RawSheet:
    """Read ``path`` (.xlsx/.xlsm or CSV/text) into a :class:`RawSheet`.

    ``file`` is the name used in problems. The content decides how it is read (a workbook renamed
    .csv is read as a workbook, and said so); .xls, .ods and password-protected workbooks are
    refused with how to convert them.

    Raises:
        ImportFailed: codes ``unreadable_file``, ``empty_file``, ``too_large``,
            ``unsupported_format``, ``not_a_workbook``, ``unreadable_workbook``, ``no_worksheet``,
            ``not_text``, ``field_too_long``, ``too_many_rows``.
    """
    ext = path.suffix.lower()
    if ext in (".xls", ".ods", ".xlsb", ".numbers", ".fods"):
        raise fail(file, "unsupported_format",
                   f"{ext} files cannot be imported: {CONVERT_HINT}.", ext=ext)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise fail(file, "unreadable_file", f"the file cannot be read: {exc.strerror or exc}.",
                   reason=exc.strerror or str(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise fail(file, "too_large", "the file is larger than 50 MB; a value chain sheet is far "
                   "smaller: check that this is the right file.", limit_mb=50)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise fail(file, "empty_file", "the file is empty: expected a header row with a "
                   "Link (Maillon) column and one row per link.")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise fail(file, "unsupported_format", "this is an Excel 97-2003 workbook (.xls) or a "
                   f"password-protected workbook: remove any password and {CONVERT_HINT}.",
                   ext=".xls")
    if data.startswith(b"PK\x03\x04"):
        with warnings.catch_warnings():  # openpyxl warns about parts it drops; only values matter
            warnings.simplefilter("ignore")
            sheet = read_workbook(data, file)
        if ext not in (".xlsx", ".xlsm"):
            sheet.note += f" (although the file is named {ext or 'without extension'})"
        return sheet
    if ext in (".xlsx", ".xlsm"):
        raise fail(file, "not_a_workbook", "this is not a valid Excel workbook (the file is "
                   "damaged or is another kind of file renamed .xlsx): open it in Excel or "
                   f"LibreOffice and {CONVERT_HINT}.")
    return read_csv(data, file)


# ---------------------------------------------------------------------------------------- CSV
_ENCODING_LABELS = {
    "utf-8-sig": "UTF-8 with byte-order mark",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16 (Excel \"Unicode text\")",
    "utf-16-le": "UTF-16 little-endian without byte-order mark",
    "utf-16-be": "UTF-16 big-endian without byte-order mark",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
    "mac_roman": "Mac Roman (old Excel for Mac)",
}


def decode(data: bytes) -> tuple[str, str, int]:
    """``(text, codec name, number of undecodable bytes replaced by U+FFFD)`` of CSV bytes."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decode_counting(data, codec)
    head = data[:400]
    if len(head) >= 4:
        even_zeros = head[0::2].count(0) / len(head[0::2])
        odd_zeros = head[1::2].count(0) / len(head[1::2])
        if odd_zeros > 0.4 and even_zeros < 0.1:
            return _decode_counting(data, "utf-16-le")
        if even_zeros > 0.4 and odd_zeros < 0.1:
            return _decode_counting(data, "utf-16-be")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    windows = _decode_counting(data, "cp1252")
    mac = data.decode("mac_roman")
    if _french_letters(mac) > 2 * _french_letters(windows[0]) + 1:
        return mac, "mac_roman", 0
    return windows


def _french_letters(text: str) -> int:
    """How many lowercase accented French letters ``text`` has (é is 0xE9 in Windows-1252 but
    0x8E in Mac Roman, so the right decoding of a French file finds many more)."""
    return sum(1 for ch in text if ch in "àâçéèêëîïôùûüœ")


def _decode_counting(data: bytes, codec: str) -> tuple[str, str, int]:
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if codec.startswith("utf-8"):  # a real U+FFFD in the file is not a bad byte
        bad -= data.count("\ufffd".encode("utf-8"))
    return text, codec, max(bad, 0)


def _records(text: str, separator: str, strict: bool = False) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=strict)


def _separator_score(text: str, separator: str) -> tuple[int, int, int]:
    try:
        head = list(itertools.islice(_records(text, separator), 3 * HEADER_SEARCH_ROWS))
    except csv.Error:
        return (-1, 0, 0)
    rows = [cells for cells in head if any(c.strip() for c in cells)]
    known, minus_index = max(((known_header_count(cells), -i) for i, cells in
                              enumerate(rows[:HEADER_SEARCH_ROWS])), default=(0, 0))
    if known:  # the header row (the first with the most of our headers) and rows under it
        index = -minus_index
        width = len([c for c in rows[index] if c.strip()])
        overflow = sum(1 for r in rows[index + 1:] if len([c for c in r if c.strip()]) > width)
        return (known, -overflow, 0)
    counts = Counter(len(cells) for cells in rows if len(cells) > 1)
    if not counts:
        return (0, 0, 0)
    width, times = counts.most_common(1)[0]
    return (0, times, width)


def detect_separator(text: str) -> str:
    """The CSV separator of ``text``: ``";"``, ``","`` or ``"\\t"`` (see the module docstring)."""
    best = max(SEPARATORS, key=lambda sep: _separator_score(text, sep))
    return best


def read_csv(data: bytes, file: str) -> RawSheet:
    """Read CSV bytes (see the module docstring for encodings and separators).

    Rows are numbered by record, as a spreadsheet shows them: a quoted cell with line breaks
    stays one row. Raises ImportFailed (``not_text``, ``field_too_long``, ``too_many_rows``).
    """
    text, codec, bad = decode(data)
    controls = sum(1 for ch in text[:20_000] if ord(ch) < 32 and ch not in "\t\r\n")
    if "\x00" in text or controls > len(text[:20_000]) // 20:
        raise fail(file, "not_text", "this is not a CSV text file (it holds binary data): "
                   f"{CONVERT_HINT}.")
    directive = _SEP_LINE.match(text)
    if directive:
        text = text[directive.end():]
        separator = directive.group(1)
        how = f"separator {SEPARATORS.get(separator, repr(separator))} (from its 'sep=' line)"
    else:
        separator = detect_separator(text)
        how = f"separator {SEPARATORS[separator]}"
    problems: list[Problem] = []
    if bad:
        problems.append(Problem(WARNING, file, None, None,
                                f"{bad} byte(s) could not be read as {_ENCODING_LABELS[codec]} and "
                                "were replaced by '\ufffd': save the file as \"CSV UTF-8\" to keep "
                                "every character.", "bad_bytes", {"count": bad, "encoding": codec}))
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for number, cells in enumerate(_records(text, separator), start=1):
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                rows.append((number, cells))
                if len(rows) > MAX_ROWS:
                    raise fail(file, "too_many_rows", f"more than {MAX_ROWS} rows: a value chain "
                               "has far fewer links; check that this is the right file.",
                               limit=MAX_ROWS)
    except csv.Error as exc:
        raise fail(file, "field_too_long", f"a cell is too long to be read ({exc}); a quote that "
                   "is never closed makes the rest of the file one cell: check the quotes.",
                   row=number + 1, reason=str(exc)) from None
    problems.extend(_quote_problems(text, separator, file))
    note = f"CSV, {_ENCODING_LABELS[codec]}, {how}"
    return RawSheet(rows=rows, encoding=codec, note=note, problems=problems)


def _quote_problems(text: str, separator: str, file: str) -> list[Problem]:
    """A warning when a strict CSV reading fails (unclosed or misplaced quote)."""
    count = 0
    try:
        for count, _cells in enumerate(_records(text, separator, strict=True), start=1):
            pass
    except csv.Error as exc:
        row = count + 1
        if "unexpected end of data" in str(exc):
            message = ("a quoted cell is never closed: the rest of the file was read as one cell; "
                       "add the missing closing quote (\").")
            code = "unclosed_quote"
        else:
            message = (f"a quote is misplaced ({exc}): the cell was read as it stands; "
                       "check its quotes.")
            code = "misplaced_quote"
        return [Problem(WARNING, file, row, None, message, code, {"reason": str(exc)})]
    return []


# ---------------------------------------------------------------------------------------- xlsx
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def cell_text(value: Any) -> str:
    """The text of a workbook cell value: numbers without a useless ``.0``, dates in ISO form,
    booleans ``TRUE``/``FALSE`` (as Excel shows them), None as ``""``.

    Text has its OOXML escapes decoded (Excel saves a carriage return in a cell as ``_x000D_``
    and a typed ``_x`` as ``_x005F_x``; openpyxl leaves them as they are).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        if "_x" not in value:
            return value
        return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _sheet_rows(sheet: Any, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """Non-empty rows of a read-only worksheet (at most ``limit`` rows scanned)."""
    sheet.reset_dimensions()  # the stored dimension can be far beyond the data, or wrong
    rows: list[tuple[int, list[str]]] = []
    empty_run = 0
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if limit is not None and number > limit:
            break
        cells = [cell_text(value) for value in values]
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            empty_run += 1
            if empty_run > MAX_EMPTY_RUN:
                break
            continue
        empty_run = 0
        rows.append((number, cells))
        if len(rows) > MAX_ROWS:
            raise ValueError("too_many_rows")
    return rows


def _formula_cells(data: bytes, title: str, last_row: int) -> dict[tuple[int, int], str]:
    """Formulas of a sheet, ``(row number, 0-based column) → text``, up to ``last_row``."""
    import openpyxl

    found: dict[tuple[int, int], str] = {}
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        sheet = workbook[title]
        sheet.reset_dimensions()
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > last_row:
                break
            for col, value in enumerate(values):
                if isinstance(value, str) and value.startswith("="):
                    found[(number, col)] = value
                elif value is not None and not isinstance(value, (str, int, float, bool, date,
                                                                  time, timedelta)):
                    found[(number, col)] = str(getattr(value, "text", "") or "=…")
    finally:
        workbook.close()
    return found


def read_workbook(data: bytes, file: str) -> RawSheet:
    """Read the value-chain sheet of .xlsx bytes (openpyxl, read-only, cached values).

    The sheet is the one titled Links/Maillons or Value chain/Chaîne de valeur (compared like
    headers); else the first with a Link/Maillon header in its top rows; else the first.
    Raises ImportFailed (``unreadable_workbook``, ``no_worksheet``, ``too_many_rows``).
    """
    import openpyxl

    def unreadable(exc: BaseException) -> ImportFailed:
        reason = f"{type(exc).__name__}: {exc}"[:200]
        return fail(file, "unreadable_workbook", "the workbook cannot be read (it is damaged, "
                    f"truncated or not an Excel .xlsx file: {reason}); open it in Excel or "
                    f"LibreOffice and {CONVERT_HINT}.", reason=reason)

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - untrusted file: any parser failure is "unreadable"
        raise _ods_or(data, file, unreadable(exc)) from None
    try:
        sheets = list(workbook.worksheets)
        if not sheets:
            raise fail(file, "no_worksheet", "the workbook has no worksheet (only charts?): "
                       "expected a sheet with a Link (Maillon) column.")
        sheet = next((s for s in sheets if normalise(s.title) in SHEET_TITLES), None)
        if sheet is None:
            sheet = next((s for s in sheets
                          if find_header(_sheet_rows(s, HEADER_SEARCH_ROWS * 3)) is not None),
                         sheets[0])
        rows = _sheet_rows(sheet)
        title = sheet.title
    except ImportFailed:
        raise
    except ValueError as exc:
        if str(exc) == "too_many_rows":
            raise fail(file, "too_many_rows", f"more than {MAX_ROWS} rows: a value chain has far "
                       "fewer links; check that this is the right file.", limit=MAX_ROWS) from None
        raise unreadable(exc) from None
    except Exception as exc:  # noqa: BLE001 - same reason as above: rows are parsed lazily
        raise unreadable(exc) from None
    finally:
        workbook.close()
    formulas: dict[tuple[int, int], str] = {}
    problems: list[Problem] = []
    try:
        formulas = _formula_cells(data, title, (rows[-1][0] if rows else 0) + MAX_EMPTY_RUN)
    except Exception:  # noqa: BLE001 - formulas are a bonus check; the values were read
        problems.append(Problem(WARNING, file, None, None, "formula cells could not be "
                                "checked for missing computed values.", "formulas_unchecked", {}))
    known = {(number, col) for number, cells in rows for col, text in enumerate(cells) if text}
    formulas = {place: text for place, text in formulas.items() if place not in known}
    # a row of formulas with no computed value reads as empty: keep it, so that it is reported
    present = {number for number, _ in rows}
    rows += [(number, []) for number in sorted({n for n, _ in formulas} - present)]
    rows.sort(key=lambda row: row[0])
    return RawSheet(rows=rows, encoding=None, note=f"Excel workbook, sheet '{title}'",
                    sheet_name=title, problems=problems, formulas=formulas)


def _ods_or(data: bytes, file: str, other: ImportFailed) -> ImportFailed:
    """An OpenDocument spreadsheet renamed .xlsx is refused with how to convert it."""
    if b"application/vnd.oasis.opendocument" in data[:200]:
        return fail(file, "unsupported_format", "this is an OpenDocument spreadsheet (.ods): "
                    f"{CONVERT_HINT}.", ext=".ods")
    return other
