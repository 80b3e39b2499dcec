"""The user's glossary additions (kept in the partner directory) make correspondences matching
did not see with the shipped glossary alone, in ``match_gaps`` and the recomposed chain."""

from __future__ import annotations

from valuechain_gui.analysis.matching import match_gaps, partner_from_map, similarity
from valuechain_gui.analysis.matching.glossary import with_additions
from valuechain_gui.analysis.recompose import recompose
from valuechain_gui.model import LinkStatus

from .matching_projects import project_of

OURS = {"Maroquinerie": "missing", "Tannerie": "strong"}
THEIRS = {"Leather goods": "strong", "Dyeing": "missing"}
USER_PAIRS = [("maroquinerie", "leather goods")]


def _candidates(glossary=None) -> list[tuple[str, int]]:
    partner = partner_from_map("Leather Valley", project_of(THEIRS))
    gap = match_gaps(project_of(OURS), [partner], glossary=glossary)[0]
    assert gap.link == "Maroquinerie"
    return [(c.partner, c.score) for c in gap.candidates]


def test_a_user_pair_makes_a_correspondence_the_shipped_glossary_misses():
    assert similarity("Maroquinerie", "Leather goods") == 26  # no shared token, no concept
    assert _candidates() == []
    glossary = with_additions(USER_PAIRS)
    assert similarity("Maroquinerie", "Leather goods", glossary) == 100
    assert _candidates(glossary) == [("Leather Valley", 100)]


def test_the_recomposed_chain_fills_the_gap_with_the_users_glossary():
    ours = project_of(OURS)
    partner = partner_from_map("Leather Valley", project_of(THEIRS))
    alone = recompose(ours, [partner])
    assert [row.filled for row in alone.rows] == [False, False]
    row = recompose(ours, [partner], glossary=with_additions(USER_PAIRS)).rows[0]
    assert row.name == "Maroquinerie" and row.filled
    cell = row.cells[0]
    assert cell is not None and cell.their_link == "Leather goods"
    assert cell.status is LinkStatus.STRONG and cell.similarity == 100

