"""Gap analysis on small chains with hand-computed values.

Score = 100 × status weight × (0.30 reach_end_markets + 0.15 reach_links + 0.20 bottleneck_share
+ 0.25 gain + 0.10 strategic), status weight 1.0 for a missing link and 0.6 for a weak one (the
defaults); each expected value below is worked out by hand in the comment above it.
"""

from __future__ import annotations

import pytest

from valuechain_gui.analysis.gaps import GapAnalyzer, analyse, priority_for
from valuechain_gui.errors import ModelError
from valuechain_gui.model import LinkStatus, Priority

from .chains import M, S, U, W, chain, lid, names

approx = pytest.approx


def ranking(project, report):
    return [(report.rank_of(g.link_id), g.name) for g in report.gaps]


def test_line_reach_bottleneck_completeness_what_if_and_ranking():
    # A → B → C → D(end); B missing, C weak
    p = chain([("A", 0, S, False), ("B", 1, M, False), ("C", 2, W, False), ("D", 3, S, True)],
              [("A", "B"), ("B", "C"), ("C", "D")])
    r = analyse(p)
    assert names(p, r.sources) == ["A"] and names(p, r.end_markets) == ["D"]
    # D is reached neither without a missing link (B) nor without a gap (B, C)
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (0.0, 0.0, 0.0)
    b, c = r.by_link[lid(p, "B")], r.by_link[lid(p, "C")]
    assert (b.downstream_links, b.reach_links) == (2, approx(2 / 3))
    assert (b.downstream_end_markets, b.reach_end_markets) == (1, 1.0)
    assert b.bottleneck and names(p, b.bottleneck_for) == ["D"]
    # B strong: D reachable without a missing link (1), not without a gap (C): (1 + 0) / 2
    assert (b.what_if, b.gain) == (approx(0.5), approx(0.5))
    # 100 × (0.30 + 0.15 × 2/3 + 0.20 + 0.25 × 0.5)
    assert b.score == approx(72.5) and b.suggested_priority == Priority.HIGH
    assert (c.downstream_links, c.reach_links, c.reach_end_markets) == (1, approx(1 / 3), 1.0)
    assert names(p, c.bottleneck_for) == ["D"]
    assert (c.what_if, c.gain) == (0.0, 0.0)  # B is still missing upstream
    assert c.score == approx(33.0)  # 100 × 0.6 × (0.30 + 0.15 / 3 + 0.20)
    assert ranking(p, r) == [(1, "B"), (2, "C")]


def test_retag_changes_completeness_without_recomputing_the_structure():
    p = chain([("A", 0, S, False), ("B", 1, M, False), ("C", 2, W, False), ("D", 3, S, True)],
              [("A", "B"), ("B", "C"), ("C", "D")])
    analyzer = GapAnalyzer(p)
    analyzer.report()
    structure = analyzer.structure()
    p.set_status([lid(p, "B")], LinkStatus.STRONG)
    r = analyzer.report()
    assert analyzer.structure() is structure
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (1.0, 0.0, 0.5)
    c = r.by_link[lid(p, "C")]
    assert (c.what_if, c.gain, c.score) == (1.0, 0.5, approx(40.5))  # 0.6 × (55 + 12.5)
    assert [g.name for g in r.gaps] == ["C"]
    # a flow change rebuilds it
    p.add_flow(lid(p, "A"), lid(p, "D"))
    r = analyzer.report()
    assert analyzer.structure() is not structure
    assert r.completeness == 1.0  # A → D bypasses C
    assert r.by_link[lid(p, "C")].bottleneck_for == ()


def test_diamond_has_no_bottleneck_and_the_missing_side_ranks_first():
    # S → L → M(end), S → R → M; L missing, R weak
    p = chain([("S", 0, S, False), ("L", 1, M, False), ("R", 1, W, False), ("M", 2, S, True)],
              [("S", "L"), ("S", "R"), ("L", "M"), ("R", "M")])
    r = analyse(p)
    # without missing: S → R → M (weak counts as present) = 1; without gaps: 0
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (1.0, 0.0, 0.5)
    left, right = r.by_link[lid(p, "L")], r.by_link[lid(p, "R")]
    for gap in (left, right):
        assert (gap.downstream_links, gap.reach_links, gap.reach_end_markets) == (1, approx(1 / 3), 1.0)
        assert (gap.bottleneck, gap.bottleneck_for) == (False, ())
        assert (gap.what_if, gap.gain) == (1.0, 0.5)  # either fixed gives a gap-free path
        assert gap.suggested_priority == Priority.MEDIUM
    # same structure: 100 × (0.30 + 0.05 + 0.125) = 47.5, weighed by the status
    assert (left.score, right.score) == (approx(47.5), approx(28.5))
    assert ranking(p, r) == [(1, "L"), (2, "R")]


def test_diamond_with_weak_source_makes_the_source_the_bottleneck():
    p = chain([("S", 0, W, False), ("L", 1, S, False), ("R", 1, S, False), ("M", 2, S, True)],
              [("S", "L"), ("S", "R"), ("L", "M"), ("R", "M")])
    gap = analyse(p).by_link[lid(p, "S")]
    assert (gap.downstream_links, gap.reach_links) == (3, 1.0)
    assert names(p, gap.bottleneck_for) == ["M"]
    assert (gap.what_if, gap.gain) == (1.0, 0.5)
    assert gap.score == approx(46.5)  # 100 × 0.6 × (0.30 + 0.15 + 0.20 + 0.125)


def test_fork_to_two_end_markets():
    # A → B → E1(end), B → E2(end), A → C → E2; B missing, E2 weak and strategic
    p = chain([("A", 0, S, False), ("B", 1, M, False), ("C", 1, S, False), ("E1", 2, S, True),
               ("E2", 2, W, True, True)],
              [("A", "B"), ("B", "E1"), ("B", "E2"), ("A", "C"), ("C", "E2")])
    r = analyse(p)
    # without missing: A → C → E2 only (1/2); without gaps: none (B missing, E2 weak)
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (0.5, 0.0, 0.25)
    b, e2 = r.by_link[lid(p, "B")], r.by_link[lid(p, "E2")]
    assert (b.downstream_links, b.reach_links) == (2, 0.5)
    assert (b.downstream_end_markets, b.reach_end_markets) == (2, 1.0)
    assert names(p, b.bottleneck_for) == ["E1"]  # E2 is also fed through C
    # B strong: +E1 in both shares: (2 + 1) / 4
    assert (b.what_if, b.gain) == (0.75, 0.5)
    assert b.score == approx(60.0)  # 100 × (0.30 + 0.075 + 0.20 × 0.5 + 0.125)
    # E2 is an end market: counts itself in its reach, is not its own bottleneck
    assert (e2.downstream_links, e2.downstream_end_markets, e2.reach_end_markets) == (0, 1, 0.5)
    assert (e2.bottleneck, e2.bottleneck_for) == (False, ())
    assert (e2.what_if, e2.gain) == (0.5, 0.25)  # A → C → E2 becomes gap-free
    assert e2.score == approx(18.75)  # 100 × 0.6 × (0.15 + 0.0625 + 0.10 strategic)
    assert ranking(p, r) == [(1, "B"), (2, "E2")]


def test_loop_without_source_uses_first_stage_links_and_says_so():
    # X → Y → Z(end) → X: every link has an upstream flow
    p = chain([("X", 0, S, False), ("Y", 1, M, False), ("Z", 2, S, True)],
              [("X", "Y"), ("Y", "Z"), ("Z", "X")])
    r = analyse(p)
    assert names(p, r.sources) == ["X"]
    assert [n.code for n in r.note_details] == ["loop_without_source"]
    assert r.notes == ["The flows form a loop with no source (X, Y, Z): its links of the most "
                       "upstream stage (X) are used as sources."]
    assert r.completeness == 0.0
    y = r.by_link[lid(p, "Y")]
    assert (y.downstream_links, y.reach_links, y.reach_end_markets) == (2, 1.0, 1.0)
    assert names(p, y.bottleneck_for) == ["Z"]
    assert (y.what_if, y.gain, y.score) == (1.0, 1.0, approx(90.0))


def test_loop_with_a_source_recycling_back():
    # S → A → B → A (recycling), B → M(end); A weak
    p = chain([("S", 0, S, False), ("A", 1, W, False), ("B", 2, S, False), ("M", 3, S, True)],
              [("S", "A"), ("A", "B"), ("B", "A"), ("B", "M")])
    analyzer = GapAnalyzer(p)
    r = analyzer.report()
    assert r.notes == [] and names(p, r.sources) == ["S"]
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (1.0, 0.0, 0.5)
    a = r.by_link[lid(p, "A")]
    assert (a.downstream_links, a.reach_links) == (2, approx(2 / 3))  # B, M; not itself
    assert names(p, a.bottleneck_for) == ["M"]
    assert (a.what_if, a.gain, a.score) == (1.0, 0.5, approx(43.5))  # 0.6 × 72.5
    assert sorted(names(p, analyzer.downstream(lid(p, "B")))) == ["A", "M"]
    assert sorted(names(p, analyzer.upstream(lid(p, "A")))) == ["B", "S"]
    assert sorted(names(p, analyzer.upstream(lid(p, "M")))) == ["A", "B", "S"]
    assert analyzer.downstream(lid(p, "M")) == set()


def test_two_separate_pieces():
    # P1(missing) → Q1(end); P2 → Q2(end, weak)
    p = chain([("P1", 0, M, False), ("Q1", 1, S, True), ("P2", 0, S, False), ("Q2", 1, W, True)],
              [("P1", "Q1"), ("P2", "Q2")])
    r = analyse(p)
    assert names(p, r.sources) == ["P1", "P2"]
    assert (r.share_without_missing, r.share_without_gaps, r.completeness) == (0.5, 0.0, 0.25)
    p1, q2 = r.by_link[lid(p, "P1")], r.by_link[lid(p, "Q2")]
    assert (p1.downstream_links, p1.reach_links, p1.reach_end_markets) == (1, approx(1 / 3), 0.5)
    assert names(p, p1.bottleneck_for) == ["Q1"]
    assert (p1.what_if, p1.gain) == (0.75, 0.5)  # Q1 in both shares: (1 + 1 + 0 + 1) / 4
    assert p1.score == approx(42.5)  # 100 × (0.15 + 0.05 + 0.10 + 0.125)
    assert (q2.downstream_links, q2.reach_end_markets, q2.bottleneck_for) == (0, 0.5, ())
    assert (q2.what_if, q2.gain, q2.score) == (0.5, 0.25, approx(12.75))  # 0.6 × 21.25
    assert [g.suggested_priority for g in r.gaps] == [Priority.MEDIUM, Priority.LOW]
    assert ranking(p, r) == [(1, "P1"), (2, "Q2")]
    analyzer = GapAnalyzer(p)
    assert names(p, analyzer.downstream(lid(p, "P1"))) == ["Q1"]


def test_single_missing_link_that_is_its_own_end_market():
    p = chain([("Only", 0, M, True)], [])
    r = analyse(p)
    assert names(p, r.sources) == ["Only"] and names(p, r.end_markets) == ["Only"]
    assert r.completeness == 0.0  # the end market itself counts as passed
    gap = r.gaps[0]
    assert r.rank_of(gap.link_id) == 1
    assert (gap.reach_links, gap.reach_end_markets, gap.bottleneck) == (0.0, 1.0, False)
    assert (gap.what_if, gap.gain, gap.score) == (1.0, 1.0, approx(55.0))  # 100 × (0.30 + 0.25)


def test_single_strong_link_is_complete():
    r = analyse(chain([("Only", 0, S, True)], []))
    assert (r.completeness, r.gaps, r.notes) == (1.0, [], [])


def test_unassessed_links_count_as_present():
    p = chain([("A", 0, U, False), ("B", 1, U, True)], [("A", "B")])
    assert analyse(p).completeness == 1.0


def test_empty_chain_has_completeness_zero_and_a_note():
    r = analyse(chain([], []))
    assert (r.completeness, r.share_without_missing, r.share_without_gaps) == (0.0, 0.0, 0.0)
    assert (r.gaps, r.by_link, r.sources, r.end_markets) == ([], {}, (), ())
    assert [n.code for n in r.note_details] == ["empty_chain"]


def test_chain_without_end_market_scores_structure_only():
    # A → B ⇄ C (B and C in one stage, no return flow marked): nothing marked, and no link
    # without a downstream flow to take instead
    p = chain([("A", 0, S, False), ("B", 1, M, False), ("C", 1, S, False)],
              [("A", "B"), ("B", "C"), ("C", "B")])
    r = analyse(p)
    assert r.completeness == 0.0 and [n.code for n in r.note_details] == ["no_end_market"]
    b = r.gaps[0]
    assert (b.reach_links, b.reach_end_markets, b.bottleneck, b.what_if, b.gain) == (
        0.5, 0.0, False, 0.0, 0.0)
    assert b.score == approx(7.5)  # 100 × 0.15 × 0.5


def test_equal_scores_of_the_same_status_rank_by_name_case_insensitively():
    p = chain([("S", 0, S, False), ("beta", 1, W, True), ("Alpha", 1, W, True)],
              [("S", "beta"), ("S", "Alpha")])
    r = analyse(p)
    assert [g.score for g in r.gaps] == [approx(12.75), approx(12.75)]
    assert ranking(p, r) == [(1, "Alpha"), (2, "beta")]


def test_what_if_of_any_link_and_unknown_link():
    p = chain([("A", 0, S, False), ("B", 1, M, False), ("C", 2, W, False), ("D", 3, S, True)],
              [("A", "B"), ("B", "C"), ("C", "D")])
    analyzer = GapAnalyzer(p)
    assert analyzer.what_if(lid(p, "A")) == 0.0  # already strong: no change
    assert analyzer.what_if(lid(p, "B")) == 0.5
    with pytest.raises(ModelError) as info:
        analyzer.what_if("no-such-id")
    assert info.value.code == "unknown_link"


def test_end_market_flag_change_is_seen_without_a_flow_change():
    p = chain([("A", 0, S, False), ("B", 1, W, False), ("C", 2, S, True)],
              [("A", "B"), ("B", "C")])
    analyzer = GapAnalyzer(p)
    assert analyzer.report().completeness == 0.5
    p.update_link(lid(p, "B"), end_market=True)
    r = analyzer.report()
    # B (weak) is now an end market too: without missing 2/2, without gaps 0/2
    assert (r.completeness, names(p, r.end_markets)) == (0.5, ["B", "C"])
    assert r.by_link[lid(p, "B")].reach_end_markets == 1.0  # itself and C


@pytest.mark.parametrize("score, priority", [(50.0, Priority.HIGH), (49.99, Priority.MEDIUM),
                                             (25.0, Priority.MEDIUM), (24.9, Priority.LOW)])
def test_priority_thresholds(score, priority):
    assert priority_for(score) is priority
