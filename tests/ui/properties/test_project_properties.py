"""Project > Properties: the market, pôle, territory, participants, workshop date and the status
weights of the gap analysis, edited as one undoable command, shown in the window title."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog

from valuechain_gui.ui.properties import project_dialog as properties
from valuechain_gui.ui.properties.project_dialog import ProjectPropertiesDialog
from valuechain_gui.ui.document.document import APP_TITLE, Document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, small_project, english):
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(small_project), language="en", settings=settings,
                     remember_layout=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.files.maybe_save = lambda: True
    win.close()
    win.deleteLater()


def answer_dialog(monkeypatch, fill) -> list[ProjectPropertiesDialog]:
    """Make the dialog's exec() call ``fill(dialog)`` and accept; returns the dialogs shown."""
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectPropertiesDialog, "exec", fake_exec)
    return shown


def test_project_menu_sits_before_help_with_properties(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-3:] == ["&Project", "&Workshop", "&Help"]
    assert window.menus.project_menu.actions() == [window.menus.act_properties]
    assert window.menus.act_properties.text() == "&Properties…"


def test_every_field_is_one_undoable_command_and_the_title_follows(window, monkeypatch):
    project = window.document.project
    stack = window.document.undo_stack
    before = project.clone()
    assert window.windowTitle() == f"Untitled[*] — Autonomous special vehicles — {APP_TITLE}"

    def fill(dialog: ProjectPropertiesDialog) -> None:
        assert dialog.market_edit.text() == "Autonomous special vehicles"  # pre-filled
        assert not dialog.date_check.isChecked() and not dialog.date_edit.isEnabled()
        assert (dialog.missing_spin.value(), dialog.weak_spin.value()) == (1.0, 0.6)
        dialog.market_edit.setText("  Agri robots ")
        dialog.pole_edit.setText("Pôle Mécanique")
        dialog.territory_edit.setText("Centre-Val de Loire")
        dialog.participants_edit.setPlainText("Ana Martin\n\n  Bruno Petit  \n")
        dialog.date_check.setChecked(True)
        dialog.date_edit.setDate(QDate(2026, 3, 12))
        dialog.missing_spin.setValue(0.9)
        dialog.weak_spin.setValue(0.45)

    shown = answer_dialog(monkeypatch, fill)
    window.menus.act_properties.trigger()
    assert len(shown) == 1 and stack.count() == 1
    assert stack.undoText() == "Edit project properties"
    assert (project.target_market, project.pole_name, project.territory) == (
        "Agri robots", "Pôle Mécanique", "Centre-Val de Loire")
    assert project.participants == ["Ana Martin", "Bruno Petit"]
    assert project.date == date(2026, 3, 12)
    assert (project.settings.missing_weight, project.settings.weak_weight) == (0.9, 0.45)
    assert window.windowTitle() == f"Untitled[*] — Agri robots (Pôle Mécanique) — {APP_TITLE}"
    assert window.isWindowModified()
    stack.undo()
    assert project == before
    assert window.windowTitle() == f"Untitled[*] — Autonomous special vehicles — {APP_TITLE}"
    stack.redo()
    assert project.settings.weak_weight == 0.45 and project.date == date(2026, 3, 12)


def test_ok_without_a_change_pushes_nothing_and_cancel_neither(window, monkeypatch):
    stack = window.document.undo_stack
    answer_dialog(monkeypatch, lambda dialog: None)
    window.menus.act_properties.trigger()
    assert stack.count() == 0
    monkeypatch.setattr(ProjectPropertiesDialog, "exec",
                        lambda dialog: dialog.market_edit.setText("X") or 0)
    window.menus.act_properties.trigger()
    assert stack.count() == 0 and window.document.project.target_market != "X"


def test_clearing_the_date_and_restoring_the_default_weights(window, monkeypatch):
    project = window.document.project
    project.update_meta(date=date(2025, 1, 2),
                        settings=project.settings.with_weights(0.5, 0.5))

    def fill(dialog: ProjectPropertiesDialog) -> None:
        assert dialog.date_check.isChecked() and dialog.date_edit.date() == QDate(2025, 1, 2)
        dialog.date_check.setChecked(False)
        dialog.defaults_button.click()

    answer_dialog(monkeypatch, fill)
    assert properties.edit_project_properties(window) is True
    assert project.date is None
    assert (project.settings.missing_weight, project.settings.weak_weight) == (1.0, 0.6)
    assert window.document.undo_stack.count() == 1


def test_weights_changed_in_the_dialog_rerank_the_gap_panel(window, monkeypatch, qtbot):
    dock = window.docks.gaps_dock
    dock.raise_()
    qtbot.waitUntil(lambda: dock.isVisible() and dock.report is not None
                    and not dock.is_pending())
    # small_project: sensor weak, software missing, both feeding the vehicle, then Farms
    assert [g.name for g in dock.report.gaps] == ["Perception software", "LiDAR sensors"]

    def fill(dialog: ProjectPropertiesDialog) -> None:
        dialog.missing_spin.setValue(0.3)

    answer_dialog(monkeypatch, fill)
    window.menus.act_properties.trigger()
    qtbot.waitUntil(lambda: not dock.is_pending() and [g.name for g in dock.report.gaps]
                    == ["LiDAR sensors", "Perception software"])
