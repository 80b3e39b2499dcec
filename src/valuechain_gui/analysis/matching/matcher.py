"""Rank, for each of our weak or missing links, the partners whose maps can fill it.

A partner's link *corresponds* to ours when their similarity (:func:`.similarity.similarity`)
is at least :data:`~.similarity.CORRESPONDENCE_THRESHOLD`. A partner is a *candidate* for our
gap only if one of its corresponding links is strong; its *score* is the best similarity among
those strong links (0-100). Its *evidence* lists every corresponding link, strong ones first,
then by similarity; its *reciprocity* names our strong links that correspond to one of its weak or
missing links (what we bring it). Candidates are ranked by score, then by how much we bring them,
then by name. The partner's scope relative to our territory is not computed: a map carries only a
free-text territory, no country or region code to compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...model import LinkStatus, Project
from .similarity import CORRESPONDENCE_THRESHOLD, comparable, similarity_matrix

GAP_STATUSES = (LinkStatus.WEAK, LinkStatus.MISSING)


@dataclass(frozen=True)
class PartnerMap:
    """A partner and the value chain it has mapped itself."""

    name: str
    project: Project


@dataclass(frozen=True)
class Evidence:
    """One of the partner's links that corresponds to our gap."""

    their_link: str
    their_status: LinkStatus
    similarity: int


@dataclass(frozen=True)
class Candidate:
    """A partner able to fill our gap: its score 0-100, the evidence, what we bring it."""

    partner: str
    score: int
    evidence: tuple[Evidence, ...]
    reciprocity: tuple[str, ...]


@dataclass(frozen=True)
class GapMatch:
    """One of our weak or missing links and its candidate partners, best first."""

    link: str
    status: LinkStatus
    candidates: tuple[Candidate, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        """The plain structure ``match --json`` prints for this link."""
        return {"link": self.link, "status": self.status.value, "candidates": [
            {"partner": c.partner, "score": c.score,
             "evidence": [{"their_link": e.their_link, "their_status": e.their_status.value,
                           "similarity": e.similarity} for e in c.evidence],
             "reciprocity": list(c.reciprocity)} for c in self.candidates]}


def _reciprocity(our_strong: Sequence[str], our_strong_keys: Sequence[str],
                 their_gap_keys: Sequence[str], threshold: int) -> tuple[str, ...]:
    matrix = similarity_matrix(our_strong_keys, their_gap_keys)
    return tuple(name for name, row in zip(our_strong, matrix)
                 if any(score >= threshold for score in row))


def _candidate(partner: PartnerMap, row: Sequence[int], their_links: Sequence[tuple[str, LinkStatus]],
               reciprocity: tuple[str, ...], threshold: int) -> Candidate | None:
    evidence = [Evidence(name, status, score) for (name, status), score in zip(their_links, row)
                if score >= threshold]
    strong = [e.similarity for e in evidence if e.their_status is LinkStatus.STRONG]
    if not strong:
        return None
    evidence.sort(key=lambda e: (e.their_status is not LinkStatus.STRONG, -e.similarity,
                                 e.their_link))
    return Candidate(partner.name, max(strong), tuple(evidence), reciprocity)


def match_gaps(project: Project, partners: Sequence[PartnerMap],
               threshold: int = CORRESPONDENCE_THRESHOLD) -> list[GapMatch]:
    """For each weak or missing link of ``project`` (map order), its ranked candidate partners."""
    links = list(project.links.values())
    gaps = [link for link in links if link.status in GAP_STATUSES]
    our_strong = [link.name for link in links if link.status is LinkStatus.STRONG]
    gap_keys = [comparable(link.name) for link in gaps]
    strong_keys = [comparable(name) for name in our_strong]
    per_gap: list[list[Candidate]] = [[] for _ in gaps]
    for partner in partners:
        their_links = [(link.name, link.status) for link in partner.project.links.values()]
        their_keys = [comparable(name) for name, _ in their_links]
        their_gap_keys = [key for key, (_, status) in zip(their_keys, their_links)
                          if status in GAP_STATUSES]
        reciprocity = _reciprocity(our_strong, strong_keys, their_gap_keys, threshold)
        for i, row in enumerate(similarity_matrix(gap_keys, their_keys)):
            candidate = _candidate(partner, row, their_links, reciprocity, threshold)
            if candidate is not None:
                per_gap[i].append(candidate)
    return [GapMatch(link.name, link.status, tuple(sorted(
                found, key=lambda c: (-c.score, -len(c.reciprocity), c.partner))))
            for link, found in zip(gaps, per_gap)]
