"""The partner directory's records: partners round trip, filters, validations, glossary terms,
where the file lives, and the older schema migrated."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from valuechain_gui.directory import DirectoryError, default_directory_path, open_directory
from valuechain_gui.model.enums import LinkStatus, PartnerKind, SearchChannel
from valuechain_gui.model.partners import Ecosystem, Partner, PartnerMapLink

from directory_v1 import make_v1_directory


def _partner(name: str, country: str = "DE", **fields) -> Partner:
    return Partner(name=name, country=country, **fields)


@pytest.fixture
def directory(tmp_path):
    with open_directory(tmp_path / "partners.sqlite3", seed=False) as opened:
        yield opened


def test_a_partner_comes_back_exactly_as_stored(directory):
    partner = Partner(
        name="Bavarian Sensors Cluster", kind=PartnerKind.CLUSTER, country="DE", region="Bavaria",
        sectors=[Ecosystem.ELECTRONICS, Ecosystem.DIGITAL], competences=["LiDAR", "radar"],
        website="https://example.org", contact_name="Anna Maier", contact_email="a@example.org",
        found_via=SearchChannel.TRADE_FAIRS, notes="Met at Automatica",
        map_links=[PartnerMapLink("LiDAR sensors", "Components", LinkStatus.STRONG)],
        map_source="bsc.vchain", extra={"future": 1})
    directory.upsert(partner)
    assert directory.get(partner.id) == partner
    assert directory.find("bavarian  sensors CLUSTER", "DE") == partner
    assert directory.find("Bavarian Sensors Cluster", "FR") is None
    assert directory.count() == 1


def test_upsert_replaces_by_id_and_a_second_partner_of_the_same_name_and_country_is_refused(
        directory):
    first = _partner("Cluster A")
    directory.upsert(first)
    first.region = "Saxony"
    directory.upsert(first)
    assert directory.get(first.id).region == "Saxony"
    with pytest.raises(DirectoryError) as caught:
        directory.upsert(_partner("cluster a"))
    assert caught.value.code == "duplicate"
    directory.upsert(_partner("Cluster A", country="FR"))  # another country: another partner
    assert directory.count() == 2


def test_filters_by_search_country_sector_kind_and_validation(directory):
    a = _partner("Pôle Mécanique", "FR", sectors=[Ecosystem.AEROSPACE_DEFENCE],
                 competences=["Usinage"])
    b = _partner("Robotics Lab", "DE", kind=PartnerKind.LAB, sectors=[Ecosystem.DIGITAL])
    c = _partner("Mobility Network", "IT", kind=PartnerKind.NETWORK, region="Piemonte")
    directory.upsert_many([a, b, c])
    directory.record_validation(b.id, date(2025, 5, 1), "Board", "Project", "Action")

    def names(**filters):
        return [p.name for p in directory.partners(**filters)]

    assert names() == ["Mobility Network", "Pôle Mécanique", "Robotics Lab"]
    assert names(search="mecanique") == ["Pôle Mécanique"]
    assert names(search="usinage") == ["Pôle Mécanique"]
    assert names(search="piemonte") == ["Mobility Network"]
    assert names(country="DE") == ["Robotics Lab"]
    assert names(sector=Ecosystem.AEROSPACE_DEFENCE) == ["Pôle Mécanique"]
    assert names(kind=PartnerKind.NETWORK) == ["Mobility Network"]
    assert names(validated=True) == ["Robotics Lab"]
    assert names(validated=False) == ["Mobility Network", "Pôle Mécanique"]


def test_the_latest_validation_is_the_latest_date_and_goes_with_its_partner(directory):
    partner = _partner("Cluster A")
    directory.upsert(partner)
    assert directory.latest_validation(partner.id) is None
    directory.record_validation(partner.id, date(2025, 6, 1), "Board", "P", "Find LiDAR")
    directory.record_validation(partner.id, date(2025, 3, 1), "Region office", "P", "Other")
    latest = directory.latest_validation(partner.id)
    assert (latest.on, latest.by, latest.action) == (date(2025, 6, 1), "Board", "Find LiDAR")
    assert directory.latest_validations()[partner.id] == latest
    assert directory.delete(partner.id)
    assert directory.latest_validation(partner.id) is None
    assert not directory.delete(partner.id)


def test_glossary_additions_are_kept_in_order_once(directory):
    directory.add_glossary_term("Porte-outils", "Tool carrier")
    directory.add_glossary_term(" Calculateurs  embarqués ", "Embedded computing units")
    directory.add_glossary_term("Porte-outils", "Tool carrier")
    assert directory.glossary_additions() == [
        ("Porte-outils", "Tool carrier"), ("Calculateurs embarqués", "Embedded computing units")]
    with pytest.raises(ValueError):
        directory.add_glossary_term("Porte-outils", "  ")


def test_the_default_file_is_in_the_user_data_folder_and_the_environment_can_move_it(
        monkeypatch, tmp_path):
    monkeypatch.delenv("VALUECHAIN_GUI_DIRECTORY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_directory_path() == tmp_path / "data" / "valuechain_gui" / "partners.sqlite3"
    with open_directory(seed=False) as opened:
        assert opened.path.exists() and opened.created
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(tmp_path / "team.sqlite3"))
    assert default_directory_path() == tmp_path / "team.sqlite3"


def test_without_create_a_missing_file_is_refused_and_not_made(tmp_path):
    target = tmp_path / "none" / "partners.sqlite3"
    with pytest.raises(DirectoryError) as caught:
        open_directory(target, create=False)
    assert caught.value.code == "missing"
    assert not target.parent.exists()


def test_a_version_1_directory_is_migrated_keeping_its_partners_and_validations(tmp_path):
    path = make_v1_directory(tmp_path / "old.sqlite3")
    with open_directory(path, seed=False) as opened:
        assert not opened.created
        assert [p.name for p in opened.partners()] == ["Bavarian Sensors Cluster",
                                                        "Pôle Véhicule du Futur"]
        sensors = opened.get("p-1")
        assert sensors.contact_email == "anna@example.org"
        assert sensors.map_links == [PartnerMapLink("LiDAR sensors", "Components",
                                                    LinkStatus.STRONG)]
        assert opened.latest_validation("p-1").by == "Board"
        opened.add_glossary_term("Châssis", "Chassis")  # the table version 2 added
        assert opened.glossary_additions() == [("Châssis", "Chassis")]
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_new_directory_is_seeded_once_from_the_starter_list(tmp_path, monkeypatch):
    from valuechain_gui.directory import starter

    monkeypatch.setattr(starter, "starter_partners",
                        lambda: [Partner(name="Pôle Alpha", country="FR")])
    path = tmp_path / "partners.sqlite3"
    with open_directory(path) as opened:
        assert [p.name for p in opened.partners()] == ["Pôle Alpha"]
        opened.delete(opened.partners()[0].id)
    with open_directory(path) as opened:  # not created now: not seeded again
        assert opened.count() == 0


def test_the_journal_is_wal_on_a_local_disk_and_can_be_forced(tmp_path):
    with open_directory(tmp_path / "a.sqlite3", seed=False) as opened:
        assert opened.journal == "wal"
    with open_directory(tmp_path / "b.sqlite3", seed=False, journal="delete") as opened:
        assert opened.journal == "delete"
        opened.upsert(_partner("Cluster A"))
    assert not Path(str(tmp_path / "b.sqlite3") + "-wal").exists()


def test_a_validation_of_a_partner_the_directory_lacks_is_refused(directory):
    with pytest.raises(KeyError):
        directory.record_validation("no-such-id", date(2025, 1, 1))
    assert directory.latest_validations() == {}


def test_a_search_for_a_percent_sign_or_underscore_is_literal(directory):
    directory.upsert_many([Partner(name="Cluster A", competences=["100% recycling"]),
                           Partner(name="Cluster B", competences=["recycling"]),
                           Partner(name="Cluster C", notes="big_data")])
    assert [p.name for p in directory.partners(search="100%")] == ["Cluster A"]
    assert [p.name for p in directory.partners(search="g_d")] == ["Cluster C"]
    assert directory.partners(search="%") == [directory.partners()[0]]
