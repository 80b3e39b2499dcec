"""The bilingual glossary: French and English terms of the field mapped to shared concept tokens.

The terms live in the package data file ``resources/glossary_fr_en.tsv`` (one concept a line:
concept, French terms, English terms, variants separated by ``|``). Each term is normalised like a
link name (:func:`~.normalise.tokens`), so a term matches whatever its accents, case or number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .normalise import tokens

#: Prefix of a concept token, so it never meets an ordinary word by accident.
CONCEPT_PREFIX = "~"
_FILE = "glossary_fr_en.tsv"


@dataclass(frozen=True)
class Glossary:
    """Phrases (tuples of normalised tokens) to concept tokens; the longest phrase wins."""

    phrases: dict[tuple[str, ...], str]
    longest: int

    def apply(self, words: Sequence[str]) -> list[str]:
        """``words`` with every glossary phrase replaced by its concept token (longest first)."""
        out: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(self.longest, len(words) - i), 0, -1):
                concept = self.phrases.get(tuple(words[i:i + size]))
                if concept is not None:
                    out.append(concept)
                    i += size
                    break
            else:
                out.append(words[i])
                i += 1
        return out


def parse_glossary(lines: Iterable[str]) -> Glossary:
    """A glossary from TSV lines (``#`` comments and the ``concept`` header line skipped).

    Raises:
        ValueError: a line without three tab-separated columns, or a term that two concepts claim.
    """
    phrases: dict[tuple[str, ...], str] = {}
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#") or line.startswith("concept\t"):
            continue
        columns = line.split("\t")
        if len(columns) != 3:
            raise ValueError(f"{_FILE}:{number}: expected concept, French, English (tab-separated)")
        concept = CONCEPT_PREFIX + columns[0].strip()
        for term in (*columns[1].split("|"), *columns[2].split("|")):
            key = tuple(tokens(term))
            if not key:
                continue
            if phrases.get(key, concept) != concept:
                raise ValueError(f"{_FILE}:{number}: {term!r} is already {phrases[key]!r}")
            phrases[key] = concept
    return Glossary(phrases, max((len(key) for key in phrases), default=1))


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The glossary shipped with the application (read once)."""
    text = resources.files("valuechain_gui").joinpath("resources", _FILE).read_text("utf-8")
    return parse_glossary(text.splitlines())


def with_additions(pairs: Iterable[tuple[str, str]], base: Glossary | None = None) -> Glossary:
    """``base`` (the shipped glossary by default) extended with the user's French↔English pairs
    (kept in the partner directory).

    A pair whose one term the glossary already knows joins that term's concept; otherwise it
    becomes a concept of its own. A term that already means another concept keeps its meaning
    (the pair is skipped rather than refused, so one odd addition never stops matching).
    """
    glossary = base if base is not None else default_glossary()
    phrases = dict(glossary.phrases)
    for fr, en in pairs:
        keys = [key for key in (tuple(tokens(fr)), tuple(tokens(en))) if key]
        if len(keys) < 2:
            continue
        known = {phrases[key] for key in keys if key in phrases}
        if len(known) > 1:
            continue
        concept = known.pop() if known else CONCEPT_PREFIX + "user:" + "_".join(keys[0])
        for key in keys:
            phrases.setdefault(key, concept)
    return Glossary(phrases, max((len(key) for key in phrases), default=1))
