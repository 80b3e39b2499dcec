"""The directory's partners for ``valuechain-gui match``: read only, never created.

Without ``--db`` the user's directory is used when it exists: a missing one is no directory
(nothing said), one that cannot be read is said in a warning and left out, so ``match`` still
works. With an explicit ``--db PATH``, a missing file is said in a warning (and not created);
one that cannot be read stops the command (exit 1).
"""

from __future__ import annotations

from pathlib import Path

from ..model.partners import Partner
from .cited import matchable
from .errors import DirectoryError
from .store import open_directory


def partners_for_match(db: Path | None) -> tuple[list[Partner], list[str]]:
    """``(partners with a map or competences, warnings)`` of the directory ``db`` (None: the
    user's).

    Raises:
        DirectoryError: ``db`` was given and cannot be read (locked, corrupt, newer...).
    """
    try:
        directory = open_directory(db, create=False, seed=False)
    except DirectoryError as error:
        if error.code == "missing":
            return [], ([f"{error}: matching without a directory"] if db is not None else [])
        if db is not None:
            raise
        return [], [f"{error} (matching without the directory)"]
    with directory:
        return matchable(directory.partners()), []
