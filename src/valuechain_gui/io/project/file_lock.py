"""The lock beside a project file, without Qt: the command line and the app see each other's.

While a window has ``plan.vchain`` open it holds ``plan.vchain.lock`` through Qt's
``QLockFile`` (:mod:`valuechain_gui.ui.document.file_lock`). Every other writer of a project file (the
command line's ``import -o``, and any later command that rewrites a project) takes the same lock
with :class:`ProjectLock`, which follows QLockFile's format and rules on Unix (Qt's
``qlockfile.cpp`` / ``qlockfile_unix.cpp``):

* the lock file is created exclusively (``O_CREAT | O_EXCL``), ``flock``-ed while held, and holds
  five lines: process id, process name (the file name of ``/proc/PID/exe``), host name, machine
  id (``/var/lib/dbus/machine-id``) and boot id (``/proc/sys/kernel/random/boot_id``);
* releasing removes it;
* a lock is stale (left by a process that died) when it was written on this machine and its
  process is gone, or its process id now belongs to another program, or the machine rebooted
  since. A stale lock is removed under ``NAME.lock.rmlock`` and only while ``flock`` succeeds,
  so a lock whose holder is alive is never removed, even if misjudged. A lock's age never makes
  it stale (the app uses ``setStaleLockTime(0)``).

A second writer waits briefly (:data:`WAIT_SECONDS`) for the lock, then refuses with
:class:`ProjectLockedError` (``open_elsewhere``). A writer also refuses (``written_elsewhere``)
when, by the time it has the lock, the file was rewritten since the writer started (two imports
into one file at the same moment): it would replace a version it never saw, and the version
before both would then be in neither the file nor its backup. A folder where no lock can be created
(read-only) does not stop a writer here: the save itself then fails with its own message.
"""

from __future__ import annotations

import errno
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from ...errors import ValueChainError

try:  # Unix; elsewhere the exclusive creation alone is the lock
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: Suffix of the lock file beside a project file (the same as the app's).
LOCK_SUFFIX = ".lock"
#: Suffix QLockFile adds to a lock's name while it removes that lock as stale.
REMOVAL_SUFFIX = ".rmlock"
#: How long a writer waits for another writer's lock before refusing (seconds).
WAIT_SECONDS = 2.0
#: A lock file that names no process (being written, or truncated) is stale after this long.
UNREADABLE_STALE_SECONDS = 10.0


class ProjectLockedError(ValueChainError):
    """Another live process (a window, or another command) holds the project file's lock.

    Codes ``open_elsewhere`` (it still holds it; params ``path``, ``pid``, ``host``, ``app``)
    and ``written_elsewhere`` (it rewrote the file since this writer started; param ``path``).
    """


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says of its holder (QLockFile's five lines)."""

    pid: int
    app: str
    host: str
    host_id: str = ""
    boot_id: str = ""


def lock_path(path: str | os.PathLike[str]) -> Path:
    """``plan.vchain`` → ``plan.vchain.lock`` (absolute), as the app names it."""
    target = Path(path).absolute()
    return target.with_name(target.name + LOCK_SUFFIX)


def _read_text(path: str, size: int) -> str:
    try:
        with open(path, "rb") as handle:
            return handle.read(size).decode("ascii", "replace")
    except OSError:
        return ""


def host_name() -> str:
    """This machine's name, as ``QSysInfo::machineHostName`` gives it on Linux (uname)."""
    try:
        return os.uname().nodename
    except AttributeError:  # pragma: no cover - Windows
        return socket.gethostname()


def machine_id() -> str:
    """``QSysInfo::machineUniqueId`` on Unix: the D-Bus machine id, or ""."""
    for path in ("/var/lib/dbus/machine-id", "/usr/local/var/lib/dbus/machine-id"):
        if os.path.exists(path):
            return _read_text(path, 32)
    return ""


def boot_id() -> str:
    """``QSysInfo::bootUniqueId`` on Linux: this boot's id, or "" elsewhere."""
    text = _read_text("/proc/sys/kernel/random/boot_id", 36)
    return text if len(text) == 36 else ""


def process_name(pid: int) -> str | None:
    """The file name of process ``pid``'s program (``/proc/PID/exe``), as QLockFile records it;
    None when it cannot be told (no /proc, or another user's process)."""
    try:
        target = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return None
    return os.path.basename(target.removesuffix(" (deleted)"))


def own_lock_info() -> LockInfo:
    """What this process writes into a lock it takes."""
    pid = os.getpid()
    return LockInfo(pid, process_name(pid) or "python", host_name(), machine_id(), boot_id())


def _contents(info: LockInfo) -> bytes:
    return "".join(f"{line}\n" for line in (info.pid, info.app, info.host, info.host_id,
                                            info.boot_id)).encode("utf-8")


def read_lock_info(lock: str | os.PathLike[str]) -> LockInfo | None:
    """The holder named in a lock file, or None (no file, or no valid process id in it)."""
    try:
        with open(lock, "rb") as handle:
            lines = handle.read(4096).decode("utf-8", "replace").split("\n")
    except OSError:
        return None
    lines += [""] * (5 - len(lines))
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    return LockInfo(pid, lines[1], lines[2], lines[3], lines[4]) if pid > 0 else None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    except OSError:
        return True
    return True


def is_stale(info: LockInfo) -> bool:
    """True when the lock's holder is certainly gone (QLockFile's rules, see the module doc)."""
    same_host = not info.host or info.host == host_name()
    ours = machine_id()
    if info.host_id and ours:
        same_host = info.host_id == ours
    if not same_host:
        return False  # another machine's process: its liveness cannot be told from here
    if info.boot_id and boot_id() and info.boot_id != boot_id():
        return True
    if not _process_alive(info.pid):
        return True
    name = process_name(info.pid)
    return name is not None and bool(info.app) and name != os.path.basename(info.app)


def _flock(fd: int) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_if_unheld(lock: Path) -> bool:
    """Remove ``lock`` if no live process holds its ``flock`` (QLockFile's removeStaleLock)."""
    try:
        fd = os.open(lock, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        if not _flock(fd):
            return False
        os.unlink(lock)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _lock_is_stale(lock: Path) -> bool:
    info = read_lock_info(lock)
    if info is not None:
        if info.pid == os.getpid() and info.host == host_name():
            # Our own process id: a crashed run's lock whose id the system gave to us again,
            # unless this process holds it (then its flock stops the removal).
            return True
        return is_stale(info)
    try:  # a lock naming no process: stale once it is clearly not being written any more
        return time.time() - lock.stat().st_mtime > UNREADABLE_STALE_SECONDS
    except OSError:
        return False


def _create(lock: Path) -> int:
    """Create ``lock`` exclusively, flock it and write this process's info; its descriptor.

    Raises:
        FileExistsError: someone holds it. OSError: it cannot be created.
    """
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        _flock(fd)
        data = _contents(own_lock_info())
        if os.write(fd, data) != len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        try:
            os.fsync(fd)
        except OSError:
            pass
    except BaseException:
        os.close(fd)
        try:
            os.unlink(lock)
        except OSError:
            pass
        raise
    return fd


def remove_stale_lock(lock: str | os.PathLike[str]) -> bool:
    """Remove ``lock`` if it is stale, under its ``.rmlock`` as QLockFile does; True if removed.

    A removal lock left by a dead process is itself removed first.
    """
    lock = Path(lock)
    if not _lock_is_stale(lock):
        return False
    removal = lock.with_name(lock.name + REMOVAL_SUFFIX)
    try:
        fd = _create(removal)
    except FileExistsError:
        if _lock_is_stale(removal):
            _remove_if_unheld(removal)
        return False
    except OSError:
        return False
    try:
        return _lock_is_stale(lock) and _remove_if_unheld(lock)
    finally:
        try:
            os.unlink(removal)
        except OSError:
            pass
        os.close(fd)


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What tells that a file was rewritten: inode, size, modification time (None: absent)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


class ProjectLock:
    """The lock of one project file, held from :meth:`acquire` to :meth:`release`.

    Use as a context manager: ``with ProjectLock(path): save_project(project, path)``.

    Args:
        path: the project file (its lock is ``path + ".lock"``).
        wait: seconds to wait for another holder before refusing.
    """

    def __init__(self, path: str | os.PathLike[str], wait: float = WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.lock = lock_path(path)
        self.wait = wait
        #: The file as this writer first saw it; a different one when the lock is taken means
        #: another writer wrote it in between (see :meth:`acquire`).
        self.expected = _signature(self.path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock file."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, waiting up to ``wait`` seconds for a live holder.

        A folder where the lock cannot be created (read-only, no permission) is not an error
        here: nothing is held and the write that follows reports the folder's problem.

        Raises:
            ProjectLockedError: ``open_elsewhere`` when another live process kept the lock for
                the whole wait; ``written_elsewhere`` when the file was rewritten since this
                object was made (create it when the command starts).
        """
        deadline = time.monotonic() + self.wait
        pause = 0.02
        waited_for: LockInfo | None = None
        while True:
            try:
                self._fd = _create(self.lock)
            except FileExistsError:
                pass
            except OSError:
                return  # no lock possible here; the save reports the folder's problem
            else:
                if _signature(self.path) != self.expected:
                    self.release()  # another writer wrote it meanwhile: keep its version
                    raise self._written_elsewhere()
                return
            if remove_stale_lock(self.lock):
                continue
            waited_for = read_lock_info(self.lock) or waited_for
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise self._refusal(waited_for)
            # Waiting for another process to finish its write: a bounded poll, as QLockFile's.
            time.sleep(min(pause, remaining))
            pause = min(pause * 2, 0.25)

    def _written_elsewhere(self) -> ProjectLockedError:
        return ProjectLockedError(
            "written_elsewhere",
            "open in another window or process, which wrote it after this command started; "
            "nothing was written (run the command again to replace that version)",
            file=str(self.path), path=str(self.path))

    def _refusal(self, info: LockInfo | None) -> ProjectLockedError:
        pid, host, app = (info.pid, info.host, info.app) if info else ("?", "?", "?")
        return ProjectLockedError(
            "open_elsewhere",
            "open in another window or process ({app}, process {pid} on {host}); nothing was "
            "written (close it there, or write to another file)",
            file=str(self.path), path=str(self.path), pid=pid, host=host or "?", app=app or "?")

    def release(self) -> None:
        """Remove the lock file and let go of it (nothing if not held)."""
        if self._fd is None:
            return
        try:
            os.unlink(self.lock)
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()
