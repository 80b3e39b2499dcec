"""The document publishes its gap report: one analysis per change that can move it, emitted once
as ``gap_report_changed``; a rename, a note or a drag analyses nothing; the gap panel and the
plan's suggestion column show the published report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis import gaps as gaps_module
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import ActionState, LinkStatus
from valuechain_gui.ui.canvas.scene import ChainScene
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.gaps.dock import COL_LINK, GapsDock
from valuechain_gui.ui.plan.labels import priority_label
from valuechain_gui.ui.plan.table_model import COL_SUGGESTED, PlanTableModel

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")
CERTIFICATION = "Certification et sécurité fonctionnelle"


def link_id(document: Document, name: str) -> str:
    return next(i for i, link in document.project.links.items() if link.name == name)


@pytest.fixture
def watched(qapp, monkeypatch):
    """The sample's document whose report a reader needs, and the list of analyses run."""
    document = Document(load_project(SAMPLE))
    reader = object()
    document.gap_reports.set_needed(reader, True)
    document.gap_reports.refresh()  # the reader's first look: analysed and published now
    assert not document.gap_reports.is_pending()
    document._reader = reader  # kept alive with the document
    runs: list[int] = []
    real = gaps_module.GapAnalyzer._report
    monkeypatch.setattr(gaps_module.GapAnalyzer, "_report",
                        lambda self, *a: runs.append(1) or real(self, *a))
    yield document, runs
    document.close()


def test_one_retag_publishes_one_report_after_the_debounce(qtbot, watched):
    document, runs = watched
    reports = document.gap_reports
    published: list = []
    reports.gap_report_changed.connect(published.append)
    strong = next(i for i, link in document.project.links.items()
                  if link.status == LinkStatus.STRONG)
    with qtbot.waitSignal(reports.gap_report_changed, timeout=3000) as blocker:
        # a weak retag also creates the plan's action: two model events, one analysis
        assert document.edit.set_status([strong], LinkStatus.WEAK)
        assert published == [] and reports.is_pending()  # not analysed during the edit
    assert not reports.is_pending() and not reports.is_scheduled()  # nothing else will come
    assert published == [blocker.args[0]] and len(runs) == 1
    assert blocker.args[0].by_link[strong].status == LinkStatus.WEAK


def test_a_burst_of_retags_publishes_one_report(qtbot, watched):
    document, runs = watched
    reports = document.gap_reports
    published: list = []
    reports.gap_report_changed.connect(published.append)
    certification = link_id(document, CERTIFICATION)
    with qtbot.waitSignal(reports.gap_report_changed, timeout=3000):
        assert document.edit.set_status([certification], LinkStatus.STRONG)
        document.undo_stack.undo()
        document.undo_stack.redo()
    assert not reports.is_pending() and len(published) == 1 and len(runs) == 1
    assert certification not in published[0].by_link  # the last state: strong, not a gap


def test_a_rename_a_note_or_a_drag_runs_no_analysis(qtbot, watched):
    document, runs = watched
    reports = document.gap_reports
    published: list = []
    reports.gap_report_changed.connect(published.append)
    certification = link_id(document, CERTIFICATION)
    assert document.edit.rename_link(certification, "Certification")
    assert document.edit.update_link(certification, "notes", "ask the test centre")
    x, y = document.project.links[certification].position
    assert document.edit.move_links({certification: (x + 40.0, y)})
    assert document.edit.update_project({"target_market": "Robotaxis"})
    assert not reports.is_pending() and not reports.is_scheduled()
    assert runs == [] and published == []
    # a change of the status weights does move the analysis
    with qtbot.waitSignal(reports.gap_report_changed, timeout=3000):
        settings = document.project.settings
        assert document.edit.update_project(
            {"settings": replace(settings, weak_weight=settings.weak_weight / 2)})
    assert len(runs) == 1


def test_an_auto_layout_analyses_and_publishes_nothing_new(qtbot, monkeypatch):
    project = make_chain(300, seed=5)  # flows back to earlier stages, not marked yet
    project.set_return_flows({key: False for key in project.flows})
    document = Document(project)
    reports, reader = document.gap_reports, object()
    reports.set_needed(reader, True)
    reports.refresh()
    first, structure = reports.published(), reports.analyzer.structure()
    published: list = []
    reports.gap_report_changed.connect(published.append)
    runs: list[int] = []
    real = gaps_module.GapAnalyzer._report
    monkeypatch.setattr(gaps_module.GapAnalyzer, "_report",
                        lambda self, *a: runs.append(1) or real(self, *a))
    assert document.edit.layout()
    assert any(flow.is_return for flow in project.flows.values())  # marks were set
    qtbot.waitUntil(lambda: not reports.is_scheduled(), timeout=3000)
    assert not reports.is_pending() and published == [] and runs == []
    assert reports.analyzer.structure() is structure and reports.report() is first
    document.undo_stack.undo()  # the marks back as they were: nothing new either
    qtbot.waitUntil(lambda: not reports.is_scheduled(), timeout=3000)
    assert published == [] and runs == [] and reports.analyzer.structure() is structure
    document.close()


def test_the_panel_and_the_plan_show_the_published_report(qtbot, monkeypatch):
    document = Document(load_project(SAMPLE))
    scene = ChainScene(document.project, document.edit, notifier=document.notifier)
    dock = GapsDock()
    qtbot.addWidget(dock)
    dock.set_scene(scene, document.gap_reports)
    dock.show()
    qtbot.waitUntil(lambda: dock.report is not None and not dock.is_pending())
    plan = PlanTableModel(document.project, document.edit, document.notifier,
                          reports=document.gap_reports)
    live = [a for a in document.project.actions.values()
            if document.project.action_state(a)[0] == ActionState.LIVE]
    plan.gap_of(live[0])  # the suggestion column has been shown
    runs: list[int] = []
    real = gaps_module.GapAnalyzer._report
    monkeypatch.setattr(gaps_module.GapAnalyzer, "_report",
                        lambda self, *a: runs.append(1) or real(self, *a))
    certification = link_id(document, CERTIFICATION)
    with qtbot.waitSignal(document.gap_reports.gap_report_changed, timeout=3000) as blocker:
        assert document.edit.set_status([certification], LinkStatus.STRONG)
    report = blocker.args[0]
    assert dock.report is report and not dock.is_pending() and len(runs) == 1
    shown = [dock.model.index(row, COL_LINK).data() for row in range(dock.model.rowCount())]
    assert shown == [document.project.links[g.link_id].name for g in report.gaps]
    assert CERTIFICATION not in shown
    for action in live:
        cell = plan.index(plan.row_of(action.id), COL_SUGGESTED)
        gap = report.by_link.get(action.link_id)
        if document.project.action_state(action)[0] != ActionState.LIVE or gap is None:
            continue
        assert cell.data() == priority_label(gap.suggested_priority)
        assert f"rank {report.rank_of(gap.link_id)}" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # a rename: the panel shows the new name at once, without a new analysis
    first = report.gaps[0].link_id
    assert document.edit.rename_link(first, "Renamed gap")
    assert dock.model.index(dock.model.row_of(first), COL_LINK).data() == "Renamed gap"
    assert not dock.is_pending() and len(runs) == 1
    document.close()


def test_the_published_report_after_random_edits_is_the_full_analysis(qtbot, qapp):
    """The publisher hands the analyzer the links changed since its last analysis (renames
    included), or none after a change of the structure; after random edits and undos its
    report equals a fresh analysis of a copy."""
    import random

    document = Document(make_chain(150, seed=7))
    reports = document.gap_reports
    reader = object()
    reports.set_needed(reader, True)
    reports.refresh()
    rng = random.Random(7)
    statuses = [LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.UNASSESSED]
    try:
        for step in range(60):
            ids = list(document.project.links)
            roll, link = rng.random(), rng.choice(ids)
            if roll < 0.5:
                document.edit.set_status(rng.sample(ids, rng.choice([1, 2])), rng.choice(statuses))
            elif roll < 0.6:
                document.edit.rename_link(link, f"Renamed {step}")
            elif roll < 0.7:
                document.edit.update_link(link, "strategic",
                                          not document.project.links[link].strategic)
            elif roll < 0.78:
                document.edit.update_link(link, "end_market",
                                          not document.project.links[link].end_market)
            elif roll < 0.9 and document.undo_stack.canUndo():
                document.undo_stack.undo()
            elif document.undo_stack.canRedo():
                document.undo_stack.redo()
            if rng.random() < 0.7:  # sometimes several edits reach one analysis
                before = reports.published()
                reports.refresh()
                got, expected = reports.published(), gaps_module.analyse(document.project.clone())
                if got is before:  # only renames since: by design, no new analysis
                    got, expected = (replace(got, gaps=[replace(g, name="") for g in got.gaps]),
                                     replace(expected, gaps=[replace(g, name="")
                                                             for g in expected.gaps]))
                assert (got.completeness, got.gaps, got.end_markets) == (
                    expected.completeness, expected.gaps, expected.end_markets), step
    finally:
        document.close()
