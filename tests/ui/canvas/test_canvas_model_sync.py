"""The scene follows the model through every command, its undo and its redo (no orphan item)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

import pytest

from valuechain_gui.model import LinkStatus
from valuechain_gui.analysis.layout import layout_positions
from valuechain_gui.ui.document.commands import links as c
from valuechain_gui.ui.document.commands import meta
from valuechain_gui.ui.document.commands import stages as st
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.document.edit import LANE_GRID

from canvas_testing import assert_scene_matches, ids, laid_out_project


def build(project, name):
    n = ids(project)
    s = project.stages
    sensors, software = n["LiDAR sensors"], n["Perception software"]
    return {
        "add link": lambda: c.AddLinkCommand(project, project.make_link("Batteries", s[1].id,
                                                                        position=(28.0, 400.0))),
        "remove links": lambda: c.RemoveLinksCommand(project, [software, n["Farms"]]),
        "rename": lambda: c.RenameLinkCommand(project, sensors, "LiDAR and radar sensors"),
        "edit notes": lambda: c.EditLinkCommand(project, sensors, "notes", "two suppliers"),
        "tag": lambda: c.SetStatusCommand(project, [sensors, n["Farms"]], LinkStatus.MISSING),
        "strategic": lambda: c.ToggleStrategicCommand(project, [sensors]),
        "move": lambda: c.MoveLinksCommand(project, {sensors: (508.0, 500.0)},
                                           {sensors: s[2].id}),
        "add flow": lambda: c.AddFlowCommand(project, n["Farms"], sensors),
        "remove flows": lambda: c.RemoveFlowsCommand(project, [(sensors, software)]),
        "delete selection": lambda: c.DeleteSelectionCommand(
            project, [software], [(sensors, software), (n["Vehicle integration"], n["Farms"])]),
        "add stage": lambda: st.AddStageCommand(project, "Software", 2, grid=LANE_GRID),
        "rename stage": lambda: st.RenameStageCommand(project, s[0].id, "R&D"),
        "move stage": lambda: st.MoveStageCommand(project, s[1].id, 3, grid=LANE_GRID),
        "remove stage, move links": lambda: st.RemoveStageCommand(project, s[1].id, s[2].id,
                                                                  grid=LANE_GRID),
        "remove stage, delete links": lambda: st.RemoveStageCommand(project, s[1].id, None,
                                                                    grid=LANE_GRID),
        "layout": lambda: c.LayoutCommand(project, layout_positions(project)),
        "meta": lambda: meta.EditPropertiesCommand(project, {"pole_name": "ViaMéca"}),
        "paste": lambda: c.PasteLinksCommand(project, c.copy_links_data(project, [sensors,
                                                                                 software])),
        "duplicate": lambda: c.DuplicateLinksCommand(project, [n["Farms"]]),
    }[name]()


NAMES = ["add link", "remove links", "rename", "edit notes", "tag", "strategic", "move",
         "add flow", "remove flows", "delete selection", "add stage", "rename stage", "move stage",
         "remove stage, move links", "remove stage, delete links", "layout", "meta", "paste",
         "duplicate"]


@pytest.mark.parametrize("name", NAMES)
def test_scene_follows_command_undo_and_redo(qapp, name):
    project = laid_out_project()
    if name == "layout":  # scramble the map first
        for link_id in list(project.links):
            project.update_link(link_id, position=(5.0, 600.0))
    scene = ChainScene(project, notifier=ProjectNotifier(project))
    stack = QUndoStack()
    before = project.clone()
    stack.push(build(project, name))
    after = project.clone()
    assert after != before
    assert_scene_matches(scene)
    stack.undo()
    assert project == before
    assert_scene_matches(scene)
    stack.redo()
    assert project == after
    assert_scene_matches(scene)
    assert not stack.isClean()
