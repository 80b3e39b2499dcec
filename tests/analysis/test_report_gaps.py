"""``valuechain-gui check`` lists the completeness and the top gaps (issue 6, "Show")."""

from __future__ import annotations

from valuechain_gui.cli import main
from valuechain_gui.io.project_file import save_project
from valuechain_gui.io.report import check_report, top_gaps_lines

from .chains import M, S, W, chain
from .test_gaps_docs import docs_example


def test_check_report_shows_completeness_and_ranked_gaps_of_the_docs_example():
    text = check_report(docs_example(), "example.vchain")
    lines = text.splitlines()
    start = lines.index("Completeness: 50% (end markets reached without a missing link: 100%; "
                        "without a weak or missing link: 0%)")
    assert lines[start + 1:start + 5] == [
        "Top gaps (3 of 3 weak or missing links):",
        "  1. System integration (weak): score 55.0, high; reach 33% of links, 100% of end "
        "markets; bottleneck for Farms, Mines; what-if 50% (+0 points)",
        "  2. Perception software (weak, strategic): score 47.5, medium; reach 50% of links, "
        "100% of end markets; no bottleneck; what-if 50% (+0 points)",
        "  3. Drive-by-wire actuators (missing): score 40.0, medium; reach 67% of links, "
        "100% of end markets; no bottleneck; what-if 50% (+0 points)",
    ]
    assert lines[start + 5].startswith("Problems:")


def test_only_the_top_five_are_listed_with_the_total():
    # a line of seven gaps feeding one end market: upstream gaps reach more, rank first
    specs = [(f"G{i}", min(i, 5), M if i % 2 else W, False) for i in range(7)]
    specs.append(("Market", 5, S, True))
    flows = [(f"G{i}", f"G{i + 1}") for i in range(6)] + [("G6", "Market")]
    lines = top_gaps_lines(chain(specs, flows))
    assert lines[1] == "Top gaps (5 of 7 weak or missing links):"
    assert [line.split(" (")[0].strip() for line in lines[2:]] == [
        "1. G0", "2. G1", "3. G2", "4. G3", "5. G4"]
    assert lines[0].startswith("Completeness: 0% ")


def test_no_gap_no_end_market_and_loop_note(tmp_path, capsys):
    assert top_gaps_lines(chain([("A", 0, S, False), ("B", 1, S, True)], [("A", "B")])) == [
        "Completeness: 100% (end markets reached without a missing link: 100%; without a weak "
        "or missing link: 100%)",
        "Top gaps: none (no weak or missing link)"]
    no_end = top_gaps_lines(chain([("A", 0, M, False)], []))
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
