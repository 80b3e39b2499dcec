"""The keyboard path on the map, with real key and mouse events: focus moves that never move a
card, new links at a free place of their lane, a link inserted into a flow, connect by name."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, LANE_WIDTH
from valuechain_gui.ui.canvas.interactions.navigation import chain_order, free_y

from canvas_testing import card_point, click, ids, laid_out_project, make_view

_K = Qt.Key
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


def names(project, link_ids):
    return [project.links[i].name for i in link_ids]


def no_overlap(project) -> bool:
    """No two cards of one lane closer than a card's height."""
    cards = sorted((round(link.position[0] // LANE_WIDTH), link.position[1])
                   for link in project.links.values())
    return all(a[0] != b[0] or b[1] - a[1] >= CARD_HEIGHT for a, b in zip(cards, cards[1:]))


def test_tab_and_alt_arrows_move_the_focus_in_chain_order_and_never_move_a_card(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    positions = {i: link.position for i, link in project.links.items()}
    seen = []
    for _ in range(len(project.links) + 1):
        QTest.keyClick(view, _K.Key_Tab)
        seen += names(project, scene.selected_link_ids())
    assert seen == ["LiDAR sensors", "GNSS-RTK positioning", "Perception software",
                    "Vehicle integration", "Farms", "LiDAR sensors"]  # upstream first, wraps
    QTest.keyClick(view, _K.Key_Tab, _SHIFT)
    assert names(project, scene.selected_link_ids()) == ["Farms"]
    QTest.keyClick(view, _K.Key_Left, _ALT)
    assert names(project, scene.selected_link_ids()) == ["Vehicle integration"]
    QTest.keyClick(view, _K.Key_Left, _ALT)
    assert names(project, scene.selected_link_ids()) == ["Perception software"]
    QTest.keyClick(view, _K.Key_Left, _ALT)
    assert names(project, scene.selected_link_ids()) == ["LiDAR sensors"]
    QTest.keyClick(view, _K.Key_Down, _ALT)
    assert names(project, scene.selected_link_ids()) == ["GNSS-RTK positioning"]
    assert {i: link.position for i, link in project.links.items()} == positions
    QTest.keyClick(view, _K.Key_Down)  # the plain arrows still move the selected card
    assert project.links[ids(project)["GNSS-RTK positioning"]].position[1] == \
        positions[ids(project)["GNSS-RTK positioning"]][1] + 10
    assert chain_order(project)[0] == ids(project)["LiDAR sensors"]


def test_a_double_click_just_under_a_card_makes_a_card_that_overlaps_none(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    lidar = project.links[ids(project)["LiDAR sensors"]]
    under = QPointF(lidar.position[0] + CARD_WIDTH / 2, lidar.position[1] + CARD_HEIGHT + 6)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, view.mapFromScene(under))
    QTest.keyClicks(view, "Radar")
    QTest.keyClick(view, _K.Key_Return)
    radar = project.link_by_name("Radar")
    assert radar.stage_id == lidar.stage_id
    assert no_overlap(project)


def test_insert_and_n_add_in_the_focused_cards_lane_at_a_free_place(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    n = ids(project)
    click(view, card_point(view, n["LiDAR sensors"]))
    QTest.keyClick(view, _K.Key_N)
    QTest.keyClicks(view, "Radar")
    QTest.keyClick(view, _K.Key_Return)
    click(view, card_point(view, n["LiDAR sensors"]))
    QTest.keyClick(view, _K.Key_Insert)
    QTest.keyClicks(view, "Cameras")
    QTest.keyClick(view, _K.Key_Return)
    lane = project.links[n["LiDAR sensors"]].stage_id
    assert project.link_by_name("Radar").stage_id == lane
    assert project.link_by_name("Cameras").stage_id == lane
    assert no_overlap(project)
    x = project.links[n["LiDAR sensors"]].position[0]
    assert free_y(project, x, 0.0) > max(link.position[1] for link in project.links.values()
                                         if link.stage_id == lane)


def test_n_with_no_card_focused_asks_the_stage(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)

    def choose() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(10, choose)
            return
        QTest.keyClick(popup, _K.Key_5)  # the fifth stage: distribution and services

    QTimer.singleShot(0, choose)
    QTest.keyClick(view, _K.Key_N)
    qtbot.waitUntil(lambda: view.interactions.inline.editor is not None)
    view.setFocus()
    QTest.keyClicks(view, "Dealers")
    QTest.keyClick(view, _K.Key_Return)
    assert project.link_by_name("Dealers").stage_id == project.stages[4].id


def test_shift_n_adds_a_link_downstream_with_its_flow_in_one_step(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    n = ids(project)
    click(view, card_point(view, n["Vehicle integration"]))
    QTest.keyClick(view, _K.Key_N, _SHIFT)
    QTest.keyClicks(view, "Dealers")
    QTest.keyClick(view, _K.Key_Return)
    dealers = project.link_by_name("Dealers")
    assert dealers.stage_id == project.stages[4].id
    assert (n["Vehicle integration"], dealers.id) in project.flows
    assert view.chain_scene.selected_link_ids() == [dealers.id]
    view.interactions.edit.undo_stack.undo()
    assert project.link_by_name("Dealers") is None
    assert len(project.flows) == 4


def test_a_double_click_on_a_flow_inserts_a_link_between_its_ends(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    n = ids(project)
    key = (n["LiDAR sensors"], n["Perception software"])
    arrow = scene.arrow(key)
    hit = next(p for p in (arrow.path().pointAtPercent(t / 20) for t in range(1, 20))
               if scene.itemAt(p, view.transform()) is arrow)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, view.mapFromScene(hit))
    QTest.keyClicks(view, "Sensor fusion")
    QTest.keyClick(view, _K.Key_Return)
    fusion = project.link_by_name("Sensor fusion")
    assert fusion is not None
    assert key not in project.flows
    assert (key[0], fusion.id) in project.flows and (fusion.id, key[1]) in project.flows
    assert no_overlap(project)
    view.interactions.edit.undo_stack.undo()  # one step
    assert key in project.flows and project.link_by_name("Sensor fusion") is None


def test_c_connects_the_focused_card_to_a_link_chosen_by_the_start_of_its_name(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    n = ids(project)
    click(view, card_point(view, n["GNSS-RTK positioning"]))
    QTest.keyClick(view, _K.Key_C)
    field = view.interactions.by_name.field
    assert field is not None and field.hasFocus()
    QTest.keyClicks(field, "per")  # the map's keys stay off: "p", "e", "r" are text here
    QTest.keyClick(field, _K.Key_Return)
    assert (n["GNSS-RTK positioning"], n["Perception software"]) in project.flows
    assert view.interactions.by_name.field is None
    QTest.keyClick(view, _K.Key_C, _SHIFT)
    QTest.keyClicks(view.interactions.by_name.field, "lid")
    QTest.keyClick(view.interactions.by_name.field, _K.Key_Return)
    assert (n["LiDAR sensors"], n["GNSS-RTK positioning"]) in project.flows
    QTest.keyClick(view, _K.Key_C)
    QTest.keyClick(view.interactions.by_name.field, _K.Key_Escape)  # closes, adds nothing
    assert view.interactions.by_name.field is None and len(project.flows) == 6
    assert view.hasFocus()
