"""One project file, one writer: a lock beside each open file, read-only viewing otherwise.

While a window has ``plan.vchain`` open it holds ``plan.vchain.lock`` (a :class:`QLockFile`
with ``setStaleLockTime(0)``: a lock is never considered abandoned because of its age, only when
the process named in it is dead — QLockFile reads the PID, host and application name with
``getLockInfo`` and removes a stale lock itself in ``tryLock``; docs/architecture.md, "Known
pitfalls").

Opening a file whose lock another running instance holds warns and offers "Open Read-Only" or
"Cancel". A read-only document cannot be saved over its file (File > Save is disabled and
:meth:`Document.save` refuses with a ``locked`` error); Save As to another file is allowed and
takes that file's lock. A folder where no lock can be created (read-only share) does not stop
the user: the file opens normally, without a lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from valuechain_gui.io.project.file_lock import lock_path  # the same lock file the command line takes

if TYPE_CHECKING:
    from .document import Document

#: Absolute paths whose lock a window of this process holds (kept by :class:`DocumentLocks`).
_HELD_HERE: set[Path] = set()


def _t(text: str) -> str:
    return QCoreApplication.translate("FileLock", text)


def make_lock(path: str | Path) -> QLockFile:
    """A :class:`QLockFile` for the project file ``path`` (not locked yet), stale time 0."""
    lock = QLockFile(str(lock_path(path)))
    lock.setStaleLockTime(0)
    return lock


@dataclass
class LockHolder:
    """Who holds a project file's lock: process id, host name and application name."""

    pid: int
    host: str
    app: str


def lock_holder(path: str | Path) -> LockHolder | None:
    """The live process holding ``path``'s lock, or None when the file is free.

    A lock left by a crashed process (its PID is dead) counts as free: ``tryLock`` removes it.
    A lock that cannot be created (read-only folder) also counts as free (nothing to protect).
    """
    lock = make_lock(path)
    if lock.tryLock(0):
        lock.unlock()
        return None
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None
    pid, host, app = lock.getLockInfo()
    holder = LockHolder(int(pid), str(host), str(app))
    if _is_leftover_of_this_process(path, holder):
        lock.removeStaleLockFile()
        return None
    return holder


def _is_leftover_of_this_process(path: str | Path, holder: LockHolder) -> bool:
    """True for a lock naming this very process (same PID, same host) that none of its windows
    holds: a crashed run's lock whose PID the system gave to us again. Qt sees a live PID, so
    it never calls it stale itself."""
    return (holder.pid == QCoreApplication.applicationPid()
            and holder.host.lower() == QSysInfo.machineHostName().lower()
            and Path(path).absolute() not in _HELD_HERE)


def ask_open_read_only(parent: QWidget | None, path: Path, holder: LockHolder) -> bool:
    """Warn that ``path`` is open in another instance; True when the user chose
    "Open Read-Only", False for "Cancel"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _t("File already open"),
                      _t("“{name}” is already open in another valuechain-gui window.").format(
                          name=path.name), QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(_t(
        "If you both edit it, one of you would overwrite the other's work. You can view it "
        "read-only here and use Save As to keep your changes in another file.\n"
        "(Process {pid} on {host}.)").format(pid=holder.pid, host=holder.host or "?"))
    read_only = box.addButton(_t("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is read_only


def check_before_open(parent: QWidget | None, path: Path,
                      own: Path | None = None) -> bool | None:
    """Before opening ``path``: False = open normally, True = open read-only (another instance
    has it and the user agreed), None = the user cancelled.

    Args:
        own: the path whose lock the asking window holds (``DocumentLocks.locked_path``):
            reopening that file is not "open in another window", nothing is asked.
    """
    if own is not None and Path(own).absolute() == Path(path).absolute():
        return False
    holder = lock_holder(path)
    if holder is None:
        return False
    return True if ask_open_read_only(parent, Path(path), holder) else None


class DocumentLocks(QObject):
    """Holds the lock of the file shown in a main window and keeps the read-only state.

    Args:
        window: the main window (its status bar tells when a lock could not be taken);
            :attr:`writable_changed` says whether Save may write the document's file.

    Call :meth:`set_document` when the window shows another document, :meth:`may_write`
    before saving to a path, :meth:`release` when the window closes.
    """

    #: Whether the document may be saved to its file (False while it is read-only).
    writable_changed = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document: Document | None = None
        self.lock: QLockFile | None = None
        self.locked_path: Path | None = None

    def set_document(self, document: Document | None) -> None:
        """Release the previous file's lock and take ``document``'s (if it has a file and is not
        read-only). If another instance took the file meanwhile, the document becomes read-only."""
        if self.document is not None and self.document is not document:
            try:
                self.document.path_changed.disconnect(self._on_path_changed)
            except (RuntimeError, TypeError):
                pass
        self.release()
        self.document = document
        if document is None:
            return
        document.path_changed.connect(self._on_path_changed)
        if document.path is not None and not document.read_only:
            if not self._acquire(document.path):
                document.read_only = True
                self.window.statusBar().showMessage(
                    _t("{name} is open in another window: opened read-only.").format(
                        name=document.path.name), 10_000)
        self._update_actions()

    def _acquire(self, path: Path) -> bool:
        """Lock ``path``; False only when another live process holds it."""
        lock = make_lock(path)
        if lock.tryLock(0) or (lock_holder(path) is None and lock.tryLock(0)):
            self.lock, self.locked_path = lock, Path(path).absolute()
            _HELD_HERE.add(self.locked_path)
            return True
        return lock.error() != QLockFile.LockError.LockFailedError

    def _on_path_changed(self) -> None:
        """After Save As: the new file is ours (``may_write`` checked it), the old is released."""
        document = self.document
        if document is None or document.path is None:
            return
        if self.locked_path != document.path.absolute():
            self.release()
            self._acquire(document.path)
        document.read_only = False
        self._update_actions()

    def _update_actions(self) -> None:
        if self.document is not None:
            self.writable_changed.emit(not self.document.read_only)

    def may_write(self, path: Path) -> bool:
        """True unless ``path`` is another instance's open file (then the user is told why)."""
        target = Path(path).absolute()
        if self.locked_path == target:
            return True
        holder = lock_holder(target)
        if holder is None:
            return True
        QMessageBox.warning(self.window, _t("File already open"), _t(
            "“{name}” is open in another valuechain-gui window; saving here would overwrite "
            "its work. Choose another name.").format(name=target.name))
        return False

    def release(self) -> None:
        """Release the lock held (if any); the lock file is removed."""
        if self.lock is not None and self.lock.isLocked():
            self.lock.unlock()
        _HELD_HERE.discard(self.locked_path)
        self.lock, self.locked_path = None, None
