"""Canvas editing with real mouse and keyboard events: create, rename, connect, tag, delete."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenuBar, QWidget

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, LANE_WIDTH
from valuechain_gui.model import ActionKind, LinkStatus
from valuechain_gui.ui.canvas.view import CanvasView
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.document.notifier import ProjectNotifier

from canvas_testing import (
    assert_scene_matches,
    card_point,
    click,
    drag,
    ids,
    laid_out_project,
    make_view,
    show_active,
)


def test_double_click_creates_link_in_lane_under_cursor(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    point = view.mapFromScene(QPointF(4 * LANE_WIDTH + 100, 300))  # lane 4: distribution
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      point)
    assert view.interactions.inline.editor is not None
    QTest.keyClicks(view, "Fleet maintenance 24")
    QTest.keyClick(view, Qt.Key.Key_Return)
    link = project.link_by_name("Fleet maintenance 24")
    assert link is not None and link.stage_id == project.stages[4].id
    assert scene.selected_link_ids() == [link.id]
    assert view.interactions.edit.undo_stack.undoText() == "Add link"
    assert_scene_matches(scene)
    view.interactions.edit.undo_stack.undo()
    assert project.link_by_name("Fleet maintenance 24") is None
    assert_scene_matches(scene)


def test_escape_cancels_new_link_and_insert_key_opens_editor(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    before = project.clone()
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.mapFromScene(QPointF(LANE_WIDTH * 4 + 50, 400)))
    QTest.keyClicks(view, "Nope")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert project == before and view.interactions.inline.editor is None
    click(view, card_point(view, ids(project)["LiDAR sensors"]))
    QTest.keyClick(view, Qt.Key.Key_Insert)
    QTest.keyClicks(view, "Batteries")
    QTest.keyClick(view, Qt.Key.Key_Enter)
    assert project.link_by_name("Batteries").stage_id == project.stages[1].id


def test_rename_with_f2_and_editor_owns_its_keys(qtbot):
    project = laid_out_project()
    holder = QWidget()
    view = CanvasView(ChainScene(project, notifier=ProjectNotifier(project)), parent=holder)
    layout = QHBoxLayout(holder)
    layout.addWidget(view)
    undo = view.interactions.edit.undo_stack.createUndoAction(holder)
    undo.setShortcut(QKeySequence.StandardKey.Undo)  # a window-wide Ctrl+Z, as in the main window
    holder.addAction(undo)
    qtbot.addWidget(holder)
    holder.resize(1600, 700)
    show_active(qtbot, holder)
    view.setFocus()
    farms = ids(project)["Farms"]
    view.centerOn(view.chain_scene.card(farms))
    click(view, card_point(view, farms))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.interactions.inline.editor
    assert editor is not None and editor.toPlainText() == "Farms"
    QTest.keyClick(view, Qt.Key.Key_End)
    QTest.keyClicks(view, " and vineyards2")
    QTest.keyClick(view, Qt.Key.Key_Backspace)  # text only: no link deleted
    QTest.keyClick(view, Qt.Key.Key_Home)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # text undo only
    assert len(project.links) == 5 and view.interactions.edit.undo_stack.count() == 0
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert project.links[farms].name == "Farms and vineyards"
    view.interactions.edit.undo_stack.undo()
    assert project.links[farms].name == "Farms"
    # double-click on a card renames it too
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, card_point(view, farms))
    QTest.keyClicks(view, "Orchards")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert project.links[farms].name == "Orchards"


def test_rename_to_existing_name_is_refused_with_message(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    farms = ids(project)["Farms"]
    messages = []
    view.interactions.status_message.connect(messages.append)
    view.interactions.inline.start_rename(farms)
    QTest.keyClicks(view, "lidar sensors")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert project.links[farms].name == "Farms"
    assert messages and "lidar sensors" in messages[0].lower()


def test_connect_by_dragging_the_handle(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    n = ids(project)
    start = card_point(view, n["GNSS-RTK positioning"], dx=CARD_WIDTH, dy=CARD_HEIGHT / 2)
    end = card_point(view, n["Perception software"])
    drag(view, start, end)
    assert (n["GNSS-RTK positioning"], n["Perception software"]) in project.flows
    assert project.links[n["GNSS-RTK positioning"]].position == (
        view.chain_scene.card(n["GNSS-RTK positioning"]).pos().x(),
        view.chain_scene.card(n["GNSS-RTK positioning"]).pos().y())  # the card did not move
    assert view.interactions.edit.undo_stack.undoText() == "Connect"
    assert_scene_matches(view.chain_scene)


def test_connect_first_selected_to_last_with_f(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    n = ids(project)
    click(view, card_point(view, n["Farms"]))
    click(view, card_point(view, n["LiDAR sensors"]), Qt.KeyboardModifier.ControlModifier)
    assert view.chain_scene.selected_link_ids() == [n["Farms"], n["LiDAR sensors"]]
    QTest.keyClick(view, Qt.Key.Key_F)
    assert (n["Farms"], n["LiDAR sensors"]) in project.flows  # a loop back: allowed
    assert_scene_matches(view.chain_scene)
    view.interactions.edit.undo_stack.undo()
    assert (n["Farms"], n["LiDAR sensors"]) not in project.flows
    assert_scene_matches(view.chain_scene)


def test_tag_with_number_keys_and_strategic(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    n = ids(project)
    gnss, farms = n["GNSS-RTK positioning"], n["Farms"]
    click(view, card_point(view, gnss))
    click(view, card_point(view, farms), Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_2)
    assert {project.links[i].status for i in (gnss, farms)} == {LinkStatus.WEAK}
    assert [a.kind for a in project.actions_for_link(gnss)] == [ActionKind.LOCAL_REINFORCEMENT]
    assert view.interactions.edit.undo_stack.count() == 1  # two links, one step
    QTest.keyClick(view, Qt.Key.Key_3)
    assert project.links[farms].status == LinkStatus.MISSING
    assert {a.kind for a in project.actions_for_link(farms)} == {
        ActionKind.LOCAL_REINFORCEMENT, ActionKind.ALLIANCE_SEARCH}
    QTest.keyClick(view, Qt.Key.Key_1)
    assert project.links[gnss].status == LinkStatus.STRONG
    QTest.keyClick(view, Qt.Key.Key_0)
    assert project.links[gnss].status == LinkStatus.UNASSESSED
    QTest.keyClick(view, Qt.Key.Key_S)
    assert project.links[gnss].strategic and project.links[farms].strategic
    assert view.chain_scene.card(gnss).strategic
    for _ in range(5):
        view.interactions.edit.undo_stack.undo()
    assert project.links[gnss].status == LinkStatus.UNASSESSED and not project.actions_for_link(gnss)
    assert_scene_matches(view.chain_scene)


def test_delete_links_with_some_of_their_flows(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    n = ids(project)
    before = project.clone()
    software, integration = n["Perception software"], n["Vehicle integration"]
    click(view, card_point(view, software))
    click(view, card_point(view, integration), Qt.KeyboardModifier.ControlModifier)
    # ctrl+click the arrow sensors → software (a flow of a deleted link) as well
    flow = (n["LiDAR sensors"], software)
    arrow = scene.arrow(flow)
    hit = next(p for p in (arrow.path().pointAtPercent(t / 20) for t in range(1, 20))
               if scene.itemAt(p, view.transform()) is arrow)
    click(view, view.mapFromScene(hit), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_flow_keys() == [flow]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert software not in project.links and integration not in project.links
    assert list(project.flows) == []
    assert_scene_matches(scene)
    view.interactions.edit.undo_stack.undo()
    assert project == before
    assert_scene_matches(scene)
    view.interactions.edit.undo_stack.redo()
    assert_scene_matches(scene)


def test_ctrl_a_and_rubber_band_select(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(scene.selected_link_ids()) == set(project.links)
    assert set(scene.selected_flow_keys()) == set(project.flows)
    scene.clearSelection()
    n = ids(project)
    # band around the components lane's two cards, starting on empty lane background
    top_left = view.mapFromScene(QPointF(LANE_WIDTH + 4, 70))
    bottom_right = view.mapFromScene(QPointF(2 * LANE_WIDTH - 4, 300))
    drag(view, top_left, bottom_right)
    assert set(scene.selected_link_ids()) == {n["LiDAR sensors"], n["GNSS-RTK positioning"]}


def test_canvas_keys_do_nothing_while_another_widget_has_focus(qtbot):
    project = laid_out_project()
    holder = QWidget()
    layout = QHBoxLayout(holder)
    field = QLineEdit()
    view = CanvasView(ChainScene(project, notifier=ProjectNotifier(project)))
    bar = QMenuBar()
    menu = bar.addMenu("Edit")
    for action in view.canvas_actions.values():  # the main window also puts them in menus
        menu.addAction(action)
    layout.setMenuBar(bar)
    layout.addWidget(field)
    layout.addWidget(view)
    qtbot.addWidget(holder)
    holder.resize(1600, 700)
    show_active(qtbot, holder)
    view.chain_scene.select_links(list(project.links))
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = project.clone()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_S,
                Qt.Key.Key_F, Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Down,
                Qt.Key.Key_Right, Qt.Key.Key_Insert, Qt.Key.Key_F2):
        QTest.keyClick(field, key)
    assert project == before
    assert view.interactions.inline.editor is None
    assert field.text() == "1230s"  # "f" typed, then Backspace erased it: in the field only
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_2)
    assert {link.status for link in project.links.values()} == {LinkStatus.WEAK}


def test_rubber_band_arrow_follows_the_cursor_while_connecting(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    gnss = ids(project)["GNSS-RTK positioning"]
    viewport = view.viewport()
    start = card_point(view, gnss, dx=CARD_WIDTH, dy=CARD_HEIGHT / 2)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    target = view.mapFromScene(QPointF(5 * LANE_WIDTH, 500))  # empty canvas
    QTest.mouseMove(viewport, target)
    preview = view.interactions.connector.preview
    assert preview is not None and view.interactions.connector.source is scene.card(gnss)
    end = view.mapToScene(target)
    assert preview.path().boundingRect().adjusted(-2, -2, 2, 2).contains(end)
    before = project.clone()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target)
    assert project == before  # dropped on nothing: no flow, no move
    assert view.interactions.connector.preview is None and preview.scene() is None
    # Escape while drawing drops the flow even when released on a card
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    software = card_point(view, ids(project)["Perception software"])
    QTest.mouseMove(viewport, software)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseMove(viewport, software + QPoint(30, 40))  # the card must not follow
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       software + QPoint(30, 40))
    assert project == before and view.interactions.connector.preview is None
    assert (scene.card(gnss).pos().x(), scene.card(gnss).pos().y()) == before.links[gnss].position


def test_flow_selection_by_click_and_deselect_on_empty_canvas(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    n = ids(project)
    key = (n["LiDAR sensors"], n["Perception software"])
    arrow = scene.arrow(key)
    hit = next(p for p in (arrow.path().pointAtPercent(t / 20) for t in range(1, 20))
               if scene.itemAt(p, view.transform()) is arrow)
    click(view, view.mapFromScene(hit))
    assert scene.selected_flow_keys() == [key] and scene.selected_link_ids() == []
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert key not in project.flows and len(project.links) == 5
    view.interactions.edit.undo_stack.undo()
    click(view, view.mapFromScene(hit))
    click(view, view.mapFromScene(QPointF(5 * LANE_WIDTH + 20, 600)))  # empty canvas
    assert scene.selected_flow_keys() == []


def test_no_stage_no_link_and_empty_map(qtbot):
    from valuechain_gui.model import Project
    from valuechain_gui.ui.canvas.scene_image import render_scene_image

    project = Project(target_market="Empty", language="en")
    view = make_view(qtbot, project)
    messages = []
    view.interactions.status_message.connect(messages.append)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.mapFromScene(QPointF(100, 200)))
    QTest.keyClick(view, Qt.Key.Key_Insert)
    assert messages == ["Add a stage before adding links."] * 2 and not project.links
    view.fit_all()
    assert render_scene_image(view.chain_scene, 300).width() == 300
