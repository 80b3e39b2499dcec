"""The map drawn for exports is the display scene drawn once: no undo stack, no notifier, and a
later change of the project does not reach it."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.export.map_scene import MapScene

from canvas_testing import ids, laid_out_project


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
