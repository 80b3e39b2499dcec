"""What the interface says at the doors: a project cleaned on opening opens modified with a
message naming the places; a text the model cleans while typing is said in the status bar; the
plan table turns a timezone-aware datetime into a date; limits and refusals in both languages."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from valuechain_gui.errors import ModelError
from valuechain_gui.io.excel.export import build_workbook_bytes
from valuechain_gui.io.project.file import save_project
from valuechain_gui.io.sheets.problems import Problem
from valuechain_gui.ui.text import i18n, import_problems, messages
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.plan.table_model import COLUMN_FIELDS, PlanTableModel
from valuechain_gui.ui.document.edit import DocumentEdit

from work_safety_testing import use_recovery_dir


@pytest.fixture
def language(qapp, tmp_path):
    installed = []
    yield lambda lang: installed.extend(
        i18n.install_translators(qapp, lang, cache_dir=tmp_path / "qm"))
    i18n.remove_translators(qapp, installed)


@pytest.fixture
def dirty_file(tmp_path, small_project):
    path = tmp_path / "dirty.vchain"
    save_project(small_project, path)
    data = json.loads(path.read_text("utf-8"))
    data["target_market"] = "Autonomous\u0000 vehicles\ud800"
    data["links"][1]["notes"] = "bip\u0007"
    path.write_text(json.dumps(data), "utf-8")  # ASCII, with \\u escapes
    return path


def test_a_cleaned_file_opens_modified_with_a_message_naming_the_places(
        qapp, qtbot, tmp_path, monkeypatch, dirty_file, language):
    language("en")
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(language="en", settings=settings, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    assert window.files.load_path(dirty_file)
    box = window.findChild(QMessageBox, "load_warnings_box")
    assert box is not None and box.isVisible()
    assert box.text() == ("Some texts of dirty.vchain held characters that cannot be saved or "
                          "exported (control characters or invalid Unicode); they were removed.")
    assert box.informativeText().startswith("2 places cleaned. The project is marked as modified")
    assert box.detailedText().splitlines() == [
        "target_market: characters that cannot be saved or exported were removed (U+0000, "
        "U+D800 → U+FFFD).",
        "links[1].notes: characters that cannot be saved or exported were removed (U+0007)."]
    assert window.document.is_modified() and window.isWindowModified()
    assert window.document.project.target_market == "Autonomous vehicles\ufffd"
    box.close()
    window.files.maybe_save = lambda: True
    window.close()


def test_a_clean_file_opens_unmodified_without_a_message(qapp, tmp_path, small_project):
    path = tmp_path / "clean.vchain"
    save_project(small_project, path)
    document = open_document(path)
    assert document.load_warnings == [] and not document.is_modified()


def test_the_load_message_is_french_in_french(qapp, dirty_file, language):
    language("fr")
    document = open_document(dirty_file)
    from valuechain_gui.ui.shell.load_notice import show_load_warnings

    box = show_load_warnings(None, document)
    assert box.windowTitle() == "Ouvert avec des modifications"
    assert box.informativeText().startswith("2 endroits nettoyés.")
    assert "links[1].notes: des caractères impossibles à enregistrer" in box.detailedText()
    box.close()


def test_typing_a_refused_character_is_cleaned_and_said(qapp, small_project, language):
    language("en")
    stack = QUndoStack()
    said: list[str] = []
    link = small_project.link_by_name("Farms")
    edit = DocumentEdit(small_project, stack)
    edit.message.connect(said.append)
    assert edit.update_link(link.id, "notes", "pasted\x00 text\x1b")
    assert link.notes == "pasted text"
    assert said == ["Characters that cannot be saved or exported were removed in 1 place: "
                    "links[3].notes"]
    assert edit.update_link(link.id, "notes", "plain")
    assert len(said) == 1  # nothing cleaned, nothing said


def test_the_plan_table_turns_an_aware_datetime_into_a_date(qapp, small_project):
    stack = QUndoStack()
    model = PlanTableModel(small_project, DocumentEdit(small_project, stack))
    column = next(c for c, f in COLUMN_FIELDS.items() if f == "deadline")
    row = next(r for r in range(model.rowCount())
               if model.action_at(r).kind == "local_reinforcement")
    aware = datetime(2026, 6, 30, 23, 0, tzinfo=timezone(timedelta(hours=9)))
    assert model.setData(model.index(row, column), aware, Qt.ItemDataRole.EditRole)
    action = model.action_at(row)
    assert type(action.deadline) is date and action.deadline == aware.astimezone().date()
    build_workbook_bytes(small_project)  # no "Excel does not support timezones"
    assert not model.setData(model.index(row, column), "2026-06-30", Qt.ItemDataRole.EditRole)
    assert action.deadline == aware.astimezone().date() and stack.count() == 1


@pytest.mark.parametrize("lang, expected", [
    ("en", "Too many links: 10001 (a project holds at most 10000)."),
    ("fr", "Trop de maillons\u00a0: 10001 (un projet en compte au plus 10000)."),
])
def test_a_limit_is_said_in_the_interface_language(qapp, language, lang, expected):
    language(lang)
    error = ModelError("too_many", "ENGLISH", what="links", count=10001, limit=10000)
    assert messages.error_text(error) == expected


@pytest.mark.parametrize("lang, n, expected", [
    ("en", 1, "f.csv:1: 1 column not imported"), ("en", 2, "f.csv:1: 2 columns not imported"),
    ("fr", 1, "f.csv:1: 1 colonne non importée"), ("fr", 2, "f.csv:1: 2 colonnes non importées"),
])
def test_counted_import_problems_take_their_plural_form(qapp, language, lang, n, expected):
    language(lang)
    problem = Problem("warning", "f.csv", 1, None, "ENGLISH", "ignored_columns",
                      {"columns": ["A", "B"][:n]})
    assert import_problems.problem_text(problem).startswith(expected)
    one_byte = Problem("warning", "f.csv", None, None, "ENGLISH", "bad_bytes",
                       {"count": n, "encoding": "UTF-8"})
    text = import_problems.problem_text(one_byte)
    assert text.startswith({("en", 1): "f.csv: 1 byte could not be read as UTF-8",
                            ("en", 2): "f.csv: 2 bytes could not be read as UTF-8",
                            ("fr", 1): "f.csv: 1 octet\u00a0: lecture impossible en UTF-8",
                            ("fr", 2): "f.csv: 2 octets\u00a0: lecture impossible en UTF-8"}[
                                (lang, n)])
