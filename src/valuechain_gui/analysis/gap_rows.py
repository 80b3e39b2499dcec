"""The ranked gaps of a report, rebuilt after a retag only where the retag changes them. No Qt.

:class:`RankedGaps` keeps, for one chain structure and one setting of the status weights, the
:class:`~valuechain_gui.analysis.gaps.Gap` of every gap of the last report, what each gap's fix
would newly reach (its ``extra``), and the ranking order. After a change of statuses, names or
strategic flags it recomputes only the gaps whose figures can have changed:

* the links whose status, name or strategic flag changed;
* the gaps whose what-if traversal can see a change: a gap's newly reached end markets depend on
  which links downstream of it are blocked or reached, and on whether a link flowing into it is
  reached, so the gaps upstream of (or flowing out of) a link whose blocked or reached state
  changed in either share.

The other gaps keep their figures; their ``what_if`` (completeness plus their gain) moves when
completeness moves. A gap's rank is its place in the list (not a field of the gap), so a
recomputed gap that passes others changes none of them. Gaps whose fields are all unchanged are
the very objects of the previous report, so a reader can tell changed figures by identity (not
changed ranks: :meth:`~valuechain_gui.analysis.gaps.GapReport.rank_of` of each report). The
result is the full analysis's (a randomized test compares both).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import compress, count
from operator import is_not, itemgetter, ne
from typing import TYPE_CHECKING, Any

from ..model.enums import LinkStatus
from ..model.project import name_key
from .gap_score import Gap, criticality, priority_for
from .gap_status import newly_reached_end_markets
from .graph import bits_to_indices

if TYPE_CHECKING:
    from ..model import Link, ProjectSettings
    from .gap_status import StatusState
    from .graph import ChainStructure

#: A gap's place in the ranking: (-score, not missing, name key, link id); ascending = rank order.
RankKey = tuple[float, bool, str, str]


def differing(new: list, old: list, test: Callable[[Any, Any], bool]) -> Iterator[int]:
    """Indexes where ``test(new[i], old[i])`` holds (lists of one length), iterated in C: a
    retag compares the statuses of every link, and a loop in Python costs ~10 times more."""
    return compress(count(), map(test, new, old))


def copy_gap(gap: Gap, **changes: Any) -> Gap:
    """``gap`` with ``changes`` (a frozen dataclass's replace without its per-field checks:
    about four times faster, which counts when a completeness change moves every what-if)."""
    new = object.__new__(type(gap))
    fields = new.__dict__
    fields.update(gap.__dict__)
    fields.update(changes)
    return new


class RankedGaps:
    """The gaps of the last report of one structure and status weights (see module docstring).

    Args:
        struct: the chain structure the gaps are for.
        weights: the project's (missing, weak) status weights.
    """

    def __init__(self, struct: ChainStructure, weights: tuple[float, float]) -> None:
        self.struct = struct
        self.weights = weights
        self.state: StatusState | None = None
        self.names: list[str] = []
        self.strategic: list[bool] = []
        self.gaps: dict[int, Gap] = {}
        #: The same gaps by link id, kept as they change (a report copies it: no pass over all).
        self.by_link: dict[str, Gap] = {}
        self.extras: dict[int, int] = {}
        self.keys: dict[int, RankKey] = {}
        self.order: list[tuple[RankKey, int]] = []
        #: The gaps in ``order``'s order, kept with it: a report copies it (pointers), where
        #: reading 2,000 gaps again through ``order`` after a retag cost ~0.35 ms.
        self.in_order: list[Gap] = []
        self._bulk = False  # every gap is being updated: ``in_order`` is rebuilt after
        self.node_info: dict[int, tuple] = {}
        self.name_keys: dict[int, tuple[str, str]] = {}

    def ranked(self, links: list[Link], state: StatusState, names: list[str],
               strategic: list[bool], settings: ProjectSettings) -> list[Gap]:
        """The ranked gaps for ``state`` and the links' ``names`` and ``strategic`` flags (lists
        in the project's link order); ``links`` are the project's links in that order."""
        if self.state is None:
            self._bulk = True
            try:
                for node in sorted(state.blocked_gaps):
                    self._compute(node, links[node], state, settings)
            finally:
                self._rebuild_in_order()
        else:
            self._update(links, state, names, strategic, settings)
        self.state, self.names, self.strategic = state, names, strategic
        return list(self.in_order)

    # ------------------------------------------------------------------ internals
    def _update(self, links: list[Link], state: StatusState, names: list[str],
                strategic: list[bool], settings: ProjectSettings) -> None:
        old = self.state
        assert old is not None
        changed: set[int] = set()
        if state.statuses != old.statuses:
            changed.update(differing(state.statuses, old.statuses, is_not))
        if names != self.names:
            changed.update(differing(names, self.names, ne))
        if strategic != self.strategic:
            changed.update(differing(strategic, self.strategic, ne))
        for node in changed - state.blocked_gaps:  # no longer a gap
            if node in self.gaps:
                del self.by_link[self.gaps.pop(node).link_id], self.extras[node]
                self._unrank(node)
        topo = self.struct.topo
        moved = state.changed_since(old) if state is not old else set()
        upstream, flowing_out = 0, set()
        for node in moved:
            upstream |= topo.ancestors_mask(node) | (1 << node)
            flowing_out.update(topo.succ[node])
        blocked = state.blocked_gaps
        again = (changed | flowing_out | blocked.difference(self.gaps)).intersection(blocked)
        if upstream:  # the set bits, read once (a shift of the mask per gap copies it each time)
            again.update(blocked.intersection(bits_to_indices(upstream)))
        for node in again:
            self._compute(node, links[node], state, settings)
        if (state.count_missing + state.count_gaps != old.count_missing + old.count_gaps):
            total = 2 * len(self.struct.end_markets)
            base = state.count_missing + state.count_gaps
            self._bulk = True
            try:
                for node, gap in self.gaps.items():
                    what_if = (base + self.extras[node]) / total
                    if gap.what_if != what_if:
                        self._set(node, copy_gap(gap, what_if=what_if))
            finally:
                self._rebuild_in_order()

    def _info(self, node: int) -> tuple:
        """What depends only on the structure: (downstream links, downstream end markets,
        dominated end markets count, their ids)."""
        info = self.node_info.get(node)
        if info is None:
            struct, topo = self.struct, self.struct.topo
            dominated = struct.dominated_end_markets(node)
            info = self.node_info[node] = (
                topo.descendants_mask(node).bit_count(),
                (topo.reach[topo.comp[node]] & struct.end_mask).bit_count(),
                len(dominated), tuple(topo.ids[v] for v in dominated))
        return info

    def _compute(self, node: int, link: Link, state: StatusState,
                 settings: ProjectSettings) -> None:
        struct = self.struct
        n, total = len(struct.topo.ids), len(struct.end_markets)
        down_links, down_ends, dominated_count, bottleneck_for = self._info(node)
        extra = (newly_reached_end_markets(struct, state.blocked_missing, state.reached_missing,
                                           node)
                 + newly_reached_end_markets(struct, state.blocked_gaps, state.reached_gaps,
                                             node))
        gain = extra / (2 * total) if total else 0.0
        what_if = (state.count_missing + state.count_gaps + extra) / (2 * total) if total else 0.0
        reach_links = down_links / (n - 1) if n > 1 else 0.0
        reach_ends = down_ends / total if total else 0.0
        share_dom = dominated_count / total if total else 0.0
        score = criticality(reach_ends, reach_links, share_dom, gain, link.strategic,
                            settings.status_weight(link.status))
        old = self.gaps.get(node)
        gap = Gap(link_id=link.id, name=link.name, status=link.status, strategic=link.strategic,
                  reach_links=reach_links, reach_end_markets=reach_ends,
                  downstream_links=down_links, downstream_end_markets=down_ends,
                  bottleneck=bool(dominated_count), bottleneck_for=bottleneck_for,
                  what_if=what_if, gain=gain, score=score,
                  suggested_priority=priority_for(score))
        self.extras[node] = extra
        if old is not None and old == gap:
            return  # the very same row: readers see it unchanged
        self._set(node, gap)
        cached = self.name_keys.get(node)
        if cached is None or cached[0] != link.name:
            cached = self.name_keys[node] = (link.name, name_key(link.name))
        key = (-score, link.status != LinkStatus.MISSING, cached[1], link.id)
        if self.keys.get(node) != key:
            self._unrank(node)
            self.keys[node] = key
            place = bisect_left(self.order, (key, node))
            self.order.insert(place, (key, node))
            if not self._bulk:
                self.in_order.insert(place, gap)

    def _set(self, node: int, gap: Gap) -> None:
        self.gaps[node] = self.by_link[gap.link_id] = gap
        key = self.keys.get(node)
        if key is not None and not self._bulk:
            self.in_order[bisect_left(self.order, (key, node))] = gap

    def _unrank(self, node: int) -> None:
        key = self.keys.pop(node, None)
        if key is not None:
            place = bisect_left(self.order, (key, node))
            del self.order[place]
            if not self._bulk:
                del self.in_order[place]

    def _rebuild_in_order(self) -> None:
        """``in_order`` read again from ``order``, after a pass that updated every gap."""
        self._bulk = False
        self.in_order = list(map(self.gaps.__getitem__, map(itemgetter(1), self.order)))


__all__ = ["RankedGaps", "copy_gap", "differing"]
