"""Analyzers of one project share their caches and their last report (issue 7: one analysis per
change for the gap panel and the plan's suggested priorities, not one each)."""

from __future__ import annotations

import gc

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis import gaps as gaps_module
from valuechain_gui.analysis.gaps import GapAnalyzer, analyse
from valuechain_gui.model import LinkStatus


def summary(report):
    return (report.completeness, [(g.link_id, g.rank, g.score, g.status, g.strategic, g.name,
                                   g.downstream_links, g.downstream_end_markets,
                                   g.bottleneck_for, g.what_if, g.gain) for g in report.gaps])


def test_two_analyzers_share_one_report_until_something_it_shows_changes():
    project = make_chain(120)
    panel, plan = GapAnalyzer(project), GapAnalyzer(project)
    first = panel.report()
    assert plan.report() is first  # computed once for both

    weak = next(i for i, link in project.links.items() if link.status == LinkStatus.WEAK)
    project.set_status([weak], LinkStatus.MISSING)
    retagged = plan.report()
    assert retagged is not first and panel.report() is retagged
    assert retagged.by_link[weak].status == LinkStatus.MISSING
    assert summary(retagged) == summary(analyse(project.clone()))

    strong = next(i for i, link in project.links.items() if link.status == LinkStatus.STRONG)
    project.set_status([strong], LinkStatus.WEAK)  # a new gap: its structural figures are new
    assert summary(plan.report()) == summary(analyse(project.clone()))

    project.update_links({weak: {"name": "Renamed gap", "strategic": True}})
    renamed = panel.report()
    assert renamed is not retagged and renamed is not first
    assert (renamed.by_link[weak].name, renamed.by_link[weak].strategic) == ("Renamed gap", True)
    assert summary(renamed) == summary(analyse(project.clone()))


def test_other_projects_do_not_share_and_dead_projects_are_forgotten():
    one, other = make_chain(60), make_chain(60, seed=8)
    assert GapAnalyzer(one).report() is not GapAnalyzer(other).report()
    key = id(other)
    assert key in gaps_module._SHARED
    del other
    gc.collect()
    assert key not in gaps_module._SHARED
