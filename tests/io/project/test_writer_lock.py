"""One writer per project file, across the app (Qt's QLockFile) and the command line (the
Qt-free :class:`ProjectLock`): each sees the other's lock, a dead holder's lock is stale for
both, and two imports into the same file at once never lose the version they replace.

The other holder is always a real second process (a small Python script that takes the lock,
says "locked" and waits for its stdin to close, or is killed); every wait is bounded.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from valuechain_gui.cli import main
from valuechain_gui.io.project.file_lock import (
    LockInfo,
    ProjectLock,
    ProjectLockedError,
    is_stale,
    lock_path,
    own_lock_info,
    read_lock_info,
)
from valuechain_gui.io.project.file import dumps_project, load_project, save_project

HOLD_WITH_QT = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0), lock.error()
print("locked", flush=True)
sys.stdin.read()
"""

HOLD_WITHOUT_QT = """
import sys
from valuechain_gui.io.project.file_lock import ProjectLock
with ProjectLock(sys.argv[1], wait=0):
    print("locked", flush=True)
    sys.stdin.read()
"""


class Holder:
    """A second process holding a lock until :meth:`stop` (or killed by :meth:`kill`)."""

    def __init__(self, script: str, target: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", script, str(target)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            ready = selector.select(60)
        line = self.process.stdout.readline().strip() if ready else ""
        if line != "locked":
            self.process.kill()
            raise AssertionError(f"the holder did not lock: {self.process.stderr.read()}")

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(30)
        self.process.stdout.close()
        self.process.stderr.close()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        self.process.stdin.close()
        self.process.stdout.close()
        self.process.stderr.close()


@pytest.fixture
def project_file(tmp_path, small_project) -> Path:
    path = tmp_path / "plan.vchain"
    save_project(small_project, path)
    return path


@pytest.fixture
def sheet(tmp_path) -> Path:
    path = tmp_path / "chain.csv"
    path.write_text("Link;Status\nSensors;weak\nVehicle;strong\n", "utf-8")
    return path


def test_import_refuses_a_file_the_app_holds_open(project_file, sheet, capsys):
    before = project_file.read_bytes()
    app = Holder(HOLD_WITH_QT, lock_path(project_file))  # what a window holds (ui/document/file_lock.py)
    try:
        started = time.monotonic()
        assert main(["import", str(sheet), "-o", str(project_file)]) == 1
        waited = time.monotonic() - started
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert err.startswith(f"{project_file}: open in another window or process")
        assert f"process {app.pid}" in err
        assert project_file.read_bytes() == before
        assert not (project_file.parent / "plan.vchain.bak").exists()
        assert 1.5 < waited < 30  # it waited briefly for the holder, then gave up
    finally:
        app.stop()
    assert main(["import", str(sheet), "-o", str(project_file)]) == 0  # free again
    assert (project_file.parent / "plan.vchain.bak").read_bytes() == before


def test_the_app_sees_a_command_line_writer_s_lock(project_file):
    from valuechain_gui.ui.document.file_lock import lock_holder, make_lock

    cli = Holder(HOLD_WITHOUT_QT, project_file)
    try:
        holder = lock_holder(project_file)
        assert holder is not None and holder.pid == cli.pid
        assert holder.app == own_lock_info().app  # the same program name Qt would write
        assert not make_lock(project_file).tryLock(0)
        with pytest.raises(ProjectLockedError) as refused:
            ProjectLock(project_file, wait=0.2).acquire()
        assert refused.value.code == "open_elsewhere" and refused.value.params["pid"] == cli.pid
    finally:
        cli.stop()
    assert not lock_path(project_file).exists()  # released: the lock file is gone
    assert lock_holder(project_file) is None


def test_a_killed_writer_s_lock_is_stale_for_qt_and_for_the_command_line(project_file, sheet):
    from PySide6.QtCore import QLockFile

    from valuechain_gui.ui.document.file_lock import make_lock

    for script in (HOLD_WITHOUT_QT, HOLD_WITH_QT):
        target = project_file if script is HOLD_WITHOUT_QT else lock_path(project_file)
        dead = Holder(script, target)
        dead.kill()
        assert read_lock_info(lock_path(project_file)).pid == dead.pid  # left behind
        assert is_stale(read_lock_info(lock_path(project_file)))
        if script is HOLD_WITHOUT_QT:  # Qt (the app) removes our dead lock itself
            lock = make_lock(project_file)
            assert lock.tryLock(0), lock.error()
            assert lock.error() == QLockFile.LockError.NoError
            lock.unlock()
        else:  # the command line removes Qt's dead lock
            assert main(["import", str(sheet), "-o", str(project_file)]) == 0
        assert not lock_path(project_file).exists()


def test_a_lock_whose_pid_now_runs_another_program_is_stale(project_file):
    from valuechain_gui.ui.document.file_lock import make_lock

    other = Holder(HOLD_WITHOUT_QT, project_file.with_name("other.vchain"))
    try:  # a live process id, but not the program that wrote the lock: the PID was reused
        ours = own_lock_info()
        reused = LockInfo(other.pid, "not-" + ours.app, ours.host, ours.host_id, ours.boot_id)
        lock_path(project_file).write_text(
            "".join(f"{v}\n" for v in (reused.pid, reused.app, reused.host, reused.host_id,
                                        reused.boot_id)), "ascii")
        assert is_stale(reused)
        assert not is_stale(read_lock_info(lock_path(project_file.with_name("other.vchain"))))
        lock = make_lock(project_file)  # Qt agrees
        assert lock.tryLock(0)
        lock.unlock()
    finally:
        other.stop()


def test_another_machine_s_lock_is_respected():
    ours = own_lock_info()
    elsewhere = LockInfo(999_999, ours.app, "another-host", "0" * 32, ours.boot_id)
    assert not is_stale(elsewhere)  # its process cannot be checked from here
    rebooted = LockInfo(ours.pid, ours.app, ours.host, ours.host_id,
                        "00000000-0000-0000-0000-000000000000")
    assert is_stale(rebooted) == bool(ours.boot_id)  # written before this machine rebooted


def test_the_lock_file_says_what_qlockfile_says(tmp_path):
    from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo

    qt_lock = QLockFile(str(tmp_path / "qt.lock"))
    assert qt_lock.tryLock(0)
    try:
        qt_lines = (tmp_path / "qt.lock").read_text("utf-8").split("\n")
    finally:
        qt_lock.unlock()
    with ProjectLock(tmp_path / "ours"):
        our_lines = (tmp_path / "ours.lock").read_text("utf-8").split("\n")
        pid, host, app = QLockFile(str(tmp_path / "ours.lock")).getLockInfo()
    assert our_lines == qt_lines  # pid, program, host, machine id, boot id, as Qt writes them
    assert pid == QCoreApplication.applicationPid() == os.getpid()
    assert host == QSysInfo.machineHostName()
    assert app == qt_lines[1]


def test_two_imports_at_once_never_lose_the_version_they_replace(tmp_path, small_project):
    """Two ``import -o`` of different sheets into one file, started together, 5 times: both end
    within the bound; one writes, the other refuses (the file changed after it started); the
    version before both is always in the .bak, the file is the writer's import."""
    target = tmp_path / "plan.vchain"
    sheets = {}
    for name in ("a", "b"):
        sheets[name] = tmp_path / f"{name}.csv"
        sheets[name].write_text("Link;Status\n" + "".join(f"{name} link {i};weak\n"
                                                           for i in range(300)), "utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for trial in range(5):
        small_project.update_meta(pole_name=f"Original {trial}")
        save_project(small_project, target)
        original = target.read_bytes()
        runs = {name: subprocess.Popen(
            [sys.executable, "-m", "valuechain_gui.cli", "import", str(sheet), "-o",
             str(target), "--market", name], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True) for name, sheet in sheets.items()}
        results = {name: (run.wait(60), run.communicate()[1]) for name, run in runs.items()}
        final = load_project(target).target_market
        assert final in ("a", "b")
        other = "b" if final == "a" else "a"
        assert results[final][0] == 0, results[final][1]
        assert results[other][0] == 1, (trial, results)
        assert results[other][1] == (f"{target}: open in another window or process, which "
                                     "wrote it after this command started; nothing was written "
                                     "(run the command again to replace that version)\n")
        assert (tmp_path / "plan.vchain.bak").read_bytes() == original, trial
        assert not lock_path(target).exists()
        assert dumps_project(load_project(target))  # a whole, loadable file


def test_a_file_rewritten_after_the_writer_started_is_not_replaced(project_file, small_project):
    lock = ProjectLock(project_file)  # the command starts, sees the file...
    small_project.update_meta(pole_name="Saved by the app meanwhile")
    save_project(small_project, project_file)  # ...someone else saves it...
    with pytest.raises(ProjectLockedError) as refused:
        lock.acquire()  # ...so the command does not write over a version it never saw
    assert refused.value.code == "written_elsewhere"
    assert not lock.held and not lock_path(project_file).exists()
    with ProjectLock(project_file) as fresh:  # a writer that starts now may write
        assert fresh.held


def test_a_crashed_run_s_lock_naming_this_very_process_is_taken_over(project_file):
    """The system gave the dead writer's process id to us: Qt's rules see a live process with
    the right name, so only its missing flock tells that nobody holds it."""
    ours = own_lock_info()
    lock_path(project_file).write_text(
        "".join(f"{v}\n" for v in (ours.pid, ours.app, ours.host, ours.host_id, ours.boot_id)),
        "ascii")
    with ProjectLock(project_file, wait=0) as taken:
        assert taken.held
        with pytest.raises(ProjectLockedError):  # held here: a second writer still waits
            ProjectLock(project_file, wait=0.1).acquire()
    assert not lock_path(project_file).exists()
