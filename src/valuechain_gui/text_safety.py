"""Text every writer accepts: no character that UTF-8, an XML reader or Excel refuses.

The project file is UTF-8 JSON; the workbook and the SVG map are XML. Three kinds of characters
break one of them, and may still come in (a ``\\u0000`` or ``\\ud800`` escape in a JSON file, a
paste from another program):

* control characters other than tab, line feed and carriage return (U+0000–U+001F, U+007F and
  U+0080–U+009F): XML 1.0 forbids the first ones, Excel refuses the file, and none is typed on
  purpose; they are removed;
* lone surrogates (U+D800–U+DFFF not forming a pair): UTF-8 cannot encode them, so saving fails;
  each is replaced by U+FFFD, the replacement character;
* U+FFFE and U+FFFF, which are not characters (XML 1.0 forbids them); they are removed.

:func:`clean_text` is used at every door of the model (project load, the model's setters) so that
nothing stored can be refused later. :func:`escape_controls` makes a message fit on one line.
"""

from __future__ import annotations

import re

#: What :func:`clean_text` changes (see the module docstring).
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: What :func:`escape_controls` writes as an escape: controls, separators, non-characters and
#: bidirectional controls.
_ESCAPED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff"
                      "\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` without the characters UTF-8, XML or Excel refuse.

    Returns:
        ``(cleaned, found)``: the cleaned text, and the code points that were changed, each
        once, in order of first appearance (e.g. ``["U+0000", "U+D800"]``); ``found`` is empty
        (and ``cleaned`` is ``text`` itself) when nothing had to change.
    """
    if UNSAFE.search(text) is None:
        return text, []
    found = list(dict.fromkeys(_code(c) for c in UNSAFE.findall(text)))
    cleaned = UNSAFE.sub(lambda m: "\ufffd" if _SURROGATE.match(m.group()) else "", text)
    return cleaned, found


def escape_controls(text: str) -> str:
    """``text`` on one printable line, for a message or a terminal.

    Control characters (``\\n``, ``\\r``, ``\\t`` by name, the others as ``\\xNN``), line and
    paragraph separators, lone surrogates, U+FFFE/U+FFFF and the bidirectional controls that
    could make a file name read backwards are written as escapes (``\\uNNNN``); a backslash is
    kept as it is (Windows paths).
    """
    return _ESCAPED.sub(_escape_one, text)


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
