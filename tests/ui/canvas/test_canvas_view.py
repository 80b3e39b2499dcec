"""Zoom, pan, fit, level of detail and full-detail rendering, highlight, badges, minimap."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style
from valuechain_gui.ui.canvas.minimap import Minimap
from valuechain_gui.ui.canvas.scene import FIT_MARGIN
from valuechain_gui.ui.canvas.scene_image import render_scene_image

from canvas_testing import card_point, ids, laid_out_project, make_view


def wheel(view, point: QPoint, steps: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_around_the_cursor(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    view.resize(700, 400)
    farms = ids(project)["Farms"]
    view.center_on_link(farms)
    point = card_point(view, farms)
    under = view.mapToScene(point)
    wheel(view, point, 2)
    assert abs(view.zoom_factor() - 1.25 ** 2) < 1e-6
    after = view.mapToScene(point)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2
    wheel(view, point, -1, Qt.KeyboardModifier.NoModifier)  # plain wheel scrolls, no zoom
    assert abs(view.zoom_factor() - 1.25 ** 2) < 1e-6


def test_zoom_shortcuts_fit_and_actual_size(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    view.zoom_in()
    assert abs(view.zoom_factor() - 1.25) < 1e-6
    view.zoom_out()
    view.zoom_out()
    assert abs(view.zoom_factor() - 0.8) < 1e-6
    view.resize(600, 300)
    view.fit_all()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    content = view.chain_scene.content_rect(FIT_MARGIN)
    assert visible.contains(content.adjusted(2, 2, -2, -2))
    assert view.zoom_factor() < 0.5
    view.actual_size()
    assert view.zoom_factor() == 1.0
    view.center_on_link(ids(project)["Farms"])
    centre = view.mapToScene(view.viewport().rect().center())
    card = view.chain_scene.card(ids(project)["Farms"]).sceneBoundingRect()
    assert card.adjusted(-5, -5, 5, 5).contains(centre)


def test_middle_button_and_space_drag_pan(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    view.set_zoom(2.0)
    h = view.horizontalScrollBar()
    start = h.value()
    viewport = view.viewport()
    empty = QPoint(300, 600)
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, empty)
    QTest.mouseMove(viewport, empty + QPoint(-100, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier,
                       empty + QPoint(-100, 0))
    assert h.value() == start + 100
    before = project.clone()
    QTest.keyPress(view, Qt.Key.Key_Space)
    farms = card_point(view, ids(project)["Farms"])
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, farms)
    QTest.mouseMove(viewport, farms + QPoint(50, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       farms + QPoint(50, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert h.value() == start + 50
    assert project == before  # panned over a card without moving it


def pixel_at_card(image: QImage, scene, link_id: str, source) -> QColor:
    """Colour of the image pixel over a point of a card with no text (top middle)."""
    x, y = scene.project.links[link_id].position
    sx = (x + CARD_WIDTH * 0.55 - source.x()) * image.width() / source.width()
    sy = (y + CARD_HEIGHT * 0.12 - source.y()) * image.height() / source.height()
    return image.pixelColor(int(sx), int(sy))


def test_low_zoom_is_simplified_but_exports_force_full_detail(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    strong = ids(project)["Vehicle integration"]
    source = scene.content_rect()
    width = 300  # about 0.2 scene-to-image scale: low level of detail
    # what a view at that zoom draws: simplified cards, filled with the saturated status colour
    raw = QImage(width, round(width * source.height() / source.width()), QImage.Format.Format_RGB32)
    raw.fill(Qt.GlobalColor.white)
    painter = QPainter(raw)
    scene.render(painter, raw.rect(), source)
    painter.end()
    assert pixel_at_card(raw, scene, strong, source).name() == style.STATUS_COLOR[LinkStatus.STRONG]
    # the export helper forces full detail: the card's light fill, not the saturated block
    image = render_scene_image(scene, width)
    colour = pixel_at_card(image, scene, strong, source)
    assert colour.name() != style.STATUS_COLOR[LinkStatus.STRONG]
    assert colour.lightness() > 180
    assert scene.full_detail is False  # restored
    scene.set_full_detail(True)
    raw.fill(Qt.GlobalColor.white)
    painter = QPainter(raw)
    scene.render(painter, raw.rect(), source)
    painter.end()
    assert pixel_at_card(raw, scene, strong, source).lightness() > 180


def test_render_scene_image_size_and_errors(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    image = render_scene_image(view.chain_scene, 1200)
    rect = view.chain_scene.content_rect()
    assert image.width() == 1200
    assert abs(image.height() - 1200 * rect.height() / rect.width()) <= 1
    image.save("/tmp/canvas_test_render.png")
    try:
        render_scene_image(view.chain_scene, 0)
    except ValueError:
        pass
    else:
        raise AssertionError("a zero width must be refused")


def test_highlight_status_filter_and_badges(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    n = ids(project)
    scene.view_state.set_status_filter({LinkStatus.WEAK, LinkStatus.MISSING})
    opacities = {name: scene.card(i).opacity() for name, i in n.items()}
    assert opacities["LiDAR sensors"] == 1.0 and opacities["Perception software"] == 1.0
    assert opacities["Farms"] == style.DIM_OPACITY and opacities["Vehicle integration"] < 1
    assert scene.arrow((n["LiDAR sensors"], n["Perception software"])).opacity() == 1.0
    assert scene.arrow((n["Perception software"], n["Vehicle integration"])).opacity() < 1
    project.set_status([n["Farms"]], LinkStatus.WEAK)  # a retag updates the dimming
    assert scene.card(n["Farms"]).opacity() == 1.0
    scene.view_state.set_status_filter(None)
    scene.view_state.set_highlight({n["Farms"]})
    assert scene.card(n["Farms"]).opacity() == 1.0 and scene.card(n["LiDAR sensors"]).opacity() < 1
    scene.view_state.set_highlight(None)
    assert all(card.opacity() == 1.0 for card in scene.cards())
    scene.view_state.set_badges({n["Perception software"]: 1, n["LiDAR sensors"]: 2})
    assert scene.card(n["Perception software"]).badge == 1 and scene.card(n["Farms"]).badge is None
    scene.view_state.set_badges(None)
    assert scene.card(n["Perception software"]).badge is None


def test_upstream_chain_and_select_links_centre(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    n = ids(project)
    got = []
    scene.links_selection_changed.connect(got.append)
    scene.select_chain(n["Vehicle integration"], upstream=True)
    assert set(scene.selected_link_ids()) == {
        n["Vehicle integration"], n["Perception software"], n["LiDAR sensors"],
        n["GNSS-RTK positioning"]}
    assert set(got[-1]) == set(scene.selected_link_ids())
    view.set_zoom(2.0)
    scene.select_links([n["Farms"]], center=True)
    centre = view.mapToScene(view.viewport().rect().center())
    assert scene.card(n["Farms"]).sceneBoundingRect().adjusted(-5, -5, 5, 5).contains(centre)


def test_minimap_shows_visible_area_and_steers(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    view.set_zoom(2.0)
    minimap = Minimap(view)
    qtbot.addWidget(minimap)
    minimap.resize(300, 150)
    minimap.show()
    qtbot.waitExposed(minimap)
    content = view.chain_scene.content_rect()
    shown = minimap.mapToScene(minimap.viewport().rect()).boundingRect()
    assert shown.contains(content.adjusted(2, 2, -2, -2))
    farms = view.chain_scene.card(ids(project)["Farms"]).sceneBoundingRect().center()
    QTest.mouseClick(minimap.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, minimap.mapFromScene(farms))
    assert minimap.visible_rect().contains(farms)
    # a model change redraws the overview's picture (once, shortly after)
    old = minimap._picture.toImage()
    project.set_status(list(project.links), LinkStatus.MISSING)
    qtbot.waitUntil(lambda: minimap._picture.toImage() != old, timeout=3000)
    image = minimap.grab().toImage()
    red = QColor(style.STATUS_COLOR[LinkStatus.MISSING])
    reds = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y).name() == red.name())
    assert reds > 10  # every card is now drawn red in the overview


def test_long_name_is_wrapped_elided_and_whole_in_the_tooltip(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    farms = ids(project)["Farms"]
    long_name = ("Autonomous agricultural machinery for vineyards, orchards and open fields "
                 "with fleet supervision")
    project.update_link(farms, name=long_name, actors=["Claas", "Kuhn"])
    card = view.chain_scene.card(farms)
    assert len(card.lines) == 3 and card.lines[-1].endswith("…")
    assert " ".join(card.lines).replace("…", "").split()[0] == "Autonomous"
    assert card.tooltip_text().splitlines()[0] == long_name
    assert "Claas, Kuhn" in card.tooltip_text()


def flow_column(view, arrow) -> list[QColor]:
    """The viewport pixels in a column across the middle of the arrow's first (horizontal)
    segment, 4 pixels above to 4 below."""
    (x1, y), (x2, _y2) = arrow.points[0], arrow.points[1]
    centre = view.mapFromScene(QPointF((x1 + x2) / 2, y))
    image = view.viewport().grab().toImage()
    return [image.pixelColor(centre.x(), centre.y() + dy) for dy in range(-4, 5)]


def test_flows_are_crisp_one_pixel_lines_up_to_100_percent_and_smooth_zoomed_in(qtbot):
    view = make_view(qtbot, laid_out_project())
    arrow = view.chain_scene.arrows()[0]
    assert arrow.points[0][1] == arrow.points[1][1]  # leaves its card horizontally
    background = flow_column(view, arrow)[0]
    marked = [c for c in flow_column(view, arrow) if c != background]
    assert marked == [QColor(style.flow_color())]  # one pixel, in the flow's own colour
    view.set_zoom(2.0, view.mapFromScene(QPointF(*arrow.points[0])))
    marked = [c for c in flow_column(view, arrow) if c != background]
    assert len(marked) >= 2 and QColor(style.flow_color()) not in marked  # antialiased edges


def test_a_lane_header_repainted_alone_shows_its_stage_name(qtbot):
    view = make_view(qtbot, laid_out_project())
    lane = view.chain_scene.lanes()[0]
    header = lane.mapRectToScene(lane.header_rect().adjusted(8, 8, -8, -8))
    rect = view.mapFromScene(header).boundingRect()
    fill = QColor(style.lane_header_fill())
    image = view.viewport().grab(rect).toImage()  # only the header is exposed to the lane
    ink = sum(1 for x in range(image.width()) for y in range(image.height())
              if image.pixelColor(x, y) != fill)
    assert ink > 30  # the name's letters
    below = view.viewport().grab(rect.translated(0, rect.height() + 40)).toImage()
    assert below.pixelColor(below.width() // 2, below.height() // 2) == QColor(
        style.lane_fill(lane.index))  # the lane under its header: its plain fill
