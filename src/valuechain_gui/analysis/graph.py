"""The flow graph of a chain, and the structure the gap analysis caches (no Qt).

Two things live here:

* :func:`flow_graph`: the chain as a ``networkx.DiGraph`` (nodes: link ids, edges: flows), for
  callers who want networkx's algorithms directly.
* :class:`ChainStructure`: everything the gap analysis needs that depends only on the flows and on
  which links are end markets, precomputed once so that retagging a link (a status change) never
  recomputes it. It holds integer adjacency lists, the strongly connected components (SCCs) and
  their condensation, the reach of every link as a bit set (bit ``i`` = the ``i``-th link in the
  project's link order), the sources, and the dominator tree seen from a virtual root joined to
  all sources, with an Euler tour so that "which end markets does this link dominate" is a
  binary search.

Cycles (e.g. recycling flowing back to raw materials) are handled by working on the condensation
(each SCC collapsed to one node, which is a DAG) wherever an order is needed; the dominator
algorithm (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm", 2001, as in networkx)
accepts cycles as they are. No path is ever enumerated. Components and dominators are computed
here on integer nodes, without networkx: the gap panel analyses the chain as soon as a file is
opened, and importing networkx (~0.3 s) and building its graph would delay that.

Sources: links with no upstream flow. A loop that nothing flows into (a root SCC of more than one
link) contains no such link; its links in the most upstream stage (by the project's stage order)
are then used as sources, and a note says so. When the whole chain is one such loop this is
exactly "the links of the first stage that has links".

End markets: the links flagged ``end_market``; when no link is flagged, they are derived here at
analysis time (never written into the links) as the links with no downstream flow once return
flows are set aside (a flow marked ``is_return``, or any flow to an earlier stage) — except a link
whose only outgoing flows are return flows (end-of-life, recycling: it feeds the chain back, it
is not a final use), whose upstream links are taken instead. One rule for every chain, drawn by
hand or imported: the stage a link sits in never makes it an end market by itself.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # networkx is imported lazily (~0.1 s): the window must open fast
    import networkx as nx

    from ..model import Project


@dataclass(frozen=True)
class Note:
    """A remark of the analysis: a stable ``code`` and ``params`` for the UI's tr(), and English.

    Codes: ``empty_chain``, ``no_end_market``, ``loop_without_source`` (params: ``links``: names
    in the loop, ``sources``: names used as sources).
    """

    code: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def text(self) -> str:
        """The English sentence (str)."""
        return self.template.format(**dict(self.params))

    def __str__(self) -> str:
        return self.text


def flow_graph(project: Project) -> nx.DiGraph:
    """The chain as a directed graph: one node per link id, one edge per flow (upstream → downstream).

    Node attributes: ``name``, ``stage_id``, ``status`` (:class:`LinkStatus`), ``strategic``,
    ``end_market``. Nodes are added in the project's link order, edges in flow order.
    """
    import networkx as nx

    graph = nx.DiGraph()
    for link in project.links.values():
        graph.add_node(link.id, name=link.name, stage_id=link.stage_id, status=link.status,
                       strategic=link.strategic, end_market=link.end_market)
    graph.add_edges_from(project.flows.keys())
    return graph


def bits_to_indices(mask: int) -> list[int]:
    """Indices of the set bits of ``mask`` (a non-negative int), ascending."""
    text = bin(mask)[:1:-1]  # least significant bit first, without "0b"
    return [i for i, char in enumerate(text) if char == "1"]


def strong_components(succ: list[list[int]]) -> list[list[int]]:
    """Strongly connected components of the graph ``succ`` (node → successor nodes).

    Tarjan's algorithm, iterative (a 5,000-link line would overflow recursion), O(V + E).
    Components come out in reverse topological order of the condensation: a component is listed
    after every component it reaches. Source: R. Tarjan, "Depth-first search and linear graph
    algorithms", SIAM J. Computing 1 (1972).
    """
    n = len(succ)
    number = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(n):
        if number[root] >= 0:
            continue
        number[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        work = [(root, 0)]
        while work:
            v, i = work[-1]
            targets = succ[v]
            if i < len(targets):
                work[-1] = (v, i + 1)
                w = targets[i]
                if number[w] < 0:
                    number[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack[w] = True
                    work.append((w, 0))
                elif on_stack[w] and number[w] < low[v]:
                    low[v] = number[w]
                continue
            work.pop()
            if work and low[v] < low[work[-1][0]]:
                low[work[-1][0]] = low[v]
            if low[v] == number[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    component.append(w)
                    if w == v:
                        break
                components.append(component)
    return components


def immediate_dominators(succ: list[list[int]], root: int) -> list[int]:
    """Immediate dominator of every node of the graph ``succ`` seen from ``root``.

    Returns a list: ``idom[v]`` for nodes reachable from ``root`` (``idom[root] == root``), -1
    for the others. Cycles are fine. The iterative algorithm of Cooper, Harvey & Kennedy, "A
    Simple, Fast Dominance Algorithm" (2001), the one networkx's ``immediate_dominators`` uses,
    on integer nodes (no graph object to build).
    """
    n = len(succ)
    postorder: list[int] = []
    seen = [False] * n
    seen[root] = True
    work = [(root, 0)]
    while work:  # iterative depth-first search for the reverse postorder
        v, i = work[-1]
        if i < len(succ[v]):
            work[-1] = (v, i + 1)
            w = succ[v][i]
            if not seen[w]:
                seen[w] = True
                work.append((w, 0))
        else:
            work.pop()
            postorder.append(v)
    rank = [-1] * n
    for position, v in enumerate(postorder):
        rank[v] = position
    preds: list[list[int]] = [[] for _ in range(n)]
    for v in postorder:
        for w in succ[v]:
            preds[w].append(v)
    idom = [-1] * n
    idom[root] = root
    order = postorder[::-1][1:]
    changed = True
    while changed:
        changed = False
        for v in order:
            new = -1
            for p in preds[v]:
                if idom[p] < 0:
                    continue
                if new < 0:
                    new = p
                    continue
                a, b = p, new
                while a != b:
                    while rank[a] < rank[b]:
                        a = idom[a]
                    while rank[b] < rank[a]:
                        b = idom[b]
                new = a
            if idom[v] != new:
                idom[v] = new
                changed = True
    return idom


@dataclass
class FlowTopology:
    """What depends only on the flows (cached by ``project.flows_revision``).

    Attributes:
        ids: link ids in project order; ``index`` maps id → position (the node number).
        succ, pred: adjacency lists of node numbers.
        comp: SCC number of each node; ``members``: nodes of each SCC; ``order``: SCC numbers in
            a topological order of the condensation (upstream first).
        comp_succ: successor SCCs of each SCC in the condensation.
        reach: for each SCC, bit set of the nodes reachable from it, its own members included.
        loose_roots: root SCCs (nothing flows into them) of more than one node: loops without a
            source link.
        flow_keys: the flows' keys in the project's order (what the topology was built from).
    """

    ids: list[str]
    index: dict[str, int]
    succ: list[list[int]]
    pred: list[list[int]]
    comp: list[int]
    members: list[list[int]]
    order: list[int]
    comp_succ: list[list[int]]
    reach: list[int]
    loose_roots: list[int]
    flow_keys: tuple[tuple[str, str], ...] = ()
    _ancestors: list[int] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, project: Project) -> FlowTopology:
        """Compute the topology of ``project``'s flows: O(V + E) plus the bit-set unions."""
        ids = list(project.links)
        flow_keys = tuple(project.flows)
        index = {link_id: i for i, link_id in enumerate(ids)}
        succ: list[list[int]] = [[] for _ in ids]
        pred: list[list[int]] = [[] for _ in ids]
        for up, down in flow_keys:
            succ[index[up]].append(index[down])
            pred[index[down]].append(index[up])
        members = [sorted(c) for c in reversed(strong_components(succ))]  # upstream first
        comp = [0] * len(ids)
        for c, nodes in enumerate(members):
            for node in nodes:
                comp[node] = c
        order = list(range(len(members)))  # Tarjan's order, reversed: a topological order
        comp_succ: list[list[int]] = []
        has_pred = [False] * len(members)
        for c, nodes in enumerate(members):
            targets = sorted({comp[w] for v in nodes for w in succ[v]} - {c})
            for d in targets:
                has_pred[d] = True
            comp_succ.append(targets)
        reach = [0] * len(members)
        for c in reversed(order):
            mask = 0
            for node in members[c]:
                mask |= 1 << node
            for d in comp_succ[c]:
                mask |= reach[d]
            reach[c] = mask
        loose_roots = [c for c in order if not has_pred[c] and len(members[c]) > 1]
        return cls(ids, index, succ, pred, comp, members, order, comp_succ, reach, loose_roots,
                   flow_keys)

    def is_built_from(self, project: Project) -> bool:
        """True when ``project`` has the links and flows, in the same order, this topology was
        built from: building it again would give the same topology. Return-flow marks, stages
        and positions play no part in it (a layout changes only those)."""
        return self.ids == list(project.links) and self.flow_keys == tuple(project.flows)

    def descendants_mask(self, node: int) -> int:
        """Bit set of the nodes downstream of ``node`` (reachable by flows), ``node`` excluded."""
        return self.reach[self.comp[node]] & ~(1 << node)

    def ancestors_mask(self, node: int) -> int:
        """Bit set of the nodes upstream of ``node`` (from which it is reachable), ``node`` excluded."""
        if self._ancestors is None:
            comp_pred: list[list[int]] = [[] for _ in self.members]
            for c, targets in enumerate(self.comp_succ):
                for d in targets:
                    comp_pred[d].append(c)
            anc = [0] * len(self.members)
            for c in self.order:
                mask = 0
                for member in self.members[c]:
                    mask |= 1 << member
                for p in comp_pred[c]:
                    mask |= anc[p]
                anc[c] = mask
            self._ancestors = anc
        return self._ancestors[self.comp[node]] & ~(1 << node)


@dataclass
class ChainStructure:
    """The flow topology plus what depends on sources and end markets (see module docstring).

    Attributes:
        topo: the :class:`FlowTopology`.
        sources: node numbers used as sources (ascending).
        end_markets: node numbers of the end markets (ascending): the flagged links, or when
            none is flagged the ones :func:`derived_end_markets` gives.
        end_mask: bit set of the end markets.
        tin, tout: Euler-tour times in the dominator tree (virtual root excluded); node ``v``
            strictly dominates ``w`` iff ``tin[v] < tin[w] <= tout[v]``.
        em_by_tin: ``(tin, node)`` of the end markets, sorted.
        end_market_set: the end markets as a set (membership tests of the what-if traversals).
        notes: :class:`Note` list (loops without a source).
    """

    topo: FlowTopology
    sources: list[int]
    end_markets: list[int]
    end_mask: int
    tin: list[int]
    tout: list[int]
    em_by_tin: list[tuple[int, int]]
    notes: list[Note]
    source_set: frozenset[int] = frozenset()
    end_markets_derived: bool = False  # True: no link is flagged, the sinks are used
    end_market_set: frozenset[int] = frozenset()

    @staticmethod
    def fallback_sources(project: Project, topo: FlowTopology) -> dict[int, list[int]]:
        """For each loop without a source (root SCC), its links in its most upstream stage."""
        stage_rank = {stage.id: i for i, stage in enumerate(project.stages)}
        chosen: dict[int, list[int]] = {}
        for c in topo.loose_roots:
            ranks = {n: stage_rank.get(project.links[topo.ids[n]].stage_id, len(stage_rank))
                     for n in topo.members[c]}
            first = min(ranks.values())
            chosen[c] = [n for n in topo.members[c] if ranks[n] == first]
        return chosen

    @classmethod
    def roots(cls, project: Project,
              topo: FlowTopology) -> tuple[list[int], list[Note], list[int], bool]:
        """What the structure takes from ``project`` beyond ``topo``: the sources (ascending),
        the notes, the end markets (ascending) and whether they are derived. The dominator tree
        depends only on ``topo`` and the sources."""
        n = len(topo.ids)
        sources = [v for v in range(n) if not topo.pred[v]]
        notes: list[Note] = []

        def names(nodes: list[int]) -> str:
            return ", ".join(project.links[topo.ids[v]].name for v in nodes)

        for c, chosen in cls.fallback_sources(project, topo).items():
            sources.extend(chosen)
            notes.append(Note(
                "loop_without_source",
                "The flows form a loop with no source ({links}): its links of the most upstream "
                "stage ({sources}) are used as sources.",
                (("links", names(topo.members[c])), ("sources", names(chosen)))))
        sources.sort()
        end_markets = [v for v in range(n) if project.links[topo.ids[v]].end_market]
        derived = not end_markets
        if derived:  # the rule of derived_end_markets, on node numbers
            end_markets = sorted(topo.index[i] for i in derived_end_markets(project))
        return sources, notes, end_markets, derived

    def has_roots_of(self, project: Project) -> bool:
        """True when ``project`` gives this structure's topology the same sources, notes and
        end markets: building the structure again would give this one (for instance after
        return-flow marks or stages changed without moving any of them)."""
        return self.roots(project, self.topo) == (
            self.sources, self.notes, self.end_markets, self.end_markets_derived)

    @classmethod
    def build(cls, project: Project, topo: FlowTopology) -> ChainStructure:
        """Sources, end markets and dominator tree of ``project`` on top of ``topo``."""
        n = len(topo.ids)
        sources, notes, end_markets, derived = cls.roots(project, topo)
        end_mask = 0
        for v in end_markets:
            end_mask |= 1 << v
        # dominator tree from a virtual root (node number n) joined to every source
        idom = immediate_dominators(topo.succ + [sources], n) if n else []
        children: list[list[int]] = [[] for _ in range(n + 1)]
        for v, parent in enumerate(idom):
            if v != n and parent >= 0:
                children[parent].append(v)
        tin, tout = [0] * n, [0] * n
        clock = 0
        stack: list[tuple[int, bool]] = [(n, False)]
        while stack:  # iterative DFS: a 5,000-link line would overflow recursion
            v, done = stack.pop()
            if done:
                if v != n:
                    tout[v] = clock
                continue
            if v != n:
                clock += 1
                tin[v] = clock
            stack.append((v, True))
            stack.extend((w, False) for w in reversed(children[v]))
        em_by_tin = sorted((tin[v], v) for v in end_markets)
        return cls(topo, sources, end_markets, end_mask, tin, tout, em_by_tin, notes,
                   frozenset(sources), derived, frozenset(end_markets))

    def dominated_end_markets(self, node: int) -> list[int]:
        """End markets strictly dominated by ``node`` (every source→market path passes it)."""
        past = len(self.topo.ids)  # greater than any node number
        lo = bisect_right(self.em_by_tin, (self.tin[node], past))
        hi = bisect_right(self.em_by_tin, (self.tout[node], past))
        return sorted(v for _, v in self.em_by_tin[lo:hi])


def set_aside_flows(project: Project) -> set[tuple[str, str]]:
    """Keys of the return flows the end-market rule sets aside: flows marked ``is_return`` and
    flows to an earlier stage (a return flow whether marked yet or not)."""
    rank = {stage.id: i for i, stage in enumerate(project.stages)}
    links = project.links
    return {key for key, flow in project.flows.items()
            if flow.is_return or rank.get(links[key[1]].stage_id, -1)
            < rank.get(links[key[0]].stage_id, -1)}


def derived_end_markets(project: Project) -> list[str]:
    """Ids of the links the analysis takes as end markets when none is flagged (whether or not
    some link is flagged), in the project's link order: the links with no downstream flow once
    return flows are set aside, a link whose only outgoing flows are return flows being replaced
    by its upstream links (see the module docstring)."""
    aside = set_aside_flows(project)
    chosen: set[str] = set()
    for link_id in project.links:
        downstream = project.downstream_of(link_id)
        if any((link_id, d) not in aside for d in downstream):
            continue
        if not downstream:
            chosen.add(link_id)
        else:  # only return flows leave it: its upstream links are the final uses
            chosen.update(u for u in project.upstream_of(link_id) if (u, link_id) not in aside)
    return [link_id for link_id in project.links if link_id in chosen]


def structure_key(project: Project, topo: FlowTopology) -> tuple:
    """What :class:`ChainStructure` depends on beyond the flows and their return marks (the
    analyzer adds those): end-market flags, the stage of every link when none is flagged
    (a flow to an earlier stage is set aside by the derived rule), and the stages of the links
    of loops without a source (they choose the fallback sources)."""
    links = project.links
    stage_rank = {stage.id: i for i, stage in enumerate(project.stages)}
    ends = tuple(link.end_market for link in links.values())
    stages = () if any(ends) else tuple(stage_rank.get(link.stage_id, -1)
                                        for link in links.values())
    loops = tuple(stage_rank.get(links[topo.ids[n]].stage_id, -1)
                  for c in topo.loose_roots for n in topo.members[c])
    return (ends, stages, loops)


__all__ = ["ChainStructure", "FlowTopology", "Note", "bits_to_indices", "derived_end_markets",
           "flow_graph", "immediate_dominators", "set_aside_flows", "strong_components",
           "structure_key"]
