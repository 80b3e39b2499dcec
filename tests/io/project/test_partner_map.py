"""Reading a partner's own map from a .vchain or a spreadsheet in the import format."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuechain_gui.errors import ValueChainError
from valuechain_gui.io.project.file import save_project
from valuechain_gui.io.project.partner_map import load_partner_map
from valuechain_gui.model import LinkStatus, Project

SAMPLES = Path(__file__).resolve().parents[3] / "sample_projects"


def test_a_vchain_map_gives_its_links_and_the_poles_name():
    loaded = load_partner_map(SAMPLES / "partners" / "fleet_robotics_cluster.vchain")
    assert loaded.name == "Fleet Robotics Cluster (illustrative)"
    assert loaded.source == "fleet_robotics_cluster.vchain"
    assert [(link.name, link.stage, link.status) for link in loaded.links[:2]] == [
        ("Chassis and mechanical structures", "Components", LinkStatus.MISSING),
        ("LiDAR sensors", "Components", LinkStatus.WEAK)]
    assert len(loaded.links) == 8 and loaded.warnings == []


def test_a_spreadsheet_map_is_named_by_its_file(tmp_path):
    sheet = tmp_path / "nordic_mining.csv"
    sheet.write_text("Maillon;Étape;Statut\nCapteurs LiDAR;Composants;fort\n"
                     "Châssis;Composants;manquant\n", encoding="utf-8")
    loaded = load_partner_map(sheet)
    assert loaded.name == "nordic_mining" and loaded.source == "nordic_mining.csv"
    assert [(link.name, link.status) for link in loaded.links] == [
        ("Capteurs LiDAR", LinkStatus.STRONG), ("Châssis", LinkStatus.MISSING)]


def test_a_map_without_any_link_is_refused(tmp_path):
    empty = tmp_path / "empty.vchain"
    save_project(Project.new(language="en"), empty)
    with pytest.raises(ValueChainError) as caught:
        load_partner_map(empty)
    assert caught.value.code == "partner_map_empty"
    assert str(caught.value).startswith(f"{empty}: this map has no link")


@pytest.mark.parametrize(("name", "content", "code"), [
    ("missing.vchain", None, "not_found"),
    ("broken.vchain", "{not json", "not_json"),
    ("no_link_column.csv", "a;b\n1;2\n", "import_failed"),
])
def test_a_bad_file_gets_one_clear_error_naming_it(tmp_path, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueChainError) as caught:
        load_partner_map(path)
    assert caught.value.code == code
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)
