"""The joint what-if: which gaps to fix together so that an end market is reached. No Qt.

When gaps sit in series (``A (missing) → B (weak) → C (missing) → market``), fixing any one of
them alone restores nothing: every single-gap what-if gain is 0 and says nothing. For each end
market that no path from a source reaches without passing a gap, the joint what-if gives the gaps
of the **cheapest route** to it from a source: the route with the fewest missing links, then the
fewest weak links, then, between routes that still tie, the one whose gaps' names (in route order,
compared case-insensitively) come first. Fixing the missing links of that route (finding partners)
and strengthening its weak ones makes the end market reachable without a gap.

The route is a lexicographic shortest path: Dijkstra's algorithm with tuple costs
``(missing, weak, names)``, a link's cost being paid when the route enters it (the source and the
end market included, so a missing end market is among the gaps to fix). Tuples compare element by
element and entering a link never makes a route cheaper, nor changes which of two routes to the
same link is cheaper, so Dijkstra stays exact; one run from all the sources at once serves every
end market. Loops are fine (a link is settled once). Source: E. W. Dijkstra, "A note on two
problems in connexion with graphs", Numerische Mathematik 1 (1959).

Routes that still tie (the same gaps, through different strong links) are told apart by the
links' order in the project: of the equal entries waiting, the link listed first is settled first,
and a link keeps the first-listed of its cheapest settled predecessors. The routes are therefore a
function of the cheapest costs alone, not of the order the search happened to explore them in; so
a change that only makes links dearer to enter (a link tagged weak or missing, a weak link tagged
missing, a gap renamed to a later name) and touches no link of a route shown leaves every route as
it was (:func:`still_holds`), as long as the same end markets need one. Each route's links keep
their cost, the links of other paths can only get dearer, so each route link keeps its cheapest
cost and its first-listed cheapest predecessor.

Every link is reachable from a source (see :mod:`valuechain_gui.analysis.graph`: a loop nothing
flows into gets sources of its own), so every such end market gets a route.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model.enums import LinkStatus
from ..model.project import name_key

if TYPE_CHECKING:
    from ..model import Project
    from .graph import ChainStructure

#: A route's cost: (missing links, weak links, name keys of its gaps in route order).
Cost = tuple[int, int, tuple[str, ...]]


@dataclass(frozen=True)
class JointFix:
    """The gaps to fix together to reach one end market.

    Attributes:
        end_market: the end market's link id.
        route: link ids of the cheapest route, from a source to the end market (both included).
        missing: ids of the missing links of the route (to find), in route order.
        weak: ids of the weak links of the route (to strengthen), in route order.
    """

    end_market: str
    route: tuple[str, ...]
    missing: tuple[str, ...]
    weak: tuple[str, ...]


def joint_fixes(project: Project, struct: ChainStructure, reached_without_gaps: set[int],
                name_keys: dict[str, str] | None = None) -> list[JointFix]:
    """The joint what-if of every end market not in ``reached_without_gaps``.

    Args:
        project: the project (read only); its statuses and names give the costs.
        struct: its :class:`~valuechain_gui.analysis.graph.ChainStructure`.
        reached_without_gaps: node numbers reached from a source without passing a gap.
        name_keys: a cache of :func:`~valuechain_gui.model.project.name_key` by name, kept by
            the caller between calls (filled here).

    Returns:
        One :class:`JointFix` per such end market, in the order of ``struct.end_markets``
        (the project's link order).
    """
    topo = struct.topo
    targets = [v for v in struct.end_markets if v not in reached_without_gaps]
    if not targets:
        return []
    links = [project.links[link_id] for link_id in topo.ids]
    keys = name_keys if name_keys is not None else {}
    if len(keys) > 4 * len(links):  # names of long-renamed links: start again
        keys.clear()
    # what entering each node adds: 0 nothing, 1 a missing link, 2 a weak link, and its name key
    kind = [0] * len(links)
    key: list[str] = [""] * len(links)
    for node, link in enumerate(links):
        if link.status in _GAP_KIND:
            kind[node] = _GAP_KIND[link.status]
            found = keys.get(link.name)
            if found is None:
                found = keys[link.name] = name_key(link.name)
            key[node] = found

    def enter(cost: Cost, node: int) -> Cost:
        k = kind[node]
        if k == 1:
            return cost[0] + 1, cost[1], cost[2] + (key[node],)
        if k == 2:
            return cost[0], cost[1] + 1, cost[2] + (key[node],)
        return cost

    start: Cost = (0, 0, ())
    # (cost, node, parent): equal costs settle the first-listed link first, from the
    # first-listed predecessor (a source's own entry, parent -1, before any other)
    heap: list[tuple[Cost, int, int]] = [(enter(start, source), source, -1)
                                         for source in struct.sources]
    heapq.heapify(heap)
    parent: dict[int, int] = {}
    waiting = set(targets)
    succ = topo.succ
    pop, push = heapq.heappop, heapq.heappush
    while heap and waiting:
        cost, node, came_from = pop(heap)
        if node in parent:
            continue
        parent[node] = came_from
        waiting.discard(node)
        for nxt in succ[node]:
            if nxt not in parent:
                k = kind[nxt]  # enter(), inlined: the loop's hot spot
                if k == 1:
                    push(heap, ((cost[0] + 1, cost[1], cost[2] + (key[nxt],)), nxt, node))
                elif k == 2:
                    push(heap, ((cost[0], cost[1] + 1, cost[2] + (key[nxt],)), nxt, node))
                else:
                    push(heap, (cost, nxt, node))
    fixes = []
    for target in targets:
        if target not in parent:
            continue  # cannot happen (see the module docstring); nothing to say then
        route: list[int] = []
        node = target
        while node >= 0:
            route.append(node)
            node = parent[node]
        route.reverse()
        fixes.append(JointFix(
            end_market=topo.ids[target], route=tuple(topo.ids[v] for v in route),
            missing=tuple(topo.ids[v] for v in route if kind[v] == 1),
            weak=tuple(topo.ids[v] for v in route if kind[v] == 2)))
    return fixes


_GAP_KIND = {LinkStatus.MISSING: 1, LinkStatus.WEAK: 2}
#: How dear entering a link is, by status: nothing < a weak link < a missing link.
_SEVERITY = {LinkStatus.WEAK: 1, LinkStatus.MISSING: 2}


def still_holds(before: tuple[list[LinkStatus], list[str]],
                after: tuple[list[LinkStatus], list[str]], route_nodes: set[int]) -> bool:
    """True when the joint what-if computed for ``before`` (statuses and names, in the project's
    link order) is also the one of ``after`` on the same structure, provided the same end
    markets need a route (see the module docstring): every link that changed is on no route
    (``route_nodes``) and is now at least as dear to enter."""
    (old_status, old_names), (new_status, new_names) = before, after
    changed = [i for i, (a, b) in enumerate(zip(old_status, new_status)) if a is not b]
    if old_names != new_names:
        changed += [i for i, (a, b) in enumerate(zip(old_names, new_names)) if a != b]
    for node in changed:
        if node in route_nodes:
            return False
        was, now = _SEVERITY.get(old_status[node], 0), _SEVERITY.get(new_status[node], 0)
        if now < was or (now == was and now and name_key(new_names[node])
                                                < name_key(old_names[node])):
            return False
    return True

__all__ = ["JointFix", "joint_fixes", "still_holds"]
