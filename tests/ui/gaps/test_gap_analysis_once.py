"""One gap analysis per change: the gap panel and the plan's suggested priorities read the same
analysis, owned by the document (no cache hidden in the analysis module)."""

from __future__ import annotations

from pathlib import Path

from valuechain_gui.analysis import gaps as gaps_module
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.gaps.dock import GapsDock
from valuechain_gui.ui.plan.table_model import PlanTableModel

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


def test_a_retag_runs_the_analysis_once_for_the_panel_and_the_plan(qtbot, monkeypatch):
    document = Document(load_project(SAMPLE))
    scene = ChainScene(document.project, notifier=document.notifier)
    dock = GapsDock()
    qtbot.addWidget(dock)
    dock.set_scene(scene, document.gap_reports)
    dock.show()
    qtbot.waitUntil(lambda: dock.report is not None and not dock.is_pending())
    plan = PlanTableModel(document.project, document.edit, document.notifier,
                          reports=document.gap_reports)
    action = next(iter(document.project.actions.values()))
    plan.gap_of(action)  # the suggestion column has been shown
    runs: list[int] = []
    real = gaps_module.GapAnalyzer._report
    monkeypatch.setattr(gaps_module.GapAnalyzer, "_report",
                        lambda self, *a: runs.append(1) or real(self, *a))
    link = next(link for link in document.project.links.values()
                if link.status != LinkStatus.MISSING)
    assert document.edit.set_status([link.id], LinkStatus.MISSING)
    qtbot.waitUntil(lambda: not dock.is_pending() and not plan.gap_reports.is_pending())
    assert dock.report.by_link.get(link.id) is not None  # the panel shows the new gap
    assert len(runs) == 1


def test_two_documents_of_one_project_file_do_not_share_an_analysis(qapp):
    first, second = Document(load_project(SAMPLE)), Document(load_project(SAMPLE))
    assert first.gap_analyzer is not second.gap_analyzer
    assert first.gap_analyzer.report() is not second.gap_analyzer.report()
