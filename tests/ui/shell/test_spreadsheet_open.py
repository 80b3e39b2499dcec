"""A spreadsheet given where a project is expected: the window offers to import it (File >
Open, a drop, ``valuechain-gui SHEET``), and ``--screenshot`` of one says to import it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from valuechain_gui.model import LinkStatus

from test_app_cli import run_cli
from work_safety_testing import answer_next_box, close_quietly, make_window, use_recovery_dir

SHEET = ("Maillon;Étape;Statut;Amont;Marché final\nÉlevage;Amont;faible;;non\n"
         "Abattoir;Aval;fort;Élevage;oui\n")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    win = make_window(qtbot, tmp_path)
    yield win
    close_quietly(win)


@pytest.fixture
def sheet(tmp_path) -> Path:
    path = tmp_path / "filiere.csv"
    path.write_text(SHEET, "utf-8")
    return path


def import_button(box: QMessageBox):
    return next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


def test_opening_a_spreadsheet_offers_its_import(window, sheet, english):
    seen: list[QMessageBox] = []
    answer_next_box(import_button, seen)
    assert window.files.load_path(sheet)
    assert len(seen) == 1
    assert seen[0].text() == "“filiere.csv” is a spreadsheet, not a project."
    assert import_button(seen[0]).text() == "&Import"
    project = window.document.project
    assert sorted(link.name for link in project.links.values()) == ["Abattoir", "Élevage"]
    assert project.link_by_name("Élevage").status == LinkStatus.WEAK
    assert window.document.path is None and window.isWindowModified()  # untitled, unsaved
    assert window.recent.paths() == []  # a spreadsheet is not a recent project


def test_declining_the_import_keeps_the_current_project(window, sheet, english):
    before = window.document
    seen: list[QMessageBox] = []
    answer_next_box(lambda box: QMessageBox.StandardButton.Cancel, seen)
    assert not window.files.load_path(sheet)
    assert len(seen) == 1 and window.document is before


def test_a_workbook_with_a_project_name_is_still_offered_as_a_spreadsheet(window, tmp_path,
                                                                          small_project,
                                                                          english):
    from valuechain_gui.io.excel.export import export_action_plan

    disguised = tmp_path / "plan.vchain"  # a workbook someone renamed
    export_action_plan(small_project, disguised.with_suffix(".xlsx"))
    disguised.with_suffix(".xlsx").rename(disguised)
    seen: list[QMessageBox] = []
    answer_next_box(import_button, seen)
    assert window.files.load_path(disguised)
    assert len(seen) == 1 and "is a spreadsheet" in seen[0].text()
    assert len(window.document.project.links) == len(small_project.links)


def test_screenshot_of_a_spreadsheet_says_to_import_it(tmp_path, sheet):
    out = tmp_path / "shot.png"
    done = run_cli(tmp_path, str(sheet), "--screenshot", str(out))
    assert done.returncode == 1
    assert done.stderr == (f"{sheet}: this is a spreadsheet, not a valuechain-gui project: "
                           f"import it (valuechain-gui import {sheet} -o PROJECT.vchain)\n")
    assert not out.exists()


def test_screenshot_format_follows_the_extension(tmp_path, small_project):
    from PySide6.QtGui import QImage

    from valuechain_gui.io.project.file import save_project

    project = tmp_path / "chain.vchain"
    save_project(small_project, project)
    out = tmp_path / "shot.jpg"
    done = run_cli(tmp_path, str(project), "--screenshot", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"  # a JPEG, as its name says
    assert QImage(str(out)).width() == 1440
