"""Legible at the projector: name size at fit-all, wrapping, hatching off the text, status cues
that survive grayscale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import Link, LinkStatus
from valuechain_gui.ui import style
from valuechain_gui.ui.canvas.items import MAX_LINES, LinkCard
from valuechain_gui.ui.canvas.scene import FIT_MARGIN, ChainScene
from valuechain_gui.ui.canvas.view import CanvasView

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


def test_names_of_the_worked_example_are_14_px_high_at_fit_all_on_1920_by_1080(qtbot):
    """The map shown full screen on a 1920 x 1080 projector, fitted: the on-screen height of a
    card name (its font's pixel size times the view's scale) is at least 14 px."""
    view = CanvasView(ChainScene(load_project(SAMPLE)))
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    content = view.mapFromScene(view.chain_scene.content_rect(FIT_MARGIN)).boundingRect()
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(content)  # all of it shows
    on_screen = style.card_font().pixelSize() * view.transform().m11()
    assert on_screen >= 14, f"{on_screen:.1f} px"


def test_long_names_wrap_on_three_lines_with_an_ellipsis_and_the_full_name_in_the_tooltip(qapp):
    name = "Actionneurs drive-by-wire pour direction, freinage et traction des engins agricoles"
    card = LinkCard(Link(name=name, stage_id="s"))
    assert len(card.lines) == MAX_LINES
    assert card.lines[-1].endswith("…")
    assert card.tooltip_text().splitlines()[0] == name
    short = LinkCard(Link(name="Agriculture", stage_id="s"))
    assert short.lines == ["Agriculture"]


def card_image(status: LinkStatus, name: str = "") -> QImage:
    card = LinkCard(Link(name=name, stage_id="s", status=status))
    image = QImage(int(CARD_WIDTH), int(CARD_HEIGHT), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def test_the_hatching_of_a_missing_link_stays_out_of_its_text_area(qapp):
    card = LinkCard(Link(name="", stage_id="s", status=LinkStatus.MISSING))
    text = card.text_rect().adjusted(4, 4, -4, -4)  # off the dotted border
    image = card_image(LinkStatus.MISSING)
    fill = QColor(style.STATUS_FILL[LinkStatus.MISSING]).rgb()
    colours = {image.pixel(x, y) for x in range(int(text.left()), int(text.right()))
               for y in range(int(text.top()), int(text.bottom()))}
    assert colours == {fill}  # a plain background under the name
    band = {image.pixel(x, int(CARD_HEIGHT) - 12) for x in range(4, int(style.HATCH_BAND) - 2)}
    assert len(band) > 1  # while the left band is hatched


@pytest.mark.parametrize("pair", [(LinkStatus.STRONG, LinkStatus.WEAK),
                                  (LinkStatus.STRONG, LinkStatus.MISSING),
                                  (LinkStatus.STRONG, LinkStatus.UNASSESSED),
                                  (LinkStatus.WEAK, LinkStatus.MISSING),
                                  (LinkStatus.WEAK, LinkStatus.UNASSESSED),
                                  (LinkStatus.MISSING, LinkStatus.UNASSESSED)])
def test_status_markers_differ_in_shape_in_grayscale(qapp, pair):
    """Seen in grayscale, the markers of two statuses differ in where they are dark, not only
    in how dark: their silhouettes (marker pixels darker than the card's fill) differ."""
    silhouettes = []
    for status in pair:
        image = card_image(status).convertToFormat(QImage.Format.Format_Grayscale8)
        fill = QColor(style.STATUS_FILL[status]).lightness()
        silhouettes.append({(x, y) for x in range(2, 26) for y in range(2, 26)
                            if abs(QColor(image.pixel(x, y)).lightness() - fill) > 40})
    a, b = silhouettes
    assert len(a ^ b) > 40


def test_card_text_follows_the_one_text_scale(qapp):
    card = LinkCard(Link(name="Essais moteurs", stage_id="s"))
    base = style.card_font().pixelSize()
    lines = list(card.lines)
    assert lines == ["Essais moteurs"]
    try:
        style.set_text_scale(1.5)
        assert style.card_font().pixelSize() == round(style.CARD_FONT_PX * 1.5)
        card.refresh(card.link)
        assert len(card.lines) > len(lines)  # wrapped again for the bigger type
    finally:
        style.set_text_scale(1.0)
    assert style.card_font().pixelSize() == base



@pytest.mark.parametrize("name", ["Télécommunications", "Supercondensateurs", "Semi-conducteurs"])
def test_a_short_name_of_one_long_word_is_broken_across_lines_never_cut(qapp, name):
    card = LinkCard(Link(name=name, stage_id="s"))
    assert len(card.lines) == 2
    assert not any("…" in line for line in card.lines)
    joined = card.lines[0][:-1] + card.lines[1]  # the head ends with a hyphen
    assert joined == name or card.lines[0] + card.lines[1] == name  # "Semi-" keeps its own
