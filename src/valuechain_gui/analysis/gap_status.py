"""What the gap analysis derives from the links' statuses, kept up to date one retag at a time.

No Qt. The two shares of completeness (see :mod:`valuechain_gui.analysis.gaps`) need, for each
share, the links a gap blocks (missing links; weak or missing links) and the links reached from a
source without passing a blocked one. A retag changes the statuses, never the structure
(:class:`~valuechain_gui.analysis.graph.ChainStructure`), so the reached sets are updated from
the previous ones instead of traversed again:

* a link that stops being blocked extends the reached set by what it newly reaches (if it is
  itself reached: a source, or a reached link flows into it);
* a link that becomes blocked while reached withdraws what was reached through it: every link
  reached from it through reached links is taken out, then the traversal resumes from the links
  of that set that a remaining reached link (or being a source) still reaches.

Every link still in the reached set after the withdrawal has a path from a source that avoids the
newly blocked links (a path through one would put it in the withdrawn set), and the resumed
traversal finds every link reached again, so the result is the full traversal's set; a randomized
test compares both after random retags.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count
from operator import is_not
from typing import TYPE_CHECKING

from ..model.enums import LinkStatus

if TYPE_CHECKING:
    from .graph import ChainStructure

#: Statuses that make a link a gap (blocked in the second share).
GAP_STATUSES = (LinkStatus.MISSING, LinkStatus.WEAK)


def reach(struct: ChainStructure, blocked: set[int]) -> set[int]:
    """Nodes reached from a source of ``struct`` without passing a node of ``blocked``."""
    succ = struct.topo.succ
    stack = [s for s in struct.sources if s not in blocked]
    seen = set(stack)
    while stack:
        for w in succ[stack.pop()]:
            if w not in seen and w not in blocked:
                seen.add(w)
                stack.append(w)
    return seen


def update_reach(struct: ChainStructure, reached: set[int], blocked: set[int],
                 now_blocked: set[int], now_free: set[int]) -> set[int]:
    """The reached set once ``now_blocked`` nodes became blocked and ``now_free`` ones stopped
    being blocked; ``reached`` is the set before (not modified), ``blocked`` the set after."""
    topo = struct.topo
    succ, pred, sources = topo.succ, topo.pred, struct.source_set
    result = set(reached)
    withdrawn: set[int] = set()
    stack = [v for v in now_blocked if v in result]
    withdrawn.update(stack)
    while stack:  # what was reached through a newly blocked node
        for w in succ[stack.pop()]:
            if w in result and w not in withdrawn:
                withdrawn.add(w)
                stack.append(w)
    result -= withdrawn
    stack = [v for v in withdrawn | now_free
             if v not in blocked and v not in result
             and (v in sources or any(p in result for p in pred[v]))]
    result.update(stack)
    while stack:
        for w in succ[stack.pop()]:
            if w not in result and w not in blocked:
                result.add(w)
                stack.append(w)
    return result


@dataclass
class StatusState:
    """What depends on the statuses: blocked nodes and what each share reaches.

    Attributes:
        statuses: the status of every node (project link order) this state is for.
        blocked_missing, blocked_gaps: missing nodes; weak or missing nodes.
        reached_missing, reached_gaps: nodes reached without passing a blocked node of the share.
        count_missing, count_gaps: end markets in each reached set.

    A state's sets are never modified once it is made: :meth:`updated` hands a share no link
    enters or leaves to the next state as the same set objects.
    """

    statuses: list[LinkStatus]
    blocked_missing: set[int]
    blocked_gaps: set[int]
    reached_missing: set[int]
    reached_gaps: set[int]
    count_missing: int
    count_gaps: int

    @classmethod
    def build(cls, struct: ChainStructure, statuses: list[LinkStatus]) -> StatusState:
        """The state of ``statuses`` on ``struct``, traversed from scratch."""
        missing = {i for i, s in enumerate(statuses) if s == LinkStatus.MISSING}
        gaps = missing | {i for i, s in enumerate(statuses) if s == LinkStatus.WEAK}
        return cls._with(struct, statuses, missing, gaps, reach(struct, missing),
                         reach(struct, gaps))

    def updated(self, struct: ChainStructure, statuses: list[LinkStatus]) -> StatusState:
        """The state of ``statuses`` (same structure), updated from this one by the changed
        nodes only (see the module docstring). A share no node enters or leaves keeps its sets
        (the same objects: a state's sets are never modified), so weak ↔ missing, which blocks
        the same links in the share of gaps, copies nothing of that share."""
        nodes = list(compress(count(), map(is_not, statuses, self.statuses)))
        missing = _reblocked(self.blocked_missing, nodes, statuses, (LinkStatus.MISSING,))
        gaps = _reblocked(self.blocked_gaps, nodes, statuses, GAP_STATUSES)
        return self._with(struct, statuses, missing, gaps,
                          _reached(struct, self.blocked_missing, missing, self.reached_missing),
                          _reached(struct, self.blocked_gaps, gaps, self.reached_gaps))

    @classmethod
    def _with(cls, struct: ChainStructure, statuses: list[LinkStatus], missing: set[int],
              gaps: set[int], reached_m: set[int], reached_g: set[int]) -> StatusState:
        ends = struct.end_market_set
        return cls(statuses, missing, gaps, reached_m, reached_g, len(ends & reached_m),
                   len(ends & reached_g))

    def changed_since(self, other: StatusState) -> set[int]:
        """Nodes blocked or reached in one share here and not in ``other`` or the reverse."""
        changed: set[int] = set()
        for mine, theirs in ((self.blocked_missing, other.blocked_missing),
                             (self.reached_missing, other.reached_missing),
                             (self.blocked_gaps, other.blocked_gaps),
                             (self.reached_gaps, other.reached_gaps)):
            if mine is not theirs:  # a share kept by updated(): nothing to compare
                changed |= mine ^ theirs
        return changed


def _reached(struct: ChainStructure, old_blocked: set[int], blocked: set[int],
             reached: set[int]) -> set[int]:
    """A share's ``reached`` set once its blocked set went from ``old_blocked`` to ``blocked``
    (the very same set when :func:`_reblocked` kept the blocked one)."""
    if blocked is old_blocked:
        return reached
    return update_reach(struct, reached, blocked, blocked - old_blocked, old_blocked - blocked)


def _reblocked(blocked: set[int], nodes: list[int], statuses: list[LinkStatus],
               stops: tuple[LinkStatus, ...]) -> set[int]:
    """``blocked`` once ``nodes`` have their ``statuses`` (a node is blocked when its status is
    one of ``stops``): the very same set when none of them enters or leaves it, else a copy."""
    flips = [node for node in nodes if (statuses[node] in stops) != (node in blocked)]
    if not flips:
        return blocked
    result = set(blocked)
    result.symmetric_difference_update(flips)
    return result


def newly_reached_end_markets(struct: ChainStructure, blocked: set[int], reached: set[int],
                              node: int) -> int:
    """End markets newly reached in one share if ``node`` stopped being blocked."""
    if node not in blocked:
        return 0
    topo = struct.topo
    if node not in struct.source_set and not any(p in reached for p in topo.pred[node]):
        return 0
    ends = struct.end_market_set
    succ = topo.succ
    stack, seen = [node], {node}
    count = 0
    while stack:
        v = stack.pop()
        if v in ends:
            count += 1
        for w in succ[v]:
            if w not in seen and w not in blocked and w not in reached:
                seen.add(w)
                stack.append(w)
    return count


__all__ = ["GAP_STATUSES", "StatusState", "newly_reached_end_markets", "reach", "update_reach"]
