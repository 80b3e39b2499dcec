"""Map exports: PNG/SVG/PDF written, full detail whatever the scale, title block, share version,
and the ``render`` command line."""

from __future__ import annotations

import re
from html import escape

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import save_project
from valuechain_gui.ui.export.render import (
    RenderError,
    paint_map,
    render_map,
    render_png_bytes,
    write_pdf,
    write_png,
    write_svg,
)

NAMES = ("LiDAR sensors", "Perception software", "Vehicle integration", "Farms")


def name_lines(scene) -> list[str]:
    """The lines the cards of :data:`NAMES` write (a name may be wrapped on several lines)."""
    lines = [line for card in scene.cards() if card.link.name in NAMES for line in card.lines]
    assert len(lines) >= len(NAMES)
    return lines


@pytest.fixture
def project(small_project):
    small_project.update_meta(pole_name="Pôle Mécanique Centre", participants=["Alice Secret"])
    return small_project


def _svg_of(scene, size: QSize) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    painter = QPainter(generator)
    paint_map(painter, QRectF(0, 0, size.width(), size.height()), scene)
    painter.end()
    return bytes(data.data()).decode("utf-8")


def test_png_has_the_asked_width_and_resolution(qapp, project, tmp_path):
    path = write_png(project, tmp_path / "map.png", 1200, dpi=200)
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.width == 1200
        assert 300 < image.height < 1200  # the map's proportions (six lanes, title block)
        assert round(image.info["dpi"][0]) == 200
        colors = image.convert("RGB").getcolors(1_000_000)
    assert len(colors) > 50  # a real drawing, not a blank page
    assert render_png_bytes(project, 600).startswith(b"\x89PNG")


def test_svg_holds_link_names_title_and_legend_as_text(qapp, project, tmp_path):
    text = write_svg(project, tmp_path / "map.svg").read_text("utf-8")
    for line in name_lines(render_map(project)):
        assert line in text
    assert "Value chain map: Autonomous special vehicles" in text
    for status in ("strong", "weak", "missing", "unassessed"):
        assert f">{status}<" in text.replace("\n", "")
    assert escape("Pôle Mécanique Centre") in text or "Pôle Mécanique Centre" in text


def test_low_zoom_export_keeps_the_text(qapp, project):
    scene = render_map(project)
    tiny = QSize(240, 130)  # about 1/7 of the map's size: far below the canvas' low detail
    assert all(line in _svg_of(scene, tiny) for line in name_lines(scene))
    scene.set_full_detail(False)  # what the screen does at that zoom: the names disappear
    assert not any(line in _svg_of(scene, tiny) for line in name_lines(scene))


def test_share_version_does_not_list_participants(qapp, project, tmp_path):
    internal = write_svg(project, tmp_path / "internal.svg").read_text("utf-8")
    shared = write_svg(project, tmp_path / "shared.svg", share_version=True).read_text("utf-8")
    assert "Alice Secret" in internal
    assert "Alice Secret" not in shared
    assert "Version to share with partners" in shared


def test_french_title_block(qapp, project, tmp_path):
    text = write_svg(project, tmp_path / "fr.svg", lang="fr").read_text("utf-8")
    assert "Carte de la chaîne de valeur" in text
    assert ">manquant<" in text.replace("\n", "")


@pytest.mark.parametrize("page_size,landscape,width_pt", [("A4", True, 842), ("A3", False, 842)])
def test_pdf_is_one_page_of_the_chosen_size(qapp, project, tmp_path, page_size, landscape,
                                            width_pt):
    data = write_pdf(project, tmp_path / "map.pdf", page_size, landscape).read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", data)
    assert box is not None
    assert round(float(box.group(1))) == width_pt  # A4 landscape and A3 portrait: 842 pt wide


def test_bad_sizes_are_typed_errors(qapp, project, tmp_path):
    with pytest.raises(RenderError) as info:
        write_png(project, tmp_path / "x.png", 10)
    assert info.value.code == "bad_size"
    with pytest.raises(RenderError) as info:
        write_pdf(project, tmp_path / "x.pdf", "Letter")
    assert info.value.code == "bad_page_size"
    assert not list(tmp_path.iterdir())


def test_empty_project_renders(qapp, tmp_path):
    from valuechain_gui.model import Project

    with Image.open(write_png(Project.new("en"), tmp_path / "empty.png", 800)) as image:
        assert image.width == 800


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"),
                                          (".pdf", b"%PDF")])
def test_render_command_line(qapp, project, tmp_path, capsys, suffix, magic):
    source = tmp_path / "chain.vchain"
    save_project(project, source)
    out = tmp_path / f"map{suffix}"
    assert main(["render", str(source), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(magic)


def test_render_command_line_refuses_other_extensions(qapp, project, tmp_path, capsys):
    source = tmp_path / "chain.vchain"
    save_project(project, source)
    # a wrong output type is bad usage, as for export
    assert main(["render", str(source), "-o", str(tmp_path / "map.jpg")]) == 2
    assert "png, .svg, .pdf" in capsys.readouterr().err
    assert not (tmp_path / "map.jpg").exists()


def test_render_runs_headless_in_a_fresh_process(project, tmp_path):
    import os
    import subprocess
    import sys

    source = tmp_path / "chain.vchain"
    save_project(project, source)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "map.png"
    done = subprocess.run([sys.executable, "-m", "valuechain_gui.cli", "render", str(source),
                           "-o", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_a_very_tall_map_is_drawn_narrower_not_huge(qapp, small_project, monkeypatch):
    from valuechain_gui.ui.export import render

    monkeypatch.setattr(render, "MAX_PIXELS", 400_000)
    image = render.render_image(small_project, 2400)
    assert image.width() * image.height() <= 400_000 * 1.01
    assert image.width() < 2400


def _title_texts(scene) -> list[str]:
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    return [item.text() for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]


def test_no_workshop_date_is_shown_when_the_project_has_none(qapp, project):
    from datetime import date

    assert project.date is None
    texts = " | ".join(_title_texts(render_map(project)))
    assert "Workshop date" not in texts and str(date.today().year) not in texts
    project.update_meta(date=date(2026, 3, 12))
    assert "Workshop date: 12 March 2026" in " | ".join(_title_texts(render_map(project)))


@pytest.mark.parametrize("width, height", [(960, 2e12), (2e12, 960), (1e6, 1e6), (1, 1e9)])
def test_a_picture_is_sized_within_the_pixel_limits_whatever_the_geometry(width, height):
    from valuechain_gui.limits import MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE
    from valuechain_gui.ui.export.render import picture_size

    w, h = picture_size(width, height, 2400)
    assert 1 <= w <= MAX_PICTURE_SIDE and 1 <= h <= MAX_PICTURE_SIDE
    assert w * h <= MAX_PICTURE_PIXELS and w <= 2400


def test_a_map_a_million_pixels_tall_renders_small_and_fast(qapp, small_project):
    import time

    from valuechain_gui.limits import MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE
    from valuechain_gui.ui.export.render import render_image

    farms = small_project.link_by_name("Farms")
    small_project.update_link(farms.id, position=(0.0, 1_000_000.0))
    started = time.monotonic()
    image = render_image(small_project)
    assert time.monotonic() - started < 20  # a bound, not a speed target
    assert image.height() <= MAX_PICTURE_SIDE
    assert image.width() * image.height() <= MAX_PICTURE_PIXELS


def test_an_svg_of_a_file_with_control_characters_is_well_formed(qapp, project, tmp_path):
    import xml.etree.ElementTree as ET

    from valuechain_gui.io.project.file import load_project

    source = tmp_path / "dirty.vchain"
    save_project(project, source)
    raw = source.read_bytes().replace(b'"LiDAR sensors"', b'"LiDAR\\u0000 sensors\\u0001"')
    source.write_bytes(raw.replace(b'"target_market": "Autonomous',
                                   b'"target_market": "\\ufffeAutonomous\\u001b'))
    text = write_svg(load_project(source), tmp_path / "map.svg").read_text("utf-8")
    ET.fromstring(text)  # raises on a character XML forbids
    assert "LiDAR sensors" in text and "Value chain map: Autonomous special vehicles" in text
