"""Link correspondence across value-chain maps and languages, and the partners that fill our gaps.

``normalise`` folds a link name to comparable tokens, ``glossary`` maps the field's French and
English terms to shared concept tokens, ``similarity`` scores two names 0-100, and ``matcher``
ranks, for each of our weak or missing links, the partners whose strong links correspond to it.
How a score is computed is written down in ``docs/matching.md``.
"""

from .matcher import Candidate, Evidence, GapMatch, PartnerMap, match_gaps
from .similarity import CORRESPONDENCE_THRESHOLD, comparable, similarity

__all__ = ["CORRESPONDENCE_THRESHOLD", "Candidate", "Evidence", "GapMatch", "PartnerMap",
           "comparable", "match_gaps", "similarity"]
