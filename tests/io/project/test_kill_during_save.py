"""Saving survives being killed: SIGKILL a process in the middle of saving, 100 times; nothing is
ever lost.

A child process (a small Python script) loads two versions of a large project (2,000 links) and,
on each request, forks a worker that saves the two versions alternately in an endless loop. The
test kills the worker with SIGKILL after a random delay (spread over about two save
durations, so kills land in every phase of a save), waits until the child has reaped it, and
checks that ``plan.vchain`` (and its ``.bak``) loads and equals exactly the old or the new version.
Leftover temporary files are allowed (a killed process cannot clean up) but must never be the
target, and the next save removes them: never more than the last killed save's two. Forking
from a preloaded child keeps 100 kills within a few seconds of start-up cost.

This proves that the replace is atomic; the fsync (kept in :mod:`valuechain_gui.io.project.atomic`) is what
protects against power loss, which a kill cannot simulate.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from valuechain_gui.io.project.file import dumps_project, load_project, save_project
from valuechain_gui.model import LinkStatus, Project

KILLS = 100
LINKS = 2000

CHILD = r"""
import os, sys, time
from valuechain_gui.io.project.file import load_project, save_project

target, first, second = sys.argv[1:4]
versions = [load_project(first), load_project(second)]
started = time.monotonic()
save_project(versions[0], target)
print(f"ready {time.monotonic() - started:.4f}", flush=True)
for number, line in enumerate(sys.stdin):
    pid = os.fork()
    if pid == 0:  # the worker: save the two versions alternately until killed
        try:
            index = number % 2
            while True:
                save_project(versions[index], target)
                index = 1 - index
        finally:
            os._exit(3)
    print(f"worker {pid}", flush=True)
    _, status = os.waitpid(pid, 0)
    print(f"reaped {os.WIFSIGNALED(status) and os.WTERMSIG(status)}", flush=True)
"""


def large_project(seed: int) -> Project:
    """2,000 links over the six standard stages with a flow from each link to the next."""
    rng = random.Random(seed)
    project = Project.new("fr", "Véhicules spéciaux autonomes")
    stages = project.stages
    links = [project.make_link(f"Maillon {i:04d}", stages[i % 6].id,
                               position=(rng.uniform(0, 5000), rng.uniform(0, 5000)),
                               actors=[f"Acteur {rng.randrange(100)}"], notes="é" * (i % 50))
             for i in range(LINKS)]
    project.add_links(links)
    for up, down in zip(links, links[1:]):
        project.add_flow(up.id, down.id)
    project.set_status([link.id for link in links[::7]], LinkStatus.WEAK)
    project.set_status([link.id for link in links[3::11]], LinkStatus.MISSING)
    return project


def read_line(process: subprocess.Popen, timeout: float = 60.0) -> str:
    """One line from the child's stdout, failing the test if none comes within ``timeout``."""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError("the child process did not answer")
    line = process.stdout.readline()
    assert line, f"the child process ended: {process.stderr.read()}"
    return line.strip()


@pytest.mark.slow
def test_100_kills_during_save_lose_nothing(tmp_path, capsys):
    old = large_project(1)
    new = old.clone()
    new.update_meta(pole_name="Second version")
    new.update_links({link_id: {"position": (1.0, 2.0)} for link_id in list(new.links)[:500]})
    new.set_status(list(new.links)[-300:], LinkStatus.STRONG)
    sources = tmp_path / "sources"
    sources.mkdir()
    save_project(old, sources / "old.vchain")
    save_project(new, sources / "new.vchain")
    expected = {dumps_project(old): "old", dumps_project(new): "new"}
    work = tmp_path / "work"
    work.mkdir()
    target = work / "plan.vchain"
    script = tmp_path / "saver.py"
    script.write_text(CHILD, encoding="utf-8")

    child = subprocess.Popen(
        [sys.executable, str(script), str(target), str(sources / "old.vchain"),
         str(sources / "new.vchain")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    rng = random.Random(20261130)
    seen = {"old": 0, "new": 0}
    losses: list[str] = []
    loads_equal: dict[str, bool] = {}
    most_leftovers = 0
    try:
        save_seconds = float(read_line(child).split()[1])
        for kill in range(KILLS):
            child.stdin.write("go\n")
            child.stdin.flush()
            worker = int(read_line(child).split()[1])
            # The random moment of the kill is the point of the test (not a synchronisation).
            threading.Event().wait(rng.uniform(0.0, 2.0 * save_seconds))
            os.kill(worker, signal.SIGKILL)
            assert read_line(child) == f"reaped {int(signal.SIGKILL)}", "worker died by itself"
            version = expected.get(target.read_bytes())
            if version is not None and version not in loads_equal:
                # Same bytes load the same way: loading each version once proves it for all kills.
                loads_equal[version] = load_project(target) == (old if version == "old" else new)
            if version is None or not loads_equal[version]:
                losses.append(f"kill {kill}: plan.vchain is neither version")
            else:
                seen[version] += 1
            backup = work / "plan.vchain.bak"
            if backup.exists() and backup.read_bytes() not in expected:
                losses.append(f"kill {kill}: plan.vchain.bak is neither version")
            leftovers = {p.name for p in work.iterdir()} - {"plan.vchain", "plan.vchain.bak"}
            assert all(name.startswith(".plan.vchain") and name.endswith(".tmp")
                       for name in leftovers), leftovers
            # A killed save cannot clean up its temporary files (its own and its backup's);
            # the next save removes them, so they never pile up.
            assert len(leftovers) <= 2, leftovers
            most_leftovers = max(most_leftovers, len(leftovers))
    finally:
        child.stdin.close()
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    with capsys.disabled():
        print(f"\n{KILLS} kills, {len(losses)} losses "
              f"(found old {seen['old']}, new {seen['new']} times; one save ≈ "
              f"{save_seconds:.3f} s; at most {most_leftovers} temporary files left at once)")
    assert losses == []
    assert seen["old"] + seen["new"] == KILLS
    assert seen["old"] > 0 and seen["new"] > 0  # kills landed before and after saves completed
