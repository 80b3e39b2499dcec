"""Shared helpers of the canvas tests: a laid-out project, a shown view, real-event shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, card_position
from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.canvas.view import CanvasView
from valuechain_gui.ui.document.notifier import ProjectNotifier


def stacked_positions(project: Project) -> dict[str, tuple[float, float]]:
    """Each lane's links stacked top-down in link order (``{link id: (x, y)}``, scene pixels)."""
    rows: dict[str, int] = {}
    out: dict[str, tuple[float, float]] = {}
    lane = {stage.id: i for i, stage in enumerate(project.stages)}
    for link in project.links.values():
        row = rows.get(link.stage_id, 0)
        rows[link.stage_id] = row + 1
        out[link.id] = card_position(lane[link.stage_id], row)
    return out

def laid_out_project() -> Project:
    """Five links over the six template stages, cards stacked in their lanes.

    sensors (components, weak) → software (subsystems, missing) → integration (strong) → farms
    (end markets); GNSS (components, unassessed) → integration.
    """
    project = Project.new(language="en", target_market="Autonomous special vehicles")
    s = project.stages
    links = [project.make_link(name, s[i].id) for name, i in (
        ("LiDAR sensors", 1), ("GNSS-RTK positioning", 1), ("Perception software", 2),
        ("Vehicle integration", 3), ("Farms", 5))]
    project.add_links(links)
    ids = [link.id for link in links]
    for up, down in ((0, 2), (2, 3), (1, 3), (3, 4)):
        project.add_flow(ids[up], ids[down])
    project.update_links({i: {"position": p} for i, p in stacked_positions(project).items()})
    project.set_status([ids[0]], LinkStatus.WEAK)
    project.set_status([ids[2]], LinkStatus.MISSING)
    project.set_status([ids[3]], LinkStatus.STRONG)
    return project


def make_view(qtbot, project: Project) -> CanvasView:
    """A shown, focused CanvasView at 100 % on a new ChainScene following ``project``, scrolled
    to the top-left (its interactions edit on a stack of their own)."""
    scene = ChainScene(project, notifier=ProjectNotifier(project))
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(1600, 700)
    show_active(qtbot, view)
    view.setFocus()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    view.centerOn(QPointF(700, 300))
    return view


def show_active(qtbot, window) -> None:
    """Show ``window`` and wait until it is the active window (shortcuts need it)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def ids(project: Project) -> dict[str, str]:
    """Link name → id."""
    return {link.name: link.id for link in project.links.values()}


def card_point(view: CanvasView, link_id: str, dx: float = CARD_WIDTH / 2,
               dy: float = CARD_HEIGHT / 2) -> QPoint:
    """Viewport point of a card's (dx, dy) offset from its top-left corner."""
    x, y = view.chain_scene.project.links[link_id].position
    return view.mapFromScene(QPointF(x + dx, y + dy))


def click(view: CanvasView, point: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A real left click on the viewport."""
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def drag(view: CanvasView, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """A real left-button drag on the viewport, in ``steps`` mouse moves."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def assert_scene_matches(scene: ChainScene) -> None:
    """The scene shows exactly the model: one card per link at its position, one arrow per flow,
    one lane per stage with its name."""
    project = scene.project
    assert {c.link_id for c in scene.cards()} == set(project.links)
    for card in scene.cards():
        assert (card.pos().x(), card.pos().y()) == project.links[card.link_id].position
        assert card.status == project.links[card.link_id].status
    assert {a.key for a in scene.arrows()} == set(project.flows)
    for arrow in scene.arrows():
        assert arrow.scene() is scene and arrow.upstream.scene() is scene
    assert [(lane.stage_id, lane.name) for lane in scene.lanes()] == [
        (s.id, s.name) for s in project.stages]
