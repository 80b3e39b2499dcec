"""A :class:`~valuechain_gui.model.partners.Partner` to a ``partners`` row and back, and the
:class:`Validation` record of the ``validations`` table.

Lists (sectors, competences, map links) and ``extra`` are JSON text. A value the application does
not know (a kind or sector written by a newer version, say) reads back as the nearest safe value:
an unknown kind is ``other``, an unknown sector or search channel is left out of the record but
kept in ``extra["directory_unknown"]`` so nothing is lost on the next save.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model.enums import LinkStatus, PartnerKind, SearchChannel
from ..model.partners import Ecosystem, Partner, PartnerMapLink

COLUMNS = ("id", "name", "name_key", "kind", "country", "region", "sectors", "competences",
           "website", "contact_name", "contact_email", "found_via", "notes", "map_links",
           "map_source", "extra", "updated_at")
#: The columns read to build a partner (all but the key and the time stamp).
READ_COLUMNS = ("id", "name", "kind", "country", "region", "sectors", "competences", "website",
                "contact_name", "contact_email", "found_via", "notes", "map_links", "map_source",
                "extra")


@dataclass(frozen=True)
class Validation:
    """A partner validated by member companies (or the region's international office) for one
    action of one project: when, by whom."""

    partner_id: str
    on: date
    by: str = ""
    project: str = ""
    action: str = ""


def name_key(name: str) -> str:
    """``name`` accent-folded, case-folded, letters and digits only: how duplicates are found."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed
                   if ch.isalnum() and not unicodedata.combining(ch)).casefold()


def to_row(partner: Partner, now: str) -> tuple[Any, ...]:
    """The ``partners`` row of ``partner`` (in :data:`COLUMNS` order), stamped ``now``."""
    links = [{"name": link.name, "stage": link.stage, "status": link.status.value}
             for link in partner.map_links]
    return (partner.id, partner.name, name_key(partner.name), partner.kind.value,
            partner.country, partner.region,
            json.dumps([s.value for s in partner.sectors], ensure_ascii=False),
            json.dumps(list(partner.competences), ensure_ascii=False),
            partner.website, partner.contact_name, partner.contact_email,
            partner.found_via.value if partner.found_via else None, partner.notes,
            json.dumps(links, ensure_ascii=False), partner.map_source,
            json.dumps(partner.extra, ensure_ascii=False), now)


def _json(text: str | None, default: Any) -> Any:
    try:
        value = json.loads(text) if text else default
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def from_row(row: tuple[Any, ...]) -> Partner:
    """The :class:`Partner` of a row read in :data:`READ_COLUMNS` order."""
    (pid, name, kind, country, region, sectors, competences, website, contact_name,
     contact_email, found_via, notes, map_links, map_source, extra) = row
    extra_value: dict[str, Any] = _json(extra, {})
    unknown: list[str] = []
    known_sectors: list[Ecosystem] = []
    for value in _json(sectors, []):
        try:
            known_sectors.append(Ecosystem(value))
        except ValueError:
            unknown.append(str(value))
    try:
        kind_value = PartnerKind(kind)
    except ValueError:
        kind_value = PartnerKind.OTHER
    try:
        channel = SearchChannel(found_via) if found_via else None
    except ValueError:
        channel = None
    links: list[PartnerMapLink] = []
    for item in _json(map_links, []):
        if not isinstance(item, dict) or not str(item.get("name", "")).strip():
            continue
        try:
            status = LinkStatus(item.get("status", "unassessed"))
        except ValueError:
            status = LinkStatus.UNASSESSED
        links.append(PartnerMapLink(str(item["name"]), str(item.get("stage", "")), status))
    if unknown:
        extra_value["directory_unknown_sectors"] = unknown
    return Partner(
        name=name, kind=kind_value, country=country or "", region=region or "",
        sectors=known_sectors, competences=[str(c) for c in _json(competences, [])],
        website=website or "", contact_name=contact_name or "",
        contact_email=contact_email or "", found_via=channel, notes=notes or "",
        map_links=links, map_source=map_source or "", id=pid, extra=extra_value)
