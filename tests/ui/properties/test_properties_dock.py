"""The link properties dock edits the model only through undo commands (pytest-qt, offscreen).

Typing in a field is one undo step per field; undo restores the model and the dock; a blank or
duplicate name is refused without touching the model; canvas keys never act from the dock.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from valuechain_gui.model import ActionKind, LinkStatus
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir


@pytest.fixture
def window(qtbot, small_project, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(small_project), language="en", settings=settings,
                     remember_layout=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()  # no "unsaved changes" prompt when closing
    win.close()
    win.deleteLater()


def select(window, name):
    link = window.document.project.link_by_name(name)
    window.scene.select_links([link.id])
    return link


def test_dock_shows_the_selected_link(window):
    dock = window.docks.properties_dock
    link = select(window, "LiDAR sensors")
    assert dock.name_edit.text() == "LiDAR sensors"
    assert dock.status_combo.currentData() == "weak"
    assert dock.stage_combo.currentText() == "Components"
    window.scene.select_links([])
    assert dock.stack.currentIndex() == 0  # the hint, no stale fields
    assert link.name == "LiDAR sensors"


def test_typing_a_name_is_one_undo_step(window, qtbot):
    dock, stack = window.docks.properties_dock, window.document.undo_stack
    link = select(window, "LiDAR sensors")
    dock.name_edit.setFocus()
    dock.name_edit.end(False)
    qtbot.keyClicks(dock.name_edit, " and radar")
    assert link.name == "LiDAR sensors and radar"
    assert stack.count() == 1
    assert stack.undoText() == "Rename link"
    stack.undo()
    assert link.name == "LiDAR sensors"
    assert dock.name_edit.text() == "LiDAR sensors"
    stack.redo()
    assert link.name == "LiDAR sensors and radar"


def test_duplicate_or_blank_name_is_refused_and_restored(window, qtbot):
    dock, stack = window.docks.properties_dock, window.document.undo_stack
    link = select(window, "LiDAR sensors")
    dock.name_edit.setFocus()
    dock.name_edit.selectAll()
    qtbot.keyClicks(dock.name_edit, "farms")  # another link is "Farms"
    assert dock.name_error.text() == "Another link is already named “Farms”."
    assert link.name == "farm"  # the last valid name typed; never a duplicate
    assert stack.count() == 1
    dock.name_edit.selectAll()
    qtbot.keyClick(dock.name_edit, Qt.Key.Key_Backspace)
    assert dock.name_error.text() == "A link needs a name."
    assert link.name == "farm"
    dock.name_edit.editingFinished.emit()  # leaving the field shows the model's name again
    assert dock.name_edit.text() == "farm"
    assert not dock.name_error.isVisible()
    stack.undo()
    assert link.name == "LiDAR sensors"


def test_status_combo_tags_and_creates_the_plan_action(window):
    dock, project = window.docks.properties_dock, window.document.project
    link = select(window, "Farms")
    before = len(project.actions)
    dock.status_combo.setCurrentIndex(dock.status_combo.findData("missing"))
    dock.status_combo.activated.emit(dock.status_combo.currentIndex())
    assert link.status == LinkStatus.MISSING
    created = [a for a in project.actions_for_link(link.id)]
    assert [a.kind for a in created] == [ActionKind.ALLIANCE_SEARCH]
    window.document.undo_stack.undo()
    assert link.status == LinkStatus.UNASSESSED
    assert len(project.actions) == before
    assert dock.status_combo.currentData() == "unassessed"


def test_actors_and_notes_typing_merge_per_field(window, qtbot):
    dock, stack = window.docks.properties_dock, window.document.undo_stack
    link = select(window, "Vehicle integration")
    dock.actors_edit.setFocus()
    qtbot.keyClicks(dock.actors_edit, "Acme Robotics; LAAS-CNRS")
    assert link.actors == ["Acme Robotics", "LAAS-CNRS"]
    assert stack.count() == 1
    dock.notes_edit.setFocus()
    qtbot.keyClicks(dock.notes_edit, "Two integrators")
    assert link.notes == "Two integrators"
    assert stack.count() == 2
    stack.undo()
    assert link.notes == "" and dock.notes_edit.toPlainText() == ""
    stack.undo()
    assert link.actors == [] and dock.actors_edit.toPlainText() == ""


def test_refocusing_a_field_starts_a_new_step(window, qtbot):
    dock, stack = window.docks.properties_dock, window.document.undo_stack
    link = select(window, "Farms")
    dock.notes_edit.setFocus()
    qtbot.keyClicks(dock.notes_edit, "first")
    dock.name_edit.setFocus()
    dock.notes_edit.setFocus()
    qtbot.keyClicks(dock.notes_edit, " second")
    assert link.notes == "first second"
    assert stack.count() == 2
    stack.undo()
    assert link.notes == "first"


def test_strategic_end_market_and_stage(window, qtbot):
    dock, project = window.docks.properties_dock, window.document.project
    link = select(window, "Perception software")
    dock.strategic_check.click()
    assert link.strategic is True
    dock.end_market_check.click()
    assert link.end_market is True
    integration = project.stages[3]
    dock.stage_combo.setCurrentIndex(3)
    dock.stage_combo.activated.emit(3)
    assert link.stage_id == integration.id
    assert 3 * 240 <= link.position[0] < 4 * 240  # the card moved into its new lane
    stack = window.document.undo_stack
    assert stack.count() == 3
    stack.undo()
    assert link.stage_id == project.stages[2].id
    assert dock.stage_combo.currentText() == project.stages[2].name


def test_canvas_keys_typed_in_the_dock_never_act_on_links(window, qtbot):
    dock, project = window.docks.properties_dock, window.document.project
    link = select(window, "LiDAR sensors")
    dock.name_edit.setFocus()
    dock.name_edit.home(False)
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_S):
        qtbot.keyClick(dock.name_edit, key)
    assert len(project.links) == 4
    assert link.status == LinkStatus.WEAK and link.strategic is False
    assert link.name == "13siDAR sensors"  # the keys edited the text, nothing else


def test_multi_selection_tags_all_in_one_step(window):
    dock, project = window.docks.properties_dock, window.document.project
    ids = [project.link_by_name(n).id for n in ("Farms", "Vehicle integration")]
    window.scene.select_links(ids)
    assert not dock.name_edit.isEnabled()
    dock.status_combo.setCurrentIndex(dock.status_combo.findData("weak"))
    dock.status_combo.activated.emit(dock.status_combo.currentIndex())
    assert [project.links[i].status for i in ids] == [LinkStatus.WEAK, LinkStatus.WEAK]
    assert window.document.undo_stack.count() == 1


def test_a_name_the_model_refuses_leaves_the_stack_empty_and_is_shown(window, qtbot,
                                                                       monkeypatch):
    """Even when the dock's own check lets a name through, the model's refusal pushes nothing."""
    dock, stack = window.docks.properties_dock, window.document.undo_stack
    link = select(window, "Farms")
    monkeypatch.setattr(dock, "name_problem", lambda text: "")  # the dock's check misses it
    dock.name_edit.setFocus()
    dock.name_edit.selectAll()
    qtbot.keyClicks(dock.name_edit, "lidar sensors")  # refused at the last "s" only
    assert link.name == "lidar sensor"
    assert stack.count() == 1  # the accepted typing; the refused keystroke is not in it
    assert "lidar sensors" in window.statusBar().currentMessage().lower()
    assert dock.heading.text() == "lidar sensor"
    stack.undo()
    assert link.name == "Farms" and stack.isClean()
    stack.redo()
    assert link.name == "lidar sensor"
