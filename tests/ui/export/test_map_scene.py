"""The map drawn for exports is the display scene drawn once: no undo stack, no notifier, no
interactions, and a later change of the project does not reach it; it draws the sample exactly as
the canvas' scene does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QUndoStack

from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.canvas.interactions import CanvasInteractions
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.canvas.view import CanvasView
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.export.map_scene import BLOCK_MARGIN, MapScene

from canvas_testing import ids, laid_out_project

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


def test_the_export_scene_holds_no_undo_stack_and_follows_nothing(qapp):
    project = laid_out_project()
    farms = ids(project)["Farms"]
    before = project.links[farms].status
    scene = MapScene(project, lang="en")
    assert scene.notifier is None and scene.findChildren(QUndoStack) == []
    project.set_status([farms], LinkStatus.MISSING if before != LinkStatus.MISSING
                       else LinkStatus.STRONG)
    assert scene.card(farms).status == before  # a snapshot
    assert scene.findChildren(QUndoStack) == []


def _image(scene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    return image


def test_the_export_draws_the_display_scene_with_no_interactions_and_the_same_pixels(qtbot):
    project = load_project(SAMPLE)
    exported = MapScene(project, lang="fr")
    assert exported.findChildren(CanvasInteractions) == []
    assert exported.findChildren(DocumentEdit) == [] and not hasattr(exported, "edit")
    # the scene the canvas shows, with its interactions installed by the view, drawn for export
    shown = ChainScene(project, notifier=ProjectNotifier(project))
    view = CanvasView(shown)
    qtbot.addWidget(view)
    assert len(shown.findChildren(CanvasInteractions)) + len(
        view.findChildren(CanvasInteractions)) == 1
    shown.exporting = True
    shown.set_full_detail(True)
    assert len(exported.cards()) == len(shown.cards()) == 27
    for card in shown.cards():
        twin = exported.card(card.link_id)
        assert twin.sceneBoundingRect() == card.sceneBoundingRect()
        assert twin.lines == card.lines and twin.status == card.status
    for arrow in shown.arrows():
        assert exported.arrow(arrow.key).path() == arrow.path()
        assert exported.arrow(arrow.key).pen() == arrow.pen()
    assert exported.map_rect == shown.content_rect()
    for card in exported.cards():  # the export draws without bitmap caches: compare alike
        shown.card(card.link_id).setCacheMode(card.cacheMode())
    # the lanes, cards and flows (the title block lies above), down to where the exported lanes
    # end (on screen they run on, with room to add links; in the picture a margin closes them)
    rect = exported.map_rect.adjusted(0, 0, 0, -BLOCK_MARGIN)
    assert all(lane.boundingRect().bottom() == rect.bottom() for lane in exported.lanes())
    assert _image(exported, rect) == _image(shown, rect)


def _legend_texts(scene: MapScene) -> list[str]:
    return [item.text() for item in scene._legend_items if hasattr(item, "text")]


def test_the_legend_lists_return_flows_when_the_map_has_some_and_they_stay_inside_it(qapp):
    project = load_project(SAMPLE)
    assert "Return flow (loop)" not in _legend_texts(MapScene(project, lang="en"))
    stage_of = {stage.id: i for i, stage in enumerate(project.stages)}
    backward = [key for key in project.flows
                if stage_of[project.links[key[1]].stage_id]
                <= stage_of[project.links[key[0]].stage_id]]
    assert backward  # the worked example has loops (field data back to software)
    for key in backward:
        project.flows[key].is_return = True
    scene = MapScene(project, lang="fr")
    assert "Flux de retour (boucle)" in _legend_texts(scene)
    for key in backward:
        arrow = scene.arrow(key)
        drawn = arrow.path().boundingRect().united(arrow.marks_path().boundingRect())
        assert scene.map_rect.contains(drawn)  # no loop outside the picture
        assert drawn.bottom() <= max(lane.boundingRect().bottom() for lane in scene.lanes())


def test_loop_glyphs_of_an_imported_battery_chain_sit_inside_the_lanes(qapp, tmp_path):
    """The recycling loop's glyph, under the lowest card, stood on the lanes' bottom edge."""
    from valuechain_gui.io.sheets.importer import import_spreadsheet

    battery = Path(__file__).resolve().parents[3] / "sample_projects" / "battery_chain.csv"
    project = import_spreadsheet(battery).project
    scene = MapScene(project, lang="en")
    glyphs = [arrow.marks_path().boundingRect() for arrow in scene.arrows() if arrow.is_return]
    assert glyphs
    lanes_bottom = min(lane.sceneBoundingRect().bottom() for lane in scene.lanes())
    assert all(glyph.bottom() <= lanes_bottom - 6 for glyph in glyphs)
    assert scene.map_rect.contains(scene.lanes()[0].sceneBoundingRect().bottomLeft())
