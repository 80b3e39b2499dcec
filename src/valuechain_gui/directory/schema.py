"""The directory's schema, one migration step per version, kept in ``PRAGMA user_version``.

Version 1: ``partners`` (one row per partner; its lists as JSON columns) and ``validations``
(partner × project × action, dated, by whom). Version 2: ``glossary_terms`` (the user's own
French↔English terms, merged into the matcher's glossary).

Why JSON columns for sectors, competences and map links rather than child tables: a partner is
always read and written whole (the window shows every partner, an edit saves one record), so one
row per partner makes an edit a single-row write and opening 10,000 partners one query; filters
by sector use SQLite's built-in ``json_each``. Validations are a child table because they grow
over time, per project and action, and are queried for the latest one.

A migration step runs in its own ``BEGIN IMMEDIATE`` transaction and re-reads the version inside
it, so two processes opening an old file at once migrate it once. A file whose version is above
:data:`SCHEMA_VERSION` is refused (written by a newer application).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 2
#: ``PRAGMA application_id`` of our files ("VCPD"), so another program's database is refused.
APPLICATION_ID = 0x56435044

_V1 = """
CREATE TABLE partners (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '[]',
    competences TEXT NOT NULL DEFAULT '[]',
    website TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    found_via TEXT,
    notes TEXT NOT NULL DEFAULT '',
    map_links TEXT NOT NULL DEFAULT '[]',
    map_source TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX partners_name_country ON partners (name_key, country);
CREATE TABLE validations (
    id INTEGER PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    validated_on TEXT NOT NULL,
    validated_by TEXT NOT NULL DEFAULT '',
    project TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX validations_partner ON validations (partner_id, validated_on);
"""

_V2 = """
CREATE TABLE glossary_terms (
    fr TEXT NOT NULL,
    en TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (fr, en)
);
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def step(connection: sqlite3.Connection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                connection.execute(statement)
    return step


#: ``MIGRATIONS[n]`` takes a version-``n`` file to version ``n + 1`` (0 is an empty file).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _script(_V1), 1: _script(_V2)}


def user_version(connection: sqlite3.Connection) -> int:
    """The file's schema version (0 for a new, empty file)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def application_id(connection: sqlite3.Connection) -> int:
    """The file's ``PRAGMA application_id`` (0 when none was set)."""
    return int(connection.execute("PRAGMA application_id").fetchone()[0])


def has_tables(connection: sqlite3.Connection) -> bool:
    """True when the file holds any table (so a version 0 file is another program's)."""
    return connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None


def migrate_step(connection: sqlite3.Connection, version: int) -> None:
    """Run migration ``version`` → ``version + 1`` inside the caller's transaction."""
    MIGRATIONS[version](connection)
    if version == 0:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {version + 1}")
