"""The zoomed-out picture cache of the canvas (ui/canvas/overview.py): same pixels as Qt, faster.

Each test compares what the view shows from its cached picture with what Qt paints itself (item
caches emptied, picture off) on a 300-link map fitted in an 800x600 view (zoom ~0.1), pixel for
pixel. The maps have no missing link: the phase of the hatching pattern of missing links may differ
by a pixel between the picture and the view.
"""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

from benchmarks.synthetic import make_chain
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.canvas.view import CanvasView
from valuechain_gui.ui.document.commands.links import SetStatusCommand


def chain():
    """A 300-link synthetic chain whose missing links are made weak (see module docstring)."""
    project = make_chain(300)
    missing = [i for i, link in project.links.items() if link.status == LinkStatus.MISSING]
    project.set_status(missing, LinkStatus.WEAK)
    return project


def shown(qtbot, project) -> CanvasView:
    view = CanvasView(ChainScene(project, notifier=ProjectNotifier(project)))
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    return view


def frame(view) -> QImage:
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def qt_frame(view) -> QImage:
    """What Qt paints itself: picture off, item caches emptied (then restored)."""
    cards = view.chain_scene.cards()
    for card in cards:
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    view.overview.active = lambda: False
    try:
        return frame(view)
    finally:
        del view.overview.active
        for card in cards:
            card.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def test_fitted_map_is_painted_from_the_picture_with_qts_pixels(qtbot):
    view = shown(qtbot, chain())
    assert view.zoom_factor() < 0.2
    assert view.overview.active()
    cached = frame(view)
    assert view.overview.image is not None
    assert cached == qt_frame(view)


def test_a_retag_redraws_only_its_rectangles_and_stays_exact(qtbot):
    project = chain()
    view = shown(qtbot, project)
    frame(view)
    picture = view.overview.image
    strong = [i for i, link in project.links.items() if link.status == LinkStatus.STRONG][:15]
    with qtbot.waitSignal(view.chain_scene.changed) as changed:  # the scene lists what changed
        view.interactions.edit.undo_stack.push(SetStatusCommand(project, strong, LinkStatus.WEAK))
    assert changed.args[0]  # some rectangles, not "everything"
    after = frame(view)
    assert view.overview.image is picture  # updated in place, not drawn anew
    assert after == qt_frame(view)


def test_zooming_in_paints_as_qt_does_and_back_out_shows_changes_made_meanwhile(qtbot):
    project = chain()
    view = shown(qtbot, project)
    frame(view)
    view.set_zoom(1.0)
    assert not view.overview.active()
    frame(view)
    weak = [i for i, link in project.links.items() if link.status == LinkStatus.WEAK][:20]
    view.interactions.edit.undo_stack.push(SetStatusCommand(project, weak, LinkStatus.STRONG))
    frame(view)
    view.fit_all()
    assert view.overview.active()
    assert frame(view) == qt_frame(view)


def shown_minimap(qtbot):
    """A 200 x 300 minimap of a shown chain's view, drawn: ``(project, view, minimap)``."""
    from valuechain_gui.ui.canvas.minimap import Minimap

    project = chain()
    view = shown(qtbot, project)
    minimap = Minimap(view)
    qtbot.addWidget(minimap)
    minimap.resize(200, 300)
    minimap.show()
    qtbot.waitExposed(minimap)
    minimap.refresh()
    return project, view, minimap


def test_minimap_redraws_only_what_a_retag_changed_with_the_same_pixels(qtbot):
    project, view, minimap = shown_minimap(qtbot)
    picture = minimap._picture
    strong = [i for i, link in project.links.items() if link.status == LinkStatus.STRONG][:10]
    view.interactions.edit.undo_stack.push(SetStatusCommand(project, strong, LinkStatus.WEAK))
    qtbot.waitUntil(lambda: not minimap._timer.isActive(), timeout=3000)
    assert minimap._picture is picture  # drawn into, not redrawn whole
    updated = picture.toImage().convertToFormat(QImage.Format.Format_RGB32)
    minimap.refresh()  # the whole picture drawn anew
    assert minimap._picture.toImage().convertToFormat(QImage.Format.Format_RGB32) == updated

    moved = strong[0]
    x, y = project.links[moved].position
    project.update_links({moved: {"position": (x, y + 5000.0)}})  # the outline changes
    qtbot.waitUntil(lambda: not minimap._timer.isActive(), timeout=3000)
    assert minimap._picture is not picture


def test_minimap_keeps_its_scaled_picture_and_shows_what_a_full_repaint_shows(qtbot):
    from PySide6.QtWidgets import QGraphicsView

    project, view, minimap = shown_minimap(qtbot)

    def overview() -> QImage:
        return minimap.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    def repainted_whole() -> QImage:
        """The overview with its whole background drawn anew, then without any cache."""
        minimap.resetCachedContent()
        whole = overview()
        minimap.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        try:
            assert overview() == whole
        finally:
            minimap.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        return whole

    assert minimap.cacheMode() == QGraphicsView.CacheModeFlag.CacheBackground
    before = overview()
    ids = list(project.links)
    for step, status in enumerate((LinkStatus.WEAK, LinkStatus.STRONG, LinkStatus.WEAK)):
        picture = minimap._picture
        view.interactions.edit.undo_stack.push(
            SetStatusCommand(project, ids[step * 40:step * 40 + 6], status))
        qtbot.waitUntil(lambda: not minimap._timer.isActive(), timeout=3000)
        assert minimap._picture is picture  # drawn into, not redrawn whole
        shown_now = overview()
        assert shown_now == repainted_whole(), step
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 50)  # frame moves
        assert overview() == repainted_whole(), step
    assert overview() != before  # the retags show
