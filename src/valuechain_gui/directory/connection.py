"""Opening a directory file: the SQLite connection, its settings, its schema brought up to date.

- ``busy_timeout`` (``timeout`` seconds, 5 by default): a writer waits that long for another
  one's transaction to end before the directory says it is locked;
- the journal :mod:`.journal` chooses (WAL locally, the rollback journal on a network share),
  ``synchronous=NORMAL`` in WAL (consistent after a crash, the last commit may be lost on a
  power cut), ``FULL`` with the rollback journal;
- ``foreign_keys`` on (a partner's validations go with it);
- autocommit mode: every write is an explicit, short ``BEGIN IMMEDIATE`` transaction
  (:func:`write_transaction`), never held across user interaction.

Every failure becomes a :class:`~.errors.DirectoryError` naming the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from .errors import DirectoryError, from_sqlite
from .journal import WAL, journal_mode
from .schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    application_id,
    has_tables,
    migrate_step,
    user_version,
)

DEFAULT_TIMEOUT = 5.0


def connect(path: Path, *, create: bool, timeout: float = DEFAULT_TIMEOUT,
            journal: str | None = None) -> tuple[sqlite3.Connection, bool, str]:
    """``(connection, created, journal mode)`` for the directory at ``path``.

    ``created`` is True when the file was empty (a new directory, now at the latest schema).

    Raises:
        DirectoryError: ``missing`` (no file and not ``create``), ``unreadable``, ``corrupt``,
            ``newer``, ``locked``.
    """
    if path.is_dir():
        raise DirectoryError("unreadable", "this is a folder, not a partner directory file", path)
    if not path.exists():
        if not create:
            raise DirectoryError("missing", "no partner directory here", path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise from_sqlite(exc, path) from None
    uri = "file:" + quote(str(path.absolute())) + ("?mode=rwc" if create else "?mode=rw")
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    except (sqlite3.Error, OSError) as exc:
        raise from_sqlite(exc, path) from None
    try:
        mode = _configure(connection, path, timeout, journal)
        created = _bring_up_to_date(connection, path)
        connection.execute("SELECT count(*) FROM partners").fetchone()
    except DirectoryError:
        connection.close()
        raise
    except (sqlite3.Error, OSError) as exc:
        connection.close()
        raise from_sqlite(exc, path) from None
    return connection, created, mode


def _configure(connection: sqlite3.Connection, path: Path, timeout: float,
               journal: str | None) -> str:
    connection.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    connection.execute("PRAGMA foreign_keys = ON")
    wanted = journal_mode(path, journal)
    current = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if current != wanted:
        current = str(connection.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0]).lower()
    connection.execute(f"PRAGMA synchronous = {'NORMAL' if current == WAL else 'FULL'}")
    return current


def _bring_up_to_date(connection: sqlite3.Connection, path: Path) -> bool:
    """Check the file is ours and run the missing migration steps; True if it was empty."""
    version = user_version(connection)
    if version > SCHEMA_VERSION:
        raise DirectoryError("newer", f"this partner directory was written by a newer version "
                             f"of valuechain-gui (schema {version}, this one reads up to "
                             f"{SCHEMA_VERSION}): update the application", path)
    app_id = application_id(connection)
    if (version == 0 and has_tables(connection)) or app_id not in (0, APPLICATION_ID):
        raise DirectoryError("unreadable", "this SQLite file is not a valuechain-gui partner "
                             "directory", path)
    created = version == 0
    while version < SCHEMA_VERSION:
        with write_transaction(connection, path):
            version = user_version(connection)  # another process may have migrated meanwhile
            if version < SCHEMA_VERSION:
                migrate_step(connection, version)
                version += 1
    return created


@contextmanager
def write_transaction(connection: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """A short ``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on any error), SQLite errors made
    :class:`DirectoryError`."""
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise from_sqlite(exc, path) from None
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException as exc:
        if connection.in_transaction:
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        if isinstance(exc, sqlite3.IntegrityError) and "UNIQUE" in str(exc):
            raise DirectoryError("duplicate", "another partner already has this name in this "
                                 "country", path) from None
        if isinstance(exc, sqlite3.Error):
            raise from_sqlite(exc, path) from None
        raise
