"""Putting a partner list read from a sheet into the directory, in one write transaction.

A partner already in the directory (same name and country) is updated: the sheet's non-blank
values replace the directory's, lists are united, notes kept (:func:`~.merge.merge_partner`).
Validations given in the sheet are recorded (once: an identical one already there is not added
again).
"""

from __future__ import annotations

from dataclasses import dataclass

from .merge import merge_partner
from .sheet_import import PartnerSheet
from .store import Directory


@dataclass(frozen=True)
class LoadCounts:
    """How many partners an import added to the directory and how many it updated."""

    added: int
    updated: int


def load_into_directory(directory: Directory, sheet: PartnerSheet) -> LoadCounts:
    """Add or update the sheet's partners in ``directory``; the counts."""
    records = []
    added = updated = 0
    for item in sheet.partners:
        existing = directory.find(item.partner.name, item.partner.country)
        if existing is None:
            records.append(item.partner)
            added += 1
        else:
            records.append(merge_partner(existing, item.partner, prefer_other=True,
                                         other_kind_given=item.kind_given))
            updated += 1
            item.partner = records[-1]
    directory.upsert_many(records)
    for item in sheet.partners:
        if item.validated_on is None:
            continue
        latest = directory.latest_validation(item.partner.id)
        if latest is None or (latest.on, latest.by) != (item.validated_on, item.validated_by):
            directory.record_validation(item.partner.id, item.validated_on, item.validated_by)
    return LoadCounts(added, updated)
