"""The sample project's expected top three gaps (docs/gap_analysis.md, "The sample project")."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuechain_gui.analysis.gaps import analyse
from valuechain_gui.io.project_file import load_project
from valuechain_gui.model import LinkStatus, Priority

SAMPLE = Path(__file__).parents[2] / "sample_projects" / "autonomous_special_vehicles.vchain"


def test_sample_top_three_gaps_and_why():
    project = load_project(SAMPLE)
    r = analyse(project)
    # certification is missing and every path to every market passes through it
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (0.0, 0.0, 0.0)
    top = r.gaps[:3]
    assert [(g.rank, g.name, g.status) for g in top] == [
        (1, "Certification et sécurité fonctionnelle", LinkStatus.MISSING),
        (2, "Actionneurs drive-by-wire (direction, freinage)", LinkStatus.WEAK),
        (3, "Supervision de flotte et téléopération", LinkStatus.MISSING)]
    first, second, third = top
    assert sorted(project.links[i].name for i in first.bottleneck_for) == [
        "Agriculture", "Aéroports", "Carrières et mines", "Logistique et ports"]
    assert (first.what_if, first.gain) == (1.0, 1.0)
    assert first.score == pytest.approx(100 * (0.30 + 0.15 * 10 / 26 + 0.20 + 0.25 + 0.10))
    assert first.suggested_priority == Priority.HIGH
    # the others: all four markets downstream, no bottleneck, no gain while certification is
    # missing; the strategic ones lead, ordered by the links they feed (12 and 11 of 26)
    assert [g.bottleneck for g in r.gaps[1:]] == [False] * 9
    assert {g.gain for g in r.gaps[1:]} == {0.0}
    assert (second.strategic, second.downstream_links) == (True, 12)
    assert (third.strategic, third.downstream_links) == (True, 11)
    assert second.score == pytest.approx(100 * (0.30 + 0.15 * 12 / 26 + 0.10))
    assert third.score == pytest.approx(100 * (0.30 + 0.15 * 11 / 26 + 0.10))
    # the largest reach among the gaps is the non-strategic embedded computers (13 links)
    computers = next(g for g in r.gaps if g.name == "Calculateurs embarqués")
    assert (computers.rank, computers.downstream_links, computers.strategic) == (5, 13, False)
