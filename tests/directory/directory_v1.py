"""A frozen version-1 partner directory, built here from the version-1 schema as it shipped (a
copy, never imported from the application, so changing the schema cannot change the fixture)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

V1_SQL = """
CREATE TABLE partners (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '[]', competences TEXT NOT NULL DEFAULT '[]',
    website TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '', found_via TEXT, notes TEXT NOT NULL DEFAULT '',
    map_links TEXT NOT NULL DEFAULT '[]', map_source TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}', updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX partners_name_country ON partners (name_key, country);
CREATE TABLE validations (
    id INTEGER PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    validated_on TEXT NOT NULL, validated_by TEXT NOT NULL DEFAULT '',
    project TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX validations_partner ON validations (partner_id, validated_on);
PRAGMA application_id = 1447252036;
PRAGMA user_version = 1;
"""

ROWS = [
    ("p-1", "Bavarian Sensors Cluster", "bavariansensorscluster", "cluster", "DE", "Bavaria",
     '["electronics"]', '["LiDAR", "radar"]', "https://example.org/bsc", "Anna Maier",
     "anna@example.org", "trade_fairs", "Met at Automatica",
     '[{"name": "LiDAR sensors", "stage": "Components", "status": "strong"}]', "bsc.vchain",
     "{}", "2025-03-01T10:00:00+00:00"),
    ("p-2", "Pôle Véhicule du Futur", "polevehiculedufutur", "cluster", "FR", "Grand Est",
     '["mobility_transport_automotive"]', '["chassis"]', "", "", "", None, "", "[]", "", "{}",
     "2025-03-02T10:00:00+00:00"),
]


def make_v1_directory(path: Path) -> Path:
    """Write a version-1 directory with two partners and one validation at ``path``."""
    connection = sqlite3.connect(path)
    connection.executescript(V1_SQL)
    connection.executemany(f"INSERT INTO partners VALUES ({', '.join('?' * 17)})", ROWS)
    connection.execute("INSERT INTO validations (partner_id, validated_on, validated_by, project, "
                       "action, recorded_at) VALUES ('p-1', '2025-04-02', 'Board', "
                       "'Autonomous vehicles', 'Find partners for LiDAR', '2025-04-02T09:00')")
    connection.commit()
    connection.close()
    return path
