"""Presenter mode on the worked example (offscreen windows of projector sizes): the text sizes
on screen, stepping through the links, tagging, leaving restores the window; and the agenda
timer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, LANE_HEADER_HEIGHT
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style
from valuechain_gui.ui.canvas.interactions.navigation import chain_order
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.presenter.presenter import name_pixels
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.text import i18n

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"
#: Set VALUECHAIN_SCREENSHOTS=1 to refresh the screenshots kept in docs/screenshots.
KEEP_SHOTS = os.environ.get("VALUECHAIN_SCREENSHOTS") == "1"


def _window(qapp, qtbot, tmp_path, language: str, size: tuple[int, int]) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(EXAMPLE), language=language, settings=settings,
                     remember_layout=False)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.files.maybe_save = lambda: True
    return win


@pytest.fixture
def presenting(qapp, qtbot, tmp_path, request):
    language, size = request.param
    translators = i18n.install_translators(qapp, language, cache_dir=tmp_path / "qm")
    win = _window(qapp, qtbot, tmp_path, language, size)
    yield win, language, size
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp, translators)


def visible_name_sizes(win: MainWindow) -> dict[str, float]:
    """Screen height (px) of the name of every card at least partly in the viewport."""
    view = win.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return {card.link_id: name_pixels(view, card) for card in win.scene.cards()
            if card.sceneBoundingRect().intersects(shown)}


CASES = [(lang, size) for size in ((1920, 1080), (1280, 720)) for lang in ("fr", "en")]


@pytest.mark.parametrize("presenting", CASES, indirect=True,
                         ids=[f"{lang}-{w}x{h}" for lang, (w, h) in CASES])
def test_every_name_on_screen_is_readable_from_the_back_of_the_room(presenting, qtbot,
                                                                   tmp_path):
    """At every step through the chain the focused name is ≥ 40 px and every other card
    name on screen ≥ 18 px; a screenshot of the first step is saved (in docs/screenshots with
    VALUECHAIN_SCREENSHOTS=1)."""
    win, language, (width, height) = presenting
    win.presenter.enter(full_screen=False)
    qtbot.waitUntil(lambda: win.view.viewport().width() > width - 40)
    order = chain_order(win.document.project)
    assert win.presenter.focused_id == order[0]
    shots = ROOT / "docs" / "screenshots" if KEEP_SHOTS else tmp_path
    assert win.grab().save(str(shots / f"presenter_{language}_{width}x{height}.png"))
    smallest_focus, smallest_other = 1e9, 1e9
    for step, link_id in enumerate(order):
        assert win.presenter.focused_id == link_id
        sizes = visible_name_sizes(win)
        assert sizes[link_id] >= 40.0
        others = [px for other, px in sizes.items() if other != link_id]
        assert others, "the neighbours are in view"
        assert min(others) >= 18.0
        card = win.scene.card(link_id)
        big = card.mapRectToScene(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT))
        assert big.top() >= LANE_HEADER_HEIGHT  # the stage headers stay readable
        assert card.graphicsEffect() is not None  # lifted above the cards it covers
        smallest_focus = min(smallest_focus, sizes[link_id])
        smallest_other = min(smallest_other, min(others))
        QTest.keyClick(win.view, Qt.Key.Key_Right)
    print(f"{language} {width}x{height}: focused name ≥ {smallest_focus:.1f} px, "
          f"other names ≥ {smallest_other:.1f} px")
    assert win.presenter.focused_id == order[0]  # wrapped round


@pytest.mark.parametrize("presenting", [("en", (1280, 720))], indirect=True)
def test_presenting_hides_the_window_furniture_and_leaving_restores_it(presenting, qtbot):
    win, _language, _size = presenting
    docks = [d.objectName() for d in win.docks.all() if d.isVisible()]
    state = win.windowState()
    bars = [(b.objectName(), b.isVisible()) for b in win.findChildren(QToolBar)]
    zoom = win.view.transform()
    QTest.keyClick(win.view, Qt.Key.Key_F5)
    assert win.presenter.active and win.isFullScreen()
    assert not any(d.isVisible() for d in win.docks.all())
    assert not win.menuBar().isVisible() and not win.statusBar().isVisible()
    qtbot.waitUntil(lambda: [b.objectName() for b in win.findChildren(QToolBar)
                             if b.isVisible()] == ["presenter_band_bar"])
    assert "27" in win.presenter.band.position_label.text()
    QTest.keyClick(win.view, Qt.Key.Key_Escape)
    assert not win.presenter.active and not win.isFullScreen()
    # (the offscreen screen is 800 px wide: the window's size comes back clamped to it)
    qtbot.waitUntil(lambda: [d.objectName() for d in win.docks.all() if d.isVisible()] == docks)
    assert win.windowState() == state
    assert [(b.objectName(), b.isVisible()) for b in win.findChildren(QToolBar)
            if b.objectName() != "presenter_band_bar"] == bars
    assert win.menuBar().isVisible() and win.statusBar().isVisible()
    assert win.view.transform() == zoom
    assert win.view.canvas_actions["right"].isEnabled()


@pytest.mark.parametrize("presenting", [("fr", (1280, 720))], indirect=True)
def test_tag_and_step_through_the_links_still_to_assess(presenting):
    win, _language, _size = presenting
    project, view = win.document.project, win.view
    win.presenter.enter(full_screen=False)
    QTest.keyClick(view, Qt.Key.Key_A)
    todo = [i for i in chain_order(project) if project.links[i].status == LinkStatus.UNASSESSED]
    assert len(todo) == 5
    position = list(project.links[todo[0]].position)
    assert win.presenter.focused_id == todo[0]
    QTest.keyClick(view, Qt.Key.Key_2)  # tag as everywhere: weak, one undo step
    assert project.links[todo[0]].status == LinkStatus.WEAK
    assert list(project.links[todo[0]].position) == position  # the arrows never move cards
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert win.presenter.focused_id == todo[1]
    assert win.presenter.band.position_label.text() == "À évaluer 1 / 4"
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert win.presenter.focused_id == todo[-1]  # wraps round the links still to assess
    win.document.undo_stack.undo()
    assert project.links[todo[0]].status == LinkStatus.UNASSESSED
    assert "à évaluer 5" in win.presenter.band.counts_label.text().replace("<b>", "").replace(
        "</b>", "")


@pytest.mark.parametrize("presenting", [("en", (1280, 720))], indirect=True)
def test_the_agenda_timer_counts_down_in_the_band_and_signals_the_end(presenting, qtbot,
                                                                      monkeypatch):
    win, _language, _size = presenting
    beeps = []
    monkeypatch.setattr("valuechain_gui.ui.presenter.timer.QApplication.beep",
                        lambda: beeps.append(1))
    win.presenter.enter(full_screen=False)
    band = win.presenter.band
    assert not band.timer_label.isVisible()
    win.presenter.timer.start(2, "Components")
    assert band.timer_label.text() == "Components · 00:02"
    with qtbot.waitSignal(win.presenter.timer.finished, timeout=5000):
        pass
    assert beeps == [1]
    assert band.alerting() and band.timer_label.text() == "Time is up"
    assert not win.presenter.timer.running


@pytest.mark.parametrize("presenting", [("en", (1280, 720))], indirect=True)
def test_a_link_chosen_otherwise_becomes_the_one_discussed(presenting):
    """Tab (or a click, or Find) while presenting: the chosen link is enlarged and centred."""
    win, _language, _size = presenting
    win.presenter.enter(full_screen=False)
    order = chain_order(win.document.project)
    QTest.keyClick(win.view, Qt.Key.Key_Tab)
    assert win.presenter.focused_id == order[1]
    assert visible_name_sizes(win)[order[1]] >= 40.0
    assert win.scene.card(order[0]).scale() == 1.0


@pytest.mark.parametrize("presenting", [("en", (1280, 720))], indirect=True)
def test_opening_another_project_while_presenting_leaves_presenter_mode(presenting):
    win, _language, _size = presenting
    win.presenter.enter(full_screen=False)
    win.set_document(open_document(EXAMPLE))
    assert not win.presenter.active and win.menuBar().isVisible()
    assert win.view.canvas_actions["left"].isEnabled()


@pytest.mark.parametrize("presenting", [("en", (1280, 720))], indirect=True)
def test_a_name_typed_while_presenting_gets_every_key(presenting):
    """N while presenting: "a", Space and the arrows are text, Escape cancels the editor (the
    presenter's keys wait)."""
    win, _language, _size = presenting
    project, view = win.document.project, win.view
    win.presenter.enter(full_screen=False)
    focused = win.presenter.focused_id
    count = len(project.links)
    QTest.keyClick(view, Qt.Key.Key_N)
    QTest.keyClicks(view, "a b")
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.interactions.inline.editor is None and len(project.links) == count
    assert win.presenter.active and not win.presenter.only_unassessed
    assert win.presenter.focused_id == focused
    QTest.keyClick(view, Qt.Key.Key_Right)  # the presenter's keys are back
    assert win.presenter.focused_id != focused


def _lane_pixel(win: MainWindow) -> QColor:
    """The colour of the second lane's background between its header's band and its edge, as
    the screen shows it (the header is drawn 3 px inside the lane)."""
    lane = next(item for item in win.scene.lanes() if item.index == 1)
    point = win.view.mapFromScene(QPointF(lane.x() + 1.5, LANE_HEADER_HEIGHT / 2))
    return win.view.viewport().grab().toImage().pixelColor(point)


@pytest.mark.parametrize("presenting", [("en", (1280, 720))], indirect=True)
def test_the_map_is_drawn_in_high_contrast_while_presenting(presenting, qtbot):
    """White lanes and thicker, darker borders and flows while presenting; the usual colours
    come back on leaving (the switch is one, in ui/style.py)."""
    win, _language, _size = presenting
    normal_pen = style.status_pen(LinkStatus.WEAK).widthF()
    win.view.centerOn(0, 0)
    assert _lane_pixel(win) != QColor("#ffffff")  # tinted lanes
    win.presenter.enter(full_screen=False)
    qtbot.waitUntil(lambda: _lane_pixel(win) == QColor("#ffffff"))
    assert style.status_pen(LinkStatus.WEAK).widthF() > normal_pen
    assert style.status_color(LinkStatus.MISSING) != style.STATUS_COLOR[LinkStatus.MISSING]
    arrow = win.scene.arrows()[0]
    assert arrow.pen().widthF() >= 2.5 and arrow.pen().color() == QColor(style.HC_FLOW_COLOR)
    QTest.keyClick(win.view, Qt.Key.Key_Escape)
    assert not style.high_contrast()
    assert style.status_pen(LinkStatus.WEAK).widthF() == normal_pen
    assert arrow.pen().color() == QColor(style.FLOW_COLOR)
    win.view.centerOn(0, 0)
    qtbot.waitUntil(lambda: _lane_pixel(win) != QColor("#ffffff"))


def test_in_high_contrast_each_status_keeps_its_own_shape_glyph_and_border(qapp):
    """Grayscale: the four statuses differ by marker shape, glyph and border (width, dashes)."""
    style.set_high_contrast(True)
    try:
        pens = [style.status_pen(status) for status in LinkStatus]
        borders = {(round(pen.widthF(), 2), tuple(pen.dashPattern())) for pen in pens}
    finally:
        style.set_high_contrast(False)
    assert len(borders) == len(set(style.STATUS_SHAPE.values())) == len(
        set(style.STATUS_GLYPH.values())) == len(LinkStatus)


@pytest.mark.parametrize("presenting", [("en", (1280, 720))], indirect=True)
def test_closing_the_window_while_presenting_puts_the_usual_colours_back(presenting):
    win, _language, _size = presenting
    win.presenter.enter(full_screen=False)
    assert style.high_contrast()
    win.close()
    assert not style.high_contrast() and not win.presenter.active


@pytest.mark.parametrize("presenting", [("fr", (1920, 1080))], indirect=True)
def test_the_stage_headers_stay_in_view_when_the_neighbours_allow(presenting, qtbot):
    """Sites d'essais (third card of its lane): its stage's header is in view with the card
    and its neighbours (the room sees which stage it is discussing)."""
    win, _language, (width, _height) = presenting
    win.presenter.enter(full_screen=False)
    qtbot.waitUntil(lambda: win.view.viewport().width() > width - 40)
    project = win.document.project
    link = project.link_by_name("Sites d'essais")
    win.presenter.focus(link.id)
    shown = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    assert shown.top() <= 0  # the headers (y 0 to LANE_HEADER_HEIGHT) in view
    for other in set(project.upstream_of(link.id)) | set(project.downstream_of(link.id)):
        assert win.scene.card(other).sceneBoundingRect().intersects(shown)
    assert visible_name_sizes(win)[link.id] >= 40.0
