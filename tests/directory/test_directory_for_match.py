"""The directory read for ``match`` and for a project's cited partners: never created, a damaged
one said, only partners with a map or competences ranked, cited partners found by id or name."""

from __future__ import annotations

import pytest

from valuechain_gui.directory import DirectoryError, open_directory
from valuechain_gui.directory.cited import add_to_directory, not_in_directory
from valuechain_gui.directory.for_match import partners_for_match
from valuechain_gui.model.enums import LinkStatus
from valuechain_gui.model.partners import Partner, PartnerMapLink


def test_a_missing_directory_is_not_created(tmp_path, monkeypatch):
    default = tmp_path / "default" / "partners.sqlite3"
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(default))
    assert partners_for_match(None) == ([], [])
    explicit = tmp_path / "team.sqlite3"
    partners, warnings = partners_for_match(explicit)
    assert partners == [] and warnings == [f"{explicit}: no partner directory here: matching "
                                           "without a directory"]
    assert not default.exists() and not default.parent.exists() and not explicit.exists()


def test_only_partners_with_a_map_or_competences_are_ranked(tmp_path):
    path = tmp_path / "partners.sqlite3"
    with open_directory(path, seed=False) as opened:
        opened.upsert_many([
            Partner(name="With map", map_links=[PartnerMapLink("Chassis", "", LinkStatus.STRONG)]),
            Partner(name="With tags", competences=["LiDAR"]),
            Partner(name="Bare")])
    partners, warnings = partners_for_match(path)
    assert [p.name for p in partners] == ["With map", "With tags"] and warnings == []


def test_a_damaged_directory_stops_an_explicit_db_and_is_said_for_the_default(
        tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 300)
    with pytest.raises(DirectoryError) as caught:
        partners_for_match(bad)
    assert caught.value.code == "corrupt"
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(bad))
    partners, warnings = partners_for_match(None)
    assert partners == [] and warnings[0].startswith(f"{bad}: this file is not a readable")


def test_cited_partners_are_found_by_id_or_by_name_and_country(tmp_path):
    with open_directory(tmp_path / "partners.sqlite3", seed=False) as opened:
        known = Partner(name="Bavarian Sensors", country="DE")
        opened.upsert(known)
        same_id = Partner(name="Renamed", country="DE", id=known.id)
        same_name = Partner(name="bavarian sensors", country="DE")
        new = Partner(name="Fleet Lab", country="NL")
        assert not_in_directory(opened, [same_id, same_name, new]) == [new]
        assert add_to_directory(opened, [same_id, same_name, new]) == 1
        assert opened.get(new.id) == new and opened.count() == 2
