"""Link correspondence across value-chain maps and languages, and the partners that fill our gaps.

``normalise`` folds a link name to comparable tokens, ``glossary`` maps the field's French and
English terms to shared concept tokens, ``similarity`` scores two names 0-100, ``matcher``
ranks, for each of our weak or missing links, the partners whose strong links or competences
correspond to it, and ``scope`` says where a partner is relative to our territory.
How a score is computed is written down in ``docs/matching.md``.
"""

from .matcher import Candidate, Evidence, GapMatch, match_gaps, partner_from_map
from .scope import scope_of
from .similarity import CORRESPONDENCE_THRESHOLD, comparable, similarity

__all__ = ["CORRESPONDENCE_THRESHOLD", "Candidate", "Evidence", "GapMatch", "comparable",
           "match_gaps", "partner_from_map", "scope_of", "similarity"]
