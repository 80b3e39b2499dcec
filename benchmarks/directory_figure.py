"""The directory figure: opening the partner directory window on 10,000 partners.

Value: wall time from creating the window to its first paint (the directory opened, its 10,000
partners read and put in the table, filters ready), best of 3, each on a fresh window. Reference:
reading the same rows with plain :mod:`sqlite3` (``SELECT *``), the floor of any directory view.
Target: at most 0.5 s. Size-free: the project file is not used.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from . import appdriver as drv

PARTNERS = 10_000


def make_directory(path: Path, count: int = PARTNERS) -> None:
    """A directory of ``count`` partners with sectors, competences, a map and validations."""
    from datetime import date

    from valuechain_gui.directory import open_directory
    from valuechain_gui.model.enums import LinkStatus, PartnerKind
    from valuechain_gui.model.partners import Ecosystem, Partner, PartnerMapLink

    kinds, sectors = list(PartnerKind), list(Ecosystem)
    countries = ["FR", "DE", "IT", "ES", "NL", "BE", "PL", "SE", "AT", "PT"]
    partners = [Partner(
        name=f"Cluster {i:05d}", kind=kinds[i % len(kinds)], country=countries[i % 10],
        region=f"Region {i % 97}", sectors=[sectors[i % 14], sectors[(i * 7) % 14]],
        competences=[f"competence {i % 300}", f"skill {i % 41}", "LiDAR"],
        website=f"https://cluster{i}.example", notes="x" * 80,
        map_links=[PartnerMapLink(f"Link {j}", "", LinkStatus.STRONG) for j in range(i % 5)])
        for i in range(count)]
    with open_directory(path, seed=False) as directory:
        directory.upsert_many(partners)
        for partner in partners[::10]:
            directory.record_validation(partner.id, date(2025, 5, 2), "Board")


def figure_directory(_project: Path) -> dict:
    """Open the directory window on 10,000 partners vs plain sqlite3 reading the rows."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "partners.sqlite3"
        make_directory(db)
        values, references = [], []
        for _ in range(3):
            begin = time.perf_counter()
            window = drv.directory_window(db)
            values.append(time.perf_counter() - begin)
            shown = window.model.rowCount()
            window.close()
            window.deleteLater()
            begin = time.perf_counter()
            with sqlite3.connect(db) as connection:
                rows = connection.execute("SELECT * FROM partners").fetchall()
            references.append(time.perf_counter() - begin)
    return {"value": round(min(values) * 1000, 2), "reference": round(min(references) * 1000, 2),
            "partners": shown, "rows": len(rows)}
