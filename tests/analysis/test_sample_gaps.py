"""The sample project's expected top three gaps (docs/gap_analysis.md, "The sample project")."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuechain_gui.analysis.gaps import GapAnalyzer
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus, Priority

SAMPLE = Path(__file__).parents[2] / "sample_projects" / "autonomous_special_vehicles.vchain"


def test_sample_top_three_gaps_and_why():
    project = load_project(SAMPLE)
    analyzer = GapAnalyzer(project)
    r = analyzer.report()
    # certification is missing and every path to every market passes through it
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (0.0, 0.0, 0.0)
    top = r.gaps[:3]
    assert [(r.rank_of(g.link_id), g.name, g.status) for g in top] == [
        (1, "Certification et sécurité fonctionnelle", LinkStatus.MISSING),
        (2, "Supervision de flotte et téléopération", LinkStatus.MISSING),
        (3, "Calculateurs embarqués", LinkStatus.MISSING)]
    first, second, third = top
    assert sorted(project.links[i].name for i in first.bottleneck_for) == [
        "Agriculture", "Aéroports", "Carrières et mines", "Logistique et ports"]
    assert (first.what_if, first.gain) == (1.0, 1.0)
    assert first.score == pytest.approx(100 * (0.30 + 0.15 * 10 / 26 + 0.20 + 0.25 + 0.10))
    assert first.suggested_priority == Priority.HIGH
    # the others: all four markets downstream, no bottleneck, no gain while certification is
    # missing; the missing links lead (weight 1.0 against 0.6), the strategic supervision first
    assert [g.bottleneck for g in r.gaps[1:]] == [False] * 9
    assert {g.gain for g in r.gaps[1:]} == {0.0}
    assert (second.strategic, second.downstream_links) == (True, 11)
    assert (third.strategic, third.downstream_links) == (False, 13)
    assert second.score == pytest.approx(100 * (0.30 + 0.15 * 11 / 26 + 0.10))
    assert third.score == pytest.approx(100 * (0.30 + 0.15 * 13 / 26))
    assert [g.status for g in r.gaps[:4]] == [LinkStatus.MISSING] * 4
    # the best-placed weak link, the strategic actuators (12 links downstream), comes fifth
    actuators = r.gaps[4]
    assert (actuators.name, actuators.status, actuators.strategic) == (
        "Actionneurs drive-by-wire (direction, freinage)", LinkStatus.WEAK, True)
    assert actuators.score == pytest.approx(100 * 0.6 * (0.30 + 0.15 * 12 / 26 + 0.10))
    # finding certification is all it takes to reach each market
    assert [(project.links[f.end_market].name, f.missing, f.weak)
            for f in analyzer.joint_what_if()] == [
        (name, (first.link_id,), ()) for name in
        ("Agriculture", "Carrières et mines", "Aéroports", "Logistique et ports")]
