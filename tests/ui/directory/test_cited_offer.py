"""Opening a project whose cited partners are not in the local directory offers to add them;
nothing is written unless the user says yes, and the directory is not created to check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from valuechain_gui.directory import open_directory
from valuechain_gui.model.partners import Partner
from valuechain_gui.ui.directory.cited_offer import offer_cited_partners

CITED = [Partner(name="Bavarian Sensors", country="DE"), Partner(name="Fleet Lab", country="NL")]


def _settings(tmp_path, db):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("directory/path", str(db))
    return settings


def test_yes_adds_the_missing_partners_to_a_directory_created_then(qtbot, tmp_path, english):
    db = tmp_path / "partners.sqlite3"
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    box = offer_cited_partners(parent, CITED, _settings(tmp_path, db), say=said.append)
    assert box is not None and not db.exists()  # checking created nothing
    assert box.detailedText() == "Bavarian Sensors (DE)\nFleet Lab (NL)"
    box.button(QMessageBox.StandardButton.Yes).click()
    with open_directory(db) as opened:
        assert opened.find("Fleet Lab", "NL").id == CITED[1].id
        assert opened.get(CITED[0].id) is not None
    assert said == ["2 partners added to the directory"]


def test_no_writes_nothing_and_a_directory_holding_them_offers_nothing(qtbot, tmp_path):
    db = tmp_path / "partners.sqlite3"
    with open_directory(db, seed=False) as opened:
        opened.upsert(Partner(name="bavarian sensors", country="DE"))
    parent = QWidget()
    qtbot.addWidget(parent)
    box = offer_cited_partners(parent, CITED, _settings(tmp_path, db))
    assert box.detailedText() == "Fleet Lab (NL)"
    box.button(QMessageBox.StandardButton.No).click()
    with open_directory(db) as opened:
        assert opened.count() == 1
        opened.upsert(CITED[1])
    assert offer_cited_partners(parent, CITED, _settings(tmp_path, db)) is None


def test_a_damaged_directory_is_said_and_the_project_opens_anyway(qtbot, tmp_path):
    db = tmp_path / "bad.sqlite3"
    db.write_bytes(b"garbage" * 300)
    said: list[str] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    assert offer_cited_partners(parent, CITED, _settings(tmp_path, db), say=said.append) is None
    assert said[0].startswith(f"The partner directory {db} is damaged")


def test_opening_the_worked_example_offers_its_cited_partners(qtbot, tmp_path):
    from valuechain_gui.ui.shell.main_window import MainWindow

    example = Path(__file__).resolve().parents[3] / "sample_projects" / \
        "autonomous_special_vehicles.vchain"
    db = tmp_path / "partners.sqlite3"
    window = MainWindow(settings=_settings(tmp_path, db), remember_layout=False)
    qtbot.addWidget(window)
    assert window.files.load_path(example)
    box = window.findChild(QMessageBox, "cited_partners_box")
    assert box is not None and box.isVisible()
    cited = window.document.project.partners.values()
    assert box.detailedText().splitlines() == [f"{p.name} ({p.country})" for p in cited]
    assert not db.exists()
    box.button(QMessageBox.StandardButton.Yes).click()
    with open_directory(db) as opened:
        assert all(opened.get(p.id) is not None for p in cited)
    window.files.maybe_save = lambda: True
    window.close()


def test_the_find_partners_panel_ranks_the_directory_partners(qtbot, tmp_path, monkeypatch):
    from valuechain_gui.directory.sheet_import import read_partner_sheet
    from valuechain_gui.directory.sheet_load import load_into_directory
    from valuechain_gui.ui.matching.sources import candidate_partners, directory_partners

    root = Path(__file__).resolve().parents[3]
    db = tmp_path / "team.sqlite3"
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(db))
    assert directory_partners() == [] and not db.exists()  # none yet: none made
    with open_directory(db, seed=False) as opened:
        load_into_directory(opened, read_partner_sheet(root / "sample_projects" / "partners" /
                                                       "directory.xlsx"))
    names = {p.name for p in directory_partners()}
    assert {"Sensor Valley Cluster (illustrative)", "Fleet Robotics Cluster (illustrative)",
            "Aerospace Valley"} <= names  # a map, or competences
    from valuechain_gui.io.project.file import load_project

    project = load_project(root / "sample_projects" / "autonomous_special_vehicles.vchain")
    ranked = candidate_partners(project)
    assert ranked[:len(project.partners)] == list(project.partners.values())
    assert "Sensor Valley Cluster (illustrative)" in {p.name for p in ranked}
