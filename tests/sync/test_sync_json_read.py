"""The document's JSON read by the fast parser exactly as the standard one reads it, and the fast
scan for characters to clean answering as the file's own."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Map

from valuechain_gui.io.project.codec import strict_json_loads
from valuechain_gui.io.project.guard import _UNSAFE_ESCAPE, may_hold_unsafe
from valuechain_gui.sync.json_read import loads, strict_loads
from valuechain_gui.sync.mirror import collection_texts
from valuechain_gui.text_safety import has_refused

_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=4),
    max_leaves=12)
#: Characters JSON texts are made of, and some that make them invalid or need cleaning.
_ALPHABET = st.sampled_from(list('{}[]",:.-+0123456789eE \\/untrlsfaNIiy\x01\x7f\x9fé€\ud800')
                            + ["\\ud800", "\\udc00", "\\u0001", "\\n", "1e400", "9" * 25])


def _read(parse, text: str) -> str:
    """What ``parse`` reads from ``text``, types and key order included, or that it refuses."""
    try:
        return repr(parse(text))
    except (ValueError, RecursionError):
        return "refused"


@settings(max_examples=300, deadline=None)
@given(_values, st.booleans())
def test_valid_json_is_read_with_the_same_values_and_types(value, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _read(strict_loads, text) == _read(strict_json_loads, text) == repr(value)
    assert _read(loads, text) == _read(json.loads, text)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_any_text_is_read_or_refused_as_the_standard_parser_does(text):
    assert _read(strict_loads, text) == _read(strict_json_loads, text)
    assert _read(loads, text) == _read(json.loads, text)


@pytest.mark.parametrize("text", [
    "1e400", "-1e400", "1" + "0" * 400, "1" + "0" * 400 + ".0", "18446744073709551616",
    "NaN", "-Infinity", '"\\ud800"', '"\\ud83d\\ude00"', '{"a": 1, "b": 2, "a": 3}', "-0",
    "-0.0", "2.2250738585072011e-308", '"\x01"', "\ufeff1", "[1,]", "01", "1 2", " 1\r\n",
])
def test_crafted_texts_are_read_or_refused_as_the_standard_parser_does(text):
    assert _read(strict_loads, text) == _read(strict_json_loads, text)
    assert _read(loads, text) == _read(json.loads, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "ÿ", "€", "\x00", "\x08", "\t", "\n", "\x7f", "\x85",
                                 "\x9f", "\xa0", "\ufffe", "\U0001f600", "\\u0001", "\\u0041",
                                 "\\", '"']), max_size=12).map("".join))
def test_the_scan_for_characters_to_clean_answers_as_its_definition(text):
    doc = Doc()
    doc.get("links", type=Map)["id"] = Map({"notes": text})
    unsafe: list[bool] = []
    collection_texts(doc, "links", unsafe)
    json_text = str(doc.get("links", type=Map))
    # the definition: a refused character, raw or escaped (the scan's faster path must agree)
    defined = has_refused(json_text) or _UNSAFE_ESCAPE.search(json_text) is not None
    assert bool(unsafe) == defined
    assert may_hold_unsafe(json_text) == defined
    assert may_hold_unsafe(text) == (has_refused(text)
                                     or _UNSAFE_ESCAPE.search(text) is not None)
