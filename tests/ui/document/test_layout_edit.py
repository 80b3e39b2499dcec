"""Auto-layout from the window (Ctrl+L) is one undo step that moves the cards and marks the return
flows; a flow drawn to an earlier stage is a return flow; the lanes widen to their sub-columns and
a card dropped in a wide lane snaps to one of them."""

from __future__ import annotations

from pathlib import Path

from valuechain_gui.geometry import card_grid, project_lane_spans
from valuechain_gui.io.sheets.importer import import_spreadsheet
from valuechain_gui.ui.document.document import Document

from canvas_testing import card_point, drag, ids, laid_out_project, make_view

BATTERY = Path(__file__).parents[3] / "sample_projects" / "battery_chain.csv"


def unlaid_battery():
    """The battery chain as an older file would have it: stacked cards, no flow marked."""
    project = import_spreadsheet(BATTERY).project
    rows: dict[str, int] = {}
    for index, stage in enumerate(project.stages):
        for link in project.links_in_stage(stage.id):
            row = rows[stage.id] = rows.get(stage.id, -1) + 1
            project.update_links({link.id: {"position": card_grid().position(index, row)}})
    project.set_return_flows({key: False for key in project.flows})
    return project


def returns(project):
    names = {i: link.name for i, link in project.links.items()}
    return [(names[u], names[d]) for (u, d), flow in project.flows.items() if flow.is_return]


def test_auto_layout_is_one_undo_step_for_positions_and_return_marks(qapp):
    document = Document(unlaid_battery())
    project = document.project
    before = project.clone()
    assert document.edit.layout()
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Auto-layout"
    assert returns(project) == [("Battery recycling", "Cathode active materials")]
    after = project.clone()
    document.undo_stack.undo()
    assert project == before and returns(project) == []
    document.undo_stack.redo()
    assert project == after
    assert not document.edit.layout()  # laid out already: nothing to push
    assert document.undo_stack.count() == 1


def test_a_flow_drawn_to_an_earlier_stage_is_a_return_flow(qapp):
    document = Document(laid_out_project())
    n = ids(document.project)
    assert document.edit.add_flow(n["Farms"], n["LiDAR sensors"])
    assert document.project.flows[(n["Farms"], n["LiDAR sensors"])].is_return is True
    assert document.edit.add_flow(n["LiDAR sensors"], n["Farms"])  # to a later stage: plain
    assert document.project.flows[(n["LiDAR sensors"], n["Farms"])].is_return is False
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert (n["Farms"], n["LiDAR sensors"]) not in document.project.flows


def test_lanes_widen_to_their_sub_columns_and_a_drop_snaps_to_one(qtbot):
    project = unlaid_battery()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    document_edit = view.interactions.edit
    step = card_grid().column_step
    assert [lane.width for lane in scene.lanes()] == [step] * 4
    assert document_edit.layout()
    assert [lane.width for lane in scene.lanes()] == [step, 5 * step, step, step]
    assert [lane.x() for lane in scene.lanes()] == [0.0, step, 6 * step, 7 * step]
    # the recycling arrow was drawn anew for its mark, and still joins its two cards
    n = ids(project)
    assert scene.arrow((n["Battery recycling"], n["Cathode active materials"])) is not None
    # Stationary storage dropped near the third sub-column of Fabrication snaps onto it
    storage = n["Stationary storage"]
    x0, y0 = project.links[storage].position
    target_x = step * 3 + card_grid().margin_x + 30  # 30 px right of sub-column 2's card x
    drag(view, card_point(view, storage), card_point(view, storage, dx=target_x - x0 + 92,
                                                     dy=36 + 300))
    link = project.links[storage]
    assert project.stage(link.stage_id).name == "Fabrication"
    assert link.position[0] == step * 3 + card_grid().margin_x


def test_a_stage_added_or_moved_keeps_every_lane_its_width(qapp):
    document = Document(unlaid_battery())
    project = document.project
    document.edit.layout()
    step = card_grid().column_step
    before = {i: link.position for i, link in project.links.items()}
    fabrication = project.stages[1].id
    assert document.edit.add_stage("Design", 1)  # a new one-column lane before Fabrication
    assert [w / step for _, w in project_lane_spans(project)] == [1, 1, 5, 1, 1]
    for link_id, (x, y) in before.items():
        shifted = project.stage_index(project.links[link_id].stage_id) > 1
        assert project.links[link_id].position == ((x + step, y) if shifted else (x, y))
    assert document.edit.move_stage(fabrication, 4)  # Fabrication last: still five columns
    assert [w / step for _, w in project_lane_spans(project)] == [1, 1, 1, 1, 5]
    fab_x = sorted(link.position[0] for link in project.links_in_stage(fabrication))
    assert fab_x == [4 * step + card_grid().margin_x + c * step for c in range(5)]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert {i: link.position for i, link in project.links.items()} == before
