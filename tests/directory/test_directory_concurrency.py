"""Two processes writing at once, and a process killed in the middle of its writes, leave a
whole, consistent directory."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from valuechain_gui.directory import open_directory
from valuechain_gui.model.partners import Partner

PER_PROCESS = 200


def write_partners(path: str, prefix: str, journal: str) -> None:
    """Add 200 partners one transaction each (run in a child process)."""
    with open_directory(__import__("pathlib").Path(path), seed=False, journal=journal,
                        timeout=30) as opened:
        for i in range(PER_PROCESS):
            opened.upsert(Partner(name=f"{prefix} cluster {i}", country="DE",
                                  competences=[prefix, str(i)]))


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_two_processes_writing_200_partners_each_at_once_end_with_400(tmp_path, journal):
    path = tmp_path / "partners.sqlite3"
    open_directory(path, seed=False, journal=journal).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=write_partners, args=(str(path), prefix, journal))
               for prefix in ("north", "south")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    for worker in workers:
        if worker.is_alive():
            worker.kill()
    assert [worker.exitcode for worker in workers] == [0, 0]
    with open_directory(path, seed=False) as opened:
        assert opened.count() == 2 * PER_PROCESS
        assert opened.integrity() == "ok"
        assert len(opened.partners(search="north")) == PER_PROCESS


WRITE_LOOP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from valuechain_gui.directory import open_directory
    from valuechain_gui.model.partners import Partner
    opened = open_directory(Path(sys.argv[1]), seed=False, journal=sys.argv[2])
    batch = 0
    while True:
        opened.upsert_many(Partner(name=f"Cluster {batch}-{i}", notes="x" * 2000)
                           for i in range(5))
        batch += 1
        print(batch, flush=True)
""")


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_process_killed_in_the_middle_of_its_writes_leaves_a_consistent_directory(
        tmp_path, journal):
    path = tmp_path / "partners.sqlite3"
    writer = subprocess.Popen([sys.executable, "-c", WRITE_LOOP, str(path), journal],
                              stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(10_000):  # bounded: the writer prints one line per committed batch
            line = writer.stdout.readline()
            if not line or int(line) >= 30:
                break
        assert line and int(line) >= 30
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    with open_directory(path, seed=False) as opened:
        assert opened.integrity() == "ok"
        count = opened.count()
        assert count >= 150 and count % 5 == 0  # every batch whole, or not there at all
        opened.upsert(Partner(name="After the crash"))
        assert opened.count() == count + 1
