"""Fold a link name to comparable tokens: accents and case folded, stop words dropped, plurals
made singular, so that wording and grammar do not count, only the words that carry meaning.
"""

from __future__ import annotations

import re
import unicodedata

#: French and English words that carry no meaning in a link name (after folding).
STOP_WORDS = frozenset("""
    a au aux avec ce ces chez d de des du en et l la le les leur leurs ou par pour sa se ses son
    sur un une dans entre sous vers y
    an and as at by for from in into its of on or our the their to with within
""".split())

_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """``text`` without accents, case-folded (« Châssis » → "chassis", "Œuvre" → "oeuvre")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def singular(word: str) -> str:
    """A French or English word made singular, the same way for both numbers.

    "eaux" → "eau", "aux" → "al", "ies"/"ie" → "y" (so "batteries", "batterie" and "battery"
    meet), a final "s" or "x" dropped (not "ss"); words of three letters or fewer are kept.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ie"):
        return word[:-2] + "y"
    if word.endswith(("s", "x")) and not word.endswith("ss"):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """The meaningful words of ``text``, folded, singular, in order, stop words left out."""
    words = _WORD.findall(fold(text))
    return [singular(word) for word in words if word not in STOP_WORDS]
