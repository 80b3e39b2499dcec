"""Characters that no file we write may hold: finding them, removing them, showing them.

A *refused character* is one that Excel, an XML 1.0 reader or a strict UTF-8 encoder refuses, or
that a terminal acts on instead of showing:

* the C0 control characters U+0000 to U+001F other than tab, line feed and carriage return
  (NUL, ESC...);
* DEL (U+007F) and the C1 control characters U+0080 to U+009F;
* U+FFFE and U+FFFF, which are not characters in XML;
* surrogate code points U+D800 to U+DFFF standing alone. A high surrogate directly followed by a
  low one is first joined into the character the pair encodes (what a workbook's
  ``_xD83D__xDE00_`` means); any other surrogate is removed.

Tab, line feed and carriage return are kept: a note may have several lines (a link name is made
one line by its own rules). This module is Qt-free so that every door text comes in by (the
spreadsheet import, the project loader, typing and pasting in the app) cleans it the same way.
"""

from __future__ import annotations

import re

#: One refused character (see the module docstring).
REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
#: What :func:`escape_controls` shows as an escape: refused characters, tab, line breaks.
_SHOWN_ESCAPED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")


def _join_pair(match: re.Match[str]) -> str:
    high, low = match.group()
    return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))


def code_point(char: str) -> str:
    """``"U+001B"`` for ESC: the Unicode name of one character as people look it up (str)."""
    return f"U+{ord(char):04X}"


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` without refused characters, and which were removed.

    Returns:
        ``(clean text, removed)``: ``removed`` lists each removed character once, as
        :func:`code_point` names in order of first appearance (empty when nothing was removed;
        then the text is returned unchanged).

    Example: ``clean_text("LiDAR\\x1b sensors")`` → ``("LiDAR sensors", ("U+001B",))``.
    """
    if not REFUSED.search(text):
        return text, ()
    if "\ud800" <= max(text):  # only then can a surrogate be present
        text = _PAIR.sub(_join_pair, text)
    removed = tuple(dict.fromkeys(code_point(ch) for ch in REFUSED.findall(text)))
    return REFUSED.sub("", text), removed


def has_refused(text: str) -> bool:
    """True when ``text`` holds a refused character (see the module docstring)."""
    return REFUSED.search(text) is not None


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
    if named:
        return named
    number = ord(char)
    return f"\\x{number:02x}" if number < 0x100 else f"\\u{number:04x}"


def escape_controls(text: str) -> str:
    """``text`` made one safe line for a message: refused characters, tab and line breaks are
    written as escapes (``\\x1b``, ``\\n``, ``\\t``, ``\\u2028``, ``\\ud800``); a backslash stays as
    it is. Anything else, accents included, is unchanged."""
    return _SHOWN_ESCAPED.sub(_escape, text)
