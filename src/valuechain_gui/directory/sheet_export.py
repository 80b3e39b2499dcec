"""Writing a partner list as .xlsx or .csv, in the columns :mod:`.sheet_import` reads back.

One row per partner, in the directory's order: name, kind, country (ISO code), region, sectors
and competences (``;``-separated), website, contact and e-mail, how it was found, notes, the
partner's map (``Link (status); ...``) and its latest validation. A *share* export leaves out
the contact person, the e-mail and the notes (personal data and internal remarks). The file is
written whole or not at all (a temporary file replaces it). CSV is UTF-8 with a byte-order mark
and ``;`` separators, as French Excel opens it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..model.partners import Partner
from ..words import word
from .rows import Validation
from .sectors import sector_name
from .sheet_columns import COLUMNS, HEADERS

SUFFIXES = (".xlsx", ".csv")
PRIVATE = ("contact_name", "contact_email", "notes")


def _status_word(language: str, status: str) -> str:
    return word(language, f"link_status.{status}") if status else ""


def _cells(partner: Partner, validation: Validation | None, language: str) -> dict[str, str]:
    return {
        "name": partner.name,
        "kind": word(language, f"partner_kind.{partner.kind.value}"),
        "country": partner.country,
        "region": partner.region,
        "sectors": "; ".join(sector_name(s, language) for s in partner.sectors),
        "competences": "; ".join(partner.competences),
        "website": partner.website,
        "contact_name": partner.contact_name,
        "contact_email": partner.contact_email,
        "found_via": (word(language, f"channel.{partner.found_via.value}")
                      if partner.found_via else ""),
        "notes": partner.notes,
        "map": "; ".join(f"{link.name} ({_status_word(language, link.status.value)})"
                         for link in partner.map_links),
        "validated_on": validation.on.isoformat() if validation else "",
        "validated_by": validation.by if validation else "",
    }


def partner_table(partners: Sequence[Partner], validations: Mapping[str, Validation], *,
                  language: str = "en", share: bool = False) -> tuple[list[str], list[list[str]]]:
    """``(headers, rows)`` of the list (see the module docstring)."""
    keys = [c.key for c in COLUMNS if not (share and c.key in PRIVATE)]
    headers = [HEADERS[language][key] for key in keys]
    rows = []
    for partner in partners:
        cells = _cells(partner, validations.get(partner.id), language)
        rows.append([cells[key] for key in keys])
    return headers, rows


def _xlsx_bytes(headers: list[str], rows: list[list[str]], language: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ..io.excel.safety import SafetyCounters, write_value

    book = Workbook()
    sheet = book.active
    sheet.title = word(language, "xl.sheet.partners")
    counters = SafetyCounters()
    for col, text in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=col)
        write_value(cell, text, counters)
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for col, text in enumerate(row, start=1):
            if text:
                write_value(sheet.cell(row=number, column=col), text, counters)
    sheet.freeze_panes = "B2"
    for col, text in enumerate(headers, start=1):
        width = max([len(text)] + [len(r[col - 1]) for r in rows[:200]])
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = min(
            max(width + 2, 10), 60)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _csv_bytes(headers: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def export_partners(partners: Sequence[Partner], validations: Mapping[str, Validation],
                    path: Path, *, language: str = "en", share: bool = False) -> int:
    """Write the list to ``path`` (.xlsx or .csv by its extension); how many partners.

    Raises:
        ValueError: another extension.
        OSError / SaveError: the file cannot be written (the old one, if any, is left whole).
    """
    from ..io.project.atomic import atomic_write_bytes

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"a partner list is written as .xlsx or .csv, not {path.name!r}")
    headers, rows = partner_table(partners, validations, language=language, share=share)
    data = _xlsx_bytes(headers, rows, language) if suffix == ".xlsx" else _csv_bytes(headers,
                                                                                      rows)
    atomic_write_bytes(path, data)
    return len(rows)
