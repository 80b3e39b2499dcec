"""Fuzzing the spreadsheet import within bounds: seeded awkward CSV files and workbooks (see
``tests/fixtures/sheets/fuzz_cases.py``) each end in a project or in a clear refusal naming the
file and the place on one line, never in another exception, each within 5 s, all within 300 MB.

The cases run in one child process, which reports each outcome and its own peak memory
(``VmHWM``, interpreter included). Set ``VC_FUZZ_CASES`` for a longer run (default 60 cases,
about 10 s) and ``VC_FUZZ_SEED`` for other files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = int(os.environ.get("VC_FUZZ_CASES", "60"))
SEED = int(os.environ.get("VC_FUZZ_SEED", "20261"))
TIME_LIMIT_S = 5.0
MEMORY_LIMIT_MB = 300.0
FIXTURES = Path(__file__).parents[2] / "fixtures" / "sheets"

CHILD = """
import json, resource, sys, time, traceback

def peak_mb():
    # VmHWM is this program's own peak; ru_maxrss would also count the parent's memory at fork
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from pathlib import Path
sys.path.insert(0, sys.argv[1])
import fuzz_cases
from valuechain_gui.io.sheets.importer import ImportFailed, import_spreadsheet
seed, count, folder = int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
for index in range(count):
    path = fuzz_cases.write_case(seed, index, folder)
    start = time.perf_counter()
    outcome = {"index": index, "path": str(path)}
    try:
        result = import_spreadsheet(path)
        outcome["links"] = len(result.project.links)
        outcome["warnings"] = [str(p) for p in result.problems]
    except ImportFailed as exc:
        outcome["errors"] = [{"row": p.row, "text": str(p)} for p in exc.problems
                             if p.severity == "error"]
        outcome["summary"] = str(exc)
    except BaseException:
        outcome["crash"] = traceback.format_exc()
    outcome["seconds"] = time.perf_counter() - start
    path.unlink()
    print(json.dumps(outcome), flush=True)
print(json.dumps({"peak_mb": peak_mb()}))
"""


def one_line(text: str) -> bool:
    return "\n" not in text and "\r" not in text and not any(
        ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in text)


@pytest.mark.slow
def test_fuzzed_spreadsheets_load_or_are_refused_clearly_within_bounds(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD, str(FIXTURES), str(SEED), str(CASES),
                           str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    *outcomes, memory = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(outcomes) == CASES
    crashes = [o for o in outcomes if "crash" in o]
    assert not crashes, crashes[0]["crash"]
    slow = [(o["index"], round(o["seconds"], 2)) for o in outcomes if o["seconds"] > TIME_LIMIT_S]
    assert not slow, f"cases over {TIME_LIMIT_S} s: {slow}"
    assert memory["peak_mb"] < MEMORY_LIMIT_MB, memory
    for outcome in outcomes:
        if "errors" in outcome:
            assert outcome["errors"], outcome  # a refusal has at least one error
            for error in outcome["errors"]:
                assert error["text"].startswith(outcome["path"] + ":"), error
                assert one_line(error["text"]), error
                if error["row"] is not None:
                    assert error["text"].startswith(f"{outcome['path']}:{error['row']}"), error
            assert one_line(outcome["summary"])
        else:
            assert outcome["links"] >= 1 and all(one_line(w) for w in outcome["warnings"])
    # the generator reaches both ends: projects and refusals
    assert any("links" in o for o in outcomes) and any("errors" in o for o in outcomes)
