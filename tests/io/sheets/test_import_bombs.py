"""Each kind of crafted spreadsheet (zip bombs, costly XML, wide, dense or endless CSV) is imported
or refused within 5 s and 300 MB, with a one-line message naming the file and the place.

Before the limits, a 1.1 MB workbook holding one 1.1 GB cell took 240 s and 14.3 GB, and the wide
and dense CSV files 36 to 58 s. Each file is imported in a child process, whose own peak memory
(``VmHWM``, interpreter included) and import time it reports.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "vc_sheet_bombs", Path(__file__).parents[2] / "fixtures" / "sheets" / "bombs.py")
bombs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bombs)

TIME_LIMIT_S = 5.0
MEMORY_LIMIT_MB = 300.0

#: Imports one file and prints what happened as JSON (run in a child process).
CHILD = """
import json, resource, sys, time

def peak_mb():
    # VmHWM is this program's own peak; ru_maxrss would also count the parent's memory at fork
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from valuechain_gui.io.sheets.importer import ImportFailed, import_spreadsheet
start = time.perf_counter()
try:
    result = import_spreadsheet(sys.argv[1])
    outcome = {"links": len(result.project.links), "errors": []}
except ImportFailed as exc:
    outcome = {"links": None, "errors": [
        {"code": p.code, "row": p.row, "text": str(p)} for p in exc.problems
        if p.severity == "error"]}
outcome["seconds"] = time.perf_counter() - start
outcome["peak_mb"] = peak_mb()
print(json.dumps(outcome))
"""


def import_in_child(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("bomb", bombs.BOMBS, ids=lambda bomb: bomb.name)
def test_each_kind_of_bomb_is_handled_within_5_s_and_300_mb(bomb, tmp_path):
    path = bomb.build(tmp_path)
    assert path.stat().st_size < 20 * 1024 * 1024  # small on disk
    outcome = import_in_child(path)
    assert outcome["seconds"] < TIME_LIMIT_S, outcome
    assert outcome["peak_mb"] < MEMORY_LIMIT_MB, outcome
    if bomb.code is None:
        assert outcome["links"] and not outcome["errors"]
        return
    [error] = outcome["errors"]
    assert error["code"] == bomb.code
    assert error["text"].startswith(f"{path}:") and "\n" not in error["text"]
