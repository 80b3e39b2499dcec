"""An alliance moved to *validated* in the pipeline records the validation in the directory:
once, for a partner the directory holds, never creating a directory."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from valuechain_gui.directory import open_directory
from valuechain_gui.model.enums import CooperationStage
from valuechain_gui.ui.shell.main_window import MainWindow

EXAMPLE = Path(__file__).resolve().parents[3] / "sample_projects" / \
    "autonomous_special_vehicles.vchain"


def _window(qtbot, tmp_path, db):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("directory/path", str(db))
    window = MainWindow(settings=settings, remember_layout=False)
    qtbot.addWidget(window)
    assert window.files.load_path(EXAMPLE)
    window.files.maybe_save = lambda: True
    return window


def _not_validated(project):
    return next(a for a in project.alliances.values() if a.validated_on is None)


def test_reaching_validated_records_it_once_in_the_directory(qtbot, tmp_path):
    db = tmp_path / "partners.sqlite3"
    window = _window(qtbot, tmp_path, db)
    project = window.document.project
    alliance = _not_validated(project)
    partner = project.partners[alliance.partner_id]
    with open_directory(db, seed=False) as opened:
        opened.upsert(partner)
    assert window.document.edit.move_alliance(alliance.id, CooperationStage.VALIDATED,
                                              by="Members' board", on=date(2026, 3, 2))
    with open_directory(db) as opened:
        latest = opened.latest_validation(partner.id)
        assert (latest.on, latest.by) == (date(2026, 3, 2), "Members' board")
        assert latest.project == project.target_market
        assert latest.action == project.actions[alliance.action_id].title
    window.document.edit.update_alliance(alliance.id, next_step="Call them")  # changed again
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM validations").fetchone()[0] == 1
    window.close()


def test_no_directory_is_created_for_a_validation(qtbot, tmp_path):
    db = tmp_path / "partners.sqlite3"
    window = _window(qtbot, tmp_path, db)
    alliance = _not_validated(window.document.project)
    assert window.document.edit.move_alliance(alliance.id, CooperationStage.VALIDATED, by="B")
    assert not db.exists()
    window.close()
