"""Plural forms of counted words in the Qt-free table (``words.counted``), both languages."""

from __future__ import annotations

import pytest

from valuechain_gui.words import COUNTED, counted


@pytest.mark.parametrize("language, n, expected", [
    ("en", 0, "0 rows"), ("en", 1, "1 row"), ("en", 2, "2 rows"), ("en", 20_000, "20,000 rows"),
    ("fr", 0, "0 ligne"), ("fr", 1, "1 ligne"), ("fr", 2, "2 lignes"),
    ("fr", 20_000, "20\u00a0000 lignes"), ("de", 2, "2 rows"),
])
def test_counted_words_take_the_language_s_plural_rule(language, n, expected):
    assert counted(language, "n.row", n) == expected


def test_both_languages_have_every_counted_word():
    assert set(COUNTED["fr"]) == set(COUNTED["en"])
    assert all("{n}" in form for language in COUNTED for forms in COUNTED[language].values()
               for form in forms)
    # the singular and the plural differ, except where French does not mark the plural
    # ("1 flux", "2 flux") or the phrase is worded so that nothing agrees with the number
    assert {(language, key) for language in COUNTED
            for key, (one, other) in COUNTED[language].items() if one == other} == {
        ("fr", "count.flow"), ("fr", "count.return_flow"), ("fr", "export.actions")}
