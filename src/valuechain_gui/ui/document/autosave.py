"""Autosave: the open project is copied to a recovery file, never over the user's file.

Where: ``QStandardPaths.writableLocation(AppDataLocation)/recovery/`` (on Linux
``~/.local/share/valuechain_gui/valuechain-gui/recovery``, on Windows
``%APPDATA%\\valuechain_gui\\valuechain-gui\\recovery``, on macOS
``~/Library/Application Support/valuechain_gui/valuechain-gui/recovery``), see :func:`recovery_dir`.

What: for each open project two files named by a key (:func:`path_key`): ``KEY.vchain`` (the
project, same format as a saved project, written with :func:`~valuechain_gui.io.project.atomic.atomic_write_bytes`
so a crash during an autosave leaves the previous recovery file whole) and ``KEY.json`` (a
sidecar: original path or null, time, counts of links/flows/actions, app version). The key is
``file-<sha256 of the absolute path, 24 hex>`` for a saved project and ``untitled-<uuid4>`` for an
untitled one. While a window follows a project it holds ``KEY.lock`` (a :class:`QLockFile`), so a
second running instance does not mistake a live project's recovery file for a crashed one's.

When: every N seconds (preference ``autosave/interval_s``, default 30) and when the window or the
application loses focus, only if the project is modified and changed since the last autosave.
Recovery files are removed when the project becomes clean (saved) and when it is closed cleanly
(saved or discarded at close); what is left behind after a crash is offered at the next start by
:mod:`valuechain_gui.ui.shell.recovery`. A failed autosave, whatever the cause, is logged and shows a
status-bar warning once (not again at each interval while it keeps failing the same way), never a
dialog, and leaves the previous recovery file as it was.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLockFile,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from valuechain_gui import __version__
from valuechain_gui.errors import ValueChainError
from valuechain_gui.io.project.atomic import SaveError, atomic_write_bytes
from valuechain_gui.model import Project
from .notifier import Connection, connect_all, disconnect_all

if TYPE_CHECKING:
    from .document import Document

_log = logging.getLogger(__name__)

#: QSettings key of the autosave interval, in seconds (int).
INTERVAL_KEY = "autosave/interval_s"
#: Default autosave interval, seconds.
DEFAULT_INTERVAL_S = 30
#: Range offered in the preferences, seconds.
MIN_INTERVAL_S, MAX_INTERVAL_S = 5, 3600
#: Suffixes of a recovery entry's files.
DATA_SUFFIX, INFO_SUFFIX, LOCK_SUFFIX = ".vchain", ".json", ".lock"
#: How long the status-bar warning of a failed autosave stays, milliseconds.
WARNING_MS = 20_000


def _t(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


def recovery_dir() -> Path:
    """The folder of recovery files: ``<AppDataLocation>/recovery`` (Path; may not exist yet).

    AppDataLocation depends on the organisation and application names set by
    :func:`valuechain_gui.ui.shell.app.make_application`.
    """
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".valuechain-gui") / "recovery"


def path_key(path: str | os.PathLike[str]) -> str:
    """The recovery key of a saved project: ``"file-"`` + 24 hex digits of the SHA-256 of its
    absolute, case-normalised path (str). The same file always gives the same key; a name
    with bytes that are not UTF-8 (read by Python as lone surrogates) has one too."""
    normal = os.path.normcase(os.path.abspath(os.fspath(path)))
    return "file-" + hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def untitled_key() -> str:
    """A fresh recovery key for an untitled project: ``"untitled-<uuid4>"`` (str)."""
    return f"untitled-{uuid.uuid4()}"


def project_counts(project: Project) -> dict[str, int]:
    """``{"links": n, "flows": n, "actions": n}`` of ``project``."""
    return {"links": len(project.links), "flows": len(project.flows),
            "actions": len(project.actions)}


@dataclass
class RecoveryEntry:
    """One recovery file and what its sidecar says.

    Attributes:
        key: the file names' stem (see :func:`path_key`, :func:`untitled_key`).
        data_path: ``KEY.vchain``, the autosaved project.
        info_path: ``KEY.json``, the sidecar (may be missing or damaged: fields then unknown).
        original: the project's own file, or None for an untitled project.
        saved_at: time of the autosave (timezone-aware, UTC).
        counts: ``{"links", "flows", "actions"}`` at that time, or None when unknown.
        app_version: version of valuechain-gui that wrote it ("" when unknown).
        title: the project's target market at that time ("" when unknown).
    """

    key: str
    data_path: Path
    info_path: Path
    original: Path | None
    saved_at: datetime
    counts: dict[str, int] | None
    app_version: str = ""
    title: str = ""


def write_recovery(project: Project, key: str, original: Path | None,
                   directory: Path | None = None) -> RecoveryEntry:
    """Write ``project`` to ``KEY.vchain`` and its sidecar ``KEY.json`` in ``directory``.

    Args:
        project: the project to copy.
        key: the entry's key.
        original: the project's own file or None (untitled).
        directory: default :func:`recovery_dir` (created if needed).

    Returns:
        The :class:`RecoveryEntry` written.

    Raises:
        SaveError: codes of :func:`~valuechain_gui.io.project.atomic.atomic_write_bytes` (``disk_full``,
            ``read_only``, ``locked``, ``write_failed``); the previous recovery file is intact.
        Exception: whatever turning the project into bytes raises (e.g. UnicodeEncodeError for
            text UTF-8 cannot carry); nothing was written then. :meth:`Autosaver.autosave_now`
            catches every failure.
    """
    from valuechain_gui.io.project.codec import dumps_project  # pydantic: imported when first needed

    folder = Path(directory) if directory is not None else recovery_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError("write_failed", "{path} could not be written: {reason}.",
                        path=str(folder), reason=exc.strerror or str(exc)) from exc
    entry = RecoveryEntry(key=key, data_path=folder / (key + DATA_SUFFIX),
                          info_path=folder / (key + INFO_SUFFIX),
                          original=Path(original).absolute() if original is not None else None,
                          saved_at=datetime.now(timezone.utc), counts=project_counts(project),
                          app_version=__version__, title=project.target_market)
    info: dict[str, Any] = {
        "format": "valuechain-gui-recovery", "version": 1,
        "original": str(entry.original) if entry.original is not None else None,
        "saved_at": entry.saved_at.isoformat(), "counts": entry.counts,
        "app_version": entry.app_version, "title": entry.title, "pid": os.getpid(),
    }
    # Both contents are made before either file is touched, so a project that cannot be
    # written leaves the previous pair as it was. ASCII escapes carry what UTF-8 cannot: a
    # path with undecodable bytes (Linux), read back by ``json.loads`` as the same str.
    data = dumps_project(project)
    sidecar = json.dumps(info, ensure_ascii=True, indent=1).encode("ascii")
    atomic_write_bytes(entry.data_path, data)
    atomic_write_bytes(entry.info_path, sidecar)
    return entry


def remove_recovery(key: str, directory: Path | None = None) -> None:
    """Delete ``KEY.vchain`` and ``KEY.json`` (missing files and errors are ignored)."""
    folder = Path(directory) if directory is not None else recovery_dir()
    for suffix in (INFO_SUFFIX, DATA_SUFFIX):
        try:
            (folder / (key + suffix)).unlink()
        except OSError:
            pass


def session_lock(key: str, directory: Path | None = None) -> QLockFile:
    """A :class:`QLockFile` on ``KEY.lock`` (not locked yet), never considered stale by age:
    only a lock whose process is dead is taken over (docs/architecture.md, "Known pitfalls")."""
    folder = Path(directory) if directory is not None else recovery_dir()
    lock = QLockFile(str(folder / (key + LOCK_SUFFIX)))
    lock.setStaleLockTime(0)
    return lock


def read_interval(settings: QSettings) -> int:
    """The autosave interval preference in seconds, clamped to [MIN_INTERVAL_S, MAX_INTERVAL_S]."""
    try:
        value = int(str(settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_S)))
    except (TypeError, ValueError):
        value = DEFAULT_INTERVAL_S
    return max(MIN_INTERVAL_S, min(MAX_INTERVAL_S, value))


class Autosaver(QObject):
    """Autosaves the document shown by a main window (see the module docstring).

    Args:
        window: the main window; its ``statusBar()`` shows failures and its deactivation
            triggers an autosave. May be None (tests): then only :meth:`set_document` is used.
        settings: where the interval preference is read (default: the application's).
        directory: recovery folder (default: :func:`recovery_dir` at each write).

    Attributes:
        document: the followed :class:`~valuechain_gui.ui.document.document.Document` or None.
        key: its recovery key, or None.
        timer: the repeating QTimer.
        last_error: the message of the last failed autosave, or None after a success.

    Signals:
        saved(RecoveryEntry): an autosave was written.
        failed(str): an autosave failed; the translated message (also shown in the status bar).
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, window: QMainWindow | None = None, settings: QSettings | None = None,
                 directory: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.directory = directory
        self.document: Document | None = None
        self.key: str | None = None
        self.last_error: str | None = None
        self._key_path: Path | None = None
        self._lock: QLockFile | None = None
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave_now)
        self.set_interval(read_interval(settings if settings is not None else QSettings()))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        if window is not None:
            window.installEventFilter(self)

    # ------------------------------------------------------------------ configuration
    def set_interval(self, seconds: float) -> None:
        """Autosave every ``seconds`` (> 0; the preferences offer 5..3600) from now on."""
        self.timer.start(max(1, int(round(seconds * 1000))))

    def interval_s(self) -> float:
        """The current interval, seconds."""
        return self.timer.interval() / 1000.0

    def folder(self) -> Path:
        """The recovery folder this autosaver writes to (Path)."""
        return Path(self.directory) if self.directory is not None else recovery_dir()

    # ------------------------------------------------------------------ following a document
    def set_document(self, document: Document | None) -> None:
        """Follow ``document`` (a Document); the previous one was closed cleanly, so its
        recovery files are removed. A document carrying ``recovery_key`` (restored from a
        recovery file) keeps autosaving to that entry."""
        if document is self.document:
            return
        if self.document is not None:
            self._disconnect(self.document)
            self._drop_entry()
        self.document = document
        self._dirty = bool(document is not None and document.is_modified())
        if document is None:
            return
        self._key_path = document.path
        connect_all(self._connections(document))
        restored = document.recovery_key
        self._use_key(restored or self._new_key(document))
        if restored:  # its entry exists: hold it at once so no other instance offers it
            self._hold_lock()

    def _connections(self, document: Document) -> list[Connection]:
        """What the autosaver follows: every model change and undo step, the modified state,
        the file path."""
        return [(document.undo_stack.indexChanged, self._on_changed),
                *((signal, self._on_changed) for signal in document.notifier.every_change()),
                (document.modified_changed, self._on_modified_changed),
                (document.path_changed, self._on_path_changed)]

    def _disconnect(self, document: Document) -> None:
        disconnect_all(self._connections(document))

    def _new_key(self, document: Document) -> str:
        self._key_path = document.path
        return path_key(document.path) if document.path is not None else untitled_key()

    def _use_key(self, key: str) -> None:
        """Autosave under ``key`` from now on. Its session lock is taken at the first autosave
        (:meth:`_hold_lock`), so a project that is never autosaved leaves no file behind."""
        self._release_lock()
        self.key = key

    def _hold_lock(self) -> None:
        """Hold the session lock of :attr:`key`; if another live instance holds it (the same
        file open twice), switch to a distinct key so neither overwrites the other's recovery.
        A folder where no lock can be made is left to the write to report."""
        if self.key is None or (self._lock is not None and self._lock.isLocked()):
            return
        try:
            self.folder().mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        lock = session_lock(self.key, self.folder())
        if not lock.tryLock(0) and lock.error() == QLockFile.LockError.LockFailedError:
            self.key = f"{self.key}-{uuid.uuid4().hex[:8]}"
            lock = session_lock(self.key, self.folder())
            lock.tryLock(0)
        self._lock = lock

    def _release_lock(self) -> None:
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()
        self._lock = None

    def _drop_entry(self) -> None:
        if self.key is not None:
            remove_recovery(self.key, self.folder())
        self._release_lock()
        self.key = None

    def close_cleanly(self) -> None:
        """The window closes after the user saved or discarded: remove the recovery files,
        release the session lock, stop the timer."""
        self.timer.stop()
        if self.document is not None:
            self._disconnect(self.document)
        self._drop_entry()
        self.document = None

    # ------------------------------------------------------------------ events
    def _on_changed(self, *_args: object) -> None:
        self._dirty = True

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified and self.document is not None and not self.document.is_modified():
            # saved (or undone back to the saved state): the user's file has everything
            if self.key is not None:
                remove_recovery(self.key, self.folder())
            self._release_lock()
            self._dirty = False
            self.document.recovery_key = None

    def _on_path_changed(self) -> None:
        document = self.document
        if document is None or document.path == self._key_path:
            return
        if self.key is not None:
            remove_recovery(self.key, self.folder())
        document.recovery_key = None
        self._use_key(self._new_key(document))

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosave_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Autosave when the window is deactivated (another window or application got focus)."""
        if event.type() == QEvent.Type.WindowDeactivate:
            self.autosave_now()
        return False

    # ------------------------------------------------------------------ writing
    def autosave_now(self) -> bool:
        """Write the recovery file if the document is modified and changed since the last
        autosave; True when written. A failure of any kind never raises and leaves the previous
        recovery file as it was: it sets :attr:`last_error`, is logged, and the first failure
        of a run of identical ones emits :attr:`failed` and shows a status-bar warning (an
        autosave that keeps failing every interval does not repeat it)."""
        document = self.document
        if document is None or self.key is None or not self._dirty or not document.is_modified():
            return False
        try:
            self._hold_lock()
            entry = write_recovery(document.project, self.key, document.path, self.folder())
        except Exception as exc:  # noqa: BLE001 - an autosave must never end in a crash report
            self._report_failure(exc)
            return False
        self._dirty = False
        self.last_error = None
        self.saved.emit(entry)
        return True

    def _report_failure(self, exc: BaseException) -> None:
        from valuechain_gui.ui.text.messages import error_text
        from valuechain_gui.text_safety import escape_controls

        known = isinstance(exc, (ValueChainError, OSError))
        if known:
            reason = error_text(exc).replace("\n", " ")
        else:  # not a failure autosave knows: the project holds something it cannot write
            try:
                detail = f"{type(exc).__name__}: {exc}"
            except Exception:  # noqa: BLE001 - an exception whose str() fails
                detail = type(exc).__name__
            reason = _t("the project could not be converted to a file ({error}).").format(
                error=detail)
        message = escape_controls(_t("Autosave failed: {reason} Your changes are still open here; "
                              "save the project to keep them.").format(reason=reason))
        if message == self.last_error:  # the same failure as last time: told already
            _log.debug("%s", message)
            return
        _log.warning("%s", message, exc_info=None if known else exc)
        self.last_error = message
        if self.window is not None:
            self.window.statusBar().showMessage(message, WARNING_MS)
        self.failed.emit(message)
