"""The partner directory: :func:`open_directory` and the :class:`Directory` it returns.

Reads and writes go through one SQLite connection; every write is one short ``BEGIN IMMEDIATE``
transaction (:func:`~.connection.write_transaction`), so two windows or two processes on the same
file wait for each other briefly rather than corrupt it. Every failure is a
:class:`~.errors.DirectoryError` naming the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ..model.enums import PartnerKind
from ..model.partners import Ecosystem, Partner
from .connection import DEFAULT_TIMEOUT, connect, write_transaction
from .errors import DirectoryError, from_sqlite
from .paths import default_directory_path
from .rows import COLUMNS, READ_COLUMNS, Validation, from_row, name_key, to_row

_SELECT = f"SELECT {', '.join('p.' + c for c in READ_COLUMNS)} FROM partners p"
_UPSERT = (f"INSERT INTO partners ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))}) "
           "ON CONFLICT (id) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "id"))


def _like(text: str) -> str:
    """``text`` with LIKE's wildcards (``%``, ``_``) and the escape character escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Directory:
    """An open partner directory. Use :func:`open_directory` to get one; :meth:`close` it (or use
    it as a context manager).

    Attributes:
        path: the file.
        journal: the journal mode in use (``"wal"`` or ``"delete"``).
        created: True when this opening created the file's schema (a new directory).
    """

    def __init__(self, connection: sqlite3.Connection, path: Path, journal: str,
                 created: bool) -> None:
        self._connection = connection
        self.path = path
        self.journal = journal
        self.created = created

    # ------------------------------------------------------------------------------- plumbing
    def __enter__(self) -> Directory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None  # type: ignore[assignment]

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with write_transaction(self._connection, self.path) as connection:
            yield connection

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._connection.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path) from None

    # -------------------------------------------------------------------------------- partners
    def partners(self, search: str = "", country: str | None = None,
                 sector: Ecosystem | str | None = None, kind: PartnerKind | str | None = None,
                 validated: bool | None = None) -> list[Partner]:
        """The partners matching every filter given, by name (case- and accent-insensitive).

        ``search`` is looked for in the name, region, competences and notes; ``validated`` True
        keeps partners with at least one validation, False those with none.
        """
        where: list[str] = []
        params: list[Any] = []
        text = search.strip()
        if text:
            folded = f"%{_like(text.casefold())}%"
            columns = ["lower(p.region)", "lower(p.competences)", "lower(p.notes)",
                       "lower(p.name)"]
            params += [folded] * len(columns)
            key = name_key(text)
            if key:  # the name, accents and punctuation ignored
                columns.append("p.name_key")
                params.append(f"%{_like(key)}%")
            where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        if country:
            where.append("p.country = ?")
            params.append(country)
        if sector:
            where.append("EXISTS (SELECT 1 FROM json_each(p.sectors) WHERE value = ?)")
            params.append(str(sector))
        if kind:
            where.append("p.kind = ?")
            params.append(str(kind))
        if validated is not None:
            where.append(("" if validated else "NOT ")
                         + "EXISTS (SELECT 1 FROM validations v WHERE v.partner_id = p.id)")
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.name_key"
        return [from_row(row) for row in self._read(sql, params)]

    def count(self) -> int:
        """How many partners the directory holds."""
        return int(self._read("SELECT count(*) FROM partners")[0][0])

    def get(self, partner_id: str) -> Partner | None:
        """The partner with this id, or None."""
        rows = self._read(_SELECT + " WHERE p.id = ?", (partner_id,))
        return from_row(rows[0]) if rows else None

    def find(self, name: str, country: str) -> Partner | None:
        """The partner with this name (compared accent- and case-insensitively) and country."""
        rows = self._read(_SELECT + " WHERE p.name_key = ? AND p.country = ?",
                          (name_key(name), country))
        return from_row(rows[0]) if rows else None

    def upsert(self, partner: Partner) -> None:
        """Add ``partner``, or replace the one with its id.

        Raises:
            DirectoryError: ``duplicate`` when another partner has its name and country.
        """
        self.upsert_many([partner])

    def upsert_many(self, partners: Iterable[Partner]) -> int:
        """:meth:`upsert` every partner in one transaction (all or none); how many."""
        now = _now()
        rows = [to_row(partner, now) for partner in partners]
        if any(not row[1].strip() for row in rows):
            raise ValueError("a partner needs a name")
        with self._write() as connection:
            connection.executemany(_UPSERT, rows)
        return len(rows)

    def delete(self, partner_id: str) -> bool:
        """Remove the partner and its validations; False if there was none with this id."""
        with self._write() as connection:
            return connection.execute("DELETE FROM partners WHERE id = ?",
                                      (partner_id,)).rowcount > 0

    # ----------------------------------------------------------------------------- validations
    def record_validation(self, partner_id: str, on: date, by: str = "", project: str = "",
                          action: str = "") -> None:
        """Record that ``partner_id`` was validated for ``action`` of ``project`` on ``on``.

        Raises:
            KeyError: no partner of the directory has this id.
        """
        with self._write() as connection:
            if connection.execute("SELECT 1 FROM partners WHERE id = ?",
                                  (partner_id,)).fetchone() is None:
                raise KeyError(partner_id)
            connection.execute(
                "INSERT INTO validations (partner_id, validated_on, validated_by, project, "
                "action, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (partner_id, on.isoformat(), by, project, action, _now()))

    def latest_validation(self, partner_id: str) -> Validation | None:
        """The partner's most recent validation (latest date, then latest recorded), or None."""
        rows = self._read("SELECT partner_id, validated_on, validated_by, project, action FROM "
                          "validations WHERE partner_id = ? ORDER BY validated_on DESC, id DESC "
                          "LIMIT 1", (partner_id,))
        return _validation(rows[0]) if rows else None

    def latest_validations(self) -> dict[str, Validation]:
        """Every partner's latest validation, by partner id (one query, for the window)."""
        rows = self._read("SELECT partner_id, validated_on, validated_by, project, action FROM "
                          "validations ORDER BY partner_id, validated_on, id")
        return {row[0]: _validation(row) for row in rows}  # the last one per partner wins

    # -------------------------------------------------------------------------------- glossary
    def glossary_additions(self) -> list[tuple[str, str]]:
        """The user's French↔English term pairs, in the order they were added."""
        return [(fr, en) for fr, en in self._read(
            "SELECT fr, en FROM glossary_terms ORDER BY added_at, rowid")]

    def add_glossary_term(self, fr: str, en: str) -> None:
        """Add a French↔English pair (both trimmed, neither blank; a pair already there is kept)."""
        fr, en = " ".join(fr.split()), " ".join(en.split())
        if not fr or not en:
            raise ValueError("a glossary term needs both its French and its English words")
        with self._write() as connection:
            connection.execute("INSERT OR IGNORE INTO glossary_terms (fr, en, added_at) "
                               "VALUES (?, ?, ?)", (fr, en, _now()))

    def integrity(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result (``"ok"`` when the file is sound)."""
        return str(self._read("PRAGMA integrity_check")[0][0])


def _validation(row: tuple[Any, ...]) -> Validation:
    return Validation(row[0], date.fromisoformat(row[1]), row[2], row[3], row[4])


def open_directory(path: Path | None = None, *, create: bool = True,
                   timeout: float = DEFAULT_TIMEOUT, journal: str | None = None,
                   seed: bool = True) -> Directory:
    """Open the partner directory at ``path`` (None: :func:`~.paths.default_directory_path`).

    Args:
        create: make the file (and its folder) when it does not exist; else ``missing``.
        timeout: seconds a write waits for another writer before ``locked``.
        journal: ``"wal"`` or ``"delete"`` to force the journal (see :mod:`.journal`).
        seed: fill a directory created now from the starter list shipped with the application
            (:mod:`.starter`), when there is one.

    Raises:
        DirectoryError: ``missing``, ``unreadable``, ``corrupt``, ``newer``, ``locked``.
    """
    where = Path(path) if path is not None else default_directory_path()
    connection, created, mode = connect(where, create=create, timeout=timeout, journal=journal)
    directory = Directory(connection, where, mode, created)
    if created and seed:
        from .starter import seed_directory

        try:
            seed_directory(directory)
        except DirectoryError:
            directory.close()
            raise
    return directory
