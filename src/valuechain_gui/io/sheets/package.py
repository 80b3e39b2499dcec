"""Opening an untrusted workbook's zip and reading its XML parts within bounds.

* :func:`open_package` reads the zip's end record first and refuses a directory with too many
  entries or too large (:data:`~.limits.MAX_ZIP_ENTRIES`,
  :data:`~.limits.MAX_ZIP_DIRECTORY_BYTES`) before :mod:`zipfile` builds it.
* :func:`read_part` refuses a part whose unpacked size, as the directory declares it, is past its
  limit before unpacking a byte; :mod:`zipfile` never unpacks more than that size (more fails the
  part's checksum), so the declared size bounds the work.
* The XML is streamed through expat, with no tree kept: memory follows what the reader keeps, not
  the part's size. A document type declaration (the door to entity expansion and external
  entities, never found in a workbook) is refused, as ``defusedxml`` does; so are a run of
  :data:`~.limits.MAX_XML_RUN_BYTES` bytes without ``>`` (one giant tag: expat would hand
  its attributes over all at once), more than :data:`~.limits.MAX_XML_ELEMENTS` elements in
  one import, and elements nested past :data:`~.limits.MAX_XML_DEPTH` (counted by the
  readers, which see every element).
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from typing import Any
from xml.parsers import expat

from ...words import counted
from .limits import (
    MAX_XML_DEPTH,
    MAX_XML_ELEMENTS,
    MAX_XML_RUN_BYTES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_ENTRIES,
)
from .problems import ImportFailed
from .raw import fail

_CHUNK = 64 * 1024
_END = b"PK\x05\x06"
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"


class Damaged(Exception):
    """A workbook part breaks the format (the caller reports it as an unreadable workbook)."""


def _size_text(size: int) -> str:
    if size >= 1024 * 1024 * 1024:
        return f"{size / (1024 ** 3):.1f} GB"
    if size >= 1024 * 1024:
        return f"{size / (1024 ** 2):.1f} MB"
    return counted("en", "n.byte", size)


def _directory_size(data: bytes) -> tuple[int, int] | None:
    """``(entries, directory bytes)`` from the zip's end record (ZIP64 too), None if absent."""
    at = data.rfind(_END, max(0, len(data) - 22 - 65_535))
    if at < 0 or len(data) < at + 22:
        return None
    entries, size = struct.unpack("<xxxxxxxxxxHI", data[at:at + 16])
    if (entries == 0xFFFF or size == 0xFFFFFFFF) and data[at - 20:at - 16] == _END64_LOCATOR:
        (offset,) = struct.unpack("<Q", data[at - 12:at - 4])
        if data[offset:offset + 4] == _END64:
            entries, size = struct.unpack("<QQ", data[offset + 32:offset + 48])
    return entries, size


def open_package(data: bytes, file: str) -> zipfile.ZipFile:
    """The zip of a workbook's bytes, its directory checked against the limits first.

    Raises:
        ImportFailed: ``too_many_parts`` past the limits.
        Damaged: not a zip (no end record).
        zipfile.BadZipFile: a damaged zip.
    """
    found = _directory_size(data)
    if found is None:
        raise Damaged("the zip's end record is missing (the file is truncated)")
    entries, size = found
    if entries > MAX_ZIP_ENTRIES or size > MAX_ZIP_DIRECTORY_BYTES:
        raise fail(file, "too_many_parts", f"the workbook's zip lists "
                   f"{counted('en', 'n.entry', entries)} in a directory of {_size_text(size)}; a "
                   f"workbook has a few dozen (the limits are {MAX_ZIP_ENTRIES:,} entries and "
                   f"{_size_text(MAX_ZIP_DIRECTORY_BYTES)}): check that this is the right file.",
                   entries=entries, limit=MAX_ZIP_ENTRIES)
    archive = zipfile.ZipFile(io.BytesIO(data))
    if len(archive.infolist()) > MAX_ZIP_ENTRIES:  # the end record's count can lie
        raise fail(file, "too_many_parts", f"the workbook's zip lists more than "
                   f"{counted('en', 'n.entry', MAX_ZIP_ENTRIES)}: check that this is the right "
                   "file.", entries=len(archive.infolist()), limit=MAX_ZIP_ENTRIES)
    return archive


class XmlBudget:
    """Elements left to read in one import (:data:`~.limits.MAX_XML_ELEMENTS`)."""

    def __init__(self, file: str, elements: int = MAX_XML_ELEMENTS) -> None:
        self.file = file
        self.left = elements

    def exhausted(self, part: str) -> ImportFailed:
        """The error to raise when a reader has used up the budget in ``part``."""
        return fail(self.file, "too_many_elements", f"the workbook holds more than "
                    f"{MAX_XML_ELEMENTS:,} XML elements in the parts read (reached in {part}): "
                    "a value chain workbook has far fewer cells; check that this is the right "
                    "file.", part=part, limit=MAX_XML_ELEMENTS)


def too_deep(part: str) -> Damaged:
    """The error a reader raises past :data:`~.limits.MAX_XML_DEPTH` nested elements."""
    return Damaged(f"{part} nests elements more than {counted('en', 'n.level', MAX_XML_DEPTH)} "
                   "deep")


def read_part(archive: zipfile.ZipFile, name: str, limit: int, file: str,
              start: Callable[[str, dict[str, str]], Any], end: Callable[[str], Any],
              text: Callable[[str], Any] | None = None) -> None:
    """Stream the XML part ``name`` through expat into the handlers.

    Element names reach ``start``/``end`` as ``"namespace local"`` (``"{main} row"`` written with a
    space); ``text`` gets character data (buffered, in pieces). A handler stops the reading early
    by raising (the exception goes through).

    Raises:
        ImportFailed: ``part_too_large`` when the part's unpacked size is past ``limit`` bytes.
        Damaged: the part is missing, holds a document type declaration, or a run of
            :data:`~.limits.MAX_XML_RUN_BYTES` bytes without ``>``.
        expat.ExpatError, zipfile.BadZipFile, zlib.error: malformed XML or zip data.
    """
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise Damaged(f"the part {name} is missing") from None
    if info.file_size > limit:
        raise fail(file, "part_too_large", f"the workbook part {name} unpacks to "
                   f"{_size_text(info.file_size)} ({_size_text(info.compress_size)} packed), past "
                   f"the limit of {_size_text(limit)}: a value chain sheet is far smaller; check "
                   "that this is the right file.", part=name,
                   size=info.file_size, limit=limit, limit_mb=limit // (1024 * 1024))
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = _CHUNK
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args: object) -> None:
        raise Damaged(f"{name} holds a document type declaration (DTD), which no workbook has")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    run = 0  # bytes since the last ">"
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            first = chunk.find(b">")
            if first < 0:
                run += len(chunk)
            elif run + first <= MAX_XML_RUN_BYTES:  # runs inside a chunk are shorter than it
                run = len(chunk) - chunk.rfind(b">") - 1
            else:
                run += first
            if run > MAX_XML_RUN_BYTES:
                raise Damaged(f"{name} holds over {_size_text(MAX_XML_RUN_BYTES)} without a "
                              "'>' (one giant tag)")
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
