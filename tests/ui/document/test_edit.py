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


def battery_edit() -> tuple[Project, DocumentEdit, str, str]:
    """Cells (stage 3) → Recycling (stage 4), behind a DocumentEdit."""
    p = Project.new(language="en")
    cells, recycling = p.make_link("Cells", p.stages[2].id), p.make_link("Recycling", p.stages[3].id)
    p.add_links([cells, recycling])
    return p, DocumentEdit(p, QUndoStack()), cells.id, recycling.id


def test_moving_a_card_to_another_stage_re_marks_its_flows_in_the_same_step(qapp):
    p, edit, cells, recycling = battery_edit()
    assert edit.add_flow(cells, recycling)
    assert edit.move_links({recycling: (10.0, 80.0)}, {recycling: p.stages[0].id})
    stack = edit.undo_stack
    assert stack.count() == 2  # the flow, then one move step
    assert p.links[recycling].stage_id == p.stages[0].id
    assert p.flows[(cells, recycling)].is_return  # it now goes to an earlier stage
    stack.undo()
    assert p.links[recycling].stage_id == p.stages[3].id
    assert not p.flows[(cells, recycling)].is_return
    stack.redo()
    assert p.flows[(cells, recycling)].is_return
    assert edit.move_links({recycling: (970.0, 80.0)}, {recycling: p.stages[4].id})
    assert not p.flows[(cells, recycling)].is_return  # downstream again: a plain flow


def test_a_flow_drawn_to_an_earlier_stage_is_a_return_flow_and_one_drawn_right_is_not(qapp):
    p, edit, cells, recycling = battery_edit()
    assert edit.add_flow(recycling, cells)
    assert edit.add_flow(cells, recycling)
    assert p.flows[(recycling, cells)].is_return
    assert not p.flows[(cells, recycling)].is_return


def test_a_flow_drawn_inside_a_stage_that_closes_a_loop_is_a_return_flow(qapp):
    p = Project.new(language="en")
    stage = p.stages[2].id
    cathode, cells, packs = (p.make_link(n, stage) for n in ("Cathode", "Cells", "Packs"))
    p.add_links([cathode, cells, packs])
    edit = DocumentEdit(p, QUndoStack())
    assert edit.add_flow(cathode.id, cells.id) and edit.add_flow(cells.id, packs.id)
    assert edit.add_flow(packs.id, cathode.id)  # rework back to the start: a loop
    assert p.flows[(packs.id, cathode.id)].is_return
    assert not p.flows[(cathode.id, cells.id)].is_return
    assert edit.add_flow(cathode.id, packs.id)  # a shortcut forward closes nothing
    assert not p.flows[(cathode.id, packs.id)].is_return


def test_reordering_stages_re_marks_the_flows_that_change_direction_in_the_same_step(qapp):
    p, edit, cells, recycling = battery_edit()
    assert edit.add_flow(cells, recycling) and edit.add_flow(recycling, cells)
    assert [p.flows[(cells, recycling)].is_return, p.flows[(recycling, cells)].is_return] == [
        False, True]
    assert edit.move_stage(p.stages[3].id, 0)  # recycling's stage now comes first
    assert edit.undo_stack.count() == 3
    assert [p.flows[(cells, recycling)].is_return, p.flows[(recycling, cells)].is_return] == [
        True, False]
    edit.undo_stack.undo()
    assert [p.flows[(cells, recycling)].is_return, p.flows[(recycling, cells)].is_return] == [
        False, True]
    edit.undo_stack.redo()
    assert p.flows[(cells, recycling)].is_return


def test_removing_a_stage_re_marks_the_flows_of_the_links_it_moves(qapp):
    p, edit, cells, recycling = battery_edit()
    first = p.make_link("Mining", p.stages[0].id)
    p.add_links([first])
    assert edit.add_flow(recycling, first.id)  # to an earlier stage: a return flow
    assert edit.remove_stage(p.stages[0].id, move_links_to=p.stages[4].id)
    assert not p.flows[(recycling, first.id)].is_return  # Mining now sits downstream
    edit.undo_stack.undo()
    assert p.flows[(recycling, first.id)].is_return
