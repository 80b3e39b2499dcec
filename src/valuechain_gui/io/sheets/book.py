"""The parts of a workbook the import needs besides its sheets: where the sheets are, which cell
styles are dates, and the shared-strings table.

Read the way Open Packaging says (``_rels/.rels`` → the workbook part → its relationships →
worksheets, styles, shared strings), each part streamed and bounded by :mod:`.package`.
Dates use openpyxl's own rules (:func:`openpyxl.styles.numbers.is_date_format`, built-in formats,
the 1900/1904 calendars), so a date reads as it did when openpyxl loaded the whole workbook.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime

from ...words import counted
from .limits import (
    MAX_CELL_CHARS,
    MAX_CELL_FORMATS,
    MAX_RAW_CELL_CHARS,
    MAX_SHARED_STRINGS,
    MAX_SHEET_PART_BYTES,
    MAX_SHEETS,
    MAX_SMALL_PART_BYTES,
    MAX_XML_DEPTH,
    MAX_ZIP_ENTRIES,
)
from .package import Damaged, XmlBudget, read_part, too_deep
from .raw import fail

MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")  # transitional, strict
_REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
           "http://purl.oclc.org/ooxml/officeDocument/relationships")
_PACKAGE_RELATIONSHIP = "http://schemas.openxmlformats.org/package/2006/relationships Relationship"
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def main_names(local: str) -> frozenset[str]:
    """The names expat gives a main-namespace element (transitional and strict)."""
    return frozenset(f"{ns} {local}" for ns in MAIN_NS)


def decode_escapes(text: str) -> str:
    """``text`` with its OOXML escapes decoded: Excel saves a carriage return in a cell as
    ``_x000D_`` and a typed ``_x`` as ``_x005F_x`` (decoded in one pass, so that the latter
    reads back as typed)."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


@dataclass
class Book:
    """What the import knows of a workbook once opened.

    Attributes:
        archive: the zip.
        file: the file's name for problems.
        budget: XML elements left to read.
        sheets: ``(title, worksheet part)`` in the workbook's order (chart sheets left out).
        date1904: True for the 1904 calendar (old Excel for Mac).
        date_styles: style indexes (as written in ``s="..."``) whose number format is a date.
        duration_styles: style indexes whose number format is a duration (``[h]:mm``).
        strings: the shared strings, decoded; None for one longer than a cell may be.
    """

    archive: zipfile.ZipFile
    file: str
    budget: XmlBudget
    sheets: list[tuple[str, str]] = field(default_factory=list)
    date1904: bool = False
    date_styles: frozenset[str] = frozenset()
    duration_styles: frozenset[str] = frozenset()
    strings: list[str | None] = field(default_factory=list)

    @property
    def epoch(self) -> datetime:
        """The calendar's day zero (openpyxl's constants)."""
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

        return CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900


def _target(source: str, target: str) -> str:
    """The part a relationship of ``source`` points to (relative to its folder, or absolute)."""
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


class _Counter:
    """Element budget and nesting depth of one small part (the hot readers inline this)."""

    def __init__(self, budget: XmlBudget, part: str) -> None:
        self.budget = budget
        self.part = part
        self.depth = 0

    def enter(self) -> None:
        self.depth += 1
        self.budget.left -= 1
        if self.budget.left < 0:
            raise self.budget.exhausted(self.part)
        if self.depth > MAX_XML_DEPTH:
            raise too_deep(self.part)

    def leave(self, _name: str = "") -> None:
        self.depth -= 1


def relationships(book: Book, source: str) -> dict[str, tuple[str, str]]:
    """``id → (type's last word, target part)`` of the part ``source`` (``""``: the package)."""
    name = posixpath.join(posixpath.dirname(source), "_rels", posixpath.basename(source) + ".rels")
    if name not in book.archive.NameToInfo:
        return {}
    found: dict[str, tuple[str, str]] = {}
    counter = _Counter(book.budget, name)

    def start(tag: str, attrs: dict[str, str]) -> None:
        counter.enter()
        if tag == _PACKAGE_RELATIONSHIP and attrs.get("TargetMode") != "External":
            if len(found) >= MAX_ZIP_ENTRIES:
                raise Damaged(f"{name} lists more relationships than the zip may have parts")
            kind = attrs.get("Type", "").rsplit("/", 1)[-1]
            found[attrs.get("Id", "")] = (kind, _target(source, attrs.get("Target", "")))

    read_part(book.archive, name, MAX_SMALL_PART_BYTES, book.file, start, counter.leave)
    return found


def _read_workbook_part(book: Book, part: str) -> list[tuple[str, str]]:
    """``(sheet title, relationship id)`` of each sheet; sets ``book.date1904``."""
    sheet_tags, pr_tags = main_names("sheet"), main_names("workbookPr")
    id_keys = tuple(f"{ns} id" for ns in _REL_NS)
    sheets: list[tuple[str, str]] = []
    counter = _Counter(book.budget, part)

    def start(tag: str, attrs: dict[str, str]) -> None:
        counter.enter()
        if tag in sheet_tags:
            if len(sheets) >= MAX_SHEETS:
                raise fail(book.file, "too_many_sheets", "the workbook has more than "
                           f"{counted('en', 'n.sheet', MAX_SHEETS)}: check that this is the "
                           "right file.", limit=MAX_SHEETS)
            rel = next((attrs[key] for key in id_keys if key in attrs), "")
            sheets.append((attrs.get("name", ""), rel))
        elif tag in pr_tags:
            book.date1904 = attrs.get("date1904", "").strip().lower() in ("1", "true")

    read_part(book.archive, part, MAX_SMALL_PART_BYTES, book.file, start, counter.leave)
    return sheets


def _read_styles(book: Book, part: str) -> None:
    """Set ``book.date_styles`` and ``book.duration_styles`` from the styles part."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    num_fmt, xf, cell_xfs = main_names("numFmt"), main_names("xf"), main_names("cellXfs")
    custom: dict[str, str] = {}
    formats: list[str] = []  # numFmtId of each cell format, in order
    inside = [False]
    counter = _Counter(book.budget, part)

    def start(tag: str, attrs: dict[str, str]) -> None:
        counter.enter()
        if tag in xf and inside[0]:
            if len(formats) >= MAX_CELL_FORMATS:
                raise fail(book.file, "too_many_formats", "the workbook's styles hold more "
                           f"than {counted('en', 'n.format', MAX_CELL_FORMATS)} (Excel's own "
                           "limit): the file is damaged; open it in Excel or LibreOffice and "
                           "save it again.", limit=MAX_CELL_FORMATS)
            formats.append(attrs.get("numFmtId", "0"))
        elif tag in cell_xfs:
            inside[0] = True
        elif tag in num_fmt and len(custom) < MAX_CELL_FORMATS:
            custom[attrs.get("numFmtId", "")] = attrs.get("formatCode", "")[:1000]

    def end(tag: str) -> None:
        counter.leave()
        if tag in cell_xfs:
            inside[0] = False

    read_part(book.archive, part, MAX_SMALL_PART_BYTES, book.file, start, end)
    dates: set[str] = set()
    durations: set[str] = set()
    for index, format_id in enumerate(formats):
        code = custom.get(format_id)
        if code is None and format_id.isdigit():
            code = BUILTIN_FORMATS.get(int(format_id))
        if code and is_date_format(code):
            dates.add(str(index))
        if code and is_timedelta_format(code):
            durations.add(str(index))
    book.date_styles, book.duration_styles = frozenset(dates), frozenset(durations)


def _read_strings(book: Book, part: str) -> None:
    """Fill ``book.strings`` from the shared-strings part (phonetic runs left out)."""
    si, t, phonetic = main_names("si"), main_names("t"), main_names("rPh")
    strings = book.strings
    state: dict[str, int] = {"depth": 0, "phonetic": 0, "size": 0}
    pieces: list[str] = []
    capture = [False]
    budget = book.budget

    def start(tag: str, _attrs: dict[str, str]) -> None:
        state["depth"] += 1
        budget.left -= 1
        if budget.left < 0:
            raise budget.exhausted(part)
        if state["depth"] > MAX_XML_DEPTH:
            raise too_deep(part)
        if tag in t:
            capture[0] = not state["phonetic"]
        elif tag in si:
            pieces.clear()
            state["size"] = 0
        elif tag in phonetic:
            state["phonetic"] += 1

    def text(data: str) -> None:
        if capture[0]:
            state["size"] += len(data)
            if state["size"] <= MAX_RAW_CELL_CHARS:
                pieces.append(data)

    def end(tag: str) -> None:
        state["depth"] -= 1
        if tag in t:
            capture[0] = False
        elif tag in si:
            if len(strings) >= MAX_SHARED_STRINGS:
                raise fail(book.file, "too_many_strings", "the workbook's shared-strings table "
                           f"holds more than {counted('en', 'n.string', MAX_SHARED_STRINGS)}: "
                           "check that this is the right file.", limit=MAX_SHARED_STRINGS)
            value = decode_escapes("".join(pieces)) if state["size"] <= MAX_RAW_CELL_CHARS \
                else None
            strings.append(value if value is None or len(value) <= MAX_CELL_CHARS else None)
        elif tag in phonetic:
            state["phonetic"] -= 1

    read_part(book.archive, part, MAX_SHEET_PART_BYTES, book.file, start, end, text)


def open_book(archive: zipfile.ZipFile, file: str) -> Book:
    """The :class:`Book` of an opened workbook zip.

    Raises:
        ImportFailed: ``no_worksheet`` and the limits' codes.
        Damaged: a part is missing or malformed (and what :func:`.read_part` raises).
    """
    book = Book(archive, file, XmlBudget(file))
    main = next((target for kind, target in relationships(book, "").values()
                 if kind == "officeDocument"), None)
    if main is None and "xl/workbook.xml" in archive.NameToInfo:
        main = "xl/workbook.xml"
    if main is None:
        raise Damaged("it has no workbook part")
    rels = relationships(book, main)
    for title, rel in _read_workbook_part(book, main):
        kind, target = rels.get(rel, ("", ""))
        if kind == "worksheet" and target in archive.NameToInfo:
            book.sheets.append((title, target))
    if not book.sheets:
        raise fail(file, "no_worksheet", "the workbook has no worksheet (only charts?): "
                   "expected a sheet with a Link (Maillon) column.")
    for kind, target in rels.values():
        if kind == "styles" and target in archive.NameToInfo:
            _read_styles(book, target)
        elif kind == "sharedStrings" and target in archive.NameToInfo:
            _read_strings(book, target)
    return book
