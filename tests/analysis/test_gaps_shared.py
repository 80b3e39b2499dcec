"""Speed changes of the gap analysis, proved to change no result: an analyzer keeps its last
report until something it shows changes (the document hands one analyzer to the gap panel and
the plan's suggested priorities: one analysis per change, not one each; no cache lives in the
module), and components and dominators are computed without networkx with networkx's answers."""

from __future__ import annotations

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis.gaps import GapAnalyzer, analyse
from valuechain_gui.model import LinkStatus


def summary(report):
    return (report.completeness,
            [(g.link_id, report.rank_of(g.link_id), g.score, g.status, g.strategic, g.name,
              g.downstream_links, g.downstream_end_markets, g.bottleneck_for, g.what_if, g.gain)
             for g in report.gaps])


def test_one_analyzer_keeps_its_report_until_something_it_shows_changes():
    project = make_chain(120)
    panel = plan = GapAnalyzer(project)  # the document's one analyzer, read by both
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


def test_analyzers_share_nothing_and_the_module_keeps_no_cache():
    one = make_chain(60)
    first, second = GapAnalyzer(one), GapAnalyzer(one)
    assert first.report() is not second.report()  # each its own: no cache held by the module
    assert summary(first.report()) == summary(second.report())


def test_components_and_dominators_match_networkx_on_random_graphs():
    """analysis.graph computes these without networkx (faster, no import at open): same result."""
    import random

    import networkx as nx

    from valuechain_gui.analysis.graph import immediate_dominators, strong_components

    rng = random.Random(3)
    for _ in range(150):
        n = rng.randint(1, 30)
        edges = {(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 3 * n))}
        edges = {(u, v) for u, v in edges if u != v}
        succ: list[list[int]] = [[] for _ in range(n)]
        for u, v in sorted(edges):
            succ[u].append(v)
        graph = nx.DiGraph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from(edges)
        components = strong_components(succ)
        assert sorted(map(sorted, components)) == sorted(
            map(sorted, nx.strongly_connected_components(graph)))
        where = {v: i for i, component in enumerate(components) for v in component}
        assert all(where[u] >= where[v] for u, v in edges)  # listed after what it reaches
        root = rng.randrange(n)
        idom = immediate_dominators(succ, root)
        expected = dict(nx.immediate_dominators(graph, root))
        expected.pop(root, None)
        assert {v: p for v, p in enumerate(idom) if p >= 0 and v != root} == expected
        assert idom[root] == root
