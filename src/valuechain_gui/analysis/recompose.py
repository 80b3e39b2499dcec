"""The recomposed chain: our links beside the partners' statuses for them, and what an alliance
would complete. No Qt.

For each of our links (rows, in map order) and each partner (columns), the partner's **cell** is
the link of its own map (:attr:`Partner.map_links <valuechain_gui.model.partners.Partner>`) that
corresponds to ours, with its status there:

* a link of their map *corresponds* to ours when the matcher's similarity
  (:func:`~valuechain_gui.analysis.matching.similarity.similarity_matrix` on comparable names) is
  at least the threshold (:data:`~valuechain_gui.analysis.matching.CORRESPONDENCE_THRESHOLD`);
* the group's decisions are honoured: a **confirmed** correspondence counts (similarity 100) even
  when the names are far apart, a **rejected** one never counts;
* among several corresponding links the cell shows the one with the best status (strong, then
  weak, then missing, then unassessed), the most similar first among equal statuses, then by
  name: the cell says what the partner can bring for that link;
* no corresponding link: no cell (``None``).

Over the **selected** partners (the alliance being considered; all of them by default):

* a row is *strong somewhere* when our link is strong or a selected partner's cell is strong:
  the chain is strong in at least one cluster of the alliance there;
* a row is *filled* when our link is weak or missing and a selected partner's cell is strong;
* **completeness with the alliance** is the gap analysis (:mod:`valuechain_gui.analysis.gaps`)
  of a copy of our chain where every filled link counts as strong, beside our completeness alone.
  Unassessed links stay as they are (the gap analysis counts them as present).

Example: our line ``Sensors (missing) → Integration (strong) → Farms (strong, end market)`` has
completeness 0 (Farms is reachable neither without a missing link nor without a gap); a partner
whose map has "Sensors" strong fills the first link, and the chain with it has completeness 1.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from ..model.enums import LinkStatus
from ..model.partners import Correspondence, Decision, Partner, PartnerMapLink
from ..model.project import Project, name_key
from .gaps import GAP_STATUSES, analyse
from .matching.glossary import Glossary
from .matching.similarity import CORRESPONDENCE_THRESHOLD, comparable, similarity_matrix

#: Order in which a partner's corresponding links are preferred for its cell (best first).
STATUS_RANK = {LinkStatus.STRONG: 0, LinkStatus.WEAK: 1, LinkStatus.MISSING: 2,
               LinkStatus.UNASSESSED: 3}

DecisionKey = tuple[str, str, str]


@dataclass(frozen=True)
class PartnerCell:
    """A partner's link corresponding to one of ours.

    Attributes:
        partner_id: the partner's id.
        their_link: the name of the link in the partner's map.
        status: its status there.
        similarity: 0-100 (100 for a confirmed correspondence).
        decision: the group's decision on this correspondence (None: only proposed).
    """

    partner_id: str
    their_link: str
    status: LinkStatus
    similarity: int
    decision: Decision | None = None


@dataclass(frozen=True)
class RecomposedRow:
    """One of our links with each partner's cell (``None``: no corresponding link)."""

    link_id: str
    name: str
    stage_id: str
    status: LinkStatus
    cells: tuple[PartnerCell | None, ...]
    strong_in: tuple[str, ...]  # ids of the selected partners strong for this link
    strong_somewhere: bool  # strong here or in a selected partner
    filled: bool  # weak or missing here and strong in a selected partner


@dataclass(frozen=True)
class RecomposedChain:
    """Our chain recomposed with partners (see the module docstring for the definitions).

    Attributes:
        partner_ids: the columns, in the order given.
        selected: ids of the selected partners (the alliance considered).
        rows: one per link of ours, in map order.
        completeness_alone: our completeness (0..1).
        completeness_with: the completeness with the selected partners' strong links filling our
            weak and missing links (0..1).
        strong_alone: how many of our links are strong.
        strong_with: how many are strong here or in a selected partner.
    """

    partner_ids: tuple[str, ...]
    selected: frozenset[str]
    rows: tuple[RecomposedRow, ...]
    completeness_alone: float
    completeness_with: float
    strong_alone: int
    strong_with: int

    @property
    def filled_ids(self) -> tuple[str, ...]:
        """Ids of our weak or missing links a selected partner is strong for."""
        return tuple(row.link_id for row in self.rows if row.filled)


def decisions_by_key(decisions: Iterable[Correspondence]) -> dict[DecisionKey, Decision]:
    """The decisions keyed ``(link id, partner id, name_key(their link))``."""
    return {(c.link_id, c.partner_id, name_key(c.their_link)): c.decision for c in decisions}


def _best(candidates: list[PartnerCell]) -> PartnerCell | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: (STATUS_RANK[c.status], -c.similarity,
                                          name_key(c.their_link)))


def partner_cells(project: Project, partner: Partner, *,
                  threshold: int = CORRESPONDENCE_THRESHOLD,
                  decisions: dict[DecisionKey, Decision] | None = None,
                  glossary: Glossary | None = None) -> list[PartnerCell | None]:
    """The partner's cell for each of our links (map order), ``None`` where nothing corresponds."""
    decisions = decisions or {}
    ours = list(project.links.values())
    theirs: list[PartnerMapLink] = list(partner.map_links)
    matrix = similarity_matrix([comparable(link.name, glossary) for link in ours],
                               [comparable(link.name, glossary) for link in theirs])
    cells: list[PartnerCell | None] = []
    for link, row in zip(ours, matrix):
        found = []
        for their, score in zip(theirs, row):
            decision = decisions.get((link.id, partner.id, name_key(their.name)))
            if decision is Decision.REJECTED:
                continue
            if decision is Decision.CONFIRMED:
                score = 100
            elif score < threshold:
                continue
            found.append(PartnerCell(partner.id, their.name, their.status, score, decision))
        cells.append(_best(found))
    return cells


def recompose(project: Project, partners: Sequence[Partner],
              selected: Collection[str] | None = None, *,
              threshold: int = CORRESPONDENCE_THRESHOLD,
              decisions: Iterable[Correspondence] = (),
              glossary: Glossary | None = None) -> RecomposedChain:
    """Our chain with the partners' statuses, and its completeness with the ``selected`` partners
    (ids; all of ``partners`` when None) filling our gaps; names compared with ``glossary``
    (default the shipped one)."""
    chosen = frozenset(p.id for p in partners) if selected is None else frozenset(selected)
    by_key = decisions_by_key(decisions)
    columns = [partner_cells(project, p, threshold=threshold, decisions=by_key,
                             glossary=glossary)
               for p in partners]
    rows = []
    for i, link in enumerate(project.links.values()):
        cells = tuple(column[i] for column in columns)
        strong_in = tuple(cell.partner_id for cell in cells if cell is not None
                          and cell.partner_id in chosen and cell.status is LinkStatus.STRONG)
        rows.append(RecomposedRow(
            link.id, link.name, link.stage_id, link.status, cells, strong_in,
            link.status is LinkStatus.STRONG or bool(strong_in),
            link.status in GAP_STATUSES and bool(strong_in)))
    alone = analyse(project).completeness
    filled = [row.link_id for row in rows if row.filled]
    if filled:
        copy = project.clone()
        copy.set_status(filled, LinkStatus.STRONG)
        with_partners = analyse(copy).completeness
    else:
        with_partners = alone
    return RecomposedChain(
        tuple(p.id for p in partners), chosen, tuple(rows), alone, with_partners,
        sum(row.status is LinkStatus.STRONG for row in rows),
        sum(row.strong_somewhere for row in rows))


__all__ = ["STATUS_RANK", "PartnerCell", "RecomposedChain", "RecomposedRow", "decisions_by_key",
           "partner_cells", "recompose"]
