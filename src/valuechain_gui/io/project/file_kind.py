"""Tell a project file from a spreadsheet by its content, to say what to do with the wrong one.

A user who gives a ``.vchain`` to ``import``, or a workbook to ``open``/``check``, should read
"this is a project: open it" rather than a parse error from the wrong reader. The content
decides, not the name:

* a zip archive holding ``xl/workbook.xml`` (.xlsx, .xlsm), an OpenDocument spreadsheet, or an
  Excel 97-2003 file (OLE2 header) is a *spreadsheet*;
* a JSON object whose ``"format"`` is the project format (``valuechain-gui-project``) is a
  *project*, even when damaged further on (its head says so);
* other text whose first line has a separator (``,``, ``;`` or tab), or any text named
  ``.csv``/``.tsv``/``.txt``, is a *spreadsheet* (CSV);
* anything else (an empty file, other JSON, binary data) is *unknown*: the reader it was given
  to reports its own error.
"""

from __future__ import annotations

import codecs
import os
import re
import zipfile
from enum import Enum
from pathlib import Path

from ...errors import ValueChainError
from .migrations import FORMAT_NAME

#: How much of a file is read to tell its kind (bytes).
HEAD_BYTES = 64 * 1024
_ZIP = b"PK\x03\x04"
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
_PROJECT_HEAD = re.compile(r'\A\s*\{\s*"format"\s*:\s*"' + re.escape(FORMAT_NAME) + '"')
_FORMAT_KEY = re.compile(r'"format"\s*:\s*"' + re.escape(FORMAT_NAME) + '"')
_TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
_EXCEL_SUFFIXES = (".xls", ".xlsx", ".xlsm", ".xlt")


class FileKind(Enum):
    """What a file is, for the command line and the window."""

    PROJECT = "project"
    SPREADSHEET = "spreadsheet"
    UNKNOWN = "unknown"


class WrongFileKindError(ValueChainError):
    """A file of the other kind was given: ``is_a_project`` (to import) or
    ``is_a_spreadsheet`` (to open, check, export or render); params ``path``."""


def _decode_head(head: bytes) -> str | None:
    """The head as text (BOM honoured, UTF-8, else Windows-1252), or None for binary data."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, "ignore")
    if b"\x00" in head:
        return None
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a character cut by the end of the head
            return head[:exc.start].decode("utf-8")
    return head.decode("cp1252", "replace")


def _zip_is_spreadsheet(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return True
            if "mimetype" in names:
                return archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument"
                                                           b".spreadsheet")
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, NotImplementedError):
        return False
    return False


def kind_of_bytes(head: bytes, name: str = "") -> FileKind:
    """The kind of a file from its first bytes (zip contents are not looked at here)."""
    if head.startswith(_ZIP):
        return FileKind.SPREADSHEET
    if head.startswith(_OLE2):  # also Word's .doc: only an Excel name makes it a workbook
        return FileKind.SPREADSHEET if name.lower().endswith(_EXCEL_SUFFIXES) else FileKind.UNKNOWN
    text = _decode_head(head)
    if text is None:
        return FileKind.UNKNOWN
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        if _PROJECT_HEAD.match(text) or (stripped.startswith("{") and _FORMAT_KEY.search(text)):
            return FileKind.PROJECT
        return FileKind.UNKNOWN
    first_line = next((line for line in stripped.splitlines() if line.strip()), "")
    if not first_line:
        return FileKind.UNKNOWN
    if any(sep in first_line for sep in (",", ";", "\t")) or name.lower().endswith(_TEXT_SUFFIXES):
        return FileKind.SPREADSHEET
    return FileKind.UNKNOWN


def file_kind(path: str | os.PathLike[str]) -> FileKind:
    """The kind of the file at ``path``; UNKNOWN when it cannot be read (the reader it goes to
    then reports why)."""
    target = Path(path)
    try:
        with open(target, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return FileKind.UNKNOWN
    if head.startswith(_ZIP):
        return FileKind.SPREADSHEET if _zip_is_spreadsheet(target) else FileKind.UNKNOWN
    return kind_of_bytes(head, target.name)


def refuse_project_as_spreadsheet(path: str | os.PathLike[str]) -> None:
    """Raise ``is_a_project`` if ``path`` is a project file (given where a sheet is expected)."""
    if file_kind(path) is FileKind.PROJECT:
        raise WrongFileKindError(
            "is_a_project",
            "this is a valuechain-gui project, not a spreadsheet: open it "
            "(valuechain-gui open {path}), or export it to Excel "
            "(valuechain-gui export {path} -o PLAN.xlsx)",
            file=str(path), path=str(path))


def refuse_spreadsheet_as_project(path: str | os.PathLike[str]) -> None:
    """Raise ``is_a_spreadsheet`` if ``path`` is a spreadsheet (given where a project is
    expected)."""
    if file_kind(path) is FileKind.SPREADSHEET:
        raise WrongFileKindError(
            "is_a_spreadsheet",
            "this is a spreadsheet, not a valuechain-gui project: import it "
            "(valuechain-gui import {path} -o PROJECT.vchain)",
            file=str(path), path=str(path))
