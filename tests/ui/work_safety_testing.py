"""Shared helpers of the work-safety tests (autosave, recovery, file lock, save failures).

:func:`make_window` builds a real :class:`MainWindow` whose recovery folder and settings live in
the test's ``tmp_path`` (never the user's AppData), and :func:`close_quietly` closes it without
the unsaved-changes prompt. :func:`answer_next_box` clicks a button of the next modal message
box from a zero-delay timer (the box really runs its event loop, offscreen).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from valuechain_gui.model import Project
from valuechain_gui.ui.document import autosave
from valuechain_gui.ui.document.commands.links import RenameLinkCommand
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.shell.main_window import MainWindow


def use_recovery_dir(monkeypatch, tmp_path: Path) -> Path:
    """Point :func:`autosave.recovery_dir` at ``tmp_path/recovery``; returns that folder."""
    folder = tmp_path / "recovery"
    monkeypatch.setattr(autosave, "recovery_dir", lambda: folder)
    return folder


def make_window(qtbot, tmp_path: Path, document: Document | None = None,
                interval_s: int | None = None) -> MainWindow:
    """A shown MainWindow with its own ini settings in ``tmp_path`` (call
    :func:`use_recovery_dir` first). ``interval_s`` is written as the autosave preference."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if interval_s is not None:
        settings.setValue(autosave.INTERVAL_KEY, interval_s)
    window = MainWindow(document, language="en", settings=settings, remember_layout=False)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_quietly(window: MainWindow) -> None:
    """Close ``window`` cleanly without the unsaved-changes prompt, as if the user chose
    Discard (``maybe_save`` answers yes); the clean-close cleanup runs."""
    window.files.maybe_save = lambda: True
    window.close()
    window.deleteLater()


def rename_first_link(document: Document, name: str) -> None:
    """One undoable edit: rename the document's first link to ``name``."""
    link_id = next(iter(document.project.links))
    document.undo_stack.push(RenameLinkCommand(document.project, link_id, name))


def saved_project_file(tmp_path: Path, project: Project, name: str = "plan.vchain") -> Path:
    """``project`` saved to ``tmp_path/name`` (through the io layer); returns the path."""
    from valuechain_gui.io.project.file import save_project

    path = tmp_path / name
    save_project(project, path)
    return path


def answer_next_box(choose: Callable[[QMessageBox], object], seen: list[QMessageBox]) -> None:
    """When the next modal QMessageBox runs, record it in ``seen`` and click the button that
    ``choose(box)`` returns (a QAbstractButton or a StandardButton)."""

    def attempt(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 500:
                QTimer.singleShot(10, lambda: attempt(tries + 1))
            return
        seen.append(box)
        button = choose(box)
        if isinstance(button, QMessageBox.StandardButton):
            button = box.button(button)
        button.click()

    QTimer.singleShot(0, attempt)
