"""A 5,000-link chain: the analysis stays correct at scale (timing is measured outside tests)."""

from __future__ import annotations

import pytest

from valuechain_gui.analysis.gaps import GapAnalyzer
from valuechain_gui.model import LinkStatus, Project

N = 5000


def long_line() -> Project:
    """Links 0..4999 in a line over six stages, a bypass 1000 → 3000, end market 4999,
    link 2000 missing and link 4000 weak."""
    project = Project.new(language="en")
    stages = project.stages
    links = [project.make_link(f"L{i:04d}", stages[i * 6 // N].id, end_market=(i == N - 1))
             for i in range(N)]
    project.add_links(links)
    for i in range(N - 1):
        project.add_flow(links[i].id, links[i + 1].id)
    project.add_flow(links[1000].id, links[3000].id)
    project.set_status([links[2000].id], LinkStatus.MISSING)
    project.set_status([links[4000].id], LinkStatus.WEAK)
    return project


def test_five_thousand_links_line_with_bypass_and_then_a_closing_loop():
    project = long_line()
    ids = list(project.links)
    analyzer = GapAnalyzer(project)
    r = analyzer.report()
    # the bypass avoids the missing link 2000; the weak link 4000 blocks the gap-free share
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (1.0, 0.0, 0.5)
    weak, missing = r.by_link[ids[4000]], r.by_link[ids[2000]]
    assert r.rank_of(weak.link_id) == 1
    assert (weak.downstream_links, weak.bottleneck_for) == (999, (ids[-1],))
    assert (weak.what_if, weak.gain) == (1.0, 0.5)
    assert weak.score == pytest.approx(100 * 0.6 * (0.30 + 0.15 * 999 / 4999 + 0.20 + 0.125))
    assert r.rank_of(missing.link_id) == 2
    assert (missing.downstream_links, missing.bottleneck) == (2999, False)
    assert (missing.what_if, missing.gain) == (0.5, 0.0)
    assert missing.score == pytest.approx(100 * (0.30 + 0.15 * 2999 / 4999))
    assert len(analyzer.downstream(ids[0])) == N - 1
    assert len(analyzer.upstream(ids[-1])) == N - 1
    # retag: the structure is kept, the completeness follows
    structure = analyzer.structure()
    project.set_status([ids[4000]], LinkStatus.STRONG)
    assert analyzer.report().completeness == 1.0 and analyzer.structure() is structure
    # closing the loop leaves no source: the first stage's links (0..833) become sources
    project.add_flow(ids[-1], ids[0])
    r = analyzer.report()
    assert len(r.sources) == 834 and r.sources[0] == ids[0] and r.sources[-1] == ids[833]
    assert [n.code for n in r.note_details] == ["loop_without_source"]
    assert r.by_link[ids[2000]].downstream_links == N - 1
    assert r.completeness == 1.0
