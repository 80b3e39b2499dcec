"""Worker of ``test_fuzz_project_doors.py``: generates hostile project files from a seed, and runs
each through every door a user reaches — open, save, check, export, render — printing one JSON
line per case. Run in a child process so that its time and memory can be bounded from outside.

Usage: ``python fuzz_project_worker.py SEED COUNT FOLDER``. Each case is reproducible alone:
``case_bytes(SEED, I)`` builds the very same file.
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import sys
import time
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "format_v1" / "full.vchain"
#: Characters a file may hold that no writer accepts, and harmless ones mixed in.
BAD_CHARS = ["\x00", "\x01", "\x08", "\x0b", "\x1b", "\x1f", "\x7f", "\x85", "\x9f", "\ud800",
             "\udbff", "\udc00", "\udfff", "\ufffe", "\uffff", "\u2028", "\t", "\n", "\r", "é"]
ABSURD_NUMBERS = [1e10, -1e10, 2e12, -2e12, 1e308, -1e308, 1_000_000.5, -1_000_001, 999_999.0,
                  5e-324, 0.0, 123_456_789_012, 10**30]
BAD_DATES = ["2026-02-30", "2026-1-1", "2026-01-01T10:00:00+02:00", "31/12/2026", 20260101, "",
             None, "2026-12-31"]


def _leaves(value: Any, path: tuple = ()) -> list[tuple[tuple, Any]]:
    """Every (path, leaf) of a JSON value, containers included."""
    found = [(path, value)]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _leaves(item, (*path, index))
    return found


def _set(data: Any, path: tuple, value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _mutate(rng: random.Random, data: dict[str, Any]) -> None:
    """One hostile change of the parsed file ``data`` (in place)."""
    links = data.get("links") or []
    kind = rng.randrange(9)
    if kind == 0 and links:  # an absurd position
        link = rng.choice(links)
        link["position"] = [rng.choice(ABSURD_NUMBERS + [0.0]) for _ in range(2)]
    elif kind == 1:  # characters no writer accepts, in any text
        texts = [(p, v) for p, v in _leaves(data) if isinstance(v, str) and p]
        if texts:
            path, text = rng.choice(texts)
            at = rng.randrange(len(text) + 1)
            _set(data, path, text[:at] + "".join(rng.choices(BAD_CHARS, k=3)) + text[at:])
    elif kind == 2:  # an unknown key, refused characters in its name and value
        objects = [v for _, v in _leaves(data) if isinstance(v, dict)]
        rng.choice(objects)["x_" + rng.choice(BAD_CHARS)] = {
            rng.choice(BAD_CHARS): [rng.choice(BAD_CHARS) * 2, rng.choice(ABSURD_NUMBERS)]}
    elif kind == 3:  # any leaf replaced by any JSON value
        path, _ = rng.choice([(p, v) for p, v in _leaves(data) if p])
        _set(data, path, rng.choice([None, True, -1, 2**70, 1.5e300, "", "x", [], {}, [1, 2]]))
    elif kind == 4 and data.get("actions"):  # a date that is not one
        action = rng.choice(data["actions"])
        action[rng.choice(["start", "deadline"])] = rng.choice(BAD_DATES)
    elif kind == 5 and data.get("actions"):  # an absurd budget
        rng.choice(data["actions"])["budget"] = rng.choice(ABSURD_NUMBERS + ["12", None])
    elif kind == 6 and links:  # a list past a limit, or just under it
        from valuechain_gui import limits

        over = rng.random() < 0.7
        link = rng.choice(links)
        if rng.random() < 0.5:
            link["actors"] = ["a"] * (limits.MAX_NAMES_PER_LIST + (1 if over else 0))
        else:
            extra = limits.MAX_FLOWS_PER_LINK + (1 if over else -len(links))
            for i in range(max(0, extra)):
                data["links"].append({**link, "id": f"fuzz-{i}", "name": f"Fuzz {i}",
                                      "actors": [], "position": [0.0, float(i)]})
                data.setdefault("flows", []).append({"upstream": f"fuzz-{i}",
                                                     "downstream": link["id"]})
    elif kind == 7:  # the workshop date
        data["date"] = rng.choice(BAD_DATES)
    elif kind == 8:  # an enormous text (past Excel's cell limit)
        texts = [p for p, v in _leaves(data) if isinstance(v, str) and p and p[-1] == "notes"]
        if texts:
            _set(data, rng.choice(texts), "long " * rng.choice([10, 7000]))


def case_bytes(seed: int, index: int) -> bytes:
    """The project file of case ``index`` of ``seed`` (deterministic)."""
    rng = random.Random(seed * 100_003 + index)
    data = json.loads(FIXTURE.read_text("utf-8"))
    for _ in range(rng.randint(1, 4)):
        _mutate(rng, data)
    text = json.dumps(data, ensure_ascii=rng.random() < 0.6, allow_nan=True)
    roll = rng.random()
    if roll < 0.05:  # JSON's forbidden numbers
        text = text.replace("0.0", rng.choice(["NaN", "Infinity", "1e400"]), 1)
    elif roll < 0.1:  # cut short
        text = text[:rng.randrange(len(text))]
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate gives bytes UTF-8 refuses


def _all_texts(value: Any) -> list[str]:
    from dataclasses import fields, is_dataclass

    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _all_texts(k) + _all_texts(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _all_texts(v)]
    if is_dataclass(value):
        return [t for f in fields(value) for t in _all_texts(getattr(value, f.name))]
    return []


def run_case(path: Path) -> dict[str, Any]:
    """Every door for the file at ``path``; what happened, as plain data."""
    import openpyxl
    from PIL import Image

    from valuechain_gui import limits
    from valuechain_gui.io.excel.export import build_workbook_bytes
    from valuechain_gui.io.project.file import (
        ProjectFileError,
        dumps_project,
        load_project_with_info,
        loads_project_with_info,
    )
    from valuechain_gui.io.report.check import check_report
    from valuechain_gui.text_safety import has_refused
    from valuechain_gui.ui.export.render import render_png_bytes, svg_bytes

    try:
        result = load_project_with_info(path)
    except ProjectFileError as error:
        return {"outcome": "refused", "code": error.code, "location": error.location,
                "message": str(error)}
    project = result.project
    texts = _all_texts([project.target_market, project.pole_name, project.territory,
                        project.participants, project.stages, list(project.links.values()),
                        list(project.actions.values()), project.extra])
    assert not [t for t in texts if has_refused(t)], "a refused character got in"
    assert all(max(abs(c) for c in link.position) <= limits.MAX_COORDINATE
               and all(math.isfinite(c) for c in link.position)
               for link in project.links.values())
    saved = dumps_project(project)  # Save and autosave: no UnicodeEncodeError
    again = loads_project_with_info(saved, "saved")
    assert again.project == project and again.warnings == []
    check_report(project, str(path))
    content, _ = build_workbook_bytes(project)
    openpyxl.load_workbook(io.BytesIO(content))  # the workbook reads back
    with Image.open(io.BytesIO(render_png_bytes(project, 400))) as picture:
        width, height = picture.size
    assert width * height <= limits.MAX_PICTURE_PIXELS
    assert max(width, height) <= limits.MAX_PICTURE_SIDE
    ET.fromstring(svg_bytes(project))  # a well-formed SVG
    return {"outcome": "loaded", "warnings": [str(w) for w in result.warnings]}


def main(seed: int, count: int, folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from valuechain_gui.ui.export.render import ensure_app

    ensure_app()
    for index in range(count):
        path = folder / f"fuzz-{index}.vchain"
        path.write_bytes(case_bytes(seed, index))
        started = time.monotonic()
        try:
            report = run_case(path)
        except Exception:  # noqa: BLE001 - reported as a failure of the case, never hidden
            report = {"outcome": "crash", "traceback": traceback.format_exc()}
        report.update(index=index, seconds=round(time.monotonic() - started, 3))
        print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
