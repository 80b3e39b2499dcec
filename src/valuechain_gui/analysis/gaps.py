"""Gap analysis: which weak or missing link hurts the chain most. No Qt.

The chain is a directed graph: links are nodes, flows go upstream → downstream. **Sources** are
links with no upstream flow (a loop nothing flows into uses its links of the most upstream stage,
see :mod:`valuechain_gui.analysis.graph`); **end markets** are the links flagged ``end_market``
or, when none is flagged, the links with no downstream flow (derived here, never written into
the links; ``GapReport.end_markets_derived`` says which rule applied). A **gap** is a weak or
missing link. For each gap:

* ``downstream_links``: how many other links are downstream of it (reachable by flows);
  ``reach_links`` = that number / (links − 1) (0 when the chain has one link).
* ``downstream_end_markets``: how many end markets are downstream of it, **itself included when it
  is an end market** (a missing end market is a market the chain does not serve); ``reach_end_markets``
  = that number / end markets (0 when there are none).
* ``bottleneck_for``: the end markets it dominates in the flow graph seen from a virtual root
  joined to every source, i.e. every path from any source to that end market passes through it
  (networkx ``immediate_dominators``). **A gap that is itself an end market is not counted as a
  bottleneck for itself** (its own absence is already in its reach); ``bottleneck`` is True when
  the tuple is not empty.

**Completeness** is the mean of two shares of end markets: those reachable from a source without
passing a *missing* link, and those reachable without passing a *weak or missing* link. Unassessed
links count as present; the source and the end market themselves count as passed (a missing
source or a missing end market breaks its own paths). A chain without end markets (the empty chain
included) has no measurable completeness: it is reported as 0.0 with a note. **What-if** of a link
is the completeness if that link became strong; ``gain`` = what-if − completeness.

**Criticality score** (0..100)::

    score = 100 × status_weight                     missing 1.0, weak 0.6 by default
                × ( 0.30 × reach_end_markets        how much of the market depends on it
                  + 0.15 × reach_links              how much of the chain depends on it
                  + 0.20 × bottleneck_share         no way around it (share of end markets it dominates)
                  + 0.25 × gain                     fixing it alone restores end markets
                  + 0.10 × strategic )              the group's own judgement (1 or 0)

The status weights are the project's settings (:class:`~valuechain_gui.model.ProjectSettings`,
each 0..1). A missing link (nobody here does it) is a worse gap than a weak one (present but
insufficient): without the weight a weak link upstream outranks a missing one downstream, since
it reaches more; with it, in a line ``A (missing) → B (weak) → C (missing) → D``, the ranking is
A, C, B.

Reasoning: a gap matters when much of the market depends on it (reach), when there is no way
around it (bottleneck) and when fixing it actually restores supply (gain). Gain alone misleads when
two gaps sit on the same paths (fixing either alone restores nothing), so reach and bottleneck
carry most of the weight; gain breaks ties in favour of gaps whose fix pays off now (fixing a
missing link raises both shares, a weak one only the second). When gaps sit in series every gain
is 0: the **joint what-if** (:mod:`valuechain_gui.analysis.joint`) then says which set of gaps to
fix together. The strategic flag adds the group's view without overriding the structure. Suggested
priority: **high** when score ≥ 50, **medium** when score ≥ 25, **low** otherwise. Ranking: score
descending, then missing before weak, then name (case-insensitive), then id.

Worked example (a line ``Sensors → Perception → Integration → Farms``, Farms an end market,
Perception missing and strategic, Integration weak): completeness: no end market is reachable
without a missing link (share 0) nor without a gap (share 0): 0.0. Perception: 2 of 3 other links
downstream (reach_links 0.667), the one end market (reach_end_markets 1.0), dominates Farms
(bottleneck_share 1.0); if it became strong, Farms is reachable without a missing link (share 1)
but still not without a gap (Integration is weak): what-if 0.5, gain 0.5. Score = 100 × 1.0 ×
(0.30 + 0.15 × 0.667 + 0.20 + 0.25 × 0.5 + 0.10) = 82.5 (high). Integration: reach_links 1/3,
reach_end_markets 1, bottleneck 1, gain 0 (Perception still missing) → 100 × 0.6 × (0.30 + 0.05
+ 0.20) = 33.0 (medium). Rank 1 Perception, rank 2 Integration.

Performance: what depends only on the flows (SCCs, reach bit sets, dominator tree) is cached by
``project.flows_revision`` and the end-market flags; when the revision moved but the links and
flows are the ones the cache was built from (an auto-layout marking return flows), and the
sources and end markets are unchanged, the cache stands and so does the report. A retag
changes no structure: the reached sets of both shares are updated from the previous ones
(:mod:`valuechain_gui.analysis.gap_status`) and only the gaps whose figures the retag can
change are recomputed, the others keeping their row objects (:mod:`valuechain_gui.analysis.gap_rows`). The joint what-if is not part of the
report: it is computed by who shows it (:meth:`GapAnalyzer.joint_what_if`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING

from ..errors import ModelError
from .gap_rows import RankedGaps
from .gap_score import (
    HIGH_THRESHOLD,
    MEDIUM_THRESHOLD,
    WEIGHTS,
    Gap,
    criticality,
    priority_for,
)
from .gap_status import GAP_STATUSES, StatusState, newly_reached_end_markets
from .graph import ChainStructure, FlowTopology, Note, bits_to_indices, structure_key

if TYPE_CHECKING:
    from ..model import Project
    from .joint import JointFix

_STATUS, _NAME, _STRATEGIC = (attrgetter("status"), attrgetter("name"),
                              attrgetter("strategic"))


@dataclass
class GapReport:
    """The gap analysis of a project at one moment.

    Attributes:
        completeness: mean of the two shares below (0..1); 0.0 when there is no end market.
        share_without_missing: share of end markets reachable from a source without a missing link.
        share_without_gaps: share reachable without a weak or missing link.
        gaps: the weak and missing links, ranked (``gaps[0]`` has rank 1: :meth:`ranks`,
            which caches the ranks at its first call: the list is not to be reordered).
        by_link: link id → its :class:`Gap`.
        sources, end_markets: link ids, in the project's link order.
        end_markets_derived: True when no link is flagged as an end market and the end markets
            are the links with no downstream flow.
        notes: English remarks (empty chain, no end market, loop without source).
        note_details: the same notes with a code and parameters (for the UI's tr()).
    """

    completeness: float
    share_without_missing: float
    share_without_gaps: float
    gaps: list[Gap]
    by_link: dict[str, Gap]
    sources: tuple[str, ...]
    end_markets: tuple[str, ...]
    notes: list[str]
    note_details: list[Note] = field(default_factory=list)
    end_markets_derived: bool = False

    _ranks: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    def top(self, count: int = 5) -> list[Gap]:
        """The ``count`` most critical gaps."""
        return self.gaps[:count]

    def ranks(self) -> dict[str, int]:
        """Link id → the rank of its gap (1: the most critical), made at the first call and
        kept (not to be modified)."""
        if self._ranks is None:
            self._ranks = {gap.link_id: rank for rank, gap in enumerate(self.gaps, start=1)}
        return self._ranks

    def rank_of(self, link_id: str) -> int:
        """The rank of a link's gap (1: the most critical), 0 when the link is not a gap."""
        return self.ranks().get(link_id, 0)


class _Shared:
    """The caches of one :class:`GapAnalyzer` (the last report and what it was built from)."""

    def __init__(self) -> None:
        self.topo_key: tuple | None = None
        self.topo: FlowTopology | None = None
        self.marks: frozenset[tuple[str, str]] = frozenset()  # the flows marked as return flows
        self.struct_key: tuple | None = None
        self.struct: ChainStructure | None = None
        self.status: StatusState | None = None
        self.report_key: tuple | None = None
        self.report: GapReport | None = None
        self.ranked: RankedGaps | None = None  # the gaps of the last report, per node
        self.joint_key: tuple | None = None
        self.joint: list[JointFix] = []
        self.name_keys: dict[str, str] = {}  # name_key of link names, for the joint what-if
        self.roots: tuple | None = None  # (structure, source ids, end-market ids)


def _shared_field(name: str) -> property:
    return property(lambda self: getattr(self._shared, name),
                    lambda self, value: setattr(self._shared, name, value))


class GapAnalyzer:
    """Gap analysis of one project, caching what depends only on its flows.

    The flow topology is cached under ``project.flows_revision`` (with the link and flow counts
    as a safeguard), and kept when the revision moved but the links and flows are unchanged
    (return-flow marks set); sources, end markets and dominators additionally under the
    end-market flags, the return-flow marks (and the stages of links in a loop without a
    source), and kept when those changed without changing sources, end markets or notes.
    Statuses, names and the strategic flag are read afresh on every call, so a retag needs no
    invalidation by the caller; a caller that knows which links changed (the document) says so
    to :meth:`report`, which then reads those links only.

    The last report is kept while nothing it depends on changed (flows, end markets, statuses,
    names, strategic flags). The interface keeps one analyzer per open document and hands it to
    the gap panel and the plan's suggested priorities, so a change costs one analysis, not two.
    The report is shared, not copied: read it, do not modify it.

    Args:
        project: the :class:`~valuechain_gui.model.Project` to analyse (read only).
    """

    _topo_key = _shared_field("topo_key")
    _topo = _shared_field("topo")
    _struct_key = _shared_field("struct_key")
    _struct = _shared_field("struct")
    _status = _shared_field("status")

    def __init__(self, project: Project) -> None:
        self.project = project
        self._shared = _Shared()

    # ------------------------------------------------------------------ caches
    def _topology(self) -> FlowTopology:
        project = self.project
        key = (project.flows_revision, len(project.links), len(project.flows))
        if self._topo is None or key != self._topo_key:
            if self._topo is None or not self._topo.is_built_from(project):
                self._topo = FlowTopology.build(project)
                self._struct = None
            # else only return-flow marks changed (an auto-layout): the topology stands
            self._topo_key = key
            self._shared.marks = frozenset(
                flow_key for flow_key, flow in project.flows.items() if flow.is_return)
        return self._topo

    def structure(self) -> ChainStructure:
        """The cached :class:`ChainStructure` (recomputed only when flows, end markets or, when
        the end markets are derived, what derives them change)."""
        topo = self._topology()
        key = (structure_key(self.project, topo), self._shared.marks)
        if self._struct is None or key != self._struct_key:
            struct = self._struct
            if struct is None or struct.topo is not topo or not struct.has_roots_of(self.project):
                self._struct = ChainStructure.build(self.project, topo)
                self._status = None
            # else the same sources and end markets: the structure stands
            self._struct_key = key
        return self._struct

    def _status_state(self) -> tuple[ChainStructure, StatusState]:
        struct = self.structure()
        statuses = list(map(_STATUS, self.project.links.values()))
        state = self._status
        if state is None:
            self._status = StatusState.build(struct, statuses)
        elif statuses != state.statuses:  # a retag: updated from the previous state
            self._status = state.updated(struct, statuses)
        return struct, self._status

    def _node(self, link_id: str) -> int:
        topo = self._topology()
        try:
            return topo.index[link_id]
        except KeyError:
            raise ModelError("unknown_link", "No link with id {id}.", id=link_id) from None

    # ------------------------------------------------------------------ queries
    def what_if(self, link_id: str) -> float:
        """Completeness (0..1) if link ``link_id`` became strong; ModelError ``unknown_link``."""
        node = self._node(link_id)
        struct, state = self._status_state()
        total = len(struct.end_markets)
        if not total:
            return 0.0
        extra_m = newly_reached_end_markets(struct, state.blocked_missing,
                                            state.reached_missing, node)
        extra_g = newly_reached_end_markets(struct, state.blocked_gaps, state.reached_gaps,
                                            node)
        return (state.count_missing + extra_m + state.count_gaps + extra_g) / (2 * total)

    def downstream(self, link_id: str) -> set[str]:
        """Ids of the links downstream of ``link_id`` (what depends on it), itself excluded."""
        node = self._node(link_id)
        topo = self._topology()
        return {topo.ids[i] for i in bits_to_indices(topo.descendants_mask(node))}

    def upstream(self, link_id: str) -> set[str]:
        """Ids of the links upstream of ``link_id`` (what it depends on), itself excluded."""
        node = self._node(link_id)
        topo = self._topology()
        return {topo.ids[i] for i in bits_to_indices(topo.ancestors_mask(node))}

    def joint_what_if(self) -> list[JointFix]:
        """The joint what-if (:mod:`valuechain_gui.analysis.joint`): for each end market that no
        path reaches without a gap, the gaps to fix together on its cheapest route. Computed on
        demand (by who shows it), kept while flows, end markets, statuses and names are
        unchanged, and after a change that provably leaves every route as it was (links made
        dearer to enter, on no route: see :func:`~valuechain_gui.analysis.joint.still_holds`);
        a list of :class:`~valuechain_gui.analysis.joint.JointFix`, not to modify."""
        from .joint import joint_fixes, still_holds

        struct, state = self._status_state()
        names = list(map(_NAME, self.project.links.values()))
        shared = self._shared
        key = shared.joint_key  # (structure, state, names, targets, route nodes)
        if key is not None and key[0] is struct and key[1] is state and key[2] == names:
            return shared.joint
        targets = frozenset(v for v in struct.end_markets if v not in state.reached_gaps)
        if (key is not None and key[0] is struct and key[3] == targets
                and still_holds((key[1].statuses, key[2]), (state.statuses, names), key[4])):
            routes = key[4]
        else:
            shared.joint = joint_fixes(self.project, struct, state.reached_gaps,
                                       shared.name_keys)
            index = struct.topo.index
            routes = {index[link_id] for fix in shared.joint for link_id in fix.route}
        shared.joint_key = (struct, state, names, targets, routes)
        return shared.joint

    def report(self, changed_links: Iterable[str] | None = None) -> GapReport:
        """The full :class:`GapReport`: completeness, ranked gaps and notes (the cached one
        while the flows, end markets, statuses, names, strategic flags and the project's status
        weights are unchanged). After a retag only the gaps it can change are recomputed (see
        :mod:`valuechain_gui.analysis.gap_rows`); a gap whose row is unchanged is the same
        object as in the previous report.

        ``changed_links``: when given, the caller vouches that since this analyzer's last report
        at most the status, name and strategic flag of these links changed (no link added,
        removed or moved, no flow, stage or end-market change; the document's notifier knows).
        Only those links are then read instead of every link, so a retag costs what it changes.
        The analysis falls back to reading every link when what it kept does not match (another
        query ran in between, the flows' revision or the weights moved, an unknown id)."""
        project = self.project
        weights = (project.settings.missing_weight, project.settings.weak_weight)
        shared = self._shared
        read = self._read_changed(changed_links, weights) if changed_links is not None else None
        links = list(project.links.values())
        if read is None:
            struct, state = self._status_state()
            names, strategic = list(map(_NAME, links)), list(map(_STRATEGIC, links))
        else:
            struct, state, names, strategic = read
        key = shared.report_key
        if (shared.report is not None and key is not None and key[0] is struct
                and key[1] is state and key[2] == names and key[3] == strategic
                and key[4] == weights):
            return shared.report
        ranked = shared.ranked
        if ranked is None or ranked.struct is not struct or ranked.weights != weights:
            ranked = shared.ranked = RankedGaps(struct, weights)
        gaps = ranked.ranked(links, state, names, strategic, project.settings)
        shared.report = self._report(struct, state, gaps, dict(ranked.by_link))
        shared.report_key = (struct, state, names, strategic, weights)
        return shared.report

    def _read_changed(self, changed_links: Iterable[str], weights: tuple
                      ) -> tuple[ChainStructure, StatusState, list[str], list[bool]] | None:
        """The structure, status state, names and strategic flags after a change of only
        ``changed_links`` since the last report, read from those links alone; None when the
        last report is not what the analyzer holds now (then every link is read)."""
        project, shared = self.project, self._shared
        key, struct, state = shared.report_key, shared.struct, shared.status
        if (key is None or struct is None or key[0] is not struct or key[1] is not state
                or key[4] != weights or shared.topo is not struct.topo
                or shared.topo_key != (project.flows_revision, len(project.links),
                                       len(project.flows))):
            return None
        topo, links = struct.topo, project.links
        statuses, names, strategic = list(state.statuses), list(key[2]), list(key[3])
        for link_id in changed_links:
            node = topo.index.get(link_id)
            link = links.get(link_id)
            if node is None or link is None:
                return None
            statuses[node], names[node], strategic[node] = (link.status, link.name,
                                                            link.strategic)
        if statuses != state.statuses:
            state = self._status = state.updated(struct, statuses)
        return struct, state, names, strategic

    def _report(self, struct: ChainStructure, state: StatusState, gaps: list[Gap],
                by_link: dict[str, Gap]) -> GapReport:
        topo = struct.topo
        n, total = len(topo.ids), len(struct.end_markets)
        notes = list(struct.notes)
        if not n:
            notes.append(Note("empty_chain", "The chain has no link yet: there is nothing to "
                              "analyse, and its completeness is shown as 0."))
        elif not total:
            notes.append(Note("no_end_market", "No end market: no link is marked as one and every "
                              "link flows into another, so completeness cannot be measured and "
                              "is shown as 0. Mark the chain's final uses as end markets."))
        roots = self._shared.roots
        if roots is None or roots[0] is not struct:
            roots = self._shared.roots = (struct, tuple(topo.ids[v] for v in struct.sources),
                                          tuple(topo.ids[v] for v in struct.end_markets))
        share_m = state.count_missing / total if total else 0.0
        share_g = state.count_gaps / total if total else 0.0
        return GapReport(
            completeness=(share_m + share_g) / 2, share_without_missing=share_m,
            share_without_gaps=share_g, gaps=gaps, by_link=by_link,
            sources=roots[1], end_markets=roots[2],
            notes=[note.text for note in notes], note_details=notes,
            end_markets_derived=struct.end_markets_derived)


def analyse(project: Project) -> GapReport:
    """One-shot gap analysis of ``project`` (builds a :class:`GapAnalyzer` and reports)."""
    return GapAnalyzer(project).report()


__all__ = ["GAP_STATUSES", "HIGH_THRESHOLD", "MEDIUM_THRESHOLD", "WEIGHTS", "Gap", "GapAnalyzer",
           "GapReport", "analyse", "criticality", "priority_for"]
