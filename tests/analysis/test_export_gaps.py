"""The gap analysis in the workbook: on the Summary, the end markets used, the status weights and
the joint what-if; on the Value chain sheet, scores weighed by status."""

from __future__ import annotations

import openpyxl
import pytest

from valuechain_gui.io.excel.export import export_action_plan
from valuechain_gui.model import ProjectSettings

from .chains import M, S, W, chain


def series(flag_end_market: bool = False):
    project = chain([("A", 0, M, False), ("B", 1, W, False), ("C", 2, M, False),
                     ("D", 3, S, flag_end_market)], [("A", "B"), ("B", "C"), ("C", "D")])
    project.update_meta(target_market="Vehicles")
    return project


def summary_rows(path, sheet: str) -> list[tuple]:
    ws = openpyxl.load_workbook(path)[sheet]
    return [tuple(v for v in row[:2]) for row in ws.iter_rows(values_only=True)]


def test_summary_names_the_end_markets_the_weights_and_what_to_fix_together(tmp_path):
    path = tmp_path / "plan.xlsx"
    export_action_plan(series(), path, language="en")
    rows = summary_rows(path, "Summary")
    assert ("End markets", "D (no link is marked as an end market: the ends of the chain are "
            "taken, return flows set aside)") in rows
    assert ("Status weights of the criticality score", "missing 1, weak 0.6") in rows
    start = rows.index(("To reach each end market (joint what-if)", 1))
    assert rows[start + 1] == (None, "To reach D: fix A and C; strengthen B")


def test_french_summary_and_scores_weighed_by_the_projects_weights(tmp_path):
    project = series(flag_end_market=True)
    project.update_meta(settings=ProjectSettings(missing_weight=0.9, weak_weight=0.45))
    path = tmp_path / "plan.xlsx"
    export_action_plan(project, path, language="fr")
    rows = summary_rows(path, "Synthèse")
    assert ("Marchés finaux", "D") in rows
    assert ("Pondération des statuts dans le score de criticité",
            "manquant 0,9, faible 0,45") in rows
    start = rows.index(("Pour atteindre chaque marché final (simulation conjointe)", 1))
    assert rows[start + 1] == (None, "Pour atteindre D\u00a0: combler A et C\u00a0; renforcer B")
    ws = openpyxl.load_workbook(path)["Chaîne de valeur"]
    header = [c.value for c in ws[1]]
    scores = {row[0]: row[header.index("Score de criticité")]
              for row in ws.iter_rows(min_row=2, values_only=True)}
    # A: 0.9 × 65; B: 0.45 × 60; C: 0.9 × 55 (see test_gap_status_weights)
    assert (scores["A"], scores["B"], scores["C"]) == (
        pytest.approx(58.5), pytest.approx(27.0), pytest.approx(49.5))
    assert scores["D"] is None


def test_no_joint_section_when_every_end_market_is_reached(tmp_path):
    path = tmp_path / "plan.xlsx"
    # A → B (weak) → C and A → C: C is reached without a gap
    export_action_plan(chain([("A", 0, S, False), ("B", 1, W, False), ("C", 2, S, True)],
                             [("A", "B"), ("B", "C"), ("A", "C")]), path, language="en")
    labels = [row[0] for row in summary_rows(path, "Summary")]
    assert "To reach each end market (joint what-if)" not in labels
