"""Return flows: a flow to an earlier stage always is one; inside a stage, the fewest flows that
make the stage's flows acyclic (exact on small loops, Eades–Lin–Smyth beyond)."""

from __future__ import annotations

import itertools
import random

from valuechain_gui.analysis.returns import EXACT_LINKS, return_flows, stage_return_flows

from .chains import S, chain, lid


def named(project, keys):
    return sorted((project.links[u].name, project.links[d].name) for u, d in keys)


def acyclic(nodes, edges) -> bool:
    succ = {v: [] for v in nodes}
    indegree = {v: 0 for v in nodes}
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    ready = [v for v in nodes if not indegree[v]]
    seen = 0
    while ready:
        v = ready.pop()
        seen += 1
        for w in succ[v]:
            indegree[w] -= 1
            if not indegree[w]:
                ready.append(w)
    return seen == len(nodes)


def fewest_to_remove(nodes, edges) -> int:
    """Brute force: the size of the smallest set of edges whose removal leaves no cycle."""
    for size in range(len(edges) + 1):
        for removed in itertools.combinations(edges, size):
            if acyclic(nodes, [e for e in edges if e not in removed]):
                return size
    raise AssertionError("unreachable")


def test_a_flow_to_an_earlier_stage_is_a_return_flow_and_to_a_later_one_never():
    project = chain([("Mining", 0, S, False), ("Cells", 1, S, False), ("Cars", 2, S, False),
                     ("Recycling", 3, S, False)],
                    [("Mining", "Cells"), ("Cells", "Cars"), ("Cars", "Recycling"),
                     ("Recycling", "Cells"), ("Recycling", "Mining")], stages=4)
    assert named(project, return_flows(project)) == [("Recycling", "Cells"),
                                                     ("Recycling", "Mining")]


def test_a_rework_loop_inside_a_stage_gives_one_return_flow():
    # coating → assembly → testing → (rework) coating, all in one stage: one flow closes it,
    # and the chain's own order decides which (the flow back to the first link)
    project = chain([("Coating", 1, S, False), ("Assembly", 1, S, False),
                     ("Testing", 1, S, False)],
                    [("Coating", "Assembly"), ("Assembly", "Testing"), ("Testing", "Coating")])
    assert named(project, return_flows(project)) == [("Testing", "Coating")]


def test_two_loops_sharing_a_flow_need_only_that_flow():
    # a → b → c → a and b → c → d → b share b → c: removing it breaks both (one return flow)
    project = chain([(n, 2, S, False) for n in "abcd"],
                    [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "b")])
    returns = return_flows(project)
    assert len(returns) == 1
    assert returns == {(lid(project, "b"), lid(project, "c"))}


def test_small_loops_get_the_fewest_return_flows_checked_by_brute_force():
    rng = random.Random(11)
    for _ in range(40):
        n = rng.randint(2, 6)
        nodes = [f"n{i}" for i in range(n)]
        edges = sorted({tuple(rng.sample(nodes, 2)) for _ in range(rng.randint(2, 10))})
        returns = stage_return_flows(edges, nodes)
        assert acyclic(nodes, [e for e in edges if e not in returns])
        assert len(returns) == fewest_to_remove(nodes, edges), edges


def test_big_loops_use_the_heuristic_and_still_leave_no_cycle():
    rng = random.Random(5)
    n = EXACT_LINKS * 20
    nodes = [f"n{i}" for i in range(n)]
    ring = [(nodes[i], nodes[(i + 1) % n]) for i in range(n)]  # one big strongly connected piece
    extra = {tuple(rng.sample(nodes, 2)) for _ in range(3 * n)}
    edges = sorted(set(ring) | extra)
    returns = stage_return_flows(edges, nodes)
    assert acyclic(nodes, [e for e in edges if e not in returns])
    # Eades–Lin–Smyth's bound: at most m/2 − n/6 flows are set aside
    assert len(returns) <= len(edges) / 2 - n / 6


def test_a_lone_ring_bigger_than_the_exact_limit_loses_one_flow():
    n = EXACT_LINKS + 8
    nodes = [f"n{i}" for i in range(n)]
    edges = [(nodes[i], nodes[(i + 1) % n]) for i in range(n)]
    assert len(stage_return_flows(edges, nodes)) == 1
