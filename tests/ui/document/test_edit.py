"""The document's one doorway for edits: refusals said through one signal, edits that change
nothing push and notify nothing, and the notifier's typed signals carry the ids and fields."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.document.edit import DocumentEdit

from canvas_testing import ids, laid_out_project


def _record(document: Document) -> list[tuple]:
    """Every signal of the document's notifier, as (name, *arguments)."""
    seen: list[tuple] = []
    notifier = document.notifier
    for name in ("links_added", "links_removed", "links_changed", "flows_added",
                 "flows_removed", "flows_changed", "stages_changed", "actions_added",
                 "actions_removed", "actions_changed", "project_changed"):
        getattr(notifier, name).connect(lambda *args, name=name: seen.append((name, *args)))
    return seen


def test_a_refused_edit_is_said_once_and_leaves_the_stack_as_it_was(qapp):
    document = Document(laid_out_project())
    n = ids(document.project)
    said: list[str] = []
    document.edit.message.connect(said.append)
    farms = n["Farms"]
    assert not document.edit.add_flow(farms, farms)  # a flow from a link to itself
    assert document.undo_stack.count() == 0 and not document.is_modified()
    assert len(said) == 1 and said[0]


def test_retagging_with_the_same_status_pushes_and_notifies_nothing(qapp):
    document = Document(laid_out_project())
    farms = ids(document.project)["Farms"]
    document.edit.set_status([farms], LinkStatus.WEAK)
    count = document.undo_stack.count()
    seen = _record(document)
    assert not document.edit.set_status([farms], LinkStatus.WEAK)
    assert seen == [] and document.undo_stack.count() == count


def test_the_same_name_or_position_pushes_and_notifies_nothing(qapp):
    document = Document(laid_out_project())
    link = document.project.link(ids(document.project)["Farms"])
    seen = _record(document)
    assert not document.edit.rename_link(link.id, link.name)
    assert not document.edit.move_links({link.id: link.position}, {link.id: link.stage_id})
    stage = document.project.stages[0]
    assert not document.edit.rename_stage(stage.id, stage.name)
    assert not document.edit.update_project({"target_market": document.project.target_market})
    assert seen == [] and document.undo_stack.count() == 0


def test_a_retag_reaches_links_changed_with_its_ids_and_the_status_field(qapp):
    document = Document(laid_out_project())
    n = ids(document.project)
    chosen = (n["Farms"], n["LiDAR sensors"])
    seen = _record(document)
    assert document.edit.set_status(chosen, LinkStatus.MISSING)
    typed = [s for s in seen if s[0] == "links_changed"]
    assert len(typed) == 1
    _, link_ids, fields = typed[0]
    assert set(link_ids) == set(chosen) and "status" in fields
    assert document.undo_stack.count() == 1


def test_a_new_flow_reaches_flows_added_with_its_key(qapp):
    document = Document(laid_out_project())
    n = ids(document.project)
    seen = _record(document)
    assert document.edit.add_flow(n["Farms"], n["LiDAR sensors"])
    assert ("flows_added", ((n["Farms"], n["LiDAR sensors"]),)) in seen
    assert ("flows_changed",) in seen


def test_an_action_edit_reaches_actions_changed_and_the_same_value_nothing(qapp):
    document = Document(laid_out_project())
    farms = ids(document.project)["Farms"]
    document.edit.set_status([farms], LinkStatus.WEAK)  # creates its local-reinforcement action
    action = next(iter(document.project.actions.values()))
    seen = _record(document)
    assert document.edit.update_action(action.id, "owner", "CEA")
    assert ("actions_changed", (action.id,), ("owner",)) in seen
    seen.clear()
    assert not document.edit.update_action(action.id, "owner", "CEA")
    assert seen == []


def test_edits_without_a_document_use_a_stack_of_their_own(qapp):
    project = Project.new(language="en")
    edit = DocumentEdit.standalone(project)
    assert edit.add_stage("Recycling") is not None
    assert edit.undo_stack.count() == 1 and isinstance(edit.undo_stack, QUndoStack)
