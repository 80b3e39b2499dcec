"""The co-editing benchmark figures must not rot: run both on a 100-link chain, in process (the
join's "until the map is painted" line opens its windows offscreen). Speed itself is not tested
here."""

from __future__ import annotations

from pathlib import Path

from benchmarks.run import FIGURES
from benchmarks.sync_figure import figure_join, figure_remote_retag
from benchmarks.synthetic import make_chain
from valuechain_gui.io.project.file import save_project


def test_the_co_editing_figures_run_and_report_a_value_and_its_reference(tmp_path: Path):
    path = tmp_path / "chain_100.vchain"
    save_project(make_chain(100), path)
    join, retag = figure_join(path), figure_remote_retag(path)
    assert join["value"] > 0 and join["reference"] > 0 and join["state_kb"] > 10
    steps = ("apply_ms", "read_ms", "repair_ms", "build_ms", "reference_read_ms",
             "reference_build_ms", "shown_ms", "reference_shown_ms")
    assert all(join[step] >= 0 for step in steps)
    assert join["read_ms"] + join["build_ms"] > 0
    assert retag["value"] > 0 and retag["reference"] > 0 and retag["unit"] == "us"
    assert FIGURES["join"][1:] == ("ratio", 2.0) == FIGURES["remote_retag"][1:]
