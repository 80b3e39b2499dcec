"""The gap analysis after a retag updates what it keeps instead of starting again: proved to
give the full analysis's report after random retags, renames, strategic flags, status weights and
structure edits (flows added and removed, end markets flagged), and to hand readers the very same
row objects for the gaps a retag does not change."""

from __future__ import annotations

import dataclasses
import random

import pytest

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis.gap_status import StatusState, reach
from valuechain_gui.analysis.gaps import GapAnalyzer, analyse
from valuechain_gui.model import LinkStatus

STATUSES = [LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.UNASSESSED]


def summary(report):
    return (report.completeness, report.share_without_missing, report.share_without_gaps,
            report.sources, report.end_markets, report.notes, report.gaps)


def random_edit(project, rng: random.Random) -> str:
    ids = list(project.links)
    roll = rng.random()
    if roll < 0.55:
        chosen = rng.sample(ids, rng.choice([1, 1, 1, 2, 5]))
        project.set_status(chosen, rng.choice(STATUSES))
        return "retag"
    if roll < 0.65:
        link = rng.choice(ids)
        project.update_links({link: {"strategic": not project.links[link].strategic}})
        return "strategic"
    if roll < 0.72:
        link = rng.choice(ids)
        project.update_links({link: {"name": f"Renamed {rng.randrange(10**6)}"}})
        return "rename"
    if roll < 0.8:
        flows = list(project.flows)
        if flows:
            project.remove_flows([rng.choice(flows)])
        return "flow removed"
    if roll < 0.88:
        up, down = rng.sample(ids, 2)
        if (up, down) not in project.flows and (down, up) not in project.flows:
            project.add_flow(up, down)
        return "flow added"
    if roll < 0.94:
        link = rng.choice(ids)
        project.update_links({link: {"end_market": not project.links[link].end_market}})
        return "end market"
    project.settings = dataclasses.replace(project.settings,
                                           weak_weight=rng.choice([0.3, 0.6, 0.9]))
    return "weights"


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_updated_report_is_the_full_analysis_after_random_edits(seed):
    rng = random.Random(seed)
    project = make_chain(rng.choice([60, 120, 240]), seed=seed)
    analyzer = GapAnalyzer(project)  # kept across edits, as the document's is
    analyzer.report()
    for step in range(60):
        edit = random_edit(project, rng)
        if rng.random() < 0.2:  # sometimes several edits reach one analysis
            edit += " + " + random_edit(project, rng)
        report = analyzer.report()
        assert summary(report) == summary(analyse(project.clone())), (step, edit)
        assert report.by_link == {gap.link_id: gap for gap in report.gaps}, (step, edit)
        fixes = analyzer.joint_what_if()
        assert fixes == GapAnalyzer(project.clone()).joint_what_if(), (step, edit)


def test_the_reached_sets_follow_retags_as_a_traversal_from_scratch_would():
    rng = random.Random(11)
    project = make_chain(300, seed=11)
    analyzer = GapAnalyzer(project)
    struct = analyzer.structure()
    state = StatusState.build(struct, [link.status for link in project.links.values()])
    for _ in range(200):
        project.set_status(rng.sample(list(project.links), rng.choice([1, 3])),
                           rng.choice(STATUSES))
        statuses = [link.status for link in project.links.values()]
        state = state.updated(struct, statuses)
        assert state.reached_missing == reach(struct, state.blocked_missing)
        assert state.reached_gaps == reach(struct, state.blocked_gaps)
        assert state == StatusState.build(struct, statuses)


def test_weak_to_missing_keeps_the_share_of_gaps_and_reports_what_changed_in_the_other():
    project = make_chain(300, seed=5)
    struct = GapAnalyzer(project).structure()
    weak = next(link for link in project.links.values() if link.status == LinkStatus.WEAK)
    before = StatusState.build(struct, [link.status for link in project.links.values()])
    project.set_status([weak.id], LinkStatus.MISSING)
    after = before.updated(struct, [link.status for link in project.links.values()])
    assert after == StatusState.build(struct, [link.status for link in project.links.values()])
    # weak and missing both block in the share of gaps: its sets are the same objects
    assert after.blocked_gaps is before.blocked_gaps and after.reached_gaps is before.reached_gaps
    node = struct.topo.index[weak.id]
    assert node in after.blocked_missing and node not in before.blocked_missing
    assert after.changed_since(before) == (
        (after.blocked_missing ^ before.blocked_missing)
        | (after.reached_missing ^ before.reached_missing))


def test_a_retag_hands_back_the_same_rows_for_the_gaps_it_does_not_change():
    project = make_chain(600, seed=3)
    analyzer = GapAnalyzer(project)
    before = analyzer.report()
    weak = next(i for i, link in project.links.items()
                if link.status == LinkStatus.WEAK and not project.downstream_of(i))
    project.set_status([weak], LinkStatus.MISSING)  # an end market: nothing downstream of it
    after = analyzer.report()
    assert after is not before
    assert after.by_link[weak].status == LinkStatus.MISSING
    kept = [g for g in after.gaps if g is before.by_link.get(g.link_id)]
    assert len(kept) > len(after.gaps) // 2  # most rows are the previous report's objects
    for gap in after.gaps:
        old = before.by_link.get(gap.link_id)
        if old is not None and gap is not old:
            assert gap != old  # a new object only where something in the row changed
    assert summary(after) == summary(analyse(project.clone()))


def test_the_joint_what_if_is_kept_only_when_no_route_can_change():
    """A link made dearer to enter (tagged weak or missing, a weak link tagged missing, a gap
    renamed to a later name) that lies on no route shown leaves every route as it was: the
    kept answer equals a fresh computation, and it is kept often enough to matter."""
    rng = random.Random(5)
    project = make_chain(240, seed=5)
    analyzer = GapAnalyzer(project)
    kept = 0
    for step in range(250):
        before = analyzer.joint_what_if()
        roll = rng.random()
        link = rng.choice(list(project.links))
        if roll < 0.6:  # mostly dearer: towards weak and missing, as a workshop tags
            project.set_status([link], rng.choice([LinkStatus.WEAK, LinkStatus.MISSING,
                                                   LinkStatus.MISSING]))
        elif roll < 0.85:
            project.set_status([link], rng.choice(STATUSES))
        else:
            project.update_links({link: {"name": f"{rng.choice('AZ')} renamed {step}"}})
        after = analyzer.joint_what_if()
        kept += after is before
        assert after == GapAnalyzer(project.clone()).joint_what_if(), step
    assert kept >= 25
