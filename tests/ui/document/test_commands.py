"""Undo commands: each one applied, undone and redone through a QUndoStack, checked on the model."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from valuechain_gui.analysis.layout import layout_positions
from valuechain_gui.errors import ModelError
from valuechain_gui.geometry import LANE_WIDTH, card_position
from valuechain_gui.model import ActionKind, LinkStatus, Project
from valuechain_gui.ui.document.commands.links import (
    AddFlowCommand,
    AddLinkCommand,
    DeleteSelectionCommand,
    DuplicateLinksCommand,
    EditLinkCommand,
    LayoutCommand,
    MoveLinksCommand,
    PasteLinksCommand,
    RemoveFlowsCommand,
    RemoveLinksCommand,
    RenameLinkCommand,
    SetStatusCommand,
    ToggleStrategicCommand,
    copy_links_data,
)
from valuechain_gui.ui.document.commands.meta import EditPropertiesCommand
from valuechain_gui.ui.document.commands.stages import (
    AddStageCommand,
    MoveStageCommand,
    RemoveStageCommand,
    RenameStageCommand,
)
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.document.edit import LANE_GRID, push_checked


@pytest.fixture
def stack(qapp):
    return QUndoStack()


def ids_of(project: Project) -> dict[str, str]:
    return {link.name: link.id for link in project.links.values()}


def push_undo_redo(stack: QUndoStack, project: Project, command) -> tuple[Project, Project]:
    """Push, check undo gives back the start and redo the end exactly; returns (before, after)."""
    before = project.clone()
    stack.push(command)
    after = project.clone()
    assert after != before
    stack.undo()
    assert project == before
    stack.redo()
    assert project == after
    return before, after


def test_add_link_and_undo(stack, small_project):
    p = small_project
    link = p.make_link("GNSS-RTK positioning", p.stages[1].id, position=(28.0, 180.0))
    push_undo_redo(stack, p, AddLinkCommand(p, link))
    assert p.link_by_name("gnss-rtk positioning").stage_id == p.stages[1].id
    assert stack.undoText() == "Add link"


def test_remove_links_restores_flows_actions_and_order(stack, small_project):
    p = small_project
    ids = ids_of(p)
    before, _ = push_undo_redo(stack, p, RemoveLinksCommand(p, [ids["Perception software"]]))
    assert ids["Perception software"] not in p.links
    assert len(p.flows) == 1  # sensor→software and software→vehicle went with it
    stack.undo()
    assert list(p.links) == list(before.links) and list(p.flows) == list(before.flows)


def test_rename_merges_typing_into_one_step(stack, small_project):
    p = small_project
    lid = ids_of(p)["Farms"]
    for text in ("F", "Fa", "Farm robots"):
        stack.push(EditLinkCommand(p, lid, "name", text, merge_key="dock"))
    assert stack.count() == 1 and p.links[lid].name == "Farm robots"
    stack.undo()
    assert p.links[lid].name == "Farms"
    stack.redo()
    assert p.links[lid].name == "Farm robots"
    push_undo_redo(stack, p, RenameLinkCommand(p, lid, "Farms and vineyards"))
    stack.push(RenameLinkCommand(p, lid, "name", "Orchards"))
    assert p.links[lid].name == "Orchards"


def test_rename_to_duplicate_name_raises_and_changes_nothing(stack, small_project):
    p = small_project
    before = p.clone()
    with pytest.raises(ModelError):
        push_checked(stack, RenameLinkCommand(p, ids_of(p)["Farms"], "lidar SENSORS"))
    assert p == before


def test_set_status_creates_action_and_redo_keeps_its_id(stack, small_project):
    p = small_project
    lid = ids_of(p)["Farms"]
    push_undo_redo(stack, p, SetStatusCommand(p, [lid], LinkStatus.MISSING))
    created = [a for a in p.actions_for_link(lid) if a.kind == ActionKind.ALLIANCE_SEARCH]
    assert len(created) == 1
    action_id = created[0].id
    stack.undo()
    assert p.actions_for_link(lid) == [] and p.links[lid].status == LinkStatus.UNASSESSED
    stack.redo()
    assert [a.id for a in p.actions_for_link(lid)] == [action_id]


def test_set_status_several_links_is_one_step(stack, small_project):
    p = small_project
    ids = list(p.links)
    push_undo_redo(stack, p, SetStatusCommand(p, ids, LinkStatus.WEAK))
    assert stack.count() == 1
    assert {link.status for link in p.links.values()} == {LinkStatus.WEAK}


def test_set_status_that_changes_nothing_is_not_pushed(stack, small_project):
    p = small_project
    stack.push(SetStatusCommand(p, [ids_of(p)["Vehicle integration"]], LinkStatus.STRONG))
    assert stack.count() == 0


def test_edit_status_field(stack, small_project):
    p = small_project
    lid = ids_of(p)["Farms"]
    push_undo_redo(stack, p, EditLinkCommand(p, lid, "status", LinkStatus.WEAK))
    assert p.links[lid].status == LinkStatus.WEAK and p.actions_for_link(lid)


def test_toggle_strategic(stack, small_project):
    p = small_project
    ids = ids_of(p)
    push_undo_redo(stack, p, ToggleStrategicCommand(p, [ids["Farms"], ids["LiDAR sensors"]]))
    assert p.links[ids["Farms"]].strategic and p.links[ids["LiDAR sensors"]].strategic
    push_undo_redo(stack, p, ToggleStrategicCommand(p, [ids["Farms"]]))
    assert not p.links[ids["Farms"]].strategic


def test_move_with_stage_change_is_one_step(stack, small_project):
    p = small_project
    lid = ids_of(p)["LiDAR sensors"]
    cmd = MoveLinksCommand(p, {lid: (500.0, 300.0)}, {lid: p.stages[2].id})
    push_undo_redo(stack, p, cmd)
    assert p.links[lid].position == (500.0, 300.0) and p.links[lid].stage_id == p.stages[2].id
    assert stack.undoText() == "Move"


def test_arrow_key_moves_merge(stack, small_project):
    p = small_project
    lid = ids_of(p)["Farms"]
    x, y = p.links[lid].position
    for step in range(1, 4):
        stack.push(MoveLinksCommand(p, {lid: (x + 10 * step, y)}, merge_key="keys"))
    assert stack.count() == 1 and p.links[lid].position == (x + 30, y)
    stack.undo()
    assert p.links[lid].position == (x, y)


def test_command_that_changes_nothing_is_not_pushed(stack, small_project):
    p = small_project
    lid = ids_of(p)["Farms"]
    stack.push(MoveLinksCommand(p, {lid: p.links[lid].position}))
    stack.push(LayoutCommand(p, {lid: p.links[lid].position}))
    assert stack.count() == 0 and stack.isClean()


def test_layout_command(stack, small_project):
    p = small_project
    push_undo_redo(stack, p, LayoutCommand(p, layout_positions(p)))
    positions = {link.position for link in p.links.values()}
    assert len(positions) == len(p.links)  # no two cards at the same place
    for link in p.links.values():  # each card inside its lane
        lane = p.stage_index(link.stage_id)
        assert lane * LANE_WIDTH <= link.position[0] < (lane + 1) * LANE_WIDTH


def test_add_and_remove_flows(stack, small_project):
    p = small_project
    ids = ids_of(p)
    push_undo_redo(stack, p, AddFlowCommand(p, ids["LiDAR sensors"], ids["Farms"]))
    assert (ids["LiDAR sensors"], ids["Farms"]) in p.flows
    key = (ids["Perception software"], ids["Vehicle integration"])
    push_undo_redo(stack, p, RemoveFlowsCommand(p, [key]))
    assert key not in p.flows
    with pytest.raises(ModelError):
        push_checked(stack, AddFlowCommand(p, ids["Farms"], ids["Farms"]))


def test_delete_selection_with_flows_of_deleted_links(stack, small_project):
    p = small_project
    ids = ids_of(p)
    p.add_flow(ids["LiDAR sensors"], ids["Farms"])
    keys = list(p.flows)  # every flow, several touching the deleted link
    cmd = DeleteSelectionCommand(p, [ids["Perception software"]], keys)
    before, _ = push_undo_redo(stack, p, cmd)
    assert not p.flows and ids["Perception software"] not in p.links
    stack.undo()
    assert list(p.flows) == list(before.flows)


def test_stage_commands_keep_cards_in_lanes(stack, small_project):
    p = small_project
    ids = ids_of(p)
    lidar = ids["LiDAR sensors"]
    x0 = p.links[lidar].position[0]
    push_undo_redo(stack, p, AddStageCommand(p, "Software", 1, grid=LANE_GRID))
    assert p.stages[1].name == "Software"
    assert p.links[lidar].position[0] == x0 + LANE_WIDTH  # lane 1 became lane 2
    push_undo_redo(stack, p, RenameStageCommand(p, p.stages[1].id, "Embedded software"))
    assert p.stages[1].name == "Embedded software"
    moved = p.stages[1].id
    push_undo_redo(stack, p, MoveStageCommand(p, moved, 4, grid=LANE_GRID))
    assert p.stages[4].id == moved


def test_remove_stage_moving_or_deleting_its_links(stack, small_project):
    p = small_project
    ids = ids_of(p)
    components, subsystems = p.stages[1].id, p.stages[2].id
    push_undo_redo(stack, p, RemoveStageCommand(p, components, subsystems, grid=LANE_GRID))
    link = p.links[ids["LiDAR sensors"]]
    assert link.stage_id == subsystems
    assert link.position[0] == card_position(p.stage_index(subsystems), 0)[0]
    stack.undo()
    push_undo_redo(stack, p, RemoveStageCommand(p, components, None, grid=LANE_GRID))
    assert ids["LiDAR sensors"] not in p.links and len(p.stages) == 5


def test_project_properties_are_one_step(stack, small_project):
    p = small_project
    stack.push(EditPropertiesCommand(p, {"pole_name": "ViaMéca", "territory": "Auvergne"}))
    assert stack.count() == 1 and (p.pole_name, p.territory) == ("ViaMéca", "Auvergne")
    stack.undo()
    assert (p.pole_name, p.territory) == ("", "")


def test_duplicate_and_paste_make_names_unique(stack, small_project):
    p = small_project
    ids = ids_of(p)
    chosen = [ids["LiDAR sensors"], ids["Perception software"]]
    cmd = DuplicateLinksCommand(p, chosen)
    push_undo_redo(stack, p, cmd)
    assert p.link_by_name("LiDAR sensors (2)") is not None
    new_sensor = p.link_by_name("LiDAR sensors (2)")
    new_software = p.link_by_name("Perception software (2)")
    assert (new_sensor.id, new_software.id) in p.flows
    assert new_sensor.status == LinkStatus.WEAK and p.actions_for_link(new_sensor.id)
    data = copy_links_data(p, [new_sensor.id])
    push_undo_redo(stack, p, PasteLinksCommand(p, data))
    assert p.link_by_name("LiDAR sensors (3)") is not None


def test_notifier_reemits_model_events(qtbot, small_project):
    notifier = ProjectNotifier(small_project)
    lid = next(iter(small_project.links))
    with qtbot.waitSignal(notifier.links_changed) as blocker:
        small_project.update_link(lid, notes="x")
    assert blocker.args == [(lid,), ("notes",)]
    notifier.detach()
    seen = []
    notifier.links_changed.connect(lambda *args: seen.append(args))
    small_project.update_link(lid, notes="y")
    assert seen == []


def test_copied_duplicated_and_pasted_flows_keep_their_return_mark(qapp):
    p = Project.new(language="en")
    make, recycle = p.stages[2].id, p.stages[4].id
    cells, recycling = p.make_link("Cells", make), p.make_link("Recycling", recycle)
    p.add_links([cells, recycling])
    p.add_flow(cells.id, recycling.id)
    p.add_flow(recycling.id, cells.id, is_return=True)
    stack = QUndoStack()
    stack.push(DuplicateLinksCommand(p, [cells.id, recycling.id]))
    cells2, recycling2 = p.link_by_name("Cells (2)").id, p.link_by_name("Recycling (2)").id
    assert p.flows[(recycling2, cells2)].is_return
    assert not p.flows[(cells2, recycling2)].is_return
    data = copy_links_data(p, [cells.id, recycling.id])
    stack.push(PasteLinksCommand(p, data))
    cells3, recycling3 = p.link_by_name("Cells (3)").id, p.link_by_name("Recycling (3)").id
    assert p.flows[(recycling3, cells3)].is_return
    data["flows"] = [flow[:2] for flow in data["flows"]]  # an older payload: no marks
    stack.push(PasteLinksCommand(p, data))
    cells4, recycling4 = p.link_by_name("Cells (4)").id, p.link_by_name("Recycling (4)").id
    assert p.flows[(recycling4, cells4)].is_return  # it goes to an earlier stage
