"""Which flows are return flows: the loops of a chain named, so the rest reads left to right. No Qt.

A return flow closes a loop (recycling returning to an earlier stage, a rework loop inside a
stage). The rule:

* a flow to an **earlier stage** (by the project's stage order) is always a return flow;
* a flow to a **later stage** never is;
* **inside a stage**, the fewest flows whose removal leaves the stage's flows without a cycle
  are return flows: a minimum feedback arc set of the stage's flow graph. Only flows inside a
  strongly connected component can close a cycle, so each component (Tarjan's algorithm,
  :func:`~valuechain_gui.analysis.graph.strong_components`) is solved on its own:

  - up to :data:`EXACT_LINKS` links, exactly: the order of its links with the fewest flows
    pointing backwards, by dynamic programming over the subsets of links (``2^n · n`` steps,
    4,096 subsets at 12 links); the backward flows of that order are the return flows;
  - beyond, with the heuristic of Eades, Lin & Smyth ("A fast and effective heuristic for the
    feedback arc set problem", Information Processing Letters 47, 1993): repeatedly take out
    sinks (to the end of the order), sources (to the front), else the link with the largest
    out-degree minus in-degree (to the front); the flows pointing backwards in that order are
    the return flows (at most ``m/2 − n/6`` of the ``m`` flows; linear time).

The rest of the chain (every non-return flow) is then acyclic: flows between stages go right by
construction, and inside a stage the order above leaves none pointing back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .graph import strong_components

if TYPE_CHECKING:
    from ..model import Project

#: Strongly connected components of up to this many links are solved exactly.
EXACT_LINKS = 12

FlowKey = tuple[str, str]


def _exact_order(nodes: list[int], succ: dict[int, list[int]]) -> list[int]:
    """Order of ``nodes`` with the fewest flows pointing backwards (exact, 2^n · n)."""
    n = len(nodes)
    local = {v: i for i, v in enumerate(nodes)}
    out_mask = [0] * n  # bit j set: a flow from node i to node j
    for i, v in enumerate(nodes):
        for w in succ.get(v, ()):
            if w in local:
                out_mask[i] |= 1 << local[w]
    size = 1 << n
    cost = [n * n + 1] * size
    choice = [-1] * size
    cost[0] = 0
    for placed in range(size):
        base = cost[placed]
        if base > n * n:
            continue
        for i in range(n):
            if placed >> i & 1:
                continue
            # node i goes next: its flows into nodes already placed point backwards
            new = placed | 1 << i
            value = base + (out_mask[i] & placed).bit_count()
            if value < cost[new]:
                cost[new], choice[new] = value, i
    order: list[int] = []
    mask = size - 1
    while mask:
        i = choice[mask]
        order.append(nodes[i])
        mask &= ~(1 << i)
    return order[::-1]


def _eades_order(nodes: list[int], succ: dict[int, list[int]]) -> list[int]:
    """Order of ``nodes`` by the Eades–Lin–Smyth heuristic (see the module docstring).

    Sinks and sources wait in queues, the other links in a heap keyed by in-degree minus
    out-degree (stale entries skipped): O((n + m) log n).
    """
    import heapq

    alive = set(nodes)
    out_deg = {v: 0 for v in nodes}
    in_deg = {v: 0 for v in nodes}
    pred: dict[int, list[int]] = {v: [] for v in nodes}
    for v in nodes:
        for w in succ.get(v, ()):
            if w in alive:
                out_deg[v] += 1
                in_deg[w] += 1
                pred[w].append(v)
    front: list[int] = []
    back: list[int] = []
    sinks = [v for v in nodes if out_deg[v] == 0]
    sources = [v for v in nodes if in_deg[v] == 0 and out_deg[v]]
    heap = [(in_deg[v] - out_deg[v], v) for v in nodes]
    heapq.heapify(heap)

    def remove(v: int) -> None:
        alive.discard(v)
        for w in succ.get(v, ()):
            if w in alive:
                in_deg[w] -= 1
                if in_deg[w] == 0:
                    sources.append(w)
                heapq.heappush(heap, (in_deg[w] - out_deg[w], w))
        for u in pred[v]:
            if u in alive:
                out_deg[u] -= 1
                if out_deg[u] == 0:
                    sinks.append(u)
                heapq.heappush(heap, (in_deg[u] - out_deg[u], u))

    while alive:
        if sinks:
            v = sinks.pop()
            if v in alive:
                back.append(v)
                remove(v)
        elif sources:
            v = sources.pop()
            if v in alive and out_deg[v]:  # a source that became a sink waits as a sink
                front.append(v)
                remove(v)
        else:
            delta, v = heapq.heappop(heap)
            if v in alive and delta == in_deg[v] - out_deg[v]:
                front.append(v)
                remove(v)
    return front + back[::-1]


def stage_return_flows(keys: list[FlowKey], order: list[str]) -> set[FlowKey]:
    """The fewest of ``keys`` (flows inside one stage) that make the rest acyclic.

    ``order``: link ids in a fixed order (ties are broken by it, so the answer is stable).
    """
    index = {link_id: i for i, link_id in enumerate(order)}
    succ: dict[int, list[int]] = {}
    for up, down in keys:
        succ.setdefault(index[up], []).append(index[down])
    graph = [sorted(succ.get(v, ())) for v in range(len(order))]
    returns: set[FlowKey] = set()
    for component in strong_components(graph):
        if len(component) < 2:
            continue
        nodes = sorted(component)
        ordered = (_exact_order(nodes, succ) if len(nodes) <= EXACT_LINKS
                   else _eades_order(nodes, succ))
        rank = {v: i for i, v in enumerate(ordered)}
        for v in nodes:
            for w in succ.get(v, ()):
                if w in rank and rank[w] < rank[v]:
                    returns.add((order[v], order[w]))
    return returns


def return_flows(project: Project, stage_ids: dict[str, str] | None = None) -> set[FlowKey]:
    """Keys of the flows of ``project`` that are return flows by the rule of the module docstring
    (with the links of ``stage_ids`` in the stage it gives them, e.g. a move not yet made)."""
    stage_rank = {stage.id: i for i, stage in enumerate(project.stages)}
    links = project.links
    moved = stage_ids or {}
    stage_of = {m: moved.get(m, link.stage_id) for m, link in links.items()}
    returns: set[FlowKey] = set()
    inside: dict[str, list[FlowKey]] = {}
    for key in project.flows:
        up, down = (stage_rank.get(stage_of[k], -1) for k in key)
        if down < up:
            returns.add(key)
        elif down == up:
            inside.setdefault(stage_of[key[0]], []).append(key)
    order = list(links)
    for keys in inside.values():
        members = {k for key in keys for k in key}
        returns |= stage_return_flows(keys, [m for m in order if m in members])
    return returns


def is_backward(project: Project, upstream: str, downstream: str) -> bool:
    """True when a flow ``upstream → downstream`` goes to an earlier stage (a return flow)."""
    rank = {stage.id: i for i, stage in enumerate(project.stages)}
    return (rank.get(project.links[downstream].stage_id, -1)
            < rank.get(project.links[upstream].stage_id, -1))


def closes_loop(project: Project, upstream: str, downstream: str) -> bool:
    """True when a new flow ``upstream → downstream`` is a return flow: it goes to an earlier
    stage, or, inside one stage, ``downstream`` already leads back to ``upstream`` through that
    stage's plain (non-return) flows, so the new flow closes a loop."""
    if is_backward(project, upstream, downstream):
        return True
    stage = project.links[upstream].stage_id
    if project.links[downstream].stage_id != stage:
        return False
    seen, todo = {downstream}, [downstream]
    while todo:
        link_id = todo.pop()
        if link_id == upstream:
            return True
        for nxt in project.downstream_of(link_id):
            if (nxt not in seen and project.links[nxt].stage_id == stage
                    and not project.flows[(link_id, nxt)].is_return):
                seen.add(nxt)
                todo.append(nxt)
    return False


def stale_marks(project: Project) -> dict[FlowKey, bool]:
    """Flow key → its mark, for the flows whose saved mark the stage order now contradicts
    (after the stages were reordered or a stage removed): a flow to an earlier stage not marked
    as a return flow, or a marked one that now goes to a later stage. Marks inside a stage are
    left as they are."""
    rank = {stage.id: i for i, stage in enumerate(project.stages)}
    links = project.links
    out: dict[FlowKey, bool] = {}
    for key, flow in project.flows.items():
        up, down = (rank.get(links[k].stage_id, -1) for k in key)
        if down < up and not flow.is_return:
            out[key] = True
        elif down > up and flow.is_return:
            out[key] = False
    return out


def remarked_flows(project: Project, stage_ids: dict[str, str]) -> dict[FlowKey, bool]:
    """Flow key → its new return mark once the links of ``stage_ids`` move to the stage it gives
    them, for the flows of those links whose mark the rule above then sets otherwise (a flow now
    going to an earlier stage becomes a return flow, one now going right a plain flow); every
    other flow keeps its mark."""
    moved = {m: s for m, s in stage_ids.items() if project.links[m].stage_id != s}
    if not moved:
        return {}
    returns = return_flows(project, moved)
    return {key: key in returns for key, flow in project.flows.items()
            if (key[0] in moved or key[1] in moved) and flow.is_return != (key in returns)}


__all__ = ["EXACT_LINKS", "closes_loop", "is_backward", "remarked_flows", "return_flows", "stale_marks", "stage_return_flows"]
