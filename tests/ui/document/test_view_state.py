"""The view state of a document: the canvas and the panels meet there, and a change that
changes nothing emits nothing (so a selection never echoes between the canvas and a panel)."""

from __future__ import annotations

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.document.view_state import ViewState

from canvas_testing import ids, laid_out_project


def test_a_selection_made_elsewhere_reaches_the_canvas_once_and_does_not_echo(qapp):
    project = laid_out_project()
    n = ids(project)
    state = ViewState()
    scene = ChainScene(project, view_state=state)
    seen: list[tuple] = []
    state.selection_changed.connect(lambda link_ids, origin: seen.append((link_ids, origin)))
    panel = object()
    state.focus_link(n["Farms"], panel)
    assert scene.selected_link_ids() == [n["Farms"]]
    assert seen == [([n["Farms"]], panel)]  # the canvas followed without publishing it again
    scene.select_links([n["Farms"], n["LiDAR sensors"]])
    assert state.selection == [n["Farms"], n["LiDAR sensors"]]
    assert seen[-1] == ([n["Farms"], n["LiDAR sensors"]], scene)


def test_highlight_filter_and_badges_are_read_by_the_canvas_and_same_values_emit_nothing(qapp):
    project = laid_out_project()
    n = ids(project)
    state = ViewState()
    scene = ChainScene(project, view_state=state)
    changes: list[str] = []
    for name in ("highlight_changed", "status_filter_changed", "badges_changed"):
        getattr(state, name).connect(lambda name=name: changes.append(name))
    state.set_highlight({n["Farms"]})
    assert scene.is_dimmed(n["LiDAR sensors"]) and not scene.is_dimmed(n["Farms"])
    state.set_highlight([n["Farms"]])  # the same set
    state.set_highlight(None)
    state.set_status_filter({LinkStatus.MISSING})
    state.set_status_filter([LinkStatus.MISSING])
    state.set_badges({n["Farms"]: 1})
    assert scene.card(n["Farms"]).badge == 1
    state.set_badges({n["Farms"]: 1})
    assert changes == ["highlight_changed", "highlight_changed", "status_filter_changed",
                       "badges_changed"]
