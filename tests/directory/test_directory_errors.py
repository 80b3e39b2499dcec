"""A directory that cannot be used is refused with a code and one line naming the file: garbage,
a truncated file, a file locked by another process past the timeout, a newer schema."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from valuechain_gui.directory import DirectoryError, open_directory
from valuechain_gui.model.partners import Partner


def _refusal(path, **options) -> DirectoryError:
    with pytest.raises(DirectoryError) as caught:
        open_directory(path, seed=False, **options)
    error = caught.value
    assert str(path) in str(error) and "\n" not in str(error)
    return error


def test_a_file_of_garbage_bytes_is_corrupt(tmp_path):
    path = tmp_path / "partners.sqlite3"
    path.write_bytes(bytes(range(256)) * 40)
    assert _refusal(path).code == "corrupt"
    assert path.read_bytes() == bytes(range(256)) * 40  # left as it was


def test_a_truncated_directory_is_corrupt(tmp_path):
    path = tmp_path / "partners.sqlite3"
    with open_directory(path, seed=False) as opened:
        opened.upsert_many(Partner(name=f"Cluster {i}", country="DE", notes="x" * 300)
                           for i in range(500))
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])
    assert _refusal(path).code == "corrupt"


def test_a_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "partners.sqlite3"
    open_directory(path, seed=False).close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 9")
    error = _refusal(path)
    assert error.code == "newer" and "newer version" in str(error)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 9


def test_another_programs_database_and_a_folder_are_unreadable(tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE t (x)")
    assert _refusal(other).code == "unreadable"
    assert _refusal(tmp_path).code == "unreadable"


HOLD_WRITE = textwrap.dedent("""
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO glossary_terms VALUES ('a', 'b', 'now')")
    print("holding", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
""")


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_write_transaction_held_by_another_process_past_the_timeout_is_locked(
        tmp_path, journal):
    path = tmp_path / "partners.sqlite3"
    open_directory(path, seed=False, journal=journal).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with open_directory(path, seed=False, timeout=0.2, journal=journal) as opened:
            assert opened.count() == 0  # reading still works
            with pytest.raises(DirectoryError) as caught:
                opened.upsert(Partner(name="Cluster A"))
            assert caught.value.code == "locked"
            assert str(path) in str(caught.value)
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.wait(timeout=30) == 0
            opened.upsert(Partner(name="Cluster A"))  # free again: the write goes through
            assert opened.count() == 1
    finally:
        if holder.poll() is None:
            os.kill(holder.pid, 9)
            holder.wait(timeout=30)
