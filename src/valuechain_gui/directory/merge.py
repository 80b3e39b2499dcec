"""Merging two records of the same partner (same name and country): nothing is lost.

Lists (sectors, competences, map links) are united in order; a blank text is filled from the
other record; where both have a text, ``prefer`` says which one is kept (the first row of a
sheet wins over a later duplicate; a sheet imported into the directory updates it); notes that
differ are both kept. The first record's id is kept.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from ..model.partners import Partner

T = TypeVar("T")
_TEXTS = ("region", "website", "contact_name", "contact_email", "map_source")


def _union(first: list[T], second: list[T]) -> list[T]:
    out = list(first)
    for item in second:
        if item not in out:
            out.append(item)
    return out


def merge_partner(base: Partner, other: Partner, *, prefer_other: bool = False,
                  other_kind_given: bool = True) -> Partner:
    """``base`` completed with ``other`` (see the module docstring); ``base`` is not changed.

    ``other_kind_given`` False means ``other``'s kind is only the default (its row left the
    kind blank), so it never replaces ``base``'s.
    """
    changes: dict[str, object] = {}
    for name in _TEXTS:
        mine, theirs = getattr(base, name), getattr(other, name)
        if theirs and (not mine or prefer_other):
            changes[name] = theirs
    if other.found_via is not None and (base.found_via is None or prefer_other):
        changes["found_via"] = other.found_via
    if prefer_other and other_kind_given:
        changes["kind"] = other.kind
    if other.notes and other.notes not in base.notes:
        changes["notes"] = f"{base.notes}\n{other.notes}" if base.notes else other.notes
    changes["sectors"] = _union(base.sectors, other.sectors)
    changes["competences"] = _union(base.competences, other.competences)
    names = {link.name.casefold() for link in base.map_links}
    changes["map_links"] = base.map_links + [link for link in other.map_links
                                             if link.name.casefold() not in names]
    return replace(base, **changes)  # type: ignore[arg-type]
