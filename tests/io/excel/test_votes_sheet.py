"""The Votes sheet: one row per link with votes, counts as numbers, dissent, comments; names
only when asked, never in the version to share."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from valuechain_gui.io.excel.export import build_workbook_bytes, export_action_plan
from valuechain_gui.model import Ballot, Link, LinkStatus, LinkVotes, Project, Vote

DAY = date(2026, 3, 12)


def _project() -> Project:
    project = Project.new("fr", target_market="Véhicules autonomes")
    project.add_link(Link("Capteurs LiDAR", project.stages[1].id, status=LinkStatus.WEAK,
                          id="c"))
    project.add_link(Link("Intégration", project.stages[3].id, id="i"))
    project.add_link(Link("Maintenance", project.stages[4].id, id="m"))
    project.update_meta(votes={
        "c": LinkVotes("c", DAY, (Ballot("p1", Vote.STRONG, "=1+1 déjà fort", "Ana"),
                                  Ballot("p2", Vote.WEAK, "", "Bob"),
                                  Ballot("p3", Vote.WEAK, "deux PME", ""),
                                  Ballot("p4", Vote.UNKNOWN))),
        "i": LinkVotes("i", DAY, (Ballot("p1", Vote.MISSING),)),
    })
    return project


def _rows(workbook, title: str) -> list[tuple]:
    return [tuple(cell.value for cell in row) for row in workbook[title].iter_rows()
            if any(cell.value is not None for cell in row)]


def test_one_row_per_link_with_votes_counts_as_numbers_and_no_names_by_default(tmp_path: Path):
    path = tmp_path / "plan.xlsx"
    export_action_plan(_project(), path)
    rows = _rows(load_workbook(path), "Votes")
    assert rows[0] == ("Maillon", "Fort", "Faible", "Manquant", "Ne sait pas", "Désaccord",
                       "Date du vote", "Commentaires de la salle")
    assert rows[1] == ("Capteurs LiDAR", 1, 2, 0, 1, 1 / 3, datetime(2026, 3, 12),
                       "=1+1 déjà fort\ndeux PME")
    assert rows[2][:6] == ("Intégration", 0, 0, 1, 0, None)  # unassessed: no dissent
    assert len(rows) == 3  # Maintenance has no vote
    sheet = load_workbook(path)["Votes"]
    assert sheet["G2"].data_type != "f" and sheet["H2"].data_type == "s"  # text, not a formula


def test_names_only_when_asked_and_never_in_the_version_to_share():
    content, _ = build_workbook_bytes(_project(), language="en", include_names=True)
    rows = _rows(load_workbook(io.BytesIO(content)), "Votes")
    assert rows[0][1:5] == ("Strong", "Weak", "Missing", "Don't know")
    assert rows[1][7] == "Ana: =1+1 déjà fort\ndeux PME"
    shared, _ = build_workbook_bytes(_project(), language="en", include_names=True,
                                     share_version=True)
    assert "Ana" not in str(_rows(load_workbook(io.BytesIO(shared)), "Votes"))


def test_no_votes_sheet_without_votes():
    project = Project.new("en")
    content, counters = build_workbook_bytes(project)
    assert "Votes" not in load_workbook(io.BytesIO(content)).sheetnames and "Votes" not in counters.sheets
