"""An auto-layout cannot change the gap analysis: the analyzer keeps its flow topology, its
structure and its report across one (the positions play no part, and return-flow marks only
move end markets that are derived, and only when the marked flow was not set aside already);
a mark or a stage change that does move the derived end markets gives the full analysis's
report. Randomized: the kept caches always give what a fresh analysis gives."""

from __future__ import annotations

import random

import pytest

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis.gaps import GapAnalyzer, analyse
from valuechain_gui.analysis.layout import apply_layout, auto_layout
from valuechain_gui.model import LinkStatus

from .chains import M, S, W, chain, lid

STATUSES = [LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.UNASSESSED]


def summary(report):
    return (report.completeness, report.share_without_missing, report.share_without_gaps,
            report.sources, report.end_markets, report.end_markets_derived, report.notes,
            report.gaps)


def unmark_all(project) -> None:
    """Every flow plain, as a file written before return flows were marked has them."""
    project.set_return_flows({key: False for key in project.flows})


@pytest.mark.parametrize("flag_end_markets", [True, False])
def test_an_auto_layout_keeps_the_topology_the_structure_and_the_report(flag_end_markets):
    project = make_chain(400, seed=5)  # loops back to earlier stages: the layout marks them
    if not flag_end_markets:  # the end markets are then derived from the flows and marks
        project.update_links({i: {"end_market": False} for i, link in project.links.items()
                              if link.end_market})
    unmark_all(project)
    analyzer = GapAnalyzer(project)
    report = analyzer.report()
    topology, structure = analyzer._topology(), analyzer.structure()
    revision = project.flows_revision

    plan = auto_layout(project)
    assert any(plan.return_marks(project).values())  # the layout does mark return flows
    apply_layout(project, plan)
    assert project.flows_revision != revision  # the marks did change the flows' revision

    assert analyzer._topology() is topology
    assert analyzer.structure() is structure
    assert analyzer.report() is report  # nothing new to publish
    assert summary(report) == summary(analyse(project.clone()))

    apply_layout(project)  # laid out again: positions and marks as they were
    assert analyzer.structure() is structure and analyzer.report() is report


def test_a_mark_that_moves_derived_end_markets_gives_the_full_analysis():
    # no end market flagged: Farms has no downstream flow, so it is the end market; marking
    # Integration → Farms as a return flow makes Integration's upstream the final use instead
    project = chain([("Sensors", 0, S, False), ("Perception", 1, M, False),
                     ("Integration", 2, W, False), ("Farms", 3, S, False)],
                    [("Sensors", "Perception"), ("Perception", "Integration"),
                     ("Integration", "Farms")])
    analyzer = GapAnalyzer(project)
    before = analyzer.report()
    structure = analyzer.structure()
    assert before.end_markets == (lid(project, "Farms"),)
    project.set_return_flows({(lid(project, "Integration"), lid(project, "Farms")): True})
    after = analyzer.report()
    assert after.end_markets == (lid(project, "Perception"), lid(project, "Farms"))
    assert analyzer.structure() is not structure
    assert summary(after) == summary(analyse(project.clone()))


def random_edit(project, rng: random.Random) -> str:
    ids = list(project.links)
    roll = rng.random()
    flows = list(project.flows)
    if roll < 0.35 and flows:
        chosen = rng.sample(flows, min(len(flows), rng.choice([1, 1, 3, 10])))
        project.set_return_flows({key: rng.random() < 0.5 for key in chosen})
        return "marks"
    if roll < 0.45:
        apply_layout(project)
        return "auto-layout"
    if roll < 0.6:
        link = rng.choice(ids)
        project.update_links({link: {"stage_id": rng.choice(project.stages).id}})
        return "stage"
    if roll < 0.7:
        link = rng.choice(ids)
        project.update_links({link: {"end_market": not project.links[link].end_market}})
        return "end market"
    if roll < 0.8:
        link = rng.choice(ids)
        project.update_links({link: {"position": (rng.uniform(0, 3000), rng.uniform(0, 3000))}})
        return "move"
    if roll < 0.9 and flows:
        project.remove_flows([rng.choice(flows)])
        return "flow removed"
    if roll < 0.95:
        up, down = rng.sample(ids, 2)
        if (up, down) not in project.flows and (down, up) not in project.flows:
            project.add_flow(up, down)
        return "flow added"
    project.set_status(rng.sample(ids, 2), rng.choice(STATUSES))
    return "retag"


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_kept_caches_give_the_full_analysis_after_random_marks_stages_and_layouts(seed):
    rng = random.Random(seed)
    project = make_chain(rng.choice([60, 150]), seed=seed)
    if seed % 2:  # half of the runs with derived end markets, where marks and stages count
        project.update_links({i: {"end_market": False} for i, link in project.links.items()
                              if link.end_market})
    unmark_all(project)
    analyzer = GapAnalyzer(project)  # kept across edits, as the document's is
    analyzer.report()
    kept = 0
    for step in range(50):
        structure = analyzer.structure()
        edit = random_edit(project, rng)
        if rng.random() < 0.2:  # sometimes several edits reach one analysis
            edit += " + " + random_edit(project, rng)
        assert summary(analyzer.report()) == summary(analyse(project.clone())), (step, edit)
        kept += analyzer.structure() is structure
    assert kept  # some edits did keep the structure (the path under test was taken)
