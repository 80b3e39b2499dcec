"""Check a room's store (pycrdt-store's SQLite file) before the relay serves the room.

pycrdt-store moves a file it cannot read aside and starts an empty one; for a map that would
mean serving a wrong (empty) map. So the relay reads the file itself first, read-only: SQLite's
own check, the tables and version pycrdt-store writes, and every stored update applied to a
fresh document. Any failure is a :class:`CorruptStoreError` naming the file, and the room is
refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pycrdt import Doc
from pycrdt.store import SQLiteYStore

from ..errors import ValueChainError


class CorruptStoreError(ValueChainError):
    """A room's store cannot be read back whole."""


def load_store(path: Path, room: str) -> Doc:
    """The document stored for ``room`` in ``path`` (an empty one if the file does not exist).

    Raises:
        CorruptStoreError: the file is not a readable store of this room (message names it).
    """
    doc = Doc()
    if not path.exists():
        return doc
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            _read_into(connection, room, doc)
        finally:
            connection.close()
    except (sqlite3.Error, ValueError, RuntimeError, CorruptStoreError) as exc:
        raise CorruptStoreError("corrupt_store", "{path}: the store of room {room} is "
                                "corrupted ({reason}); the room is not served",
                                path=str(path), room=room, reason=str(exc)) from None
    return doc


def _read_into(connection: sqlite3.Connection, room: str, doc: Doc) -> None:
    if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise ValueError("SQLite's check failed")
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version != SQLiteYStore.version:
        raise ValueError(f"store version {version}, expected {SQLiteYStore.version}")
    row = connection.execute("SELECT checkpoint, timestamp FROM ycheckpoints WHERE path = ?",
                             (room,)).fetchone()
    since = 0.0
    if row:
        doc.apply_update(row[0])
        since = row[1]
    for (update,) in connection.execute("SELECT yupdate FROM yupdates WHERE path = ? AND "
                                        "timestamp >= ? ORDER BY timestamp ASC", (room, since)):
        doc.apply_update(update)
