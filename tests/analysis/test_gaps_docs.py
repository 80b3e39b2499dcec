"""The worked example of docs/gap_analysis.md, checked number by number."""

from __future__ import annotations

import pytest

from valuechain_gui.analysis.gaps import GapAnalyzer
from valuechain_gui.model import LinkStatus, Priority

from .chains import M, S, W, chain, lid

approx = pytest.approx


def docs_example():
    return chain([("LiDAR sensors", 0, S, False), ("Drive-by-wire actuators", 0, M, False),
                  ("Perception software", 1, W, False, True), ("Motion control", 1, S, False),
                  ("System integration", 2, W, False), ("Farms", 3, S, True),
                  ("Mines", 3, S, True)],
                 [("LiDAR sensors", "Perception software"),
                  ("Perception software", "System integration"),
                  ("Drive-by-wire actuators", "Motion control"),
                  ("Motion control", "System integration"),
                  ("System integration", "Farms"), ("System integration", "Mines")], stages=4)


def test_worked_example_of_the_user_documentation():
    project = docs_example()
    analyzer = GapAnalyzer(project)
    r = analyzer.report()
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (1.0, 0.0, 0.5)
    assert [(r.rank_of(g.link_id), g.name, g.score, g.suggested_priority) for g in r.gaps] == [
        (1, "Drive-by-wire actuators", approx(40.0), Priority.MEDIUM),
        (2, "System integration", approx(33.0), Priority.MEDIUM),
        (3, "Perception software", approx(28.5), Priority.MEDIUM)]
    integration = r.by_link[lid(project, "System integration")]
    assert (integration.reach_links, integration.reach_end_markets) == (approx(1 / 3), 1.0)
    assert sorted(project.links[i].name for i in integration.bottleneck_for) == ["Farms", "Mines"]
    assert [g.gain for g in r.gaps] == [0.0, 0.0, 0.0]
    actuators, perception = r.gaps[0], r.gaps[2]
    assert (perception.reach_links, actuators.reach_links) == (0.5, approx(4 / 6))
    assert not perception.bottleneck and not actuators.bottleneck
    # "Joint what-if": the LiDAR route has no missing link, only two weak ones
    assert [(project.links[f.end_market].name, [project.links[i].name for i in f.missing],
             [project.links[i].name for i in f.weak]) for f in analyzer.joint_what_if()] == [
        ("Farms", [], ["Perception software", "System integration"]),
        ("Mines", [], ["Perception software", "System integration"])]
    # "If the group strengthens System integration ... gain 0.5"
    project.set_status([lid(project, "System integration")], LinkStatus.STRONG)
    assert analyzer.what_if(lid(project, "Perception software")) == 1.0
    assert analyzer.what_if(lid(project, "Drive-by-wire actuators")) == 1.0
    report = analyzer.report()
    assert report.by_link[lid(project, "Perception software")].gain == 0.5
    assert [(g.name, g.score) for g in report.gaps] == [
        ("Drive-by-wire actuators", approx(52.5)), ("Perception software", approx(36.0))]
