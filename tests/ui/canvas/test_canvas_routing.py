"""Flow arrows on the canvas: drawn round the cards, re-routed when a card moves, return flows
dashed with their glyph in the return channel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPathStroker

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, card_position
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import Project
from valuechain_gui.ui.canvas.routes import reroute_around
from valuechain_gui.ui.canvas.scene import ChainScene

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


def crossed_cards(scene: ChainScene, arrow) -> list[str]:
    """Cards (other than the arrow's ends) that the drawn arrow, rounded corners, arrowhead and
    glyph included, passes over."""
    stroker = QPainterPathStroker()
    stroker.setWidth(1.0)
    stroke = stroker.createStroke(arrow.path()).united(stroker.createStroke(arrow.marks_path()))
    return [card.link_id for card in scene.cards() if card.link_id not in arrow.key
            and stroke.intersects(QRectF(card.pos().x(), card.pos().y(), CARD_WIDTH,
                                         CARD_HEIGHT))]


def test_no_arrow_of_the_worked_example_passes_over_a_card(qapp):
    scene = ChainScene(load_project(SAMPLE))
    assert len(scene.arrows()) == 39
    assert {arrow.key: crossed_cards(scene, arrow) for arrow in scene.arrows()
            if crossed_cards(scene, arrow)} == {}


def row_project() -> Project:
    project = Project.new("en", target_market="Row")
    stage = project.stages[0].id
    links = [project.make_link(f"L{i}", stage, position=card_position(i, 1)) for i in range(3)]
    project.add_links(links)
    a, b, c = links
    project.add_flow(a.id, c.id)
    project.add_flow(c.id, a.id)
    project.flows[(c.id, a.id)].is_return = True
    return project


def test_moving_a_card_reroutes_its_flows_round_the_other_cards(qapp):
    project = row_project()
    a, b, c = project.links
    scene = ChainScene(project)
    arrow = scene.arrow((a, c))
    assert crossed_cards(scene, arrow) == []
    card_a = scene.card(a)
    card_a.setPos(card_a.pos().x(), card_a.pos().y() + 300)  # dragged down: the arrow follows
    assert arrow.points[0][1] == card_a.pos().y() + CARD_HEIGHT / 2
    assert crossed_cards(scene, arrow) == []


def test_a_card_dropped_on_a_flow_has_the_flow_routed_round_it(qapp):
    project = Project.new("en", target_market="Drop")
    stage = project.stages[0].id
    a, b, c = (project.make_link(f"L{i}", stage, position=card_position(i, i and 1))
               for i in range(3))
    project.add_links([a, b, c])
    project.add_flow(a.id, c.id)
    scene = ChainScene(project)
    arrow = scene.arrow((a.id, c.id))
    x, y = arrow.points[1]  # the flow's out trunk, right of card a
    project.links[b.id].position = (x - CARD_WIDTH / 2, y + 20)  # b dropped over the trunk
    scene.card(b.id).setPos(*project.links[b.id].position)
    assert crossed_cards(scene, arrow) == [b.id]  # only its own flows follow a moving card
    reroute_around(scene, [b.id])
    assert crossed_cards(scene, arrow) == []


def test_a_return_flow_is_dashed_with_a_loop_glyph_under_the_cards(qapp):
    project = row_project()
    a, b, c = project.links
    scene = ChainScene(project)
    back, forth = scene.arrow((c, a)), scene.arrow((a, c))
    assert back.is_return and not forth.is_return
    assert back.pen().style() == Qt.PenStyle.CustomDashLine
    assert forth.pen().style() == Qt.PenStyle.SolidLine
    lowest = max(card.pos().y() + CARD_HEIGHT for card in scene.cards())
    assert back.path().boundingRect().top() < lowest < back.path().boundingRect().bottom()
    assert crossed_cards(scene, back) == []
    drawn = back.path().boundingRect().united(back.marks_path().boundingRect())
    assert scene.content_rect().contains(drawn)  # never outside the map
    assert back.marks_path().elementCount() > 6 and forth.marks_path().isEmpty()  # glyph, head
    assert back.childItems()[0].pen().style() == Qt.PenStyle.SolidLine  # drawn solid


def test_a_flow_made_a_return_flow_is_redrawn_as_one(qapp):
    from valuechain_gui.ui.document.document import Document

    project = row_project()
    a, b, c = project.links
    project.flows[(c, a)].is_return = False
    document = Document(project)
    scene = ChainScene(project, notifier=document.notifier)
    assert not scene.arrow((c, a)).is_return
    project.flows[(c, a)].is_return = True
    document.notifier.flows_changed.emit()
    assert scene.arrow((c, a)).is_return
    assert scene.arrow((c, a)).pen().style() == Qt.PenStyle.CustomDashLine


def test_a_flow_marked_by_the_model_keeps_its_arrow_and_is_drawn_as_a_fresh_one(qapp):
    from valuechain_gui.ui.document.document import Document

    project = row_project()
    a, b, c = project.links
    project.flows[(c, a)].is_return = False
    document = Document(project)
    scene = ChainScene(project, notifier=document.notifier)
    arrow = scene.arrow((c, a))
    scene.select_flows([(c, a)])
    project.set_return_flows({(c, a): True})  # as an auto-layout marks it
    assert scene.arrow((c, a)) is arrow and arrow.is_return  # changed in place, still selected
    assert arrow.flow_selected and arrow.pen().style() == Qt.PenStyle.CustomDashLine
    fresh = ChainScene(project).arrow((c, a))
    assert arrow.points == fresh.points and arrow.path() == fresh.path()
    assert arrow.marks_path() == fresh.marks_path() and not arrow.marks_path().isEmpty()
    project.set_return_flows({(c, a): False})  # and a plain flow again
    fresh = ChainScene(project).arrow((c, a))
    assert scene.arrow((c, a)) is arrow and not arrow.is_return and arrow.childItems() == []
    assert arrow.path() == fresh.path() and arrow.marks_path().isEmpty()
    assert list(scene._arrows) == list(project.flows)  # still in flow order
    document.close()


def test_a_card_moved_onto_a_flow_by_an_edit_has_that_flow_routed_round_it(qapp):
    from valuechain_gui.ui.document.document import Document

    project = Project.new("en", target_market="Drop")
    stage = project.stages[0].id
    a, b, c = (project.make_link(f"L{i}", stage, position=card_position(i, i and 1))
               for i in range(3))
    project.add_links([a, b, c])
    project.add_flow(a.id, c.id)
    document = Document(project)
    scene = ChainScene(project, notifier=document.notifier)
    arrow = scene.arrow((a.id, c.id))
    x, y = arrow.points[1]
    assert document.edit.move_links({b.id: (x - CARD_WIDTH / 2, y + 20)})  # onto the trunk
    assert crossed_cards(scene, arrow) == []
    document.undo_stack.undo()
    assert scene.card(b.id).pos().y() == card_position(1, 1)[1]


def test_every_arrow_of_a_synthetic_chain_goes_round_the_cards_and_loops_stay_in_the_map(qapp):
    from benchmarks.synthetic import make_chain

    project = make_chain(300)
    stage_of = {stage.id: i for i, stage in enumerate(project.stages)}
    for (up, down), flow in project.flows.items():
        flow.is_return = stage_of[project.links[down].stage_id] <= stage_of[
            project.links[up].stage_id]
    scene = ChainScene(project)
    returns = [arrow for arrow in scene.arrows() if arrow.is_return]
    assert returns and all(arrow.clear for arrow in scene.arrows())
    content = scene.content_rect()
    assert [arrow.key for arrow in scene.arrows() if crossed_cards(scene, arrow)] == []
    for arrow in returns:
        assert content.contains(arrow.path().boundingRect().united(
            arrow.marks_path().boundingRect()))


def test_a_whole_layout_routes_every_arrow_once_from_the_cards_final_places(qapp):
    """Many cards moved in one edit (Ctrl+L) route each arrow once, after every card is in its
    new place: the arrows start and end at their cards and cross none."""
    from valuechain_gui.analysis.layout import auto_layout
    from valuechain_gui.ui.document.notifier import ProjectNotifier

    project = load_project(SAMPLE)
    scene = ChainScene(project, notifier=ProjectNotifier(project))
    routed: list[tuple[str, str]] = []
    for arrow in scene.arrows():
        original = arrow.update_geometry
        arrow.update_geometry = (lambda arrow=arrow, original=original:
                                 (routed.append(arrow.key), original())[1])
    positions = auto_layout(project).positions
    project.update_links({link_id: {"position": xy} for link_id, xy in positions.items()
                          if tuple(project.links[link_id].position) != tuple(xy)})
    assert sorted(routed) == sorted(set(routed))  # each arrow routed at most once
    for arrow in scene.arrows():
        up, down = scene.card(arrow.key[0]), scene.card(arrow.key[1])
        assert arrow.points[0] == (up.out_point().x(), up.out_point().y())
        assert arrow.points[-1] == (down.in_point().x(), down.in_point().y())
        assert crossed_cards(scene, arrow) == []
