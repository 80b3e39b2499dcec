"""The workbook export and the room's votes: the "participants' names" answer reaches the Votes
sheet (names before their comments only when the facilitator says so; never asked, and never
written, when no vote carries a name)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from valuechain_gui.model.votes import Ballot, LinkVotes, Vote
from valuechain_gui.ui.export import actions as export_actions


@pytest.mark.parametrize("answer", ["Include names", "Leave names out"])
def test_the_names_answer_reaches_the_votes_sheet(window, tmp_path, monkeypatch, answer):
    project = window.document.project
    link = project.link_by_name("Intégration système")
    assert window.document.edit.record_votes({link.id: LinkVotes(link.id, date(2026, 12, 4), (
        Ballot("p1", Vote.WEAK, "Pas de banc d'essai ici"),
        Ballot("p2", Vote.STRONG, "Deux intégrateurs", "Anne")))})
    target = tmp_path / "plan.xlsx"
    asked: list[str] = []

    def run_box(box):
        asked.append(box.text())
        return next((b for b in box.buttons() if b.text() == answer), None)
    monkeypatch.setattr(export_actions, "make_settings",
                        lambda: QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(export_actions, "ask_share_version", lambda parent: False)
    monkeypatch.setattr(export_actions, "run_box", run_box)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), args[-1])))

    assert export_actions.export_action_plan(window) == target
    assert any("names" in text for text in asked)
    rows = list(load_workbook(target)["Votes"].iter_rows(values_only=True))
    row = next(r for r in rows if r[0] == link.name)
    assert row[1:5] == (1, 1, 0, 0)  # strong, weak, missing, don't know
    comments = row[-1]
    assert "Deux intégrateurs" in comments and "Pas de banc d'essai ici" in comments
    assert ("Anne" in comments) == (answer == "Include names")
