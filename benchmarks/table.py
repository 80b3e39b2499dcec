"""Markdown table of a benchmark result file: ``python -m benchmarks.table [RESULTS.json]``.

Reads ``benchmarks/results/latest.json`` (or the file given), prints a Markdown table with one
row per figure and one value/reference/ratio column group per size, and the target with its
verdict at 5,000 links: what docs/benchmark.md and the README show.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .run import FIGURES, RESULTS, verdict


def _cell(record: dict | None) -> str:
    if record is None:
        return "–"
    if "error" in record:
        return "error"
    unit = {"MiB": " MiB", "ms": " ms"}.get(record.get("unit", "ms"), "")
    value = f"{record['value']:.1f}{unit}" if record["value"] < 100 else \
        f"{record['value']:.0f}{unit}"
    ref = record.get("reference")
    if not ref:
        return value
    ref_text = f"{ref:.1f}" if ref < 100 else f"{ref:.0f}"
    return f"{value} / {ref_text} (**{record['value'] / ref:.2f}×**)"


def markdown(payload: dict) -> str:
    """The Markdown table of a results payload (as ``benchmarks.run`` writes it)."""
    results = payload["results"]
    sizes = sorted({r["size"] for r in results})
    by_key = {(r["figure"], r["size"]): r for r in results}
    head = ["figure"] + [f"{size:,} links: app / reference (ratio)" for size in sizes]
    head += ["target at 5,000", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for figure, (desc, kind, target) in FIGURES.items():
        cells = [_cell(by_key.get((figure, size))) for size in sizes]
        if all(c == "–" for c in cells):
            continue
        goal = {"ratio": f"≤ {target}×", "ms": f"≤ {target} ms", "s": f"≤ {target} s",
                "info": "(no target)"}[kind]
        checked = 5000 if 5000 in sizes else max(sizes)  # targets are set at 5,000 links
        largest = by_key.get((figure, checked))
        met = verdict(figure, largest, checked) if largest else ""
        lines.append("| " + " | ".join([desc] + cells + [goal, met or "–"]) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the table of ``argv[0]`` (default: the latest results); returns 0."""
    path = Path(argv[0]) if argv else RESULTS / "latest.json"
    payload = json.loads(path.read_text(encoding="utf-8"))
    load = payload.get("load_average")
    print(f"Machine: {payload['machine']}; run {payload['date']} UTC, "
          f"{payload['elapsed_s']:.0f} s in all"
          + (f", load average {load[0]} (1 min) / {load[1]} (5 min)" if load else "") + ".\n")
    print(markdown(payload))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
