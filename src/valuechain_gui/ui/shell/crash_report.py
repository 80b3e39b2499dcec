"""Unexpected errors in the desktop application: logged, autosaved, told in plain words.

:func:`install_excepthook` (called by :func:`valuechain_gui.ui.shell.app.run_app` around the event
loop, restored afterwards) replaces ``sys.excepthook`` with :func:`report_unexpected_error`: the
traceback goes to a log file under ``QStandardPaths.AppDataLocation/logs/``, every open main
window writes its recovery file (``MainWindow.autosaver.autosave_now()``), and the user
sees a translated message naming the log file instead of a traceback on a console nobody reads.
An error raised while reporting falls back to Python's own hook (no recursion).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from valuechain_gui.ui.shell.main_window import MainWindow

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

_reporting = False  # True while a report is being made: a second error is not reported again


def log_dir() -> Path:
    """``<AppDataLocation>/logs`` (created when missing)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or Path.home() / ".valuechain-gui") / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_log(exc_type: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> Path:
    """Write the traceback to a new ``crash-YYYYmmdd-HHMMSS-ffffff.log``; returns its path.

    Raises: OSError when the log folder cannot be written.
    """
    path = log_dir() / datetime.now().strftime("crash-%Y%m%d-%H%M%S-%f.log")
    path.write_text("".join(traceback.format_exception(exc_type, exc, tb)), encoding="utf-8")
    return path


def autosave_open_windows() -> int:
    """Ask every open main window to autosave now; how many saved."""
    saved = 0
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, MainWindow):
            continue
        try:
            saved += bool(widget.autosaver.autosave_now())
        except Exception:  # noqa: BLE001 - a broken window must not stop the others' autosave
            continue
    return saved


def show_message(parent: QWidget | None, text: str) -> None:
    """Show ``text`` in a modal critical message box (tests replace this function)."""
    QMessageBox.critical(parent, QCoreApplication.translate("CrashReport", "Unexpected error"),
                         text)


def report_unexpected_error(exc_type: type[BaseException], exc: BaseException,
                            tb: TracebackType | None) -> Path | None:
    """``sys.excepthook``: log, autosave, tell the user. Returns the log file (None if unwritable).

    KeyboardInterrupt and a second error while reporting go to ``sys.__excepthook__``.
    """
    global _reporting
    if _reporting or issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return None
    _reporting = True
    try:
        try:
            log: Path | None = write_log(exc_type, exc, tb)
        except OSError:
            log = None
            sys.__excepthook__(exc_type, exc, tb)  # at least on stderr
        autosave_open_windows()
        where = str(log) if log is not None else QCoreApplication.translate(
            "CrashReport", "(the log file could not be written)")
        show_message(QApplication.activeWindow(), QCoreApplication.translate(
            "CrashReport", "An unexpected error occurred. Your work was autosaved; details in "
            "{log}.").format(log=where))
        return log
    finally:
        _reporting = False


def install_excepthook() -> Callable[[], None]:
    """Make :func:`report_unexpected_error` the ``sys.excepthook``; returns a function that puts
    the previous hook back."""
    previous: ExceptHook = sys.excepthook
    sys.excepthook = report_unexpected_error

    def restore() -> None:
        sys.excepthook = previous

    return restore


__all__ = ["autosave_open_windows", "install_excepthook", "log_dir", "report_unexpected_error",
           "show_message", "write_log"]
