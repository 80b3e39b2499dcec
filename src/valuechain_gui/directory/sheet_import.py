"""Reading a partner list (xlsx/csv) made by hand, with the link import's tolerance.

The file is read by :func:`~valuechain_gui.io.sheets.reading.read_sheet` (encodings, separators,
damaged workbooks, limits); the header row is the first of the top rows with a Name/Nom column
(:mod:`.sheet_columns`). Every problem is a :class:`~valuechain_gui.io.sheets.problems.Problem`
printed ``FILE:ROW:COLUMN: message``; nothing is dropped without one: a row without a name, a
country, kind, sector or channel not recognised (kept as written, or as a competence), a column
not imported, a duplicate (same name and country: merged into the first row, and said).
Countries: ISO codes or names in French or English (:mod:`.countries`); sectors: the 14
ecosystems' names (:mod:`.sectors`); lists separated by ``;`` or line breaks; the map column
reads ``Link (status); Link (status)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..io.sheets.headers import HeaderRow, collapse, normalise, parse_status, split_names
from ..io.sheets.problems import ERROR, WARNING, ImportFailed, Problem
from ..io.sheets.reading import read_sheet
from ..model.enums import LinkStatus, PartnerKind, SearchChannel
from ..model.partners import Partner, PartnerMapLink
from .countries import parse_country
from .merge import merge_partner
from .rows import name_key
from .sectors import parse_sector
from .sheet_columns import CHANNEL_WORDS, COLUMN_BY_KEY, KIND_WORDS, find_header

_MAP_ITEM = re.compile(r"^(.*?)\s*[(\[]([^()\[\]]*)[)\]]\s*$")


@dataclass
class ImportedPartner:
    """A partner read from a row: the record, its row, whether the row gave a kind, and the
    validation the row gives (date, by whom), if any."""

    partner: Partner
    row: int
    kind_given: bool = True
    validated_on: date | None = None
    validated_by: str = ""


@dataclass
class PartnerSheet:
    """What a partner list holds: the partners (duplicates merged), the problems, how it was
    read (encoding, separator), and how many rows were merged into an earlier one."""

    file: str
    partners: list[ImportedPartner] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    note: str = ""
    merged: int = 0


class _Row:
    """The cells of one row by column key, and the problems found in it."""

    def __init__(self, file: str, number: int, cells: list[str], header: HeaderRow) -> None:
        self.file, self.number, self.header = file, number, header
        self.cells = cells
        self.problems: list[Problem] = []

    def get(self, key: str) -> str:
        col = self.header.columns.get(key)
        return collapse(self.cells[col]) if col is not None and col < len(self.cells) else ""

    def raw(self, key: str) -> str:
        col = self.header.columns.get(key)
        return self.cells[col] if col is not None and col < len(self.cells) else ""

    def warn(self, key: str, message: str, code: str, **params: object) -> None:
        label = self.header.labels.get(self.header.columns.get(key, -1), COLUMN_BY_KEY[key].en)
        self.problems.append(Problem(WARNING, self.file, self.number, label, message, code,
                                     dict(params)))


def _kind(row: _Row) -> tuple[PartnerKind, bool]:
    text = row.get("kind")
    if not text:
        return PartnerKind.CLUSTER, False
    value = KIND_WORDS.get(normalise(text))
    if value is None:
        row.warn("kind", f"unknown kind '{text}' (expected cluster, company, lab, agency, "
                 "network or other, in French or English): 'other' was used.", "unknown_kind",
                 text=text)
        return PartnerKind.OTHER, True
    return PartnerKind(value), True


def _country(row: _Row) -> str:
    text = row.get("country")
    code = parse_country(text)
    if code is None:
        row.warn("country", f"unknown country '{text}' (expected an ISO code such as DE, or "
                 "the country's name in French or English): kept as written.",
                 "unknown_country", text=text)
        return text
    return code


def _sectors_and_competences(row: _Row) -> tuple[list, list[str]]:
    sectors = []
    competences = split_names(row.raw("competences"))
    for text in split_names(row.raw("sectors")):
        sector = parse_sector(text)
        if sector is None:
            row.warn("sectors", f"'{text}' is not one of the EU's 14 industrial ecosystems: "
                     "kept as a competence.", "unknown_sector", text=text)
            competences.append(text)
        elif sector not in sectors:
            sectors.append(sector)
    return sectors, list(dict.fromkeys(competences))


def _channel(row: _Row) -> SearchChannel | None:
    text = row.get("found_via")
    if not text:
        return None
    value = CHANNEL_WORDS.get(normalise(text))
    if value is None:
        row.warn("found_via", f"unknown way of finding a partner '{text}': 'other' was used "
                 "and the text kept in the notes.", "unknown_channel", text=text)
        return SearchChannel.OTHER
    return SearchChannel(value)


def _map_links(row: _Row) -> list[PartnerMapLink]:
    links: list[PartnerMapLink] = []
    for item in split_names(row.raw("map")):
        match = _MAP_ITEM.match(item)
        status = parse_status(match.group(2)) if match else None
        if match and status is not None:
            links.append(PartnerMapLink(match.group(1).strip(), "", status))
        else:
            links.append(PartnerMapLink(item, "", LinkStatus.UNASSESSED))
    return [link for link in links if link.name]


def _validation(row: _Row) -> date | None:
    text = row.get("validated_on")
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        row.warn("validated_on", f"'{text}' is not a date (expected YYYY-MM-DD): the validation "
                 "was not recorded.", "bad_date", text=text)
        return None


def _partner(row: _Row) -> ImportedPartner | None:
    name = row.get("name")
    if not name:
        row.problems.append(Problem(WARNING, row.file, row.number, None, "this row has no name "
                                    "(Name/Nom column): it was not imported.", "no_name"))
        return None
    kind, kind_given = _kind(row)
    sectors, competences = _sectors_and_competences(row)
    channel = _channel(row)
    notes = row.raw("notes").strip()
    if channel is SearchChannel.OTHER and row.get("found_via"):
        notes = "\n".join(filter(None, [notes, row.get("found_via")]))
    email = row.get("contact_email")
    if email and "@" not in email:
        row.warn("contact_email", f"'{email}' does not look like an e-mail address: kept as "
                 "written.", "bad_email", text=email)
    partner = Partner(name=name, kind=kind, country=_country(row), region=row.get("region"),
                      sectors=sectors, competences=competences, website=row.get("website"),
                      contact_name=row.get("contact_name"), contact_email=email,
                      found_via=channel, notes=notes, map_links=_map_links(row))
    return ImportedPartner(partner, row.number, kind_given, _validation(row),
                           row.get("validated_by"))


def read_partner_sheet(path: Path) -> PartnerSheet:
    """The partners of the list at ``path`` (see the module docstring).

    Raises:
        ImportFailed: the file cannot be read, has no Name/Nom header, or no partner row.
    """
    file = str(path)
    sheet = read_sheet(path, file)
    header = find_header(sheet.rows)
    if header is None:
        raise ImportFailed(file, [Problem(
            ERROR, file, None, None, "no header row with a Name (Nom) column in the first rows: "
            "add one (Name, Country, Kind, Sectors, Competences, Website...).", "no_name_column")])
    result = PartnerSheet(file, problems=list(sheet.problems), note=sheet.note)
    for col in header.ignored:
        result.problems.append(Problem(WARNING, file, header.number, header.labels[col],
                                       "this column is not a partner field: not imported.",
                                       "ignored_partner_column"))
    for col in header.duplicates:
        result.problems.append(Problem(WARNING, file, header.number, header.labels[col],
                                       "a second column for the same field: not imported.",
                                       "duplicate_column"))
    for (number, col), removed in sorted(sheet.cleaned.items()):
        if number > header.number and col in header.columns.values():
            result.problems.append(Problem(
                WARNING, file, number, header.labels.get(col), "this cell held characters no "
                f"file may hold ({', '.join(removed)}): they were removed.",
                "cleaned_cell", {"characters": ", ".join(removed)}))
    first_row: dict[tuple[str, str], int] = {}
    for number, cells in sheet.rows[header.index + 1:]:
        row = _Row(file, number, cells, header)
        imported = _partner(row)
        result.problems.extend(row.problems)
        if imported is None:
            continue
        key = (name_key(imported.partner.name), imported.partner.country)
        if key in first_row:
            index = first_row[key]
            kept = result.partners[index]
            kept.partner = merge_partner(kept.partner, imported.partner)
            kept.validated_on = kept.validated_on or imported.validated_on
            result.merged += 1
            result.problems.append(Problem(
                WARNING, file, number, None, f"'{imported.partner.name}' "
                f"({imported.partner.country or 'no country'}) is already on row {kept.row}: "
                "the two rows were merged.", "duplicate_partner",
                {"row": kept.row, "name": imported.partner.name,
                 "country": imported.partner.country}))
            continue
        first_row[key] = len(result.partners)
        result.partners.append(imported)
    if not result.partners:
        result.problems.append(Problem(ERROR, file, None, None, "no partner row under the "
                                       "header (a row needs at least a name).", "no_partner"))
        raise ImportFailed(file, result.problems)
    return result
