"""The overview (minimap) follows retags of links the main view has already repainted.

QA: on the plant-based proteins sample, a link selected and retagged missing turned red on the map
but stayed green in the overview (the cards' device-coordinate cache keeps one "needs repainting"
flag for every painter; the main view cleared it first). Each test grabs the overview and reads the
pixel at the card's place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style
from valuechain_gui.ui.document.commands.links import MoveLinksCommand, SetStatusCommand
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.share.overlay import PeerSelections
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

SAMPLE = Path(__file__).resolve().parents[3] / "sample_projects" / "plant_based_proteins.vchain"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch) -> MainWindow:
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(SAMPLE), settings=settings, remember_layout=False)
    win.files.maybe_save = lambda: True  # closed by qtbot without the unsaved-changes prompt
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def nearest_status(color: QColor) -> LinkStatus:
    """The status whose colour is nearest to ``color`` (RGB distance)."""
    def distance(status: LinkStatus) -> int:
        ref = QColor(style.STATUS_COLOR[status])
        return sum((a - b) ** 2 for a, b in zip(color.getRgb()[:3], ref.getRgb()[:3]))
    return min(style.STATUS_COLOR, key=distance)


def overview_status(window: MainWindow, link_id: str) -> LinkStatus:
    """The status colour the overview shows at the centre of the link's card."""
    minimap = window.docks.minimap_dock.widget()
    centre = window.scene.card(link_id).sceneBoundingRect().center()
    point = minimap.mapFromScene(centre)
    return nearest_status(minimap.grab().toImage().pixelColor(point))


def test_a_retagged_link_shown_on_the_map_changes_colour_in_the_overview(qtbot, window):
    project = window.document.project
    minimap = window.docks.minimap_dock.widget()
    visible = minimap.visible_rect()
    link_id = next(i for i, link in project.links.items() if link.status == LinkStatus.STRONG
                   and visible.contains(window.scene.card(i).sceneBoundingRect()))
    qtbot.waitUntil(lambda: overview_status(window, link_id) == LinkStatus.STRONG)
    for status in (LinkStatus.WEAK, LinkStatus.MISSING):  # keys 2 then 3
        window.document.undo_stack.push(SetStatusCommand(project, [link_id], status))
        window.view.viewport().grab()  # the main view repaints the card first, as on screen
        qtbot.waitUntil(lambda: overview_status(window, link_id) == status, timeout=3000)


def settled_overview(qtbot, window: MainWindow):
    """The overview, its picture drawn whole and nothing left to redraw."""
    minimap = window.docks.minimap_dock.widget()
    qtbot.waitUntil(lambda: minimap._picture is not None and not minimap._full
                    and not minimap._timer.isActive(), timeout=3000)
    return minimap


def redraw_now(qtbot, window: MainWindow, minimap, monkeypatch) -> list[str]:
    """Deliver the scene's changed rectangles, redraw the overview's picture at once; the links
    whose cards were drawn again alone."""
    qtbot.waitUntil(lambda: bool(minimap._dirty), timeout=3000)
    alone: list[str] = []
    recolour = type(minimap)._recolour

    def spy(self, painter, cards, *args):
        alone.extend(card.link_id for card in cards)
        return recolour(self, painter, cards, *args)

    monkeypatch.setattr(type(minimap), "_recolour", spy)
    minimap._update_picture()
    monkeypatch.setattr(type(minimap), "_recolour", recolour)
    return alone


def whole_picture(minimap):
    """The overview's picture as a full redraw paints it now."""
    minimap.refresh()
    return minimap._picture.toImage()


def retag_redrawn_with_what_lies_around(qtbot, window, minimap, monkeypatch, link_id: str,
                                        status: LinkStatus) -> None:
    """Retag ``link_id``: its card is not drawn alone into the overview, whose picture is then
    what a full redraw paints."""
    window.document.undo_stack.push(SetStatusCommand(window.document.project, [link_id], status))
    assert redraw_now(qtbot, window, minimap, monkeypatch) == []
    assert minimap._picture.toImage() == whole_picture(minimap)


def test_a_retagged_card_redrawn_alone_leaves_the_picture_a_full_redraw_would_paint(
        qtbot, window, monkeypatch):
    project = window.document.project
    minimap = settled_overview(qtbot, window)
    strong = [i for i, link in project.links.items() if link.status == LinkStatus.STRONG]
    for link_id, status in ((strong[0], LinkStatus.MISSING), (strong[1], LinkStatus.WEAK)):
        window.document.undo_stack.push(SetStatusCommand(project, [link_id], status))
    assert sorted(redraw_now(qtbot, window, minimap, monkeypatch)) == sorted(strong[:2])
    partial = minimap._picture.toImage()
    assert overview_status(window, strong[0]) == LinkStatus.MISSING  # hatched, in its colour
    assert partial == whole_picture(minimap)


def test_a_selected_card_retagged_by_keyboard_is_drawn_alone_without_an_outline(
        qtbot, window, monkeypatch):
    # the overview shows no selection (the map does): an outline's edge pixels, under a pixel
    # wide, would blend with what lies under them and could not be drawn again alone
    project = window.document.project
    minimap = settled_overview(qtbot, window)
    link_id = next(i for i, link in project.links.items() if link.status == LinkStatus.STRONG)
    window.scene.select_links([link_id])
    for status in (LinkStatus.WEAK, LinkStatus.MISSING):  # keys 2 then 3
        window.document.undo_stack.push(SetStatusCommand(project, [link_id], status))
        assert redraw_now(qtbot, window, minimap, monkeypatch) == [link_id]
    window.scene.select_links([])
    window.document.undo_stack.push(SetStatusCommand(project, [link_id], LinkStatus.STRONG))
    assert redraw_now(qtbot, window, minimap, monkeypatch) == [link_id]
    window.scene.select_links([link_id])
    qtbot.waitUntil(lambda: bool(minimap._dirty), timeout=3000)
    minimap._update_picture()  # a selection change alone leaves the picture as it was
    assert minimap._picture.toImage() == whole_picture(minimap)
    window.scene.select_links([])
    assert minimap._picture.toImage() == whole_picture(minimap)


def test_a_card_covered_by_another_is_not_redrawn_alone(qtbot, window, monkeypatch):
    project = window.document.project
    minimap = settled_overview(qtbot, window)
    under, over = list(project.links)[:2]
    x, y = project.links[under].position
    window.document.undo_stack.push(MoveLinksCommand(project, {over: (x + 40, y + 20)}))
    qtbot.waitUntil(lambda: minimap._full, timeout=3000)  # dragged half over it
    minimap.refresh()
    retag_redrawn_with_what_lies_around(qtbot, window, minimap, monkeypatch, under,
                                        LinkStatus.MISSING)


def test_a_card_dimmed_by_the_status_filter_is_not_redrawn_alone(qtbot, window, monkeypatch):
    project = window.document.project
    minimap = settled_overview(qtbot, window)
    link_id = next(i for i, link in project.links.items() if link.status == LinkStatus.STRONG)
    window.scene.view_state.set_status_filter({LinkStatus.STRONG})  # the others dimmed
    qtbot.waitUntil(lambda: minimap._full or bool(minimap._dirty), timeout=3000)
    minimap.refresh()
    retag_redrawn_with_what_lies_around(qtbot, window, minimap, monkeypatch, link_id,
                                        LinkStatus.WEAK)
    assert window.scene.card(link_id).opacity() < 1  # dimmed: drawn over what lies under it


def test_a_card_outlined_by_a_peer_or_scaled_by_the_presenter_is_not_redrawn_alone(
        qtbot, window, monkeypatch):
    project = window.document.project
    minimap = settled_overview(qtbot, window)
    strong = [i for i, link in project.links.items() if link.status == LinkStatus.STRONG]
    PeerSelections(window.scene).show([{"name": "Alice Martin", "colour": "#e91e63",
                                        "selection": [strong[0]]}])  # a ring above the card
    focused = window.scene.card(strong[1])  # the presenter's focused card, above the others
    focused.setScale(2.5)
    focused.setZValue(50)
    qtbot.waitUntil(lambda: minimap._full or bool(minimap._dirty), timeout=3000)
    minimap.refresh()
    for link_id in strong[:2]:
        retag_redrawn_with_what_lies_around(qtbot, window, minimap, monkeypatch, link_id,
                                            LinkStatus.MISSING)
