"""The starter directory: the French pôles de compétitivité of phase V, seeded into a new directory.

The list ships as ``resources/starter_directory/poles_phase5.csv`` (UTF-8, comma-separated,
columns ``name,kind,country,region,domains,website,source_url,source_date``), each row
transcribed from the public page at ``source_url`` read on ``source_date``. Each row becomes a
partner: kind ``cluster`` (unless the row says another known kind), country ``FR`` (unless
given), the region, competences = the domains split on ``;``, the website, and the source in the
notes as ``Source: URL (date)``. A domain that is the very name of one of the EU's 14 industrial
ecosystems (``santé``, ``agroalimentaire``, ``numérique``...) also gives that sector. Seeding happens once, when a directory file is created; a
directory that already holds partners is left alone.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING

from ..model.enums import PartnerKind, SearchChannel
from ..model.partners import Partner
from .sectors import parse_sector

if TYPE_CHECKING:
    from .store import Directory

STARTER_PARTS = ("resources", "starter_directory", "poles_phase5.csv")
FIELDS = ("name", "kind", "country", "region", "domains", "website", "source_url",
          "source_date")


def read_starter(lines: Iterable[str]) -> list[Partner]:
    """The partners of the starter CSV's lines (rows without a name are skipped; a name seen
    twice is kept once, the first time)."""
    partners: list[Partner] = []
    seen: set[str] = set()
    for row in csv.DictReader(lines):
        cell = {key: " ".join((row.get(key) or "").split()) for key in FIELDS}
        if not cell["name"] or cell["name"].casefold() in seen:
            continue
        seen.add(cell["name"].casefold())
        try:
            kind = PartnerKind(cell["kind"].lower()) if cell["kind"] else PartnerKind.CLUSTER
        except ValueError:
            kind = PartnerKind.CLUSTER
        domains = [part.strip() for part in cell["domains"].split(";") if part.strip()]
        sectors = list(dict.fromkeys(sector for sector in map(parse_sector, domains) if sector))
        source = cell["source_url"]
        if source and cell["source_date"]:
            source += f" ({cell['source_date']})"
        partners.append(Partner(
            name=cell["name"], kind=kind, country=(cell["country"] or "FR").upper(),
            region=cell["region"], sectors=sectors, competences=domains,
            website=cell["website"], found_via=SearchChannel.CLUSTER_NETWORK,
            notes=f"Source: {source}" if source else ""))
    return partners


def starter_partners() -> list[Partner]:
    """The partners of the starter file shipped with the application ([] when there is none)."""
    resource = resources.files("valuechain_gui").joinpath(*STARTER_PARTS)
    try:
        text = resource.read_text(encoding="utf-8-sig")
    except (FileNotFoundError, OSError):
        return []
    return read_starter(text.splitlines())


def seed_directory(directory: Directory, partners: list[Partner] | None = None) -> int:
    """Add the starter partners (or ``partners``) to an empty ``directory``; how many."""
    chosen = starter_partners() if partners is None else partners
    if not chosen or directory.count():
        return 0
    return directory.upsert_many(chosen)
