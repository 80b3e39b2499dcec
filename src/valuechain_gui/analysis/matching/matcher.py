"""Rank, for each of our weak or missing links, the partners whose maps or competences can fill it.

A partner (:class:`~valuechain_gui.model.Partner`) brings the links of its own map
(``map_links``) and its competence tags (``competences``). One of its links *corresponds* to our
link when their similarity (:func:`.similarity.similarity`) is at least
:data:`~.similarity.CORRESPONDENCE_THRESHOLD`; a competence tag likewise. Names are compared
through the shipped glossary, or the one given (the user's additions merged by
:func:`.glossary.with_additions`). The group's decisions
(:class:`~valuechain_gui.model.Correspondence`, keyed by our link, the partner and their link's
name or tag) override the computed similarity: a *rejected* correspondence is never evidence nor
reciprocity, a *confirmed* one counts with similarity 100 (even under the threshold).

A partner is a *candidate* for our gap when one of its corresponding links is strong, or one of
its competence tags corresponds; its *score* is the best similarity among those (0-100). Its
*evidence* lists its corresponding links (strong ones first, then by similarity) and its
corresponding competences; its *reciprocity* names our strong links that correspond to one of its
weak or missing links (what we bring it). Candidates are ranked by score, then by how much we bring
them, then by name. Its *scope* relative to our territory comes from :func:`.scope.scope_of`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ...model import (
    Correspondence,
    Decision,
    LinkStatus,
    Partner,
    PartnerMapLink,
    Project,
    Scope,
    name_key,
)
from .glossary import Glossary
from .scope import scope_of
from .similarity import CORRESPONDENCE_THRESHOLD, comparable, similarity_matrix

GAP_STATUSES = (LinkStatus.WEAK, LinkStatus.MISSING)
#: The similarity a confirmed correspondence counts with.
CONFIRMED_SIMILARITY = 100


@dataclass(frozen=True)
class Evidence:
    """Why a partner is a candidate: one of its links (name, status there, similarity), or one of
    its competence tags (``competence``, similarity). ``confirmed``: the group confirmed it."""

    their_link: str = ""
    their_status: LinkStatus | None = None
    similarity: int = 0
    competence: str = ""
    confirmed: bool = False

    def as_json(self) -> dict[str, object]:
        """``{"their_link", "their_status", "similarity"}`` or ``{"competence"}``."""
        if self.competence:
            return {"competence": self.competence}
        status = self.their_status.value if self.their_status is not None else None
        return {"their_link": self.their_link, "their_status": status,
                "similarity": self.similarity}


@dataclass(frozen=True)
class Candidate:
    """A partner able to fill our gap: its score 0-100, the evidence, what we bring it, its scope
    relative to our territory (None when its country is not known)."""

    partner: str
    score: int
    evidence: tuple[Evidence, ...]
    reciprocity: tuple[str, ...]
    partner_id: str = ""
    scope: Scope | None = None


@dataclass(frozen=True)
class GapMatch:
    """One of our weak or missing links and its candidate partners, best first."""

    link: str
    status: LinkStatus
    candidates: tuple[Candidate, ...] = field(default=())
    link_id: str = ""

    def as_json(self) -> dict[str, object]:
        """The plain structure ``match --json`` prints for this link."""
        return {"link": self.link, "status": self.status.value, "candidates": [
            {"partner": c.partner, "score": c.score,
             "evidence": [e.as_json() for e in c.evidence],
             "reciprocity": list(c.reciprocity)} for c in self.candidates]}


def partner_from_map(name: str, project: Project) -> Partner:
    """A partner named ``name`` whose map is ``project``'s chain (each link with its stage's name
    and status); its country and region are not known from a map."""
    stages = {stage.id: stage.name for stage in project.stages}
    return Partner(name, map_links=[
        PartnerMapLink(link.name, stages.get(link.stage_id, ""), link.status)
        for link in project.links.values()])


Decisions = dict[tuple[str, str, str], Decision]


def _decided(row: Sequence[int], our_id: str, partner_id: str, names: Sequence[str],
             decisions: Decisions) -> list[tuple[int, bool]]:
    """``row`` with the decisions applied: (similarity, confirmed) per name; a rejected one 0."""
    if not decisions:  # the common case, kept as cheap as the row itself
        return [(score, False) for score in row]
    result = []
    for score, name in zip(row, names):
        decision = decisions.get((our_id, partner_id, name_key(name)))
        if decision is Decision.REJECTED:
            result.append((0, False))
        elif decision is Decision.CONFIRMED:
            result.append((CONFIRMED_SIMILARITY, True))
        else:
            result.append((score, False))
    return result


def _reciprocity(our_strong: Sequence[tuple[str, str]], our_keys: Sequence[str],
                 partner_id: str, their_gaps: Sequence[str], their_keys: Sequence[str],
                 threshold: int, decisions: Decisions) -> tuple[str, ...]:
    matrix = similarity_matrix(our_keys, their_keys)
    found = []
    for (our_id, our_name), row in zip(our_strong, matrix):
        decided = _decided(row, our_id, partner_id, their_gaps, decisions)
        if any(score >= threshold or confirmed for score, confirmed in decided):
            found.append(our_name)
    return tuple(found)


def _candidate(partner: Partner, links: Sequence[tuple[int, bool]],
               tags: Sequence[tuple[int, bool]], reciprocity: tuple[str, ...], scope: Scope | None,
               threshold: int) -> Candidate | None:
    evidence = [Evidence(link.name, link.status, score, confirmed=confirmed)
                for link, (score, confirmed) in zip(partner.map_links, links)
                if score >= threshold or confirmed]
    evidence.sort(key=lambda e: (e.their_status is not LinkStatus.STRONG, -e.similarity,
                                 e.their_link))
    competences = [Evidence(similarity=score, competence=tag, confirmed=confirmed)
                   for tag, (score, confirmed) in zip(partner.competences, tags)
                   if score >= threshold or confirmed]
    competences.sort(key=lambda e: (-e.similarity, e.competence))
    able = [e.similarity for e in evidence if e.their_status is LinkStatus.STRONG]
    able += [e.similarity for e in competences]
    if not able:
        return None
    return Candidate(partner.name, max(able), tuple(evidence + competences), reciprocity,
                     partner.id, scope)


def match_gaps(project: Project, partners: Sequence[Partner],
               threshold: int = CORRESPONDENCE_THRESHOLD, *,
               decisions: Iterable[Correspondence] = (),
               glossary: Glossary | None = None) -> list[GapMatch]:
    """For each weak or missing link of ``project`` (map order), its ranked candidate partners.

    ``decisions`` are the group's confirmed or rejected correspondences (usually
    ``project.correspondences.values()``), applied as the module says. ``glossary``: the one
    names are compared with (default the shipped one; the user's additions come from
    :func:`.glossary.with_additions`).
    """
    decided: Decisions = {(c.link_id, c.partner_id, name_key(c.their_link)): Decision(c.decision)
                          for c in decisions}
    decided_partners = {partner_id for _, partner_id, _ in decided}
    links = list(project.links.values())
    gaps = [link for link in links if link.status in GAP_STATUSES]
    our_strong = [(link.id, link.name) for link in links if link.status is LinkStatus.STRONG]
    gap_keys = [comparable(link.name, glossary) for link in gaps]
    strong_keys = [comparable(name, glossary) for _, name in our_strong]
    per_gap: list[list[Candidate]] = [[] for _ in gaps]
    for partner in partners:
        mine = decided if partner.id in decided_partners else {}
        names = [link.name for link in partner.map_links]
        their_keys = [comparable(name, glossary) for name in names]
        their_gaps = [(name, key) for name, key, link in zip(names, their_keys, partner.map_links)
                      if link.status in GAP_STATUSES]
        reciprocity = _reciprocity(our_strong, strong_keys, partner.id,
                                   [name for name, _ in their_gaps],
                                   [key for _, key in their_gaps], threshold, mine)
        tag_rows = similarity_matrix(gap_keys, [comparable(tag, glossary)
                                                     for tag in partner.competences])
        scope = scope_of(partner, project)
        for i, row in enumerate(similarity_matrix(gap_keys, their_keys)):
            candidate = _candidate(
                partner, _decided(row, gaps[i].id, partner.id, names, mine),
                _decided(tag_rows[i], gaps[i].id, partner.id, partner.competences, mine),
                reciprocity, scope, threshold)
            if candidate is not None:
                per_gap[i].append(candidate)
    return [GapMatch(link.name, link.status, tuple(sorted(
                found, key=lambda c: (-c.score, -len(c.reciprocity), c.partner))), link.id)
            for link, found in zip(gaps, per_gap)]
