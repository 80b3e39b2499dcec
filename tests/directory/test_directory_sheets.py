"""Partner lists in and out: messy sheets read with every problem at FILE:ROW:COLUMN, duplicates
merged and said, countries and sectors in French or English, and the export read back."""

from __future__ import annotations

from datetime import date

import pytest

from valuechain_gui.directory import open_directory
from valuechain_gui.directory.countries import parse_country
from valuechain_gui.directory.sectors import parse_sector
from valuechain_gui.directory.sheet_export import export_partners
from valuechain_gui.directory.sheet_import import read_partner_sheet
from valuechain_gui.directory.sheet_load import load_into_directory
from valuechain_gui.io.sheets.problems import ImportFailed
from valuechain_gui.model.enums import LinkStatus, PartnerKind, SearchChannel
from valuechain_gui.model.partners import Ecosystem, Partner, PartnerMapLink

FRENCH_SHEET = """\
Annuaire des partenaires;;;;;;;
Nom;Pays;Type;Secteurs (écosystèmes);Compétences;Courriel;Repéré par;Budget
Pôle Véhicule du Futur;France;pôle de compétitivité;Automobile;Châssis|Robotique;a@pvf.fr;salon;10
Bavarian Sensors;Allemagne;laboratoire;Électronique;LiDAR;pas un mail;brevets;
pole vehicule du futur;FR;;Numérique;Usinage;;;
;DE;;;;;;
Atlantis;Atlantide;truc;Pizza;;;hasard;
"""


@pytest.fixture
def french_csv(tmp_path):
    path = tmp_path / "partenaires.csv"
    path.write_bytes(FRENCH_SHEET.replace("|", "\n").replace("Châssis\nRobotique",
                                                             '"Châssis\nRobotique"')
                     .encode("cp1252"))
    return path


def test_a_french_windows_csv_is_read_with_every_problem_placed(french_csv):
    sheet = read_partner_sheet(french_csv)
    assert "Windows-1252" in sheet.note
    file = str(french_csv)
    lines = [str(problem) for problem in sheet.problems]
    assert f"{file}:2:Budget: this column is not a partner field: not imported." in lines
    assert (f"{file}:4:Courriel: 'pas un mail' does not look like an e-mail address: kept as "
            "written.") in lines
    assert (f"{file}:5: 'pole vehicule du futur' (FR) is already on row 3: the two rows were "
            "merged.") in lines
    assert f"{file}:6: this row has no name (Name/Nom column): it was not imported." in lines
    assert any(line.startswith(f"{file}:7:Pays: unknown country 'Atlantide'") for line in lines)
    assert any(line.startswith(f"{file}:7:Type: unknown kind 'truc'") for line in lines)
    assert any(line.startswith(f"{file}:7:Secteurs (écosystèmes): 'Pizza' is not one of")
               for line in lines)
    assert sheet.merged == 1
    names = [item.partner for item in sheet.partners]
    assert [p.name for p in names] == ["Pôle Véhicule du Futur", "Bavarian Sensors", "Atlantis"]
    pole, sensors, atlantis = names
    assert (pole.country, pole.kind, pole.found_via) == ("FR", PartnerKind.CLUSTER,
                                                         SearchChannel.TRADE_FAIRS)
    assert pole.sectors == [Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE, Ecosystem.DIGITAL]
    assert pole.competences == ["Châssis", "Robotique", "Usinage"]  # merged, nothing lost
    assert (sensors.country, sensors.kind) == ("DE", PartnerKind.LAB)
    assert (atlantis.country, atlantis.kind, atlantis.competences) == ("Atlantide",
                                                                        PartnerKind.OTHER,
                                                                        ["Pizza"])
    assert "hasard" in atlantis.notes


def test_a_sheet_without_a_name_column_is_refused_with_its_file(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Country;Kind\nDE;lab\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        read_partner_sheet(path)
    assert str(caught.value).startswith(f"{path}: no header row with a Name (Nom) column")


@pytest.mark.parametrize(("text", "code"), [
    ("de", "DE"), ("DEU", "DE"), ("Germany", "DE"), ("Allemagne", "DE"),
    ("Royaume-Uni", "GB"), ("UK", "GB"), ("Pays-Bas", "NL"), ("Etats-Unis", "US"),
    ("Espagne", "ES"), ("Italy", "IT"), ("", ""), ("Atlantide", None)])
def test_countries_are_iso_codes_or_names_in_french_or_english(text, code):
    assert parse_country(text) == code


@pytest.mark.parametrize(("text", "sector"), [
    ("Aérospatiale et défense", Ecosystem.AEROSPACE_DEFENCE),
    ("Aerospace & Defence", Ecosystem.AEROSPACE_DEFENCE),
    ("Agroalimentaire", Ecosystem.AGRI_FOOD), ("agri-food", Ecosystem.AGRI_FOOD),
    ("Mobilité, transports et automobile", Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE),
    ("Énergies renouvelables", Ecosystem.RENEWABLE_ENERGY), ("Santé", Ecosystem.HEALTH),
    ("Tourism", Ecosystem.TOURISM), ("pizza", None)])
def test_sectors_are_the_14_ecosystems_in_french_or_english(text, sector):
    assert parse_sector(text) == sector


def test_an_export_reads_back_whole_and_a_share_export_has_no_contacts(tmp_path):
    partner = Partner(name="Bavarian Sensors", kind=PartnerKind.LAB, country="DE",
                      region="Bavaria", sectors=[Ecosystem.ELECTRONICS],
                      competences=["LiDAR", "radar"], website="https://bs.example",
                      contact_name="Anna Maier", contact_email="anna@bs.example",
                      found_via=SearchChannel.PATENTS, notes="Met in Munich",
                      map_links=[PartnerMapLink("LiDAR sensors", "", LinkStatus.STRONG),
                                 PartnerMapLink("Chassis", "", LinkStatus.MISSING)])
    with open_directory(tmp_path / "a.sqlite3", seed=False) as first:
        first.upsert(partner)
        first.record_validation(partner.id, date(2025, 5, 2), "Board")
        for suffix in (".xlsx", ".csv"):
            export_partners(first.partners(), first.latest_validations(),
                            tmp_path / f"list{suffix}", language="fr")
        export_partners(first.partners(), {}, tmp_path / "share.xlsx", share=True)
    for suffix in (".xlsx", ".csv"):
        sheet = read_partner_sheet(tmp_path / f"list{suffix}")
        assert sheet.problems == []
        with open_directory(tmp_path / f"b{suffix}.sqlite3", seed=False) as second:
            assert load_into_directory(second, sheet).added == 1
            back = second.partners()[0]
            assert second.latest_validation(back.id).on == date(2025, 5, 2)
            assert back.id != partner.id
            back.id = partner.id
            assert back == partner
    shared = read_partner_sheet(tmp_path / "share.xlsx").partners[0].partner
    assert (shared.contact_name, shared.contact_email, shared.notes) == ("", "", "")
    assert shared.competences == ["LiDAR", "radar"]


def test_importing_into_the_directory_updates_a_partner_of_the_same_name_and_country(
        tmp_path, french_csv):
    with open_directory(tmp_path / "a.sqlite3", seed=False) as opened:
        known = Partner(name="Bavarian Sensors", country="DE", competences=["radar"],
                        contact_name="Anna")
        opened.upsert(known)
        counts = load_into_directory(opened, read_partner_sheet(french_csv))
        assert (counts.added, counts.updated) == (2, 1)
        updated = opened.get(known.id)
        assert updated.competences == ["radar", "LiDAR"]
        assert (updated.contact_name, updated.kind) == ("Anna", PartnerKind.LAB)
        assert opened.count() == 3
