"""The criticality score of a gap, its suggested priority, and the :class:`Gap` record. No Qt.

The reasoning behind the weights and thresholds is in :mod:`valuechain_gui.analysis.gaps` (which
re-exports everything here); they live apart so that the gap analysis and the incremental
ranking (:mod:`valuechain_gui.analysis.gap_rows`) share them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.enums import LinkStatus, Priority

#: Weights of the criticality score (they sum to 1; the reasoning is in the gaps module).
WEIGHTS = {"reach_end_markets": 0.30, "reach_links": 0.15, "bottleneck": 0.20, "gain": 0.25,
           "strategic": 0.10}
#: Score thresholds (0..100) of the suggested priority.
HIGH_THRESHOLD = 50.0
MEDIUM_THRESHOLD = 25.0


def criticality(reach_end_markets: float, reach_links: float, bottleneck_share: float,
                gain: float, strategic: bool, status_weight: float = 1.0) -> float:
    """The criticality score (float, 0..100, rounded to 6 decimals) from its parts (each 0..1)
    and the weight of the gap's status (0..1, the project's settings)."""
    value = (WEIGHTS["reach_end_markets"] * reach_end_markets + WEIGHTS["reach_links"] * reach_links
             + WEIGHTS["bottleneck"] * bottleneck_share + WEIGHTS["gain"] * gain
             + WEIGHTS["strategic"] * (1.0 if strategic else 0.0))
    return round(100.0 * status_weight * value, 6)


def priority_for(score: float) -> Priority:
    """Suggested :class:`Priority` for a score: high ≥ 50, medium ≥ 25, low below."""
    if score >= HIGH_THRESHOLD:
        return Priority.HIGH
    if score >= MEDIUM_THRESHOLD:
        return Priority.MEDIUM
    return Priority.LOW


@dataclass(frozen=True)
class Gap:
    """One weak or missing link, with why it matters (definitions: the gaps module docstring).

    Shares are floats in 0..1, ``score`` is 0..100. A gap's rank is its place in its report
    (:meth:`~valuechain_gui.analysis.gaps.GapReport.rank_of`), not a field: a retag that moves
    one gap past a few hundred others then changes none of them.
    """

    link_id: str
    name: str
    status: LinkStatus
    strategic: bool
    reach_links: float
    reach_end_markets: float
    downstream_links: int
    downstream_end_markets: int
    bottleneck: bool
    bottleneck_for: tuple[str, ...]
    what_if: float
    gain: float
    score: float
    suggested_priority: Priority


__all__ = ["HIGH_THRESHOLD", "MEDIUM_THRESHOLD", "WEIGHTS", "Gap", "criticality", "priority_for"]
