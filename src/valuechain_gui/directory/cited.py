"""The directory and the partners a project cites: which are not in the directory yet, adding
them, and the partners matching can rank.

A cited partner is *in the directory* when a directory partner has its id, or its name and
country (compared accent- and case-insensitively): a partner added by a colleague under its own
id is not offered twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.partners import Partner
from .store import Directory


def not_in_directory(directory: Directory, partners: Iterable[Partner]) -> list[Partner]:
    """The partners of ``partners`` the directory does not hold (by id, or name and country)."""
    return [partner for partner in partners
            if directory.get(partner.id) is None
            and directory.find(partner.name, partner.country) is None]


def add_to_directory(directory: Directory, partners: Iterable[Partner]) -> int:
    """Add the partners the directory does not hold yet (one transaction); how many."""
    missing = not_in_directory(directory, partners)
    if missing:
        directory.upsert_many(missing)
    return len(missing)


def matchable(partners: Iterable[Partner]) -> list[Partner]:
    """The partners matching can rank: those with a map attached or competence tags."""
    return [partner for partner in partners if partner.map_links or partner.competences]
