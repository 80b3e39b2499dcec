"""The columns of a partner list (xlsx/csv), their English and French headers and the aliases
read back, and the words of the kind and "found via" columns in both languages.

Headers are compared like the link import's (:func:`~valuechain_gui.io.sheets.headers.normalise`:
accents, case, spaces and punctuation ignored; a hint in brackets ignored; ``"Nom / Name"``
read as one column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..io.sheets.headers import HEADER_SEARCH_ROWS, HeaderRow, collapse, normalise
from ..model.enums import PartnerKind, SearchChannel
from ..words import word


@dataclass(frozen=True)
class PartnerColumn:
    """A column of a partner list: key, English and French headers, normalised aliases."""

    key: str
    en: str
    fr: str
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[PartnerColumn, ...] = (
    PartnerColumn("name", "Name", "Nom", ("partner", "partenaire", "organisation", "organization",
                                          "cluster", "pole", "nomdupartenaire", "partnername",
                                          "raisonsociale")),
    PartnerColumn("kind", "Kind", "Type", ("category", "categorie", "nature", "partnerkind")),
    PartnerColumn("country", "Country", "Pays", ("countrycode", "codepays", "nation")),
    PartnerColumn("region", "Region", "Région", ("territory", "territoire", "nuts", "state")),
    PartnerColumn("sectors", "Sectors", "Secteurs", ("sector", "secteur", "ecosystems",
                                                     "ecosystem", "ecosystemes", "ecosysteme",
                                                     "industrialecosystems")),
    PartnerColumn("competences", "Competences", "Compétences",
                  ("competence", "competencies", "skills", "tags", "domains", "domaines",
                   "expertise", "thematiques", "themes")),
    PartnerColumn("website", "Website", "Site web", ("site", "siteinternet", "web", "url",
                                                     "siteweb")),
    PartnerColumn("contact_name", "Contact", "Contact", ("contactperson", "personnecontact",
                                                         "contactname", "nomducontact")),
    PartnerColumn("contact_email", "E-mail", "Courriel", ("email", "mail", "emailaddress",
                                                          "adressemail", "adresseemail",
                                                          "contactemail")),
    PartnerColumn("found_via", "Found via", "Repéré par", ("source", "foundvia", "channel",
                                                           "canal", "reperepar",
                                                           "howfound", "origine")),
    PartnerColumn("notes", "Notes", "Commentaires", ("note", "comments", "comment",
                                                     "commentaire", "remarques")),
    PartnerColumn("map", "Map", "Carte", ("links", "maillons", "chain", "chaine",
                                          "partnermap", "cartedupartenaire")),
    PartnerColumn("validated_on", "Latest validation", "Dernière validation",
                  ("validated", "validation", "validele", "validatedon")),
    PartnerColumn("validated_by", "Validated by", "Validé par", ("validepar",)),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}
HEADERS = {"en": {c.key: c.en for c in COLUMNS}, "fr": {c.key: c.fr for c in COLUMNS}}

_ALIAS: dict[str, str] = {}
for _column in COLUMNS:
    for _text in (_column.en, _column.fr, *_column.aliases):
        _ALIAS.setdefault(normalise(_text), _column.key)
_HINT = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def match_header(text: str) -> str | None:
    """The column key a header cell names, or None."""
    found = _ALIAS.get(normalise(text))
    if found is not None:
        return found
    bare = _HINT.sub(" ", text)
    found = _ALIAS.get(normalise(bare))
    if found is not None:
        return found
    keys = {_ALIAS.get(normalise(part)) for part in re.split(r"[/|]", bare) if normalise(part)}
    return keys.pop() if len(keys) == 1 and None not in keys else None


def find_header(rows: list[tuple[int, list[str]]]) -> HeaderRow | None:
    """The header row: among the first rows, the one with a Name column naming the most of
    ours; None when none has a Name column."""
    best: tuple[int, int] | None = None
    for index, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {match_header(c) for c in cells if c.strip()} - {None}
        if "name" in keys and (best is None or len(keys) > best[0]):
            best = (len(keys), index)
    if best is None:
        return None
    number, cells = rows[best[1]]
    header = HeaderRow(index=best[1], number=number)
    for col, text in enumerate(cells):
        label = collapse(text)
        if not label:
            continue
        header.labels[col] = label
        key = match_header(text)
        if key is None:
            header.ignored.append(col)
        elif key in header.columns:
            header.duplicates.append(col)
        else:
            header.columns[key] = col
    return header


def _word_table(prefix: str, values: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for value in values:
        table[normalise(value)] = value
        for language in ("en", "fr"):
            table[normalise(word(language, f"{prefix}.{value}"))] = value
    return table


KIND_WORDS = _word_table("partner_kind", [k.value for k in PartnerKind]) | {
    normalise(w): PartnerKind.CLUSTER.value for w in (
        "pôle", "pole", "pôle de compétitivité", "competitiveness cluster", "clusters", "pôles")
} | {normalise(w): PartnerKind.COMPANY.value for w in (
        "entreprise", "société", "PME", "SME", "startup", "start-up", "firm", "ETI", "industriel")
} | {normalise(w): PartnerKind.LAB.value for w in (
        "laboratory", "laboratoire", "labo", "research centre", "research center",
        "centre de recherche", "university", "université", "école", "school")
} | {normalise(w): PartnerKind.AGENCY.value for w in (
        "agence", "development agency", "agence de développement", "innovation agency")
} | {normalise(w): PartnerKind.NETWORK.value for w in (
        "réseau", "federation", "fédération", "association")}
CHANNEL_WORDS = _word_table("channel", [c.value for c in SearchChannel]) | {
    normalise(w): value for w, value in (
        ("trade fair", "trade_fairs"), ("salon", "trade_fairs"), ("congress", "trade_fairs"),
        ("congrès", "trade_fairs"), ("patent", "patents"), ("brevets", "patents"),
        ("publication", "publications"), ("market", "market_data"),
        ("données de marché", "market_data"), ("leader évident", "obvious_leader"),
        ("leader", "obvious_leader"), ("international office", "international_offices"),
        ("bureaux internationaux", "international_offices"),
        ("cluster network", "cluster_network"), ("réseau", "cluster_network"),
        ("autre", "other"))}
