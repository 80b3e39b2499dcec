"""The main window's canvas shows a large map at once and builds its cards and flow arrows from
the event loop afterwards (``ChainScene(progressive=True)``): whatever reads the scene still sees
every item (selection, focus, clicks, keys, exports), items are built from the project as it is
when they are built, and the pictures (the view's fitted picture drawn from the model meanwhile,
the overview, image exports) end up the same as a scene built at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.synthetic import make_chain
from valuechain_gui.io.project.file import save_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.canvas import deferred, render_scene_image
from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.canvas.view import CanvasView
from valuechain_gui.ui.document.document import Document

from canvas_testing import assert_scene_matches, show_active

LINKS = 300


@pytest.fixture
def document(qtbot):
    """A 300-link synthetic chain (600 flows, long ones included) in a document."""
    doc = Document(make_chain(LINKS))
    yield doc
    doc.undo_stack.clear()


def progressive_scene(document: Document) -> ChainScene:
    return ChainScene(document.project, notifier=document.notifier, progressive=True)


def routes(scene: ChainScene) -> dict[tuple[str, str], list]:
    return {arrow.key: [tuple(p) for p in arrow.points] for arrow in scene.arrows()}


def test_the_event_loop_builds_every_card_and_arrow(qtbot, document):
    scene = progressive_scene(document)
    flows = list(document.project.flows)
    assert len(scene.pending_cards()) == LINKS and not scene.built_cards()
    assert not scene.is_built() and len(scene.built_arrows()) < len(flows)
    with qtbot.waitSignal(scene.built, timeout=20000):
        pass
    assert scene.is_built() and not scene.pending_cards()
    assert [card.link_id for card in scene.built_cards()] == list(document.project.links)
    assert [arrow.key for arrow in scene.built_arrows()] == flows  # in flow order
    for card in scene.built_cards():
        assert tuple(card.pos().toTuple()) == tuple(document.project.links[card.link_id].position)
    assert routes(scene) == routes(ChainScene(document.project))  # routed as if built at once


def test_every_reader_of_the_arrows_sees_all_of_them_at_once(qtbot, document):
    flows = list(document.project.flows)
    last = flows[-1]
    scene = progressive_scene(document)
    assert scene.arrow(last) is not None and scene.arrow(last).key == last  # one, built now
    assert not scene.is_built()
    scene.select_all()  # Ctrl+A selects every flow, built or not yet
    assert scene.is_built() and scene.selected_flow_keys() == flows
    other = progressive_scene(document)
    assert [arrow.key for arrow in other.arrows()] == flows


def test_selection_and_focus_reach_a_card_not_built_yet(qtbot, document):
    scene = progressive_scene(document)
    far = list(document.project.links)[-1]
    assert far in scene.pending_cards()
    scene.view_state.select_links([far], None)  # as the find dialog and the panels do
    assert scene.selected_link_ids() == [far] and scene.card(far).isSelected()
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.actual_size()
    scene.view_state.focus_requested.emit(far)  # "show on the map"
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(
        scene.card(far).sceneBoundingRect().center())


def test_scrolling_to_a_far_corner_shows_its_cards_at_once(qtbot, document):
    views = []
    for progressive in (True, False):
        scene = ChainScene(document.project, notifier=document.notifier, progressive=progressive)
        view = CanvasView(scene)
        qtbot.addWidget(view)
        view.resize(900, 600)
        view.fit_all()
        views.append(view)
    far = document.project.links[list(document.project.links)[-1]]
    corner = QPointF(far.position[0] + CARD_WIDTH / 2, far.position[1] + CARD_HEIGHT / 2)
    assert far.id in views[0].chain_scene.pending_cards()
    pictures = []
    for view in views:
        view.actual_size()
        view.centerOn(corner)
        pictures.append(grab(view))  # the progressive one: before the event loop built a thing
    assert views[0].transform() == views[1].transform()
    body = views[0].mapFromScene(QRectF(*far.position, CARD_WIDTH, CARD_HEIGHT)).boundingRect()
    inside = body.adjusted(4, 4, -4, -4)
    assert pictures[0].copy(inside) == pictures[1].copy(inside)  # the card, drawn in full
    views[0].chain_scene.ensure_built()


def test_a_click_finds_a_card_not_built_yet(qtbot, document, monkeypatch):
    monkeypatch.setattr(deferred, "SLICE_S", 0.0)  # one item per slice
    scene = progressive_scene(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.fit_all()
    show_active(qtbot, view)
    far = document.project.links[list(document.project.links)[-1]]
    assert far.id in scene.pending_cards()
    point = view.mapFromScene(QPointF(far.position[0] + CARD_WIDTH / 2,
                                      far.position[1] + CARD_HEIGHT / 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.selected_link_ids() == [far.id]
    scene.ensure_built()


def test_changes_before_an_arrow_is_built_are_what_it_shows(qtbot, document):
    project = document.project
    gone, moved_flow = [key for key, flow in project.flows.items() if not flow.is_return][-2:]
    scene = progressive_scene(document)
    assert {gone, moved_flow}.isdisjoint(a.key for a in scene.built_arrows())  # still queued
    document.edit.remove_flows([gone])
    mover = moved_flow[1]
    x, y = project.links[mover].position
    document.edit.move_links({mover: (x + 40.0, y + 400.0)})
    scene.view_state.set_status_filter([LinkStatus.MISSING])  # dims the other links
    scene.ensure_built()
    assert scene.arrow(gone) is None and len(scene.arrows()) == len(project.flows)
    assert routes(scene) == routes(ChainScene(project))  # routed from the moved card
    dimmed = {a.key for a in scene.arrows() if a.opacity() < 1.0}
    assert dimmed == {key for key in project.flows
                      if scene.is_dimmed(key[0]) or scene.is_dimmed(key[1])}
    assert dimmed


def test_edits_while_the_map_is_being_built_end_in_the_scene_built_at_once(qtbot, document,
                                                                            monkeypatch):
    monkeypatch.setattr(deferred, "SLICE_S", 0.0)  # one item per slice
    project, edit = document.project, document.edit
    scene = progressive_scene(document)
    ids = list(project.links)
    for _ in range(10):  # a few slices of one item each: a few cards built by the loop
        QApplication.processEvents()
    assert 0 < len(scene.built_cards()) < len(ids)
    assert not scene.is_built()
    assert ids[-1] in scene.pending_cards() and ids[0] not in scene.pending_cards()
    assert edit.set_status([ids[-1], ids[0]], LinkStatus.MISSING)  # not built yet, and built
    x, y = project.links[ids[-2]].position
    assert edit.move_links({ids[-2]: (x, y + 900.0)})
    assert edit.delete_selection([ids[-3]], [])
    assert edit.add_flow(ids[-4], ids[-2])
    assert edit.delete_selection([ids[-5]], [])
    document.undo_stack.undo()  # the second link deleted comes back
    with qtbot.waitSignal(scene.built, timeout=20000):
        pass
    assert_scene_matches(scene)
    assert routes(scene) == routes(ChainScene(project))
    assert scene.card(ids[-1]).status == LinkStatus.MISSING and scene.card(ids[-3]) is None


def test_the_arrows_in_view_are_built_first(qtbot, document, monkeypatch):
    monkeypatch.setattr(deferred, "SLICE_S", 0.0)  # one arrow per slice
    scene = progressive_scene(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(800, 500)
    show_active(qtbot, view)
    view.actual_size()
    far = list(document.project.links)[-1]  # the bottom of the last lanes
    view.center_on_link(far)  # the user scrolls there while the arrows are being built
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    count = len(scene.built_arrows())
    qtbot.waitUntil(lambda: len(scene.built_arrows()) > count)
    first = scene.built_arrows()[count]
    ends = [scene.card(i).sceneBoundingRect() for i in first.key]
    assert any(shown.intersects(end) for end in ends)
    scene.ensure_built()


def grab(view: CanvasView) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing(one: QImage, other: QImage) -> int:
    """How many pixels differ between two pictures of the same size."""
    a, b = one.constBits().tobytes(), other.constBits().tobytes()
    return sum(a[i:i + 4] != b[i:i + 4] for i in range(0, len(a), 4))


@pytest.mark.parametrize("fitted", [True, False])
def test_the_view_ends_with_the_same_picture_as_a_scene_built_at_once(qtbot, document, fitted):
    views, first = [], None
    for progressive in (True, False):
        scene = ChainScene(document.project, notifier=document.notifier, progressive=progressive)
        view = CanvasView(scene)
        qtbot.addWidget(view)
        view.resize(900, 600)
        if fitted:
            view.fit_all()  # zoomed out: painted from the overview picture
        else:
            view.actual_size()  # the far corner at 100 %
            view.centerOn(scene.card(list(document.project.links)[-1]))
        if first is None:
            first = grab(view)  # the cards, painted before the arrows are built
            assert not scene.is_built()
        show_active(qtbot, view)
        views.append(view)
    qtbot.waitUntil(views[0].chain_scene.is_built, timeout=20000)
    qtbot.wait(1)  # the repaint the last slice asked for
    # arrows crossing each other may be stacked in another order (those in view were built
    # first): a few pixels where they cross differ, the rest is the same
    arrows_drawn = differing(first, grab(views[1]))
    assert arrows_drawn > 1000
    assert differing(grab(views[0]), grab(views[1])) * 100 <= arrows_drawn


def test_an_image_of_a_scene_just_built_draws_every_arrow(qtbot, document):
    scene = progressive_scene(document)
    assert scene.pending_cards()
    image = render_scene_image(scene, 1200)
    assert scene.is_built()
    assert image == render_scene_image(ChainScene(document.project), 1200)


def test_a_large_map_opened_in_the_window_is_read_whole(qtbot, tmp_path):
    from valuechain_gui.ui.shell.main_window import MainWindow

    path = tmp_path / "large.vchain"
    save_project(make_chain(LINKS), path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    assert window.files.load_path(Path(path))
    scene, project = window.scene, window.document.project
    assert not scene.is_built()
    window.view.centerOn(scene.card(list(project.links)[-1]))  # far corner: its card is there
    minimap = window.docks.minimap_dock.widget()
    qtbot.waitUntil(lambda: scene.is_built() and minimap._picture is not None, timeout=20000)
    assert [arrow.key for arrow in scene.arrows()] == list(project.flows)
    window.document.undo_stack.clear()
    window.close()
