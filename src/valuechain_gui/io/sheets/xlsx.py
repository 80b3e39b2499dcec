"""Reading the value-chain sheet of a workbook (.xlsx, .xlsm) into a :class:`~.raw.RawSheet`.

The worksheet's XML is streamed (:mod:`.package`): one row is held at a time and only the
rows that hold something are kept, so memory follows the rows kept, not the sheet's raw size, and
every row is read to the real end of the sheet (no stop after a run of blank rows). The same pass
reads the merged ranges (written after the rows) and notes formula cells that have no computed
value saved. Why not openpyxl's reader: its read-only mode keeps a whole row in memory (one row of
a million empty cells, 4 MB of XML, took 350 MB) and has no merged ranges; its normal mode builds
the whole sheet. python-calamine builds the sheet's full rectangle: two cells, A1 and
XFD1048576, make it ask for 500 GB and abort the process.

The sheet is the one titled Links/Maillons or Value chain/Chaîne de valeur (compared like
headers); else the first with a Link/Maillon header in its top rows; else the first. A sheet
titled Synthèse/Summary (what the Excel export writes) gives the market, pôle and territory.
"""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from ...words import LANGUAGES, word
from .book import Book, decode_escapes, main_names, open_book
from .headers import HEADER_SEARCH_ROWS, SHEET_TITLES, find_header, normalise
from .limits import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_MERGED_RANGES,
    MAX_RAW_CELL_CHARS,
    MAX_SHEET_PART_BYTES,
    MAX_XML_DEPTH,
)
from .package import Damaged, XmlBudget, open_package, read_part, too_deep
from .problems import WARNING, ImportFailed, Problem, column_letter
from .raw import RawSheet, RowCollector, cell_too_long, fail

#: Normalised titles of the export's summary sheet, and its labels → RawSheet.summary keys.
SUMMARY_TITLES = frozenset(normalise(word(lang, "xl.sheet.summary")) for lang in LANGUAGES)
SUMMARY_LABELS = {normalise(word(lang, f"xl.summary.{key}")): field
                  for lang in LANGUAGES
                  for key, field in (("market", "market"), ("pole", "pole"),
                                     ("territory", "territory"))}
_SUMMARY_ROWS = 40
_SUMMARY_ELEMENTS = 200_000
#: The elements the row reader acts on (expat's names, both namespaces) → what they are.
_ROW, _CELL, _VALUE, _FORMULA, _TEXT, _PHONETIC, _MERGE = (
    "row", "c", "v", "f", "t", "rPh", "mergeCell")
_KINDS = {name: local for local in (_ROW, _CELL, _VALUE, _FORMULA, _TEXT, _PHONETIC, _MERGE)
          for name in main_names(local)}


class _Enough(Exception):
    """Raised by the row reader once it has the rows it was asked for."""


def cell_text(value: Any) -> str:
    """The text of a cell value: numbers without a useless ``.0``, dates in ISO form, booleans
    ``TRUE``/``FALSE`` (as Excel shows them), None as ``""``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
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


def _column(ref: str) -> int:
    """0-based column of a cell reference (``"AB12"`` → 27), -1 without letters."""
    number = 0
    for char in ref:
        if "A" <= char <= "Z":
            number = number * 26 + ord(char) - 64
            if number > 10 * MAX_COLUMNS * 26:
                break
        else:
            break
    return number - 1


def _row_number(ref: str) -> int:
    digits = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return int(digits) if digits.isdigit() and len(digits) < 12 else 0


class _SheetReader:
    """The expat handlers reading one worksheet into a :class:`RowCollector` (hot path: inline
    state, no helper calls per element)."""

    def __init__(self, book: Book, title: str, part: str, collector: RowCollector) -> None:
        self.book, self.part, self.collector = book, part, collector
        self.where = collector.where
        self.strings = book.strings
        self.dates, self.durations = book.date_styles, book.duration_styles
        self.budget = book.budget
        self.left = book.budget.left  # elements left, kept here (hot path), given back after
        self.depth = 0
        self.row = 0
        self.cells: list[str] = []
        self.row_formulas = False
        self.col = -1
        self.kind = "n"
        self.style = ""
        self.value: str | None = None
        self.formula: str | None = None
        self.inline: list[str] = []
        self.capture: list[str] | None = None
        self.captured = 0
        self.phonetic = 0
        self.formulas: dict[tuple[int, int], str] = {}
        self.merged: list[tuple[int, int, int]] = []
        self.merges_left_out = 0

    # ------------------------------------------------------------------ expat handlers
    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.left -= 1
        if self.left < 0:
            self.budget.left = -1
            raise self.budget.exhausted(self.part)
        kind = _KINDS.get(name)
        if kind is _CELL:
            ref = attrs.get("r")
            col = _column(ref) if ref else -1
            self.col = col if col >= 0 else self.col + 1
            self.kind = attrs.get("t", "n")
            self.style = attrs.get("s", "")
            self.value = self.formula = None
            if self.inline:
                self.inline = []
        elif kind is _VALUE or kind is _FORMULA or (kind is _TEXT and not self.phonetic):
            self.capture = []
            self.captured = 0
        elif kind is _ROW:
            ref = attrs.get("r")
            if ref is None:
                self.row += 1
            elif ref.isdigit() and len(ref) < 12:
                self.row = int(ref)
            else:
                raise Damaged(f"{self.part} has a row numbered {ref[:20]!r}")
            self.cells = []  # a new list: the last one may be kept by the collector
            self.row_formulas = False
            self.col = -1
        elif kind is _PHONETIC:
            self.phonetic += 1
        elif kind is _MERGE:
            self.merge(attrs.get("ref", ""))
        if self.depth > MAX_XML_DEPTH:
            raise too_deep(self.part)

    def text(self, data: str) -> None:
        if self.capture is not None:
            self.captured += len(data)
            if self.captured > MAX_RAW_CELL_CHARS:
                raise cell_too_long(self.book.file, self.row, max(self.col, 0), None, self.where)
            self.capture.append(data)

    def end(self, name: str) -> None:
        self.depth -= 1
        kind = _KINDS.get(name)
        if self.capture is not None:
            if kind is _VALUE:
                self.value = "".join(self.capture)
            elif kind is _FORMULA:
                self.formula = "".join(self.capture)
            elif kind is _TEXT:
                self.inline.append("".join(self.capture))
            self.capture = None
        elif kind is _CELL:
            self.end_cell()
        elif kind is _ROW:
            if (self.cells or self.row_formulas) and not self.collector.add(
                    self.row, self.cells, keep=self.row_formulas):
                raise _Enough
        elif kind is _PHONETIC:
            self.phonetic -= 1

    # ------------------------------------------------------------------ cells
    def end_cell(self) -> None:
        text = self.cell_value()
        col = self.col
        if self.formula is not None and not self.value and self.kind != "inlineStr":
            if len(self.formulas) >= MAX_CELLS:
                raise fail(self.book.file, "too_many_cells", f"the sheet{self.where} holds more "
                           f"than {MAX_CELLS:,} formulas without a computed value: check that "
                           "this is the right file.", self.row, limit=MAX_CELLS)
            if col < MAX_COLUMNS:
                self.formulas[(self.row, col)] = f"={self.formula[:80]}" if self.formula \
                    else "=…"
                self.row_formulas = True
        if not text:
            return
        if col >= MAX_COLUMNS:
            if text.strip():
                self.collector.add(self.row, [""] * col + [text])  # raises too_many_columns
            return
        cells = self.cells
        if col >= len(cells):
            cells.extend([""] * (col + 1 - len(cells)))
        cells[col] = text

    def cell_value(self) -> str:
        """The cell's text from its type (``t``), value, inline text and style."""
        kind, value = self.kind, self.value
        if kind == "s":
            if value is None:
                return ""
            index = int(value) if value.isdigit() and len(value) < 12 else -1
            if not 0 <= index < len(self.strings):
                raise Damaged(f"the cell {column_letter(max(self.col, 0))}{self.row} of "
                              f"{self.part} refers to shared text {value[:20]!r}, which the "
                              "workbook does not have")
            text = self.strings[index]
            if text is None:
                raise cell_too_long(self.book.file, self.row, max(self.col, 0), None, self.where)
            return text
        if kind == "inlineStr":
            return decode_escapes("".join(self.inline)) if self.inline else ""
        if value is None:
            return ""
        if kind == "str":
            return decode_escapes(value)
        if kind == "b":
            return "TRUE" if value.strip() in ("1", "true") else "FALSE"
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            try:
                return cell_text(from_ISO8601(value.strip()))
            except (ValueError, TypeError, OverflowError, AttributeError):
                return value
        if kind != "n":  # "e": an error such as #N/A, shown as Excel shows it
            return value
        return self.number_text(value)

    def number_text(self, value: str) -> str:
        try:
            number: float = float(value)
        except ValueError:
            return value
        if self.style in self.dates:
            from openpyxl.utils.datetime import from_excel

            try:
                return cell_text(from_excel(number, self.book.epoch,
                                            timedelta=self.style in self.durations))
            except (OverflowError, ValueError):
                return cell_text(number)
        stripped = value.strip()
        if stripped.lstrip("-").isdigit() and len(stripped) < 4000:  # an integer, kept exact
            return str(int(stripped))
        return cell_text(number)

    def merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        top, bottom, col = _row_number(first), _row_number(last), _column(first)
        if bottom > top > 0 and 0 <= col < MAX_COLUMNS:
            if len(self.merged) >= MAX_MERGED_RANGES:
                self.merges_left_out += 1
            else:
                self.merged.append((top, bottom, col))


def _read(book: Book, title: str, part: str, max_rows: int | None) -> _SheetReader:
    where = f" of sheet '{title}'"
    reader = _SheetReader(book, title, part, RowCollector(book.file, where, max_rows))
    try:
        read_part(book.archive, part, MAX_SHEET_PART_BYTES, book.file, reader.start, reader.end,
                  reader.text)
    except _Enough:
        pass
    finally:
        book.budget.left = min(book.budget.left, reader.left)
    return reader


def _has_header(book: Book, title: str, part: str) -> bool:
    """Whether a Link/Maillon header is in the top rows of a sheet; a sheet past a limit of its
    own (a cover sheet with a huge cell) is just not the one (the element budget still counts)."""
    try:
        return find_header(_read(book, title, part, HEADER_SEARCH_ROWS * 3).collector.rows) \
            is not None
    except ImportFailed as exc:
        if any(p.code == "too_many_elements" for p in exc.problems):
            raise
        return False


def _summary(book: Book, problems: list[Problem]) -> dict[str, str]:
    """What the summary sheet says of market, pôle and territory (labels in column A), read
    with a budget of its own so that it never refuses an import; a summary that cannot be read
    gives a warning and nothing."""
    found: dict[str, str] = {}
    for title, part in book.sheets:
        if normalise(title) not in SUMMARY_TITLES:
            continue
        summary_book = replace(book, budget=XmlBudget(book.file, _SUMMARY_ELEMENTS))
        try:
            reader = _read(summary_book, title, part, _SUMMARY_ROWS)
        except Exception:  # noqa: BLE001 - an extra of an untrusted file: never stops the import
            problems.append(Problem(WARNING, book.file, None, None, f"the sheet '{title}' could "
                                    "not be read: the target market, cluster and territory it may "
                                    "give were not taken.", "summary_unreadable",
                                    {"sheet": title}))
            return {}
        for number, cells in reader.collector.rows:
            key = SUMMARY_LABELS.get(normalise(cells[0])) if cells else None
            if key is None or key in found:
                continue
            col, value = next(((c, text) for c, text in enumerate(cells[1:], start=1)
                               if text.strip()), (1, ""))
            found[key] = value.strip()
            removed = reader.collector.cleaned.get((number, col))
            if removed and value.strip():
                problems.append(Problem(
                    WARNING, book.file, number, f"{title}!{column_letter(col)}",
                    f"the {key} '{value.strip()}' held characters no file may hold "
                    f"({', '.join(removed)}): they were removed.", "refused_characters",
                    {"value": value.strip(), "characters": list(removed)}))
        break
    return found


def read_workbook(data: bytes, file: str) -> RawSheet:
    """Read the value-chain sheet of .xlsx bytes (see the module docstring).

    Raises:
        ImportFailed: ``unreadable_workbook``, ``no_worksheet``, ``unsupported_format`` (an
            OpenDocument file renamed), and the limits' codes (:mod:`.limits`).
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read_workbook(data, file)
    except ImportFailed:
        raise
    except Exception as exc:  # noqa: BLE001 - untrusted file: any parser failure is "unreadable"
        reason = f"{type(exc).__name__}: {exc}"[:200]
        if b"application/vnd.oasis.opendocument" in data[:200]:
            raise fail(file, "unsupported_format", "this is an OpenDocument spreadsheet (.ods): "
                       "save it as .xlsx or as \"CSV UTF-8\" from Excel or LibreOffice, then "
                       "import that file.", ext=".ods") from None
        raise fail(file, "unreadable_workbook", "the workbook cannot be read (it is damaged, "
                   f"truncated or not an Excel .xlsx file: {reason}); open it in Excel or "
                   "LibreOffice and save it as .xlsx or as \"CSV UTF-8\", then import that "
                   "file.", reason=reason) from None


def _read_workbook(data: bytes, file: str) -> RawSheet:
    book = open_book(open_package(data, file), file)
    chosen = next(((t, p) for t, p in book.sheets if normalise(t) in SHEET_TITLES), None)
    if chosen is None:
        chosen = next(((t, p) for t, p in book.sheets if _has_header(book, t, p)),
                      book.sheets[0])
    title, part = chosen
    reader = _read(book, title, part, None)
    problems: list[Problem] = []
    if reader.merges_left_out:
        problems.append(Problem(WARNING, file, None, None, f"the sheet '{title}' has more than "
                                f"{MAX_MERGED_RANGES:,} merged ranges: the last "
                                f"{reader.merges_left_out:,} were not read (their cells read "
                                "as empty below their first row).", "merges_left_out",
                                {"count": reader.merges_left_out}))
    summary = _summary(book, problems)
    return RawSheet(rows=reader.collector.rows, encoding=None, note=f"Excel workbook, sheet "
                    f"'{title}'", sheet_name=title, problems=problems, formulas=reader.formulas,
                    cleaned=reader.collector.cleaned, merged=reader.merged, summary=summary)
