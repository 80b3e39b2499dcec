"""What matching reads from the directory (``valuechain-gui match``, Find partners): its
partners and the user's glossary additions; read only, never created.

Without ``--db`` the user's directory is used when it exists: a missing one is no directory
(nothing said), one that cannot be read is said in a warning and left out, so ``match`` still
works. With an explicit ``--db PATH``, a missing file is said in a warning (and not created);
one that cannot be read stops the command (exit 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..model.partners import Partner
from .cited import matchable
from .errors import DirectoryError
from .store import open_directory


@dataclass(frozen=True)
class ForMatch:
    """The directory's partners with a map or competences, the user's French↔English glossary
    pairs (in the order they were added), and warnings (one line each)."""

    partners: list[Partner] = field(default_factory=list)
    glossary_pairs: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_for_match(db: Path | None) -> ForMatch:
    """What matching uses of the directory ``db`` (None: the user's), as the module says.

    Raises:
        DirectoryError: ``db`` was given and cannot be read (locked, corrupt, newer...).
    """
    try:
        directory = open_directory(db, create=False, seed=False)
    except DirectoryError as error:
        if error.code == "missing":
            return ForMatch(warnings=[f"{error}: matching without a directory"]
                            if db is not None else [])
        if db is not None:
            raise
        return ForMatch(warnings=[f"{error} (matching without the directory)"])
    with directory:
        return ForMatch(matchable(directory.partners()), directory.glossary_additions())


def partners_for_match(db: Path | None) -> tuple[list[Partner], list[str]]:
    """``(partners with a map or competences, warnings)`` of the directory ``db`` (None: the
    user's); see :func:`read_for_match`."""
    found = read_for_match(db)
    return found.partners, found.warnings
