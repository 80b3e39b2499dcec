"""Moving cards (drag, lane change, arrow keys), auto-layout and stage edits, with undo."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from valuechain_gui.analysis.layout import layout_positions
from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, LANE_WIDTH, card_position
from valuechain_gui.ui.document.commands.links import (
    LayoutCommand,
)
from valuechain_gui.ui.document.commands.stages import (
    AddStageCommand,
    RemoveStageCommand,
)
from valuechain_gui.ui.document.edit import LANE_GRID

from canvas_testing import (
    assert_scene_matches,
    card_point,
    click,
    drag,
    ids,
    laid_out_project,
    make_view,
)


def test_drag_moves_card_and_arrows_in_one_step_then_undo(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    farms = ids(project)["Farms"]
    start = project.links[farms].position
    arrow = scene.arrow((ids(project)["Vehicle integration"], farms))
    end_before = arrow.boundingRect()
    drag(view, card_point(view, farms), card_point(view, farms, dy=CARD_HEIGHT / 2 + 150))
    assert project.links[farms].position == (start[0], start[1] + 150)
    assert view.interactions.edit.undo_stack.count() == 1 and view.interactions.edit.undo_stack.undoText() == "Move"
    assert arrow.boundingRect() != end_before  # the arrow followed its card
    assert_scene_matches(scene)
    view.interactions.edit.undo_stack.undo()
    assert project.links[farms].position == start
    assert_scene_matches(scene)


def test_drop_in_another_lane_changes_stage_in_the_same_step(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    gnss = ids(project)["GNSS-RTK positioning"]
    old_stage = project.links[gnss].stage_id
    drag(view, card_point(view, gnss), card_point(view, gnss, dx=CARD_WIDTH / 2 + LANE_WIDTH + 10))
    link = project.links[gnss]
    assert link.stage_id == project.stages[2].id
    assert link.position[0] == card_position(2, 0)[0]  # snapped into the lane
    assert view.interactions.edit.undo_stack.count() == 1
    view.interactions.edit.undo_stack.undo()
    assert project.links[gnss].stage_id == old_stage
    assert_scene_matches(scene)


def test_drag_several_selected_cards_together(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    n = ids(project)
    a, b = n["LiDAR sensors"], n["GNSS-RTK positioning"]
    before = {i: project.links[i].position for i in (a, b)}
    click(view, card_point(view, a))
    click(view, card_point(view, b), Qt.KeyboardModifier.ControlModifier)
    drag(view, card_point(view, a), card_point(view, a, dy=CARD_HEIGHT / 2 + 100))
    for i in (a, b):
        assert project.links[i].position == (before[i][0], before[i][1] + 100)
    assert view.interactions.edit.undo_stack.count() == 1


def test_arrow_keys_move_and_merge(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    farms = ids(project)["Farms"]
    x, y = project.links[farms].position
    click(view, card_point(view, farms))
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert project.links[farms].position == (x, y + 30)
    assert view.interactions.edit.undo_stack.count() == 1
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert project.links[farms].stage_id == project.stages[4].id
    assert project.links[farms].position[0] == card_position(4, 0)[0]
    view.interactions.edit.undo_stack.undo()
    view.interactions.edit.undo_stack.undo()
    assert project.links[farms].position == (x, y)
    assert_scene_matches(scene)


def test_layout_and_undo(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    for link_id in list(project.links):  # scramble the map
        project.update_link(link_id, position=(5.0, 600.0))
    scrambled = project.clone()
    view.interactions.edit.undo_stack.push(LayoutCommand(project, layout_positions(project)))
    rects = [scene.card(i).sceneBoundingRect() for i in project.links]
    assert all(not r1.intersects(r2) for k, r1 in enumerate(rects) for r2 in rects[k + 1:])
    for link in project.links.values():
        lane = project.stage_index(link.stage_id)
        assert lane * LANE_WIDTH <= link.position[0] < (lane + 1) * LANE_WIDTH
    assert_scene_matches(scene)
    view.interactions.edit.undo_stack.undo()
    assert project == scrambled
    assert_scene_matches(scene)


def test_double_click_header_renames_stage(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    point = view.mapFromScene(QPointF(LANE_WIDTH * 2 + 60, 20))
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      point)
    QTest.keyClicks(view, "Software")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert project.stages[2].name == "Software"
    assert view.chain_scene.lanes()[2].name == "Software"
    view.interactions.edit.undo_stack.undo()
    assert view.chain_scene.lanes()[2].name == "Subsystems"


def test_stage_edits_rebuild_lanes_and_keep_cards_in_them(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    stack = view.interactions.edit.undo_stack
    stack.push(AddStageCommand(project, "Software", 2, grid=LANE_GRID))
    assert_scene_matches(scene)
    for link in project.links.values():
        lane = project.stage_index(link.stage_id)
        assert lane * LANE_WIDTH <= link.position[0] < (lane + 1) * LANE_WIDTH
    components = project.stages[1].id
    stack.push(RemoveStageCommand(project, components, project.stages[0].id, grid=LANE_GRID))
    assert_scene_matches(scene)
    assert len(scene.lanes()) == 6
    stack.undo()
    stack.undo()
    assert_scene_matches(scene)
    assert [lane.name for lane in scene.lanes()][1] == "Components"


def test_remove_stage_from_menu_asks_and_deletes_links(qtbot):
    from valuechain_gui.ui.canvas.interactions.menus import build_context_menu

    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    asked = []

    def answer(scene_, stage_id):
        asked.append(stage_id)
        return ("delete", None)

    view.interactions.ask_stage_removal = answer
    menu = build_context_menu(view.interactions, QPointF(LANE_WIDTH + 50, 20))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "Remove stage…" in texts and "Move stage left" in texts
    next(a for a in menu.actions() if a.text() == "Remove stage…").trigger()
    components = asked[0]
    assert all(link.stage_id != components for link in project.links.values())
    assert len(project.links) == 3 and len(scene.lanes()) == 5
    assert_scene_matches(scene)
    view.interactions.edit.undo_stack.undo()
    assert len(project.links) == 5
    assert_scene_matches(scene)


def test_card_context_menu_selects_downstream_chain(qtbot):
    from valuechain_gui.ui.canvas.interactions.menus import build_context_menu

    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    n = ids(project)
    x, y = project.links[n["Perception software"]].position
    menu = build_context_menu(view.interactions, QPointF(x + 20, y + 20))
    next(a for a in menu.actions() if a.text() == "Select downstream chain").trigger()
    assert set(scene.selected_link_ids()) == {
        n["Perception software"], n["Vehicle integration"], n["Farms"]}
    next(a for a in menu.actions() if a.text() == "Tag as strong").trigger()
    assert {project.links[i].status.value for i in scene.selected_link_ids()} == {"strong"}


def test_menu_entries_for_chains_and_stages(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    n = ids(project)
    actions = view.canvas_actions
    for key in ("strong", "weak", "missing", "unassessed", "strategic", "connect", "delete",
                "insert", "rename", "left", "right", "up", "down"):
        assert actions[key].shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    click(view, card_point(view, n["Perception software"]))
    actions["select_chain"].trigger()
    assert set(scene.selected_link_ids()) == set(project.links) - {n["GNSS-RTK positioning"]}
    click(view, card_point(view, n["Perception software"]))
    actions["select_upstream"].trigger()
    assert set(scene.selected_link_ids()) == {n["Perception software"], n["LiDAR sensors"]}
    click(view, card_point(view, n["Perception software"]))  # stage: subsystems (index 2)
    actions["move_stage_right"].trigger()
    assert project.stages[3].name == "Subsystems"
    assert project.links[n["Perception software"]].position[0] == card_position(3, 0)[0]
    assert_scene_matches(scene)
    actions["add_stage"].trigger()  # after the current stage, name editor open
    assert project.stages[4].name == "Stage" and view.interactions.inline.editor is not None
    QTest.keyClicks(view, "Validation")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert project.stages[4].name == "Validation"
    assert len(scene.lanes()) == 7
    assert_scene_matches(scene)


def test_stage_removal_question_counts_the_links_with_a_plural(qtbot):
    """The question is one %n plural message (translatable per count), filled with the count."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from valuechain_gui.ui.canvas.interactions.menus import ask_stage_removal
    from work_safety_testing import answer_next_box

    project = laid_out_project()
    view = make_view(qtbot, project)
    stage = project.stages[1]  # components: LiDAR sensors and GNSS-RTK positioning
    seen: list[QMessageBox] = []
    answer_next_box(lambda box: QMessageBox.StandardButton.Cancel, seen)
    assert ask_stage_removal(view.interactions, stage.id) is None
    expected = QCoreApplication.translate(
        "Canvas", "The stage “{stage}” holds %n link(s). What should happen to them?", None,
        2).format(stage=stage.name)
    assert seen[0].text() == expected and " 2 link" in expected and "%n" not in expected
