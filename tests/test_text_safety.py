"""``text_safety``: which characters no file may hold, removing them, showing them escaped."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest

from valuechain_gui.text_safety import clean_text, code_point, escape_controls, has_refused


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85", "\x9b",
                                  "\ufffe", "\uffff"])
def test_each_refused_character_is_removed_and_named(char):
    text, removed = clean_text(f"Li{char}DAR")
    assert (text, removed) == ("LiDAR", (code_point(char),))
    assert has_refused(f"a{char}") and not has_refused(text)


@pytest.mark.parametrize("char", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_a_lone_surrogate_becomes_the_replacement_character_and_is_named(char):
    """UTF-8 cannot encode a lone surrogate; U+FFFD shows the reader that something was there."""
    text, removed = clean_text(f"Li{char}DAR")
    assert (text, removed) == ("Li\ufffdDAR", (code_point(char),))
    assert has_refused(f"a{char}") and not has_refused(text)
    text.encode("utf-8")


def test_what_is_kept_comes_back_unchanged():
    text = "Capteurs\tLiDAR\nligne 2\r\n« été » — 😀 \u2028 \u00a0"
    assert clean_text(text) == (text, ())
    assert clean_text(text)[0] is text


def test_a_surrogate_pair_is_joined_into_its_character():
    assert clean_text("smile \ud83d\ude00 \ud83d") == ("smile \U0001F600 \ufffd", ("U+D83D",))


def test_removed_characters_are_named_once_in_order():
    assert clean_text("\x1ba\x00b\x1b") == ("ab", ("U+001B", "U+0000"))


def test_a_cleaned_text_is_valid_utf8_json_and_xml():
    text, _ = clean_text("".join(chr(c) for c in range(0x10000)))
    text.encode("utf-8")
    json.loads(json.dumps(text, ensure_ascii=False))
    element = ElementTree.fromstring(ElementTree.tostring(ElementTree.Element("c", v=text)))
    assert element.get("v") is not None


def test_escape_controls_makes_one_safe_line():
    assert escape_controls("a\x1b[31mb\nc\td\u2028\ud800 é\\") == \
        "a\\x1b[31mb\\nc\\td\\u2028\\ud800 é\\"
