"""The benchmark harness must not rot: generate a 100-link chain and run one figure for real.

Runs ``python -m benchmarks.figures frame_fit FILE`` in a fresh process (as ``benchmarks.run``
does), which drives the real main window through ``benchmarks/appdriver.py`` and builds the
plain-Qt reference, and checks the JSON line it prints. Speed itself is not tested here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.synthetic import hub_id, make_chain
from valuechain_gui.io.project.file import save_project
from valuechain_gui.model import LinkStatus

ROOT = Path(__file__).resolve().parent.parent


def test_synthetic_chain_has_the_promised_shape() -> None:
    project = make_chain(1000)
    assert len(project.links) == 1000
    assert 1990 <= len(project.flows) <= 2020  # about 2 x links, plus a few loop flows
    hubs = [i for i in project.links if len(project.flows_of(i)) == 50]
    assert len(hubs) == 2
    assert len(project.flows_of(hub_id(project))) == 50
    counts = project.counts_by_status()
    assert counts[LinkStatus.STRONG] > counts[LinkStatus.WEAK] > counts[LinkStatus.MISSING] > 0


def test_one_figure_runs_in_a_fresh_process(tmp_path: Path) -> None:
    path = tmp_path / "chain_100.vchain"
    save_project(make_chain(100), path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "benchmarks.figures", "frame_fit", str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    record = json.loads([ln for ln in done.stdout.splitlines() if ln.startswith("{")][-1])
    assert record["unit"] == "ms"
    assert record["value"] > 0 and record["reference"] > 0
    assert record["runs"] >= 3
    assert 0 < record["zoom"] <= 1.0  # the whole 100-link map fitted in 1600x900
    assert record["rss_mb"] > 10


def test_the_matching_figure_has_the_promised_sizes() -> None:
    from benchmarks.matching_figure import make_inputs

    project, partners = make_inputs()
    assert len(project.links) == 200
    assert len(partners) == 1000 and {len(p.map_links) for p in partners} == {50}
    statuses = {link.status for link in project.links.values()}
    assert {LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING} <= statuses


def test_sizes_a_failed_figure_and_the_growth_table() -> None:
    from benchmarks.run import format_row, growth_rows, parse_sizes

    assert parse_sizes("1000,5000,20000") == [1000, 5000, 20000]
    assert parse_sizes("5000") == [5000]
    timed_out = {"figure": "open", "error": "timed out after 1200 s"}
    assert format_row(20000, "open", timed_out).rstrip().endswith("| NO")
    assert format_row(5000, "excel", {"figure": "excel", "error": "boom"}).endswith("| NO")
    results = [{"figure": "save", "size": 1000, "value": 10.0},
               {"figure": "save", "size": 5000, "value": 60.0},
               {"figure": "save", "size": 20000, "value": 480.0},
               {"figure": "open", "size": 1000, "value": 100.0},
               {"figure": "open", "size": 5000, "value": 400.0},
               {"figure": "open", "size": 20000, **timed_out}]
    rows = {row.split("|")[0].strip(): [cell.strip() for cell in row.split("|")[1:]]
            for row in growth_rows(results)[2:]}
    assert rows["save project"] == ["10.0", "60.0", "480.0", "1.20", "2.00"]  # 6x/5x, 8x/4x
    assert rows["open: load + model + scene + first paint"] == ["100.0", "400.0", "NO", "0.80",
                                                                "NO"]
