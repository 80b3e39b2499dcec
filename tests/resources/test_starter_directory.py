"""The shipped starter directory of pôles de compétitivité: its structure and its provenance.

Every row must say where its facts were read (an http address) and when (an ISO date), so that a
user can check a row and a maintainer can redo the reading.
"""

from __future__ import annotations

import csv
import datetime
import io
from importlib import resources

import pytest

HEADER = ["name", "kind", "country", "region", "domains", "website", "source_url", "source_date"]

# Phase V (2023-2026) labelled 55 pôles: 47 for four years, 8 for one or two years.
# Count from https://entreprises.gouv.fr/la-dge/actualites/labellisation-de-55-poles-de-competitivite-pour-la-phase-v-2023-2026
# (27 March 2023); the 47 + 8 split from
# https://vipress.net/55-poles-de-competitivite-labellises-pour-la-phase-v-2023-2026/
OFFICIAL_COUNT = 55


def _read() -> tuple[list[str], list[dict[str, str]]]:
    data = resources.files("valuechain_gui.resources").joinpath(
        "starter_directory/poles_phase5.csv").read_bytes()
    text = data.decode("utf-8")  # must be UTF-8; a decoding error fails the test
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    rows = [dict(zip(header, row, strict=True)) for row in reader]
    return header, rows


def test_header_is_the_documented_one():
    header, _ = _read()
    assert header == HEADER


def test_every_row_is_a_named_french_cluster():
    _, rows = _read()
    for row in rows:
        assert row["name"].strip() == row["name"] != "", row
        assert row["kind"] == "cluster", row["name"]
        assert row["country"] == "FR", row["name"]


def test_every_row_says_where_and_when_it_was_read():
    _, rows = _read()
    for row in rows:
        urls = row["source_url"].split(" ")
        assert urls and all(url.startswith(("http://", "https://")) for url in urls), row["name"]
        assert datetime.date.fromisoformat(row["source_date"]), row["name"]


def test_a_website_given_is_an_address():
    _, rows = _read()
    for row in rows:
        if row["website"]:
            assert row["website"].startswith(("http://", "https://")), row["name"]


def test_names_are_unique_even_ignoring_case():
    _, rows = _read()
    names = [row["name"].casefold() for row in rows]
    assert len(names) == len(set(names))


def test_every_pole_of_the_official_list_has_a_row():
    _, rows = _read()
    assert len(rows) >= OFFICIAL_COUNT


@pytest.mark.parametrize("name", ["Aerospace Valley", "Minalogic", "Infr@2050", "ENTER",
                                  "Qualitropic", "Team²", "TES", "S2E2"])
def test_known_phase_five_poles_are_present(name):
    _, rows = _read()
    assert name in {row["name"] for row in rows}
