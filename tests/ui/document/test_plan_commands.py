"""Undo commands of the action plan: each edit is one step and undo restores exactly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from valuechain_gui.errors import ModelError
from valuechain_gui.model import (
    Action,
    ActionKind,
    Priority,
)
from valuechain_gui.ui.document.commands.plan import (
    AddActionCommand,
    EditActionCommand,
    EditActionFieldsCommand,
    RemoveActionCommand,
)


def _first(project, kind):
    return next(project.iter_actions(kind))


def test_add_and_remove_action_undo_restores_place_and_fields(qapp, small_project):
    project = small_project
    stack = QUndoStack()
    weak = _first(project, ActionKind.LOCAL_REINFORCEMENT)
    extra = Action(link_id=weak.link_id, kind=ActionKind.LOCAL_REINFORCEMENT, title="Training")
    stack.push(AddActionCommand(project, extra))
    assert [a.title for a in project.actions_for_link(weak.link_id)] == [weak.title, "Training"]
    stack.undo()
    assert extra.id not in project.actions
    stack.redo()
    assert project.actions[extra.id] is extra

    before = project.clone()
    order = list(project.actions)
    stack.push(RemoveActionCommand(project, weak.id))
    assert weak.id not in project.actions
    stack.undo()
    assert list(project.actions) == order
    assert project == before


def test_typing_in_one_field_merges_into_one_step(qapp, small_project):
    project = small_project
    stack = QUndoStack()
    action = _first(project, ActionKind.LOCAL_REINFORCEMENT)
    for text in ("A", "Al", "Ali", "Alice"):
        stack.push(EditActionCommand(project, action.id, "owner", text))
    assert action.owner == "Alice"
    assert stack.count() == 1
    assert stack.undoText() == "Edit owner"
    stack.undo()
    assert action.owner == ""
    stack.redo()
    assert action.owner == "Alice"


def test_edits_of_other_fields_or_actions_do_not_merge(qapp, small_project):
    project = small_project
    stack = QUndoStack()
    local = _first(project, ActionKind.LOCAL_REINFORCEMENT)
    alliance = _first(project, ActionKind.ALLIANCE_SEARCH)
    stack.push(EditActionCommand(project, local.id, "owner", "Alice"))
    stack.push(EditActionCommand(project, local.id, "title", "Train welders"))
    stack.push(EditActionCommand(project, alliance.id, "title", "Find a perception lab"))
    stack.push(EditActionCommand(project, local.id, "priority", Priority.HIGH))
    stack.push(EditActionCommand(project, local.id, "priority", Priority.LOW))
    assert stack.count() == 5
    stack.undo()
    assert local.priority == Priority.HIGH


def test_typing_back_to_the_original_value_leaves_no_step(qapp, small_project):
    project = small_project
    stack = QUndoStack()
    action = _first(project, ActionKind.LOCAL_REINFORCEMENT)
    stack.push(EditActionCommand(project, action.id, "owner", "B"))
    stack.push(EditActionCommand(project, action.id, "owner", ""))
    assert action.owner == ""
    assert stack.count() == 0


def test_form_edit_is_one_step(qapp, small_project):
    project = small_project
    stack = QUndoStack()
    action = _first(project, ActionKind.ALLIANCE_SEARCH)
    stack.push(EditActionFieldsCommand(project, action.id, {
        "owner": "Marc", "deadline": date(2027, 6, 30), "budget": 15000.0}))
    assert (action.owner, action.deadline, action.budget) == ("Marc", date(2027, 6, 30), 15000.0)
    assert stack.count() == 1
    stack.undo()
    assert (action.owner, action.deadline, action.budget) == ("", None, None)


def test_edit_of_unknown_action_or_field_is_a_typed_error(qapp, small_project):
    action = _first(small_project, ActionKind.ALLIANCE_SEARCH)
    with pytest.raises(ModelError) as info:
        EditActionFieldsCommand(small_project, "no-such-id", {"owner": "x"})
    assert info.value.code == "unknown_action"
    with pytest.raises(ModelError) as info:
        EditActionCommand(small_project, action.id, "colour", "red")
    assert info.value.code == "unknown_field"
