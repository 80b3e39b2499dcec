"""Reading a spreadsheet file into rows of text: CSV (encoding and separator detected) or .xlsx.

The result is a :class:`RawSheet`: ``(row number as the spreadsheet shows it, [cell texts])`` for
every non-empty row, plus how it was read. Anything that cannot be read raises
:class:`~valuechain_gui.io.sheets.problems.ImportFailed` with one problem saying why and what to do;
no other exception escapes (the workbook reader, :mod:`.xlsx`, turns whatever a damaged
workbook raises into that error). The limits of :mod:`.limits` are checked as the rows are
read (:class:`~.raw.RowCollector`).

CSV encodings, tried in this order: a byte-order mark (UTF-8, UTF-16, UTF-32), UTF-16 without a
mark (recognised by its zero bytes), UTF-8, then Windows-1252 (what French Excel writes with "CSV
(separator: semicolon)"), or Mac Roman when that reads many more French accented letters.

The separator is the one a first line ``sep=;`` names (Excel's own directive, not shown by Excel
as a row, so not counted in row numbers); else (``;``, ``,`` or tab) the one under which a row
of the first :data:`~valuechain_gui.io.sheets.headers.HEADER_SEARCH_ROWS` reads as a Link header
and the most of our other headers; when none does, the one giving the most consistent number of
cells per row.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ...words import counted
from .headers import HEADER_SEARCH_ROWS, known_header_count
from .limits import MAX_FILE_BYTES, MAX_RECORD_CHARS, MAX_ROW_NUMBER
from .problems import WARNING, Problem
from .raw import RawSheet, RowCollector, fail
from .xlsx import read_workbook

__all__ = ["RawSheet", "detect_separator", "fail", "read_csv", "read_sheet"]

CONVERT_HINT = ("save it as .xlsx or as \"CSV UTF-8\" from Excel or LibreOffice, "
                "then import that file")
SEPARATORS = {";": "';'", "\t": "tab", ",": "','"}  # order = preference on a tie
_SEP_LINE = re.compile(r'\A"?sep=([^\r\n"])"?[^\S\r\n]*(\r\n|\r|\n)', re.IGNORECASE)


def read_sheet(path: Path, file: str) -> RawSheet:
    """Read ``path`` (.xlsx/.xlsm or CSV/text) into a :class:`RawSheet`.

    ``file`` is the name used in problems. The content decides how it is read (a workbook renamed
    .csv is read as a workbook, and said so); .xls, .ods and password-protected workbooks are
    refused with how to convert them.

    Raises:
        ImportFailed: codes ``unreadable_file``, ``empty_file``, ``too_large``,
            ``unsupported_format``, ``not_a_workbook``, ``unreadable_workbook``, ``no_worksheet``,
            ``not_text``, ``field_too_long``, and those of the limits (:mod:`.limits`:
            ``too_many_rows``, ``too_many_columns``, ``too_many_cells``, ``cell_too_long``,
            ``record_too_long``, ``part_too_large``, ``too_many_parts``...).
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
        limit_mb = MAX_FILE_BYTES // (1024 * 1024)
        raise fail(file, "too_large", f"the file is larger than {limit_mb} MB; a value chain "
                   "sheet is far smaller: check that this is the right file.", limit_mb=limit_mb)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise fail(file, "empty_file", "the file is empty: expected a header row with a "
                   "Link (Maillon) column and one row per link.")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise fail(file, "unsupported_format", "this is an Excel 97-2003 workbook (.xls) or a "
                   f"password-protected workbook: remove any password and {CONVERT_HINT}.",
                   ext=".xls")
    if data.startswith(b"PK\x03\x04"):
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


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")


class _RecordTooLong(Exception):
    """A CSV record is past :data:`~.limits.MAX_RECORD_CHARS` characters."""


def _records(text: str, separator: str, strict: bool = False) -> Iterator[list[str]]:
    """The records of ``text``, each past :data:`MAX_RECORD_CHARS` characters refused before the
    csv module splits it (one line of millions of separators would be millions of cells).

    The lines are cut by a regular expression rather than ``io.StringIO``, which holds 4 bytes
    per character of the whole text.
    """
    used = 0

    def lines() -> Iterator[str]:
        nonlocal used
        for match in _LINE.finditer(text):
            line = match.group()
            if not line:
                continue
            used += len(line)
            if used > MAX_RECORD_CHARS:
                raise _RecordTooLong
            yield line

    for cells in csv.reader(lines(), delimiter=separator, strict=strict):
        yield cells
        used = 0


def _separator_score(text: str, separator: str) -> tuple[int, int, int]:
    try:
        head = list(itertools.islice(_records(text, separator), 3 * HEADER_SEARCH_ROWS))
    except (csv.Error, _RecordTooLong):
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
    stays one row. Every record is read, blank ones included, to the end of the file.

    Raises:
        ImportFailed: ``not_text``, ``field_too_long``, ``record_too_long``, and the limits on
            rows, columns, cells and cell length (:class:`~.raw.RowCollector`).
    """
    text, codec, bad = decode(data)
    head = text[:20_000]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(len(head) // 20, 10):  # a few stray ones are cleaned, with a warning
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
                                f"{counted('en', 'n.byte', bad)} could not be read as "
                                f"{_ENCODING_LABELS[codec]}: replaced by '\ufffd'; save the "
                                "file as \"CSV UTF-8\" to keep every character.",
                                "bad_bytes", {"count": bad, "encoding": codec}))
    collector = RowCollector(file, hint=" (a quote that is never closed makes the rest of the "
                             "file one cell: check the quotes)")
    number = 0
    try:
        for number, cells in enumerate(_records(text, separator), start=1):
            if number > MAX_ROW_NUMBER:
                raise fail(file, "too_many_rows", f"the file has more than "
                           f"{counted('en', 'n.row', MAX_ROW_NUMBER)} (Excel's own limit), blank "
                           "ones included: check that this is the right file.", number,
                           limit=MAX_ROW_NUMBER)
            if cells and (len(cells) > 1 or cells[0].strip()):
                collector.add(number, cells)
    except csv.Error as exc:
        raise fail(file, "field_too_long", f"a cell is too long to be read ({exc}); a quote that "
                   "is never closed makes the rest of the file one cell: check the quotes.",
                   row=number + 1, reason=str(exc)) from None
    except _RecordTooLong:
        raise fail(file, "record_too_long", f"this row holds more than "
                   f"{counted('en', 'n.character', MAX_RECORD_CHARS)}; a quote that is never "
                   "closed makes the rest of the file one cell: check the quotes.", number + 1,
                   limit=MAX_RECORD_CHARS) from None
    problems.extend(_quote_problems(text, separator, file))
    note = f"CSV, {_ENCODING_LABELS[codec]}, {how}"
    return RawSheet(rows=collector.rows, encoding=codec, note=note, problems=problems,
                    cleaned=collector.cleaned)


def _quote_problems(text: str, separator: str, file: str) -> list[Problem]:
    """A warning when a strict CSV reading fails (unclosed or misplaced quote)."""
    count = 0
    try:
        for count, _cells in enumerate(_records(text, separator, strict=True), start=1):
            pass
    except _RecordTooLong:
        return []  # already refused by read_csv
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
