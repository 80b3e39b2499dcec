"""The joint what-if: per end market no path reaches without a gap, the gaps to fix together on
the route with the fewest missing links, then the fewest weak links, ties by name."""

from __future__ import annotations

from valuechain_gui.analysis.gaps import GapAnalyzer
from valuechain_gui.io.report.gap_lines import joint_line
from valuechain_gui.io.report.check import top_gaps_lines
from valuechain_gui.model import LinkStatus

from .chains import M, S, W, chain, lid, names


def fixes(project):
    return [(project.links[f.end_market].name, names(project, f.missing), names(project, f.weak))
            for f in GapAnalyzer(project).joint_what_if()]


def series():
    return chain([("A", 0, M, False), ("B", 1, W, False), ("C", 2, M, False), ("D", 3, S, True)],
                 [("A", "B"), ("B", "C"), ("C", "D")])


def test_gaps_in_series_are_fixed_together():
    project = series()
    analyzer = GapAnalyzer(project)
    assert {g.gain for g in analyzer.report().gaps} == {0.0}  # every single what-if says nothing
    [fix] = analyzer.joint_what_if()
    assert names(project, fix.route) == ["A", "B", "C", "D"]
    assert fixes(project) == [("D", ["A", "C"], ["B"])]
    assert joint_line("en", project, fix) == "to reach D: fix A and C; strengthen B"
    assert joint_line("fr", project, fix) == (
        "pour atteindre D\u00a0: combler A et C\u00a0; renforcer B")


def test_two_weak_links_are_preferred_to_one_missing_link():
    # Source → Lab (missing) → Market, and Source → Tier 1 (weak) → Tier 2 (weak) → Market
    project = chain([("Source", 0, S, False), ("Lab", 1, M, False), ("Tier 1", 1, W, False),
                     ("Tier 2", 2, W, False), ("Market", 3, S, True)],
                    [("Source", "Lab"), ("Lab", "Market"), ("Source", "Tier 1"),
                     ("Tier 1", "Tier 2"), ("Tier 2", "Market")])
    assert fixes(project) == [("Market", [], ["Tier 1", "Tier 2"])]
    assert "  to reach Market: strengthen Tier 1 and Tier 2" in top_gaps_lines(project)


def test_fewer_weak_links_win_then_names_break_ties():
    project = chain([("S", 0, S, False), ("beta", 1, W, False), ("Alpha", 1, W, False),
                     ("X", 1, W, False), ("Y", 2, W, False), ("E", 3, S, True)],
                    [("S", "beta"), ("S", "Alpha"), ("S", "X"), ("X", "Y"),
                     ("beta", "E"), ("Alpha", "E"), ("Y", "E")])
    assert fixes(project) == [("E", [], ["Alpha"])]  # one weak link; Alpha before beta


def test_reached_end_markets_need_nothing_and_a_missing_end_market_is_itself_to_fix():
    project = chain([("S", 0, S, False), ("Farms", 1, S, True), ("Mines", 1, M, True)],
                    [("S", "Farms"), ("S", "Mines")])
    assert fixes(project) == [("Mines", ["Mines"], [])]
    assert GapAnalyzer(project).joint_what_if()[0].route == (lid(project, "S"),
                                                             lid(project, "Mines"))


def test_the_joint_what_if_follows_retags_and_loops():
    project = chain([("X", 0, S, False), ("Y", 1, M, False), ("Z", 2, W, True)],
                    [("X", "Y"), ("Y", "Z"), ("Z", "X")])  # a loop: X is used as source
    analyzer = GapAnalyzer(project)
    assert fixes(project) == [("Z", ["Y"], ["Z"])]
    project.set_status([lid(project, "Y")], LinkStatus.STRONG)
    assert [names(project, f.weak) for f in analyzer.joint_what_if()] == [["Z"]]
    project.set_status([lid(project, "Z")], LinkStatus.STRONG)
    assert analyzer.joint_what_if() == []
