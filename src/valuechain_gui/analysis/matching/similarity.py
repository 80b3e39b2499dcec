"""How close two link names are, 0-100, across wording and language (see ``docs/matching.md``).

A name is made *comparable*: normalised tokens (:mod:`.normalise`) with the glossary's phrases
replaced by concept tokens, sorted and de-duplicated. The similarity of two comparable names is
the mean of rapidfuzz's ``token_set_ratio`` (high when one name's words are within the other's)
and ``token_sort_ratio`` (high only when both say the same), rounded; the second breaks the tie
between "sensors" and "LiDAR sensors" when both are within "LiDAR, radar and camera sensors".
"""

from __future__ import annotations

from collections.abc import Sequence

from .glossary import Glossary, default_glossary
from .normalise import tokens

#: Two links correspond when their similarity is at least this (0-100).
CORRESPONDENCE_THRESHOLD = 60


def comparable(name: str, glossary: Glossary | None = None) -> str:
    """``name`` as the matcher compares it: sorted unique tokens, glossary concepts included."""
    words = (glossary or default_glossary()).apply(tokens(name))
    return " ".join(sorted(set(words)))


def similarity(left: str, right: str, glossary: Glossary | None = None) -> int:
    """The similarity 0-100 of two link names (100: the same meaning in other words)."""
    return similarity_matrix([comparable(left, glossary)], [comparable(right, glossary)])[0][0]


def similarity_matrix(ours: Sequence[str], theirs: Sequence[str]) -> list[list[int]]:
    """Similarities of every comparable name of ``ours`` with every one of ``theirs``."""
    if not ours or not theirs:
        return [[0] * len(theirs) for _ in ours]
    # imported here: numpy and rapidfuzz (~0.15 s) are not needed before a first comparison,
    # and the window imports this module while it starts
    import numpy as np
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    set_ratio = cdist(ours, theirs, scorer=fuzz.token_set_ratio, processor=None,
                    dtype=np.float64)
    sort_ratio = cdist(ours, theirs, scorer=fuzz.token_sort_ratio, processor=None,
                    dtype=np.float64)
    mean = np.rint((set_ratio + sort_ratio) / 2)  # half to even, as round() does
    mean[[not name for name in ours], :] = 0
    mean[:, [not name for name in theirs]] = 0
    return mean.astype(np.int64).tolist()
