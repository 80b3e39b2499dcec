"""``valuechain-gui check`` lists the completeness and the top gaps."""

from __future__ import annotations

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import save_project
from valuechain_gui.io.report.check import check_report, top_gaps_lines

from .chains import M, S, W, chain
from .test_gaps_docs import docs_example


def test_check_report_shows_completeness_and_ranked_gaps_of_the_docs_example():
    text = check_report(docs_example(), "example.vchain")
    lines = text.splitlines()
    start = lines.index("Completeness: 50% (end markets reached without a missing link: 100%; "
                        "without a weak or missing link: 0%)")
    assert lines[start + 1:start + 9] == [
        "End markets: Farms, Mines",
        "Status weights of the criticality score: missing 1, weak 0.6",
        "Top gaps (3 of 3 weak or missing links):",
        "  1. Drive-by-wire actuators (missing): score 40.0, medium; reach 67% of links, "
        "100% of end markets; no bottleneck; what-if 50% (+0 points)",
        "  2. System integration (weak): score 33.0, medium; reach 33% of links, 100% of end "
        "markets; bottleneck for Farms, Mines; what-if 50% (+0 points)",
        "  3. Perception software (weak, strategic): score 28.5, medium; reach 50% of links, "
        "100% of end markets; no bottleneck; what-if 50% (+0 points)",
        "Joint what-if (the gaps to fix together, per end market no path reaches without a gap):",
        "  to reach Farms: strengthen Perception software and System integration",
    ]
    assert lines[start + 9] == (
        "  to reach Mines: strengthen Perception software and System integration")
    assert lines[start + 10].startswith("Problems:")


def test_series_of_gaps_ranks_missing_first_and_says_what_to_fix_together():
    project = chain([("A", 0, M, False), ("B", 1, W, False), ("C", 2, M, False),
                     ("D", 3, S, False)], [("A", "B"), ("B", "C"), ("C", "D")])
    lines = top_gaps_lines(project)
    assert lines[1] == ("End markets: D (no link is marked as an end market: the ends of the "
                        "chain are taken, return flows set aside)")
    assert [line.split(" (")[0] for line in lines if line.startswith("  ")] == [
        "  1. A", "  2. C", "  3. B", "  to reach D: fix A and C; strengthen B"]


def test_only_the_top_five_are_listed_with_the_total():
    # a line of seven gaps feeding one end market: upstream gaps reach more, rank first
    specs = [(f"G{i}", min(i, 5), M if i % 2 else W, False) for i in range(7)]
    specs.append(("Market", 5, S, True))
    flows = [(f"G{i}", f"G{i + 1}") for i in range(6)] + [("G6", "Market")]
    lines = top_gaps_lines(chain(specs, flows))
    assert lines[3] == "Top gaps (5 of 7 weak or missing links):"
    # the missing ones (odd numbers) first, upstream first; then the weak ones
    assert [line.split(" (")[0].strip() for line in lines[4:9]] == [
        "1. G1", "2. G3", "3. G5", "4. G0", "5. G2"]
    assert lines[9:] == ["Joint what-if (the gaps to fix together, per end market no path "
                         "reaches without a gap):",
                         "  to reach Market: fix G1, G3 and G5; strengthen G0, G2, G4 and G6"]
    assert lines[0].startswith("Completeness: 0% ")


def test_no_gap_no_end_market_and_loop_note(tmp_path, capsys):
    assert top_gaps_lines(chain([("A", 0, S, False), ("B", 1, S, True)], [("A", "B")])) == [
        "Completeness: 100% (end markets reached without a missing link: 100%; without a weak "
        "or missing link: 100%)",
        "End markets: B",
        "Top gaps: none (no weak or missing link)"]
    no_end = top_gaps_lines(chain([("A", 0, M, False), ("B", 0, S, False)],
                                  [("A", "B"), ("B", "A")]))  # a loop inside one stage
    assert no_end[0] == "Completeness: not measurable (no end market)"
    assert top_gaps_lines(chain([], [])) == []
    loop = chain([("X", 0, S, False), ("Y", 1, M, False), ("Z", 2, S, True)],
                 [("X", "Y"), ("Y", "Z"), ("Z", "X")])
    target = tmp_path / "loop.vchain"
    save_project(loop, target)
    assert main(["check", str(target)]) == 0
    out = capsys.readouterr().out
    assert ("  1. Y (missing): score 90.0, high; reach 100% of links, 100% of end markets; "
            "bottleneck for Z; what-if 100% (+100 points)") in out
    assert ("Note: The flows form a loop with no source (X, Y, Z): its links of the most "
            "upstream stage (X) are used as sources.") in out
