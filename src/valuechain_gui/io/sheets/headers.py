"""Reading what people type in a value-chain spreadsheet: headers, statuses, yes/no flags, lists.

Everything is compared through :func:`normalise`: accents removed, case folded, and only letters
and digits kept, so ``" Maillon"``, ``"Statut\\t"``, ``"STATUT"``, ``"Marché final :"`` and
``"Marche\\u00a0final"`` match the headers they mean. The header words written by the Excel export
(:data:`HEADERS`) are the ones read here, so export → import round-trips.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ...model import LinkStatus

#: How many rows from the top are searched for the header row (title rows may sit above it).
HEADER_SEARCH_ROWS = 20


def normalise(text: str) -> str:
    """``text`` without accents, case-folded, keeping letters and digits only (str).

    Example: ``normalise(" Chaîne de valeur :")`` → ``"chainedevaleur"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))
    return kept.casefold()


def collapse(text: str) -> str:
    """``text`` trimmed, each run of white space (NBSP, tab, line break...) made one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Column:
    """A column the importer reads: its key, its English and French headers, accepted aliases.

    ``aliases_fr``/``aliases_en`` are normalised forms (see :func:`normalise`); they tell the
    project's language when the ``language`` argument is not given.
    """

    key: str
    en: str
    fr: str
    aliases_en: tuple[str, ...]
    aliases_fr: tuple[str, ...]
    aliases_any: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("link", "Link", "Maillon", ("link", "links", "linkname"),
           ("maillon", "maillons", "nomdumaillon", "nommaillon")),
    Column("stage", "Stage", "Étape", ("stage", "stages"), ("etape", "etapes")),
    Column("status", "Status", "Statut", ("status",), ("statut", "etat")),
    Column("strategic", "Strategic", "Stratégique", ("strategic",), ("strategique",)),
    Column("end_market", "End market", "Marché final", ("endmarket",), ("marchefinal",)),
    Column("upstream", "Upstream", "Amont", ("upstream", "upstreamlinks", "upstreamlink"),
           ("amont", "amonts", "maillonsamont", "maillonamont", "maillonsenamont", "enamont")),
    Column("downstream", "Downstream", "Aval", ("downstream", "downstreamlinks", "downstreamlink"),
           ("aval", "avals", "maillonsaval", "maillonaval", "maillonsenaval", "enaval")),
    Column("actors", "Actors", "Acteurs", ("actors", "actor"), ("acteurs", "acteur")),
    Column("notes", "Notes", "Commentaires", ("comments", "comment"),
           ("commentaires", "commentaire", "remarques"), ("notes", "note")),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}

#: Header words per language, as the Excel export should write them: ``HEADERS["fr"]["link"]``.
HEADERS: dict[str, dict[str, str]] = {
    "en": {column.key: column.en for column in COLUMNS},
    "fr": {column.key: column.fr for column in COLUMNS},
}

_ALIAS: dict[str, tuple[str, str | None]] = {}
for _column in COLUMNS:
    for _alias in _column.aliases_en:
        _ALIAS[_alias] = (_column.key, "en")
    for _alias in _column.aliases_fr:
        _ALIAS[_alias] = (_column.key, "fr")
    for _alias in _column.aliases_any:
        _ALIAS[_alias] = (_column.key, None)

#: Normalised titles of the sheet to read (Links/Maillons, Value chain/Chaîne de valeur).
SHEET_TITLES = frozenset({"links", "link", "maillons", "maillon", "valuechain", "chainedevaleur"})


_HINT = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def match_header(text: str) -> tuple[str, str | None] | None:
    """``(column key, language or None)`` of a header cell's text; None if not one of ours.

    A hint in brackets is ignored (``"Statut (fort/faible/manquant)"``,
    ``"Amont [séparés par ;]"``) and a bilingual header whose ``/``-separated parts all name the
    same column is that column (``"Maillon / Link"``, language None).
    """
    found = _ALIAS.get(normalise(text))
    if found is not None or ("(" not in text and "[" not in text and "/" not in text):
        return found
    bare = _HINT.sub(" ", text)
    found = _ALIAS.get(normalise(bare))
    if found is not None:
        return found
    parts = [normalise(part) for part in re.split(r"[/|]", bare)]
    parts = [part for part in parts if part]
    keys = {_ALIAS[part][0] for part in parts if part in _ALIAS}
    if len(parts) > 1 and len(keys) == 1 and all(part in _ALIAS for part in parts):
        return (keys.pop(), None)
    return None


@dataclass
class HeaderRow:
    """The header row found in a sheet.

    Attributes:
        index: position of the header row in the list of rows given to :func:`find_header`.
        number: the header's row number as the spreadsheet shows it.
        columns: column key → 0-based column index (first occurrence).
        labels: 0-based column index → header as written (trimmed) or its column letter.
        duplicates: column indexes of a second header for an already-found column (ignored).
        ignored: column indexes not imported (unknown header).
        language: "fr" or "en" when the headers tell (more French than English words, or the
            other way round), else None.
    """

    index: int
    number: int
    columns: dict[str, int] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    duplicates: list[int] = field(default_factory=list)
    ignored: list[int] = field(default_factory=list)
    language: str | None = None


def read_header(cells: list[str], index: int, number: int) -> HeaderRow:
    """The :class:`HeaderRow` of ``cells`` (a row's texts) at list ``index``, row ``number``."""
    header = HeaderRow(index=index, number=number)
    votes = {"fr": 0, "en": 0}
    for col, text in enumerate(cells):
        label = collapse(text)
        if label:
            header.labels[col] = label
        found = match_header(text) if label else None
        if found is None:
            if label:
                header.ignored.append(col)
            continue
        key, language = found
        if key in header.columns:
            header.duplicates.append(col)
            continue
        header.columns[key] = col
        if language:
            votes[language] += 1
    if votes["fr"] != votes["en"]:
        header.language = "fr" if votes["fr"] > votes["en"] else "en"
    return header


def find_header(rows: list[tuple[int, list[str]]]) -> HeaderRow | None:
    """The header row: among the first :data:`HEADER_SEARCH_ROWS` non-empty rows, the one with a
    Link/Maillon cell naming the most of our columns (the first one on a tie), so that a title
    row reading just "Maillons" above the real headers is not taken for them.

    ``rows`` holds ``(row number, cell texts)``. Returns None when no row has a Link header.
    """
    best: tuple[int, int] | None = None  # (known columns, index)
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = header_keys(cells)
        if "link" in keys and (best is None or len(keys) > best[0]):
            best = (len(keys), index)
    if best is None:
        return None
    number, cells = rows[best[1]]
    return read_header(cells, best[1], number)


def header_keys(cells: list[str]) -> set[str]:
    """The keys of our columns a row's cells name."""
    return {found[0] for text in cells if text.strip() and (found := match_header(text))}


def known_header_count(cells: list[str]) -> int:
    """How many distinct columns of ours a row's cells name, when one is Link (else 0); used to
    detect a CSV separator."""
    keys = header_keys(cells)
    return len(keys) if "link" in keys else 0


_STATUS_WORDS: dict[str, LinkStatus] = {}
for _status, _words in {
    LinkStatus.STRONG: ("strong", "fort", "forte", "forts", "fortes"),
    LinkStatus.WEAK: ("weak", "faible", "faibles"),
    LinkStatus.MISSING: ("missing", "manquant", "manquante", "manquants", "manquantes",
                         "absent", "absente"),
    LinkStatus.UNASSESSED: ("unassessed", "notassessed", "toassess", "toevaluate", "aevaluer",
                            "evaluer", "nonevalue", "nonevaluee"),
}.items():
    for _word in _words:
        _STATUS_WORDS[_word] = _status


def parse_status(text: str) -> LinkStatus | None:
    """The :class:`LinkStatus` a cell means, or None when the text is not a status.

    Both languages, any case, trimmed, accents optional: fort/strong, faible/weak,
    manquant/missing, à évaluer/a evaluer/unassessed/to assess; a blank cell is unassessed.
    """
    if not text.strip():
        return LinkStatus.UNASSESSED
    return _STATUS_WORDS.get(normalise(text))


_TRUE = frozenset({"yes", "y", "oui", "x", "1", "true", "vrai"})
_FALSE = frozenset({"no", "n", "non", "0", "false", "faux"})
_TICKS = frozenset({"✓", "✔", "☑", "✗"})


def parse_flag(text: str) -> bool | None:
    """True/False for yes/no, oui/non, x, 1/0, true/false, vrai/faux (any case); None otherwise.

    A tick (✓ ✔ ☑) is yes. The caller treats a blank cell as "use the default".
    """
    stripped = text.strip()
    if stripped in _TICKS:
        return stripped != "✗"
    key = normalise(stripped)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


def split_names(text: str, separators: str = ";\n\r") -> list[str]:
    """Names listed in a cell, separated by ``;`` or line breaks, collapsed, blanks dropped."""
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return [name for name in (collapse(part) for part in text.split(separators[0])) if name]
