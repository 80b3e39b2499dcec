"""What a save leaves beside the file: the temporaries of killed saves go at the next save of
that file (a live save's are kept), and a name too long for the temporary and backup names is
refused before anything is written."""

from __future__ import annotations

import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from valuechain_gui.io.project.atomic import SaveError, remove_dead_temporaries
from valuechain_gui.io.project.file import load_project, save_project

#: A save that stops in its check step (after writing its temporary file) until stdin closes.
SLOW_SAVE = """
import sys
from valuechain_gui.io.project.atomic import atomic_write_bytes

def verify(tmp):
    print(tmp, flush=True)
    sys.stdin.read()

atomic_write_bytes(sys.argv[1], b"from the slow save", backup=sys.argv[1] + ".bak",
                   verify=verify)
"""


def start_slow_save(target: Path) -> tuple[subprocess.Popen, Path]:
    """A second process in the middle of saving ``target``; returns it and its temporary."""
    process = subprocess.Popen([sys.executable, "-c", SLOW_SAVE, str(target)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        ready = selector.select(60)
    line = process.stdout.readline().strip() if ready else ""
    if not line:
        process.kill()
        raise AssertionError(f"the slow save did not start: {process.stderr.read()}")
    return process, Path(line)


def finish(process: subprocess.Popen, kill: bool) -> None:
    if kill:
        process.send_signal(signal.SIGKILL)
    process.stdin.close()
    process.wait(30)
    process.stdout.close()
    process.stderr.close()


def test_a_killed_save_s_temporary_goes_at_the_next_save(tmp_path, small_project):
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    process, temporary = start_slow_save(target)
    try:
        assert temporary.exists() and temporary.name.startswith(".plan.vchain.")
        save_project(small_project, target)  # meanwhile: a live save's file is left alone
        assert temporary.exists()
    finally:
        finish(process, kill=True)
    assert temporary.exists()  # a killed process cannot clean up
    save_project(small_project, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.vchain", "plan.vchain.bak"]
    assert load_project(target) == small_project


def test_leftovers_of_many_kills_go_at_once_and_nothing_else(tmp_path, small_project):
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    dead = [tmp_path / f".plan.vchain.{i:08d}.tmp" for i in range(40)]
    dead += [tmp_path / f".plan.vchain.bak.ab_{i:05d}.tmp" for i in range(8)]
    for path in dead:
        path.write_bytes(b"x" * 1000)
    others = [tmp_path / ".other.vchain.abcdefgh.tmp", tmp_path / ".plan.vchain.notes.tmp",
              tmp_path / "plan.vchain.abcdefgh.tmp"]
    for path in others:
        path.write_bytes(b"not a temporary of plan.vchain")
    save_project(small_project, target)
    assert not [p for p in dead if p.exists()]
    assert all(p.exists() for p in others)
    assert remove_dead_temporaries(target) == []


def test_a_name_too_long_for_the_backup_is_refused_before_the_first_save(tmp_path,
                                                                         small_project):
    too_long = tmp_path / ("x" * 231 + ".vchain")  # 238 bytes
    with pytest.raises(SaveError) as refused:
        save_project(small_project, too_long)
    assert refused.value.code == "name_too_long"
    assert refused.value.params["needed"] == 256 and refused.value.params["limit"] == 255
    assert list(tmp_path.iterdir()) == []
    longest = tmp_path / ("x" * 230 + ".vchain")  # 237 bytes: every save works
    for pole in ("first", "second", "third"):
        small_project.update_meta(pole_name=pole)
        save_project(small_project, longest)
    assert load_project(longest).pole_name == "third"
    assert load_project(longest.with_name(longest.name + ".bak")).pole_name == "second"
