"""Characters that no file we write may hold: finding them, cleaning them, showing them.

A *refused character* is one that Excel, an XML 1.0 reader or a strict UTF-8 encoder refuses, or
that a terminal acts on instead of showing:

* the C0 control characters U+0000 to U+001F other than tab, line feed and carriage return
  (NUL, ESC...): removed;
* DEL (U+007F) and the C1 control characters U+0080 to U+009F: removed;
* U+FFFE and U+FFFF, which are not characters in XML: removed;
* surrogate code points U+D800 to U+DFFF standing alone: UTF-8 cannot encode them, so each is
  replaced by U+FFFD, the replacement character (the text shows that something was there). A
  high surrogate directly followed by a low one is first joined into the character the pair
  encodes (what a workbook's ``_xD83D__xDE00_`` means).

Tab, line feed and carriage return are kept: a note may have several lines (a link name is made
one line by its own rules). This module is Qt-free so that every door text comes in by (the
spreadsheet import, the project loader, the model's setters for typing and pasting in the app)
cleans it the same way; :func:`escape_controls` makes any message fit on one printable line.
"""

from __future__ import annotations

import re

#: One refused character (see the module docstring).
REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
#: What :func:`escape_controls` writes as an escape: refused characters, tab, line breaks, line
#: and paragraph separators, and the bidirectional controls that could make a name read backwards.
_ESCAPED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff"
                      "\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _join_pair(match: re.Match[str]) -> str:
    high, low = match.group()
    return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))


def code_point(char: str) -> str:
    """``"U+001B"`` for ESC: the Unicode name of one character as people look it up (str)."""
    return f"U+{ord(char):04X}"


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` without refused characters, and which were changed.

    Returns:
        ``(clean text, changed)``: ``changed`` lists each refused character once, as
        :func:`code_point` names in order of first appearance (empty when nothing had to change;
        then the text itself is returned).

    Example: ``clean_text("LiDAR\\x1b sensors")`` → ``("LiDAR sensors", ("U+001B",))``;
    ``clean_text("a\\ud800")`` → ``("a\\ufffd", ("U+D800",))``.
    """
    if not REFUSED.search(text):
        return text, ()
    if "\ud800" <= max(text):  # only then can a surrogate be present
        text = _PAIR.sub(_join_pair, text)
    changed = tuple(dict.fromkeys(code_point(ch) for ch in REFUSED.findall(text)))
    return REFUSED.sub(lambda m: "\ufffd" if _SURROGATE.match(m.group()) else "", text), changed


def has_refused(text: str) -> bool:
    """True when ``text`` holds a refused character (see the module docstring)."""
    return REFUSED.search(text) is not None


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    number = ord(char)
    return f"\\x{number:02x}" if number < 0x100 else f"\\u{number:04x}"


def escape_controls(text: str) -> str:
    """``text`` made one safe line for a message or a terminal: refused characters, tab, line
    breaks, separators and bidirectional controls are written as escapes (``\\x1b``, ``\\n``,
    ``\\t``, ``\\u2028``, ``\\ud800``, ``\\u202e``); a backslash stays as it is (Windows paths).
    Anything else, accents included, is unchanged."""
    return _ESCAPED.sub(_escape, text)
