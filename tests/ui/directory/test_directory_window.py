"""The partner directory window: filters, edits saved at once (no undo step), a damaged or
locked directory shown in a banner while the app keeps working, import and export."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from valuechain_gui.directory import open_directory
from valuechain_gui.model.enums import PartnerKind
from valuechain_gui.model.partners import Ecosystem, Partner
from valuechain_gui.ui.directory.partner_dialog import PartnerDialog
from valuechain_gui.ui.directory.window import DirectoryWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "partners.sqlite3"
    with open_directory(path, seed=False) as opened:
        sensors = Partner(name="Bavarian Sensors", country="DE", region="Bavaria",
                          sectors=[Ecosystem.ELECTRONICS], competences=["LiDAR"])
        opened.upsert_many([
            sensors,
            Partner(name="Pôle Véhicule du Futur", country="FR",
                    sectors=[Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE], competences=["châssis"]),
            Partner(name="Fleet Lab", kind=PartnerKind.LAB, country="NL",
                    competences=["teleoperation"])])
        opened.record_validation(sensors.id, date(2025, 5, 2), "Board")
    return path


@pytest.fixture
def window(qtbot, settings, db, english):
    shown = DirectoryWindow(settings, path=db)
    qtbot.addWidget(shown)
    yield shown
    shown.close()


def names(window) -> list[str]:
    return [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_search_and_each_filter_narrow_the_table(window):
    assert names(window) == ["Bavarian Sensors", "Fleet Lab", "Pôle Véhicule du Futur"]
    assert window.count_label.text() == "3 of 3 partners"
    window.search_edit.setText("chassis")  # accents folded
    assert names(window) == ["Pôle Véhicule du Futur"]
    window.search_edit.clear()
    choose(window.country_combo, "NL")
    assert names(window) == ["Fleet Lab"]
    choose(window.country_combo, None)
    choose(window.sector_combo, Ecosystem.ELECTRONICS.value)
    assert names(window) == ["Bavarian Sensors"]
    choose(window.sector_combo, None)
    choose(window.kind_combo, PartnerKind.LAB.value)
    assert names(window) == ["Fleet Lab"]
    choose(window.kind_combo, None)
    choose(window.validation_combo, True)
    assert names(window) == ["Bavarian Sensors"]
    assert window.proxy.index(0, 6).data() == "2025-05-02 (Board)"
    choose(window.validation_combo, False)
    assert names(window) == ["Fleet Lab", "Pôle Véhicule du Futur"]
    assert window.count_label.text() == "2 of 3 partners"


def test_an_edit_is_saved_to_the_file_at_once(window, db, qtbot):
    dialog = PartnerDialog(None, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  Mobility  Cluster Piemonte ")
    dialog.country_combo.set_value("IT")
    dialog.competences_edit.setText("chassis; ; teleoperation;chassis")
    assert window.save_partner(dialog.partner())
    with open_directory(db, seed=False) as other:  # another window's view of the file
        saved = other.find("Mobility Cluster Piemonte", "IT")
        assert saved.competences == ["chassis", "teleoperation"]
    assert "Mobility Cluster Piemonte" in names(window)
    assert window.delete_partner(saved.id)
    with open_directory(db, seed=False) as other:
        assert other.count() == 3


def test_the_ok_button_waits_for_a_name(qtbot):
    dialog = PartnerDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.name_edit.setText("X")
    assert ok.isEnabled()


def test_a_damaged_directory_shows_a_banner_and_the_window_still_works(qtbot, settings,
                                                                       tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    shown = DirectoryWindow(settings, path=bad)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.banner.isVisible()
    assert shown.banner.text().startswith(f"The partner directory {bad} is damaged")
    assert not shown.add_button.isEnabled() and shown.model.rowCount() == 0
    bad.unlink()  # the user restores or removes the file, then retries
    shown.retry_button.click()
    assert not shown.banner.isVisible() and shown.add_button.isEnabled()
    shown.close()


HOLD = ("import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('holding', flush=True)\n"
        "sys.stdin.readline()\n")


def test_a_locked_directory_refuses_the_edit_in_the_banner_and_keeps_the_table(
        qtbot, settings, db):
    from valuechain_gui.directory import open_directory as real_open

    shown = DirectoryWindow(settings, path=db,
                            opener=lambda where: real_open(where, timeout=0.1))
    qtbot.addWidget(shown)
    shown.show()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert not shown.save_partner(Partner(name="New one", country="ES"))
        assert shown.banner.isVisible() and "is busy" in shown.banner.text()
        assert shown.model.rowCount() == 3
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
        assert shown.save_partner(Partner(name="New one", country="ES"))
        assert not shown.banner.isVisible() and shown.model.rowCount() == 4
    finally:
        if holder.poll() is None:
            os.kill(holder.pid, 9)
            holder.wait(timeout=30)
    shown.close()


def test_import_and_export_from_the_window(window, tmp_path):
    sheet = tmp_path / "list.csv"
    sheet.write_text("Nom;Pays;Compétences\nCluster Lyon;France;robotique\nX;Atlantide;\n",
                     encoding="utf-8")
    summary, problems = window.import_file(sheet)
    assert summary == "2 partners added, 0 partners updated"
    assert problems == ["list.csv:3:Pays: unknown country “Atlantide” (expected an ISO code "
                        "such as DE, or the country’s name in French or English): kept as "
                        "written."]
    assert window.model.rowCount() == 5
    target = tmp_path / "out.csv"
    assert window.export_file(target, share=True) == 5
    assert "Cluster Lyon" in target.read_text(encoding="utf-8-sig")


def test_the_partners_menu_opens_the_directory_window(qtbot, tmp_path, monkeypatch):
    from valuechain_gui.ui.shell.main_window import MainWindow

    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(tmp_path / "mine.sqlite3"))
    settings = QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings=settings, remember_layout=False)
    qtbot.addWidget(main)
    assert main.menus.act_directory in main.partners.menu.actions()
    main.menus.act_directory.trigger()
    shown = main.menus.directory_launcher.directory_window
    assert shown.isVisible() and shown.path() == tmp_path / "mine.sqlite3"
    assert (tmp_path / "mine.sqlite3").exists()
    shown.close()


def test_preferences_choose_the_directory_file_the_window_opens(qtbot, tmp_path, monkeypatch):
    from valuechain_gui.ui.shell.preferences import PreferencesDialog

    default = tmp_path / "default.sqlite3"
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(default))
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings, recovery_location=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.directory_field.text() == str(default)
    shared = tmp_path / "share" / "team.sqlite3"
    dialog.directory_field.setText(str(shared))
    dialog.accept()
    assert settings.value("directory/path") == str(shared)
    shown = DirectoryWindow(settings)
    qtbot.addWidget(shown)
    assert shown.path() == shared and shared.exists()
    shown.close()
    again = PreferencesDialog(settings, recovery_location=tmp_path)
    qtbot.addWidget(again)
    again.directory_field.setText(str(default))  # back to the default: nothing stored
    again.accept()
    assert settings.value("directory/path") == ""


def test_glossary_pairs_are_saved_at_once(window, db, qtbot):
    from valuechain_gui.ui.directory.glossary_dialog import GlossaryDialog

    dialog = GlossaryDialog(window.directory, window)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    dialog.french_edit.setText("Porte-outils")
    dialog.english_edit.setText("Tool carrier")
    dialog.add_button.click()
    assert [dialog.pairs.item(i).text() for i in range(dialog.pairs.count())] == [
        "Porte-outils = Tool carrier"]
    with open_directory(db, seed=False) as other:
        assert other.glossary_additions() == [("Porte-outils", "Tool carrier")]
