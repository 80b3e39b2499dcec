"""Refused edits leave nothing on the undo stack; merged steps that undo themselves leave it clean.

With PySide6, a ``redo`` that raises used to leave the command on the stack: the document read
as modified and Undo "Connect" deleted the flow that was already there. These tests use the
real keys where the user has them (F, inline rename, arrow keys).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from valuechain_gui.errors import ModelError
from valuechain_gui.model import Action, ActionKind, Project
from valuechain_gui.ui.document.commands.links import (
    AddFlowCommand,
    PasteLinksCommand,
    RenameLinkCommand,
)
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.commands.stages import (
    RemoveStageCommand,
    RenameStageCommand,
)
from valuechain_gui.ui.document.commands.plan import AddActionCommand
from valuechain_gui.ui.document.edit import LANE_GRID, push_checked

from canvas_testing import assert_scene_matches, card_point, click, ids, laid_out_project, make_view


def test_f_on_two_connected_links_is_refused_and_undo_keeps_the_flow(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    stack = view.interactions.edit.undo_stack
    n = ids(project)
    key = (n["LiDAR sensors"], n["Perception software"])
    assert key in project.flows
    messages: list[str] = []
    view.interactions.status_message.connect(messages.append)
    click(view, card_point(view, key[0]))
    click(view, card_point(view, key[1]), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_F)
    assert messages and "already" in messages[-1]
    assert stack.count() == 0 and stack.isClean()
    stack.undo()  # nothing to undo: the existing flow stays
    assert key in project.flows
    assert_scene_matches(view.chain_scene)


def test_inline_rename_to_a_used_name_leaves_the_stack_empty(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    stack = view.interactions.edit.undo_stack
    farms = ids(project)["Farms"]
    view.interactions.inline.start_rename(farms)
    QTest.keyClicks(view, "lidar sensors")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert project.links[farms].name == "Farms"
    assert stack.count() == 0 and stack.isClean()
    stack.undo()
    assert project.links[farms].name == "Farms"


def test_refused_rename_does_not_merge_into_the_previous_typing_step(qapp):
    project = laid_out_project()
    n = ids(project)
    farms = n["Farms"]
    stack = QUndoStack()
    stack.push(RenameLinkCommand(project, farms, "Farm", merge_key="typing"))
    with pytest.raises(ModelError):
        push_checked(stack, RenameLinkCommand(project, farms, "LiDAR sensors", merge_key="typing"))
    assert stack.count() == 1 and project.links[farms].name == "Farm"
    stack.undo()
    assert project.links[farms].name == "Farms"
    stack.redo()
    assert project.links[farms].name == "Farm"


@pytest.mark.parametrize("make", [
    lambda p, n: AddFlowCommand(p, n["Farms"], n["Farms"]),  # self flow
    lambda p, n: RenameStageCommand(p, p.stages[0].id, "   "),  # blank name
    lambda p, n: RemoveStageCommand(p, p.stages[1].id, "no such stage", grid=LANE_GRID),
    lambda p, n: AddActionCommand(p, p.actions[next(iter(p.actions))]),  # id already used
    lambda p, n: PasteLinksCommand(p, {"links": [{"id": "x", "name": "  "}], "flows": []}),
], ids=["self_flow", "blank_stage_name", "unknown_target_stage", "duplicate_action", "blank_paste"])
def test_every_kind_of_refused_command_leaves_project_and_stack_unchanged(qapp, make):
    project = laid_out_project()
    before = project.clone()
    stack = QUndoStack()
    command = make(project, ids(project))
    with pytest.raises(ModelError):
        push_checked(stack, command)
    assert stack.count() == 0 and stack.isClean()
    assert project == before


def test_arrow_up_then_down_leaves_the_document_clean(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    stack = view.interactions.edit.undo_stack
    farms = ids(project)["Farms"]
    start = project.links[farms].position
    click(view, card_point(view, farms))
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert project.links[farms].position != start and not stack.isClean()
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert project.links[farms].position == start
    assert stack.count() == 0 and stack.isClean()


def test_project_properties_set_to_their_values_leave_the_document_clean(qapp):
    project = Project.new(language="en", target_market="Drones")
    edit = DocumentEdit(project, QUndoStack())
    assert not edit.update_project({"target_market": "Drones", "pole_name": ""})
    assert edit.undo_stack.count() == 0 and edit.undo_stack.isClean()
    assert edit.update_project({"target_market": "Drone"})
    assert project.target_market == "Drone" and edit.undo_stack.count() == 1


def test_duplicate_action_id_refused_by_the_plan(qapp):
    project = laid_out_project()
    link = next(iter(project.links))
    action = Action(link, ActionKind.LOCAL_REINFORCEMENT, title="Train welders")
    stack = QUndoStack()
    stack.push(AddActionCommand(project, action))
    with pytest.raises(ModelError):
        push_checked(stack, AddActionCommand(project, action))
    assert stack.count() == 1
    stack.undo()
    assert action.id not in project.actions and stack.isClean()


def test_main_window_shows_a_refused_edit_and_a_refused_paste_in_its_status_bar(
        qtbot, small_project, tmp_path, monkeypatch):
    import json

    from PySide6.QtCore import QByteArray, QMimeData, QSettings
    from PySide6.QtWidgets import QApplication

    from valuechain_gui.ui.document.commands.links import LINKS_MIME_TYPE
    from valuechain_gui.ui.document.document import Document
    from valuechain_gui.ui.shell.main_window import MainWindow
    from work_safety_testing import use_recovery_dir

    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(small_project), language="en", settings=settings,
                        remember_layout=False)
    qtbot.addWidget(window)
    stack = window.document.undo_stack
    up, down = next(iter(small_project.flows))
    window.scene.select_links([up, down])
    window.view.interactions.connector.connect_selected()
    assert "already" in window.statusBar().currentMessage()
    assert stack.count() == 0 and (up, down) in small_project.flows

    mime = QMimeData()
    payload = {"links": [{"id": "x", "name": "   "}], "flows": []}  # a blank name: refused
    mime.setData(LINKS_MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
    QApplication.clipboard().setMimeData(mime)
    window.statusBar().clearMessage()
    window.edits.paste_links()
    assert window.statusBar().currentMessage() != ""
    assert stack.count() == 0 and stack.isClean()


class _CountingStack(QUndoStack):
    """An undo stack that counts what reaches ``push`` (Qt never sees a refused command)."""

    def __init__(self) -> None:
        super().__init__()
        self.pushed: list[str] = []

    def push(self, command) -> None:  # noqa: D401 - Qt override
        self.pushed.append(command.text())
        super().push(command)


def test_a_refused_edit_never_reaches_qt_and_an_applied_one_undoes_and_redoes(qapp):
    """Qt deleting a refused (obsolete) Python command crashed inside ``QUndoStack.push`` in a
    replayed random edit sequence; the refusal is now found before ``push``."""
    project = laid_out_project()
    n = ids(project)
    stack = _CountingStack()
    duplicate = AddFlowCommand(project, n["LiDAR sensors"], n["Perception software"])
    with pytest.raises(ModelError):
        push_checked(stack, duplicate)
    assert stack.pushed == [] and stack.count() == 0
    rename = RenameLinkCommand(project, n["LiDAR sensors"], "Lidar units")
    push_checked(stack, rename)
    assert stack.pushed == [rename.text()] and stack.count() == 1
    assert project.links[n["LiDAR sensors"]].name == "Lidar units"
    stack.undo()
    assert project.links[n["LiDAR sensors"]].name == "LiDAR sensors"
    stack.redo()
    assert project.links[n["LiDAR sensors"]].name == "Lidar units"
