"""Fuzz of the recovery folder: random damage to recovery entries (truncated JSON, wrong types,
huge numbers, deep nesting, bad timestamps, a missing project copy, bytes that are not UTF-8,
odd file names) never raises out of the scan or the dialog; the good entries are always offered
and the damaged ones always set aside and told on one line. A seeded generator keeps every run
the same and bounded (a few seconds)."""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

from valuechain_gui.io.project.codec import dumps_project
from valuechain_gui.ui.document.autosave import path_key, untitled_key
from valuechain_gui.ui.shell.recovery import RecoveryDialog, comparison_text, compare_entry
from valuechain_gui.ui.shell.recovery_scan import MAX_COUNT, MAX_SIDECAR_BYTES, scan_recovery

SEED = 20240514
FOLDERS = 80

GOOD_TIMES = ["2024-05-14T09:30:00+00:00", "2024-05-14T09:30:00.123456+02:00",
              "2024-05-14T09:30:00-12:00", "9999-12-31T23:59:59+00:00",
              "0001-01-01T00:00:00+00:00", "2024-05-14T09:30:00Z"]
BAD_TIMES = ["", "yesterday", "2024-13-40T00:00:00+00:00", "2024-05-14T09:30:00",
             "2024-05-14", "0001-01-01T00:00:00+01:00", 20240514, None, [], {"t": 1},
             "2024-05-14T09:30:00+00:00\x00", "2024\ud800-05-14"]
ODD_TEXT = ["", "Robots\nagricoles", "\x1b[31mred", "\ud800", "\u202eevil", "é" * 300,
            "\x00", "tab\there"]
WRONG_VALUES = {
    "format": ["valuechain-gui", None, 1, ["valuechain-gui-recovery"]],
    "version": [0, -1, "1", 1.0, True, None, [1]],
    "original": ["", 0, ["a"], {"p": 1}, "a\x00b", True],
    "counts": [None, [], "4 links", 3, {"links": 1}],
    "app_version": [1, None, [], {}],
    "title": [1, None, ["x"], {"a": 1}, False],
}
HUGE = [2**31, 2**63, 10**30, -1, -(2**31), 1e308, 1.5, float("inf"), float("nan")]


def _good_sidecar(rng: random.Random, original: str | None) -> dict:
    info = {"format": "valuechain-gui-recovery", "version": rng.choice([1, 1, 2]),
            "original": original, "saved_at": rng.choice(GOOD_TIMES),
            "counts": {"links": rng.choice([0, 4, MAX_COUNT]), "flows": rng.randrange(100),
                       "actions": rng.randrange(100)},
            "app_version": rng.choice(["0.1.0", ""] + ODD_TEXT),
            "title": rng.choice(["Autonomous special vehicles"] + ODD_TEXT), "pid": 42}
    if rng.random() < 0.2:
        info["unknown_later_field"] = {"kept": [1, 2]}
    if rng.random() < 0.1:
        del info["title"]
    return info


def _dump(info: object, rng: random.Random) -> bytes:
    """JSON bytes of ``info``, with or without ASCII escapes (text UTF-8 cannot carry, a lone
    surrogate, is always escaped, as autosave writes it)."""
    indent = rng.choice([None, 1])
    try:
        return json.dumps(info, ensure_ascii=rng.random() < 0.5, indent=indent).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(info, ensure_ascii=True, indent=indent).encode("ascii")


def _damaged_sidecar(rng: random.Random, info: dict) -> tuple[bytes, bool]:
    """(sidecar bytes, keep the project copy) for one random kind of damage."""
    kind = rng.choice(["truncate", "wrong_type", "huge", "deep", "time", "no_copy",
                       "not_utf8", "missing", "not_object", "deep_field", "long_int", "large"])
    raw = _dump(info, rng)
    if kind == "truncate":
        return raw[:rng.randrange(len(raw) - 1)], True
    if kind == "wrong_type":
        name = rng.choice(sorted(WRONG_VALUES))
        info[name] = rng.choice(WRONG_VALUES[name])
    elif kind == "huge":
        info["counts"][rng.choice(["links", "flows", "actions"])] = rng.choice(HUGE)
    elif kind == "deep":
        depth = rng.randrange(10_000, 100_001)
        return rng.choice(["[", "{\"a\":"]).encode() * depth, True
    elif kind == "deep_field":
        depth = rng.choice([50, 100_000])
        info[rng.choice(["counts", "saved_at", "original"])] = "DEEP"
        return _dump(info, rng).replace(b'"DEEP"', b"[" * depth + b"]" * depth), True
    elif kind == "time":
        info["saved_at"] = rng.choice(BAD_TIMES)
    elif kind == "no_copy":
        return raw, False
    elif kind == "not_utf8":
        at = rng.randrange(len(raw))
        return raw[:at] + rng.choice([b"\xff", b"\xc3(", b"\xed\xa0\x80", b"\x80"]) + raw[at:], True
    elif kind == "missing":
        del info[rng.choice(["format", "version", "original", "saved_at", "counts"])]
    elif kind == "not_object":
        return rng.choice([b"[]", b'"valuechain-gui-recovery"', b"null", b"42", b""]), True
    elif kind == "long_int":
        return raw.replace(b'"flows": ', b'"flows": 1' + b"0" * 5000 + b", \"x\": ", 1), True
    elif kind == "large":
        info["title"] = "x" * (MAX_SIDECAR_BYTES + 1)
    return _dump(info, rng), True


def _readable(text: str) -> bool:
    return "\n" not in text and not any(
        unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in text)


def _make_folder(rng: random.Random, folder: Path, project_bytes: bytes):
    """Write good and damaged entries; returns (good keys, their file names, damaged keys)."""
    folder.mkdir(parents=True)
    good, good_files, damaged = set(), set(), set()
    for _ in range(rng.randrange(1, 4)):
        original = rng.choice([None, str(folder.parent / "plan.vchain"),
                               str(folder.parent / "fa\udce7ade.vchain")])
        key = path_key(original) if original and rng.random() < 0.5 else untitled_key()
        (folder / f"{key}.vchain").write_bytes(project_bytes)
        good_files.add(f"{key}.vchain")
        if rng.random() < 0.9:  # else no sidecar: a crash between the two writes, still good
            (folder / f"{key}.json").write_bytes(_dump(_good_sidecar(rng, original), rng))
            good_files.add(f"{key}.json")
        good.add(key)
    for _ in range(rng.randrange(1, 4)):
        key = untitled_key()
        if rng.random() < 0.1:
            key = rng.choice(["notes\x1b[2J", "bad name", "fa\udce7ade", "é"])
        raw, keep_copy = _damaged_sidecar(rng, _good_sidecar(rng, None))
        (folder / f"{key}.json").write_bytes(raw)
        if keep_copy:
            (folder / f"{key}.vchain").write_bytes(project_bytes)
        damaged.add(key)
    return good, good_files, damaged


def test_random_damage_never_raises_offers_the_good_and_sets_aside_the_damaged(
        qapp, tmp_path, small_project):
    rng = random.Random(SEED)
    project_bytes = dumps_project(small_project)
    told = 0
    for number in range(FOLDERS):
        folder = tmp_path / f"case{number}" / "recovery"
        good, good_files, damaged = _make_folder(rng, folder, project_bytes)

        found = scan_recovery(folder)

        context = f"case {number}: {sorted(p.name for p in folder.iterdir())}"
        assert {e.key for e in found.entries} == good, context
        assert {d.key for d in found.damaged} == damaged, context
        assert {p.name for p in folder.iterdir() if p.is_file()} == good_files, context
        times = [e.saved_at for e in found.entries]
        assert times == sorted(times, reverse=True)
        for entry in found.damaged:
            assert entry.moved and entry.file.parent == folder / "damaged"
            assert entry.file.exists(), context
            assert _readable(entry.text()) and _readable(entry.text(full_path=False))
            told += 1
        dialog = RecoveryDialog(found.entries, None, found.damaged)
        cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
                 for c in range(3)]
        assert all(_readable(text) for text in cells), cells
        assert dialog.damaged_list.count() == len(damaged)
        for entry in found.entries[:1]:
            lines = comparison_text(entry, compare_entry(entry)).splitlines()
            assert all(_readable(line) for line in lines), lines
        dialog.deleteLater()

        again = scan_recovery(folder)  # the next start: the same good ones, nothing damaged
        assert {e.key for e in again.entries} == good and again.damaged == []
    assert told >= FOLDERS  # the run really damaged entries
