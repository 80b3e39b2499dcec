"""Fuzzing the project file's doors with a seeded generator (``fuzz_project_worker.py``):
absurd positions and numbers, characters no writer accepts in any text or key, dates that are
not dates, lists past the limits, cut and non-UTF-8 files. Each case ends in a project that
saves, checks, exports and renders, or in a clear one-line refusal naming the file and the
place — never a traceback — within a time and a memory bound.

The cases run in a child process: its memory is capped (RLIMIT_AS) and its peak measured, and
a hang is cut by a timeout. A failing case is reproduced with ``case_bytes(SEED, index)``.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

WORKER = Path(__file__).with_name("fuzz_project_worker.py")
SEED, CASES = 20261204, 150
#: Bounds asserted (generous: a shared two-core machine); they catch gigabytes and minutes.
CASE_SECONDS, TOTAL_SECONDS = 10.0, 120.0
PEAK_MEMORY_MB, MEMORY_CAP_BYTES = 1500, 4 * 1024**3
REFUSAL_CODES = {"empty", "not_text", "not_json", "not_a_project", "bad_version",
                 "newer_version", "invalid", "too_large", "too_complex", "too_many"}


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


def test_hostile_project_files_load_or_are_refused_clearly_in_bounded_time_and_memory(tmp_path):
    done = subprocess.run([sys.executable, str(WORKER), str(SEED), str(CASES), str(tmp_path)],
                          capture_output=True, text=True, timeout=TOTAL_SECONDS,
                          preexec_fn=_cap_memory)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert done.returncode == 0, done.stderr[-3000:]
    reports = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["index"] for r in reports] == list(range(CASES))
    crashes = [(r["index"], r["traceback"]) for r in reports if r["outcome"] == "crash"]
    assert not crashes, f"case_bytes({SEED}, i) for i in {[i for i, _ in crashes]}:\n" + \
        crashes[0][1]
    for report in reports:
        assert report["seconds"] < CASE_SECONDS, report
        if report["outcome"] == "refused":
            message, name = report["message"], f"fuzz-{report['index']}.vchain"
            assert report["code"] in REFUSAL_CODES, report
            assert "\n" not in message and "\r" not in message, report
            assert message.startswith(str(tmp_path / name)), report
            if report["code"] in ("invalid", "too_many"):
                assert report["location"] and f":{report['location']}: " in message, report
        else:
            for warning in report["warnings"]:
                assert "\n" not in warning and ": characters" in warning or "more" in warning
    outcomes = {r["outcome"] for r in reports}
    assert outcomes == {"loaded", "refused"}  # the generator reaches both doors
    codes = {r["code"] for r in reports if r["outcome"] == "refused"}
    assert {"invalid", "too_many"} <= codes
    assert any(r["outcome"] == "loaded" and r["warnings"] for r in reports)  # cleaned, opened
    assert peak_mb < PEAK_MEMORY_MB, f"peak memory of the cases: {peak_mb:.0f} MB"
