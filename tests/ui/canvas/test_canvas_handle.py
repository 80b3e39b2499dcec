"""The connection handle on a card's right edge: every pixel of it starts a flow, at any zoom.

The card's hit shape once joined the card and the handle disc with Qt's default odd-even fill,
so the half of the disc lying over the card was a hole: a press there selected the first flow
leaving the card (or started a rubber band) and 7 of 25 connection drags failed.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QPointF

from valuechain_gui.geometry import CARD_WIDTH
from valuechain_gui.ui import style

from canvas_testing import card_point, drag, ids, laid_out_project, make_view


def disc_points(centre: QPoint, radius: float) -> list[QPoint]:
    """The centre, rings at 40 %, 75 % and 100 % of ``radius`` and 2 px outside, 8 angles."""
    points = [centre]
    for ring in (radius * 0.4, radius * 0.75, radius, radius + 2):
        for step in range(8):
            angle = step * math.pi / 4
            points.append(centre + QPoint(round(ring * math.cos(angle)),
                                          round(ring * math.sin(angle))))
    return list(dict.fromkeys((p.x(), p.y()) for p in points))


@pytest.mark.parametrize("zoom", [1.0, 0.62, 2.0])
def test_every_point_of_the_drawn_handle_starts_a_flow(qtbot, zoom):
    project = laid_out_project()
    view = make_view(qtbot, project)
    view.set_zoom(zoom, view.viewport().rect().center())
    scene = view.chain_scene
    n = ids(project)
    source, target = n["LiDAR sensors"], n["Vehicle integration"]
    assert scene.card(source).arrows  # a flow leaves the handle's centre
    view.centerOn(scene.card(source))
    centre = card_point(view, source, dx=CARD_WIDTH)
    radius = style.HANDLE_RADIUS * zoom + 0.75  # the disc and its 1.5-px outline
    failed = []
    for x, y in disc_points(centre, radius):
        drag(view, QPoint(x, y), card_point(view, target))
        if (source, target) in project.flows:
            view.interactions.edit.undo_stack.undo()
        else:
            failed.append((x - centre.x(), y - centre.y()))
    assert failed == [], f"no flow when pressing at these offsets from the handle: {failed}"
    assert scene.selected_flow_keys() == []  # the flow under the handle was never picked


def test_a_press_beside_the_handle_still_moves_the_card(qtbot):
    from valuechain_gui.ui.canvas.items import handle_hit_radius

    project = laid_out_project()
    view = make_view(qtbot, project)
    scene = view.chain_scene
    source = ids(project)["LiDAR sensors"]
    far = handle_hit_radius(1.0) + 4  # just outside the handle, on the card
    start = card_point(view, source, dx=CARD_WIDTH - far)
    before = project.links[source].position
    drag(view, start, start + QPoint(0, 60))
    assert project.links[source].position != before
    assert view.interactions.edit.undo_stack.undoText() == "Move"
    assert view.interactions.connector.handle_at(QPointF(*before) + QPointF(CARD_WIDTH - far, 36)) is None
