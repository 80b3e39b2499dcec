"""Benchmark driver: every figure in a fresh process, printed beside its reference, with the ratio.

Usage (from the repository root, in the project's virtual environment)::

    python -m benchmarks.run                 # sizes 100, 1000, 5000
    python -m benchmarks.run --sizes 1000    # one size
    python -m benchmarks.run --quick         # sizes 100 and 1000 only
    python -m benchmarks.run --sizes 1000,5000,20000   # with the growth table (long)

For each size it writes the synthetic chain once (``benchmarks.synthetic.make_chain``), then runs
``python -m benchmarks.figures FIGURE FILE`` once per figure; each prints one JSON object with the
figure, its reference measured in the same process, their units and the peak RSS. Results are
printed as a table and written to ``benchmarks/results/latest.json`` and a dated copy.

Targets (the speed the product aims at) at 5,000 links / 10,000 flows are printed in the last
column and checked in the "ok" column; nothing fails the run: figures are for people, not a test.
Startup does not depend on the map, so it runs once, with the largest size. Extra figures (a drag
step and a retag including the repaint, the gap-analysis refresh) are printed under the table.
With two sizes or more, a growth table follows: each figure's value at every size and how much
faster than the size it grows (see :func:`growth_rows`). A figure that fails or times out prints
``NO`` in its row.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"

#: Figures that do not depend on the map: run once, with the largest size.
SIZE_FREE = {"startup", "directory", "matching"}
#: Extra values printed under the table: (figure, JSON key, label).
EXTRAS = [("open", "wall_ms", "open, wall time (app / reference)"),
          ("open", "built_ms", "open until the canvas built every item after its first paint"),
          ("drag_step", "with_repaint", "drag step incl. repaint (app / reference)"),
          ("retag", "sync_ms", "retag until the card shows it, wall (app / reference)"),
          ("retag", "gaps_ms",
           "one gap analysis after a retag (the document runs it once for the panel and plan)"),
          ("retag", "polled_ms",
           "retag over QTest.qWait's polling loop, as measured before 2026-12-05 (app / ref.)"),
          ("join", "apply_ms", "join: the room's Y update applied to a fresh document (pycrdt)"),
          ("join", "read_ms", "join: records read from the document (open: file read + parsed)"),
          ("join", "repair_ms", "join: the rebuild's repairs of the records"),
          ("join", "build_ms", "join / open: limits, validation and the model's build"),
          ("join", "shown_ms", "join / File > Open until the map is painted in a window")]

#: figure -> (description, target kind, target value). kind "ratio": figure/reference <= value;
#: "ms": absolute milliseconds <= value; "s": absolute seconds.
FIGURES: dict[str, tuple[str, str, float]] = {
    "open": ("open: load + model + scene + first paint", "ratio", 1.5),
    "frame_100": ("frame at 100 % zoom (1600x900)", "ratio", 1.5),
    "frame_fit": ("frame at fit-all (1600x900)", "ms", 16.7),
    "drag_step": ("one drag step of a 50-flow hub", "ms", 5.0),
    "retag": ("retag one link, all updated (CPU)", "ms", 10.0),
    "layout": ("auto-layout (command pushed)", "s", 3.0),
    "save": ("save project", "ratio", 2.0),
    "excel": ("Excel export", "ratio", 1.5),
    "startup": ("startup to window shown", "s", 0.8),
    "rss": ("peak memory after open (RSS)", "ratio", 2.0),
    "directory": ("open the partner directory, 10,000 partners", "s", 0.5),
    "matching": ("match 200 links vs 50,000 (1,000 maps)", "ratio", 2.0),
    "report": ("PDF report, one action per gap (wall)", "s", 10.0),
    "join": ("join a room until ready, vs open the file", "ratio", 2.0),
    "remote_retag": ("remote retag, model+replica (CPU) vs local", "ratio", 2.0),
}


#: Seconds a figure's process may run at 5,000 links; larger sizes get proportionally more.
TIMEOUT_S = 300.0


def parse_sizes(text: str) -> list[int]:
    """``"1000,5000"`` or ``"1000"`` → the sizes (argparse type; repeated values are joined)."""
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes: {text!r}") from None
    if not sizes or min(sizes) < 10:
        raise argparse.ArgumentTypeError(f"sizes must be at least 10 links: {text!r}")
    return sizes


def _short(size: int) -> str:
    """20000 → '20k', 500 → '500'."""
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def growth_rows(results: list[dict]) -> list[str]:
    """The growth table: for each figure measured at two sizes or more, its value at each size
    and the growth factor between consecutive sizes relative to linear growth
    ``(value_b / value_a) / (size_b / size_a)``: 1.0 is linear, below 1 sub-linear (fixed costs),
    above 1 faster than linear (n log n allows about ``log(b) / log(a)``, ~1.16 from 1,000 to
    5,000 and ~1.16 from 5,000 to 20,000). Failed figures show ``NO``."""
    sizes = sorted({r["size"] for r in results})
    if len(sizes) < 2:
        return []
    by_key = {(r["figure"], r["size"]): r for r in results}
    steps = list(zip(sizes, sizes[1:]))
    head = (f"{'figure':<42} | " + " | ".join(f"{s:>9,}" for s in sizes) + " | "
            + " | ".join(f"{f'x/lin {_short(a)}->{_short(b)}':>15}" for a, b in steps))
    rows = [head, "-" * len(head)]
    for figure, (desc, _kind, _target) in FIGURES.items():
        if figure in SIZE_FREE or not any((figure, s) in by_key for s in sizes):
            continue
        cells, values = [], {}
        for size in sizes:
            record = by_key.get((figure, size))
            if record is None:
                cells.append(f"{'-':>9}")
            elif "error" in record:
                cells.append(f"{'NO':>9}")
            else:
                values[size] = record["value"]
                cells.append(f"{record['value']:9.1f}")
        factors = []
        for a, b in steps:
            if a in values and b in values and values[a] > 0:
                factors.append(f"{(values[b] / values[a]) / (b / a):15.2f}")
            else:
                failed = any("error" in by_key.get((figure, s), {}) for s in (a, b))
                factors.append(f"{'NO' if failed else '-':>15}")
        rows.append(f"{desc:<42} | " + " | ".join(cells) + " | " + " | ".join(factors))
    return rows


def run_figure(figure: str, project_file: Path, timeout: float = TIMEOUT_S) -> dict:
    """Run one figure in a fresh interpreter; returns its JSON record (or an error record)."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=path,
               XDG_CONFIG_HOME=str(project_file.parent / "config"))
    cmd = [sys.executable, "-m", "benchmarks.figures", figure, str(project_file)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env,
                              cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"figure": figure, "error": f"timed out after {timeout:.0f} s"}
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"figure": figure, "error": tail}
    return json.loads(lines[-1])


def verdict(figure: str, record: dict, size: int) -> str:
    """'yes'/'NO' against the figure's target (checked at 5,000 links only, or at any size for
    a figure that does not depend on the map), else ''."""
    kind, target = FIGURES[figure][1:]
    if "error" in record or (size != 5000 and figure not in SIZE_FREE) or kind == "info":
        return ""
    value, ref = record["value"], record.get("reference")
    if kind == "ratio":
        ok = ref not in (None, 0) and value / ref <= target
    elif kind == "s":
        ok = value <= target * 1000
    else:
        ok = value <= target
    return "yes" if ok else "NO"


def format_row(size: int, figure: str, record: dict) -> str:
    """One table line."""
    desc, kind, target = FIGURES[figure]
    goal = {"ratio": f"<= {target}x", "ms": f"<= {target} ms", "s": f"<= {target} s",
            "info": ""}[kind]
    if "error" in record:
        ok = "NO" if size >= 5000 or figure in SIZE_FREE else ""
        return f"{size:>6} | {desc:<42} | {'error: ' + record['error'][:60]:<76} | {ok}"
    unit = record.get("unit", "ms")
    ref = record.get("reference")
    ratio = f"{record['value'] / ref:5.2f}x" if ref else "   - "
    ref_text = f"{ref:10.1f}" if ref is not None else f"{'-':>10}"
    return (f"{size:>6} | {desc:<42} | {record['value']:10.1f} | {ref_text} | {unit:<3} | "
            f"{ratio} | {goal:<10} | {verdict(figure, record, size)}")


def machine() -> str:
    """A one-line description of the machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def _load_average() -> list[float] | None:
    """1, 5 and 15-minute load averages at the end of the run (how busy the machine was)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def versions() -> dict[str, str]:
    """Versions of the libraries the figures depend on."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ("PySide6", "openpyxl", "pydantic"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "?"
    return found


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, nargs="+", default=[[100, 1000, 5000]],
                        help="link counts, space- or comma-separated (20000: long, not in CI)")
    parser.add_argument("--quick", action="store_true", help="sizes 100 and 1000 only")
    parser.add_argument("--figures", nargs="+", choices=list(FIGURES), default=list(FIGURES))
    parser.add_argument("--no-write", action="store_true",
                        help="print only; do not write benchmarks/results/")
    args = parser.parse_args(argv)
    sizes = [100, 1000] if args.quick else sorted({s for group in args.sizes for s in group})

    sys.path.insert(0, str(ROOT))
    from benchmarks.sizes import allow_links

    allow_links(max(sizes))  # 20,000 links is past a project's limit: benchmark processes only
    from benchmarks.synthetic import make_chain
    from valuechain_gui.io.project.file import save_project

    started = time.perf_counter()
    header = (f"{'links':>6} | {'figure':<42} | {'value':>10} | {'reference':>10} | unit | "
              f"ratio  | target     | ok")
    print(f"Machine: {machine()}")
    print(header)
    print("-" * len(header))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"chain_{size}.vchain"
            save_project(make_chain(size), path)
            for figure in args.figures:
                if figure in SIZE_FREE and size != max(sizes):
                    continue
                record = run_figure(figure, path, TIMEOUT_S * max(1.0, size / 5000))
                record.update(size=size, figure=figure)
                results.append(record)
                print(format_row(size, figure, record), flush=True)
    elapsed = time.perf_counter() - started
    for figure, key, label in EXTRAS:
        for record in results:
            if record["figure"] == figure and key in record:
                ref = record.get("reference_" + key)
                ref_text = f" / {ref:.1f}" if ref is not None else ""
                print(f"{record['size']:>6} | {label}: {record[key]:.1f}{ref_text} ms")
    growth = growth_rows([r for r in results if r["figure"] not in SIZE_FREE])
    if growth:
        print("\nGrowth (value at each size; factor vs linear between sizes, 1.00 = linear):")
        print("\n".join(growth))
    print(f"Total time: {elapsed:.0f} s; load average {_load_average()}")
    if args.no_write:
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
               "elapsed_s": round(elapsed, 1), "versions": versions(),
               "load_average": _load_average(),
               "clocks": "open, frames, drag, retag, layout: process CPU time (equal to wall "
                         "time on a quiet machine); save, Excel export, startup: wall time",
               "results": results}
    text = json.dumps(payload, indent=1, ensure_ascii=False)
    (RESULTS / "latest.json").write_text(text, encoding="utf-8")
    (RESULTS / f"{time.strftime('%Y-%m-%d', time.gmtime())}.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
