"""Import problems of the limits and of refused characters, shown in the interface language with
plural forms (``ui/text/import_problems.py``)."""

from __future__ import annotations

import pytest

from valuechain_gui.io.sheets.problems import Problem
from valuechain_gui.ui.text import i18n, import_problems


@pytest.fixture
def language(qapp, tmp_path):
    installed = []
    yield lambda lang: installed.extend(
        i18n.install_translators(qapp, lang, cache_dir=tmp_path / "qm"))
    i18n.remove_translators(qapp, installed)


def text(code: str, **params) -> str:
    return import_problems.problem_text(Problem("error", "/data/chain.csv", 2, "B", "ENGLISH", code,
                                         params))


def test_counts_take_plural_forms_in_english(language):
    language("en")
    assert text("bad_bytes", count=1, encoding="UTF-8").startswith(
        "chain.csv:2:B: 1 byte could not be read as UTF-8")
    assert text("bad_bytes", count=3, encoding="UTF-8").startswith("chain.csv:2:B: 3 bytes")
    assert text("too_many_columns", limit=1000) == (
        "chain.csv:2:B: this row has a cell past the limit of 1000 columns: a value chain sheet "
        "needs a dozen columns; check that this is the right file.")


def test_counts_take_plural_forms_in_french(language):
    language("fr")
    assert text("bad_bytes", count=1, encoding="UTF-8").startswith(
        "chain.csv:2:B: 1 octet\u00a0: lecture impossible en UTF-8")
    assert text("too_many_links", limit=10000) == (
        "chain.csv:2:B: plus de 10000 maillons\u00a0: vérifiez qu’il s’agit du bon fichier.")
    assert text("refused_characters", name="LiDAR", characters=["U+001B"]) == (
        "chain.csv:2:B: des caractères qu’aucun fichier ne peut contenir (U+001B) ont été "
        "retirés de cette cellule du maillon «\u00a0LiDAR\u00a0».")
    assert text("merged_status", first_row=3, last_row=5, top_row=2, value="faible").startswith(
        "chain.csv:2:B: statut vide des lignes 3 à 5\u00a0: maillons mis au statut de la ligne 2")
