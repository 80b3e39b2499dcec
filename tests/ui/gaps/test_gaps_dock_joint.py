"""The gap panel's header names the end markets; under the table, the joint what-if, computed only
while the panel is visible; the status weights of the project rerank the gaps (undoably)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from valuechain_gui.analysis import gaps as gaps_module
from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.canvas import ChainScene
from valuechain_gui.ui.document.commands.links import (
    EditLinkCommand,
    SetStatusCommand,
)
from valuechain_gui.ui.document.commands.meta import EditPropertiesCommand
from valuechain_gui.ui.gaps.dock import GapsDock
from valuechain_gui.ui.gaps.table_model import COL_LINK


#: numbers formatted the English way unless a test says otherwise (see conftest.py)
pytestmark = pytest.mark.usefixtures("english_locale")


def series() -> Project:
    """A (missing) → B (weak) → C (missing) → D, nothing marked as an end market."""
    project = Project.new(language="en")
    links = [project.make_link(name, project.stages[i].id) for i, name in enumerate("ABCD")]
    project.add_links(links)
    for up, down in zip(links, links[1:]):
        project.add_flow(up.id, down.id)
    project.set_status([links[0].id, links[2].id], LinkStatus.MISSING)
    project.set_status([links[1].id], LinkStatus.WEAK)
    return project


def make_dock(qtbot, project: Project) -> tuple[GapsDock, QUndoStack]:
    stack = QUndoStack()
    scene = ChainScene(project, notifier=ProjectNotifier(project))
    dock = GapsDock()
    qtbot.addWidget(dock)
    dock.resize(760, 420)
    dock.set_scene(scene)
    dock._keep = (scene, stack)
    return dock, stack


def ranking(dock: GapsDock) -> list[str]:
    return [dock.model.index(row, COL_LINK).data() for row in range(dock.model.rowCount())]


def test_header_says_which_end_markets_were_taken_and_joint_lines_follow(qtbot):
    project = series()
    dock, stack = make_dock(qtbot, project)
    dock.show()
    qtbot.waitUntil(lambda: dock.report is not None and not dock.is_pending())
    assert dock.end_markets_label.text() == (
        "End markets (none is marked: the ends of the chain, return flows set aside): D")
    assert ranking(dock) == ["A", "C", "B"]
    assert dock.joint_label.text().splitlines() == [
        "Gaps to fix together (joint what-if: the route with the fewest missing, then weak "
        "links):", "• To reach D: fix A and C; strengthen B"]
    d = project.link_by_name("D").id
    stack.push(EditPropertiesCommand(project, {"target_market": "Vehicles"}))  # not an analysis change
    assert not dock.is_pending()
    stack.push(EditLinkCommand(project, d, "end_market", True))
    qtbot.waitUntil(lambda: not dock.is_pending() and dock.end_markets_label.text()
                    == "End markets: D")


def test_the_joint_what_if_waits_for_the_panel_to_be_visible(qtbot, monkeypatch):
    calls = []
    original = gaps_module.GapAnalyzer.joint_what_if
    monkeypatch.setattr(gaps_module.GapAnalyzer, "joint_what_if",
                        lambda self: calls.append(1) or original(self))
    project = series()
    dock, stack = make_dock(qtbot, project)
    dock.criticality_box.setChecked(True)  # the badges need the ranking, not the joint what-if
    qtbot.waitUntil(lambda: dock.report is not None and not dock.is_pending())
    stack.push(SetStatusCommand(project, [project.link_by_name("B").id], LinkStatus.STRONG))
    qtbot.waitUntil(lambda: not dock.is_pending())
    assert calls == [] and ranking(dock) == ["A", "C"]
    dock.show()
    qtbot.waitUntil(lambda: dock.joint_label.isVisible())
    assert calls == [1]
    assert dock.joint_label.text().splitlines()[1] == "• To reach D: fix A and C"


def test_changing_the_status_weights_reranks_and_undo_restores(qtbot):
    project = series()
    dock, stack = make_dock(qtbot, project)
    dock.show()
    qtbot.waitUntil(lambda: dock.report is not None and not dock.is_pending())
    stack.push(EditPropertiesCommand(project, {"settings": project.settings.with_weights(1.0, 1.0)}))
    qtbot.waitUntil(lambda: not dock.is_pending() and ranking(dock) == ["A", "B", "C"])
    stack.undo()
    qtbot.waitUntil(lambda: not dock.is_pending() and ranking(dock) == ["A", "C", "B"])


def test_the_plans_suggested_priority_follows_the_status_weights(qtbot):
    from PySide6.QtCore import Qt

    from valuechain_gui.ui.plan.table_model import COL_SUGGESTED, PlanTableModel
    from valuechain_gui.ui.document.notifier import ProjectNotifier

    project = series()
    stack = QUndoStack()
    model = PlanTableModel(project, DocumentEdit(project, stack), ProjectNotifier(project))
    b_link = project.link_by_name("B").id
    row = next(r for r in range(model.rowCount()) if model.action_at(r).link_id == b_link)

    def suggested() -> str:
        return model.index(row, COL_SUGGESTED).data(Qt.ItemDataRole.DisplayRole)

    assert suggested() == "medium"  # B: 0.6 × 60 = 36
    stack.push(EditPropertiesCommand(project, {"settings": project.settings.with_weights(1.0, 1.0)}))
    qtbot.waitUntil(lambda: suggested() == "high")  # 60
