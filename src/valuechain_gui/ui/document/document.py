"""The open document: a project, its file path, its undo stack and its Qt notifier.

``modified`` means ``not undo_stack.isClean()`` (every edit is one undo step), or a project
that came in without being saved (imported spreadsheet, migrated file). The window title is
``"NAME[*] — MARKET (PÔLE) — valuechain-gui"`` (the project's target market and pôle when set,
from Project > Properties) where Qt shows ``[*]`` as ``*`` while modified.

This module holds no dialogs: :mod:`~valuechain_gui.ui.shell.main_window` asks the user and calls
:meth:`Document.save` / :func:`open_document`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from valuechain_gui import __version__
from valuechain_gui.analysis.gaps import GapAnalyzer
from valuechain_gui.model import Project
from .edit import DocumentEdit
from .gap_report import GapReportPublisher
from .notifier import ProjectNotifier

#: File extension of projects.
PROJECT_SUFFIX = ".vchain"
APP_NAME = "valuechain-gui"
#: The end of every window title: the app and its version (which one runs, at a glance).
APP_TITLE = f"{APP_NAME} {__version__}"


class Document(QObject):
    """One project being edited.

    Attributes:
        project: the :class:`~valuechain_gui.model.Project` (the one truth).
        path: the file it was opened from / saved to, or None for an untitled project.
        undo_stack: the QUndoStack every edit is pushed on.
        edit: :class:`~valuechain_gui.ui.document.edit.DocumentEdit`, the one doorway for edits
            (it alone pushes on ``undo_stack``; its ``message`` says what it refused).
        notifier: :class:`~valuechain_gui.ui.document.notifier.ProjectNotifier` relaying model
            events as typed Qt signals (``links_changed(ids, fields)``...).
        gap_analyzer: the one gap analysis of this project (:class:`GapAnalyzer`).
        gap_reports: :class:`~valuechain_gui.ui.document.gap_report.GapReportPublisher`, which
            runs ``gap_analyzer`` once per change that can move it (debounced) and emits
            ``gap_report_changed(report)``: the gap panel and the plan's suggested priorities
            show what it publishes.
        file_version: format version the file had on disk (None for a new project).
        migrated: True when the file was migrated from an older format on load.
        load_warnings: what was changed when the file was opened (texts cleaned of characters
            that cannot be saved or exported), one ``ProjectFileWarning`` per place (JSON path);
            the document is then modified until saved.

    Signals:
        modified_changed(bool): the modified state changed.
        path_changed(): the file path changed (after Save As).
        details_changed(): the project's details (target market, pôle...) changed.
        about_to_save(): a save is starting (a co-editing session stores its base then).
    """

    modified_changed = Signal(bool)
    path_changed = Signal()
    details_changed = Signal()
    about_to_save = Signal()

    def __init__(self, project: Project, path: Path | None = None, *,
                 unsaved: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self.edit = DocumentEdit(project, self.undo_stack, self)
        self.notifier = ProjectNotifier(project)
        self.gap_analyzer = GapAnalyzer(project)
        self.gap_reports = GapReportPublisher(self.notifier, self.gap_analyzer, self)
        self.file_version: int | None = None
        self.migrated = False
        self.load_warnings: list[Any] = []
        self._unsaved = unsaved
        # work safety (ui/document/autosave.py, ui/shell/recovery.py, ui/document/file_lock.py):
        self.read_only = False  # another instance has the file: Save refused, Save As allowed
        self.recovered = False  # restored from a recovery file, not saved since
        self.recovery_key: str | None = None  # the autosave entry to continue, if restored
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.notifier.project_changed.connect(self._on_project_changed)

    # ------------------------------------------------------------------ state
    def is_modified(self) -> bool:
        """True when the document has changes not written to its file."""
        return self._unsaved or not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The file name without folder (``"plan.vchain"``), or "Untitled"."""
        if self.path is not None:
            return self.path.name
        return QCoreApplication.translate("Document", "Untitled")

    def window_title(self) -> str:
        """``"NAME[*] — MARKET (PÔLE) — valuechain-gui 0.1.0"`` (market and pôle left out when not
        set), for ``QWidget.setWindowTitle`` with setWindowModified."""
        name = self.display_name()
        if self.recovered:
            name = QCoreApplication.translate("Document", "{name} (recovered)").format(name=name)
        if self.read_only:
            name = QCoreApplication.translate("Document", "{name} (read-only)").format(name=name)
        market = " ".join(self.project.target_market.split())
        pole = " ".join(self.project.pole_name.split())
        about = f"{market} ({pole})" if market and pole else market or pole
        return f"{name}[*] — {about} — {APP_TITLE}" if about else f"{name}[*] — {APP_TITLE}"

    def suggested_file_name(self) -> str:
        """A file name for Save As: the current one, else from the target market (str)."""
        if self.path is not None:
            return str(self.path)
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.project.target_market)
        stem = "_".join(stem.split()) or QCoreApplication.translate("Document", "project")
        return stem + PROJECT_SUFFIX

    def mark_unsaved(self) -> None:
        """The project changed outside the undo stack (a partner's edit while co-editing):
        modified until saved."""
        if not self._unsaved:
            self._unsaved = True
            self.modified_changed.emit(True)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(self.is_modified())

    def _on_project_changed(self, _fields: tuple) -> None:
        self.details_changed.emit()

    # ------------------------------------------------------------------ saving
    def save(self, path: Path | None = None) -> Path:
        """Write the project to ``path`` (default: its current path); returns the path written.

        The file is replaced atomically with a ``.bak`` copy of the previous one (io layer).

        Raises:
            ValueError: no path given for an untitled document.
            valuechain_gui.io.project.atomic.SaveError: disk full, read-only, locked, verify failed
                (the previous file is intact).
        """
        from valuechain_gui.io.project.file import save_project

        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("an untitled document needs a path to be saved")
        if target.suffix.lower() != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        if self.read_only and self.path is not None and target.absolute() == self.path.absolute():
            from valuechain_gui.io.project.atomic import SaveError  # another instance has the file
            raise SaveError("locked", "{path} is open in another valuechain-gui window; use "
                            "Save As.", path=str(target), reason="read-only")
        self.about_to_save.emit()
        save_project(self.project, target)
        self.recovered = self.read_only = False
        was_modified = self.is_modified()
        self._unsaved = False
        path_changed = target != self.path
        self.path = target
        self.undo_stack.setClean()
        if path_changed:
            self.path_changed.emit()
        if was_modified:
            self.modified_changed.emit(False)
        return target

    def close(self) -> None:
        """Stop relaying model events (call before dropping the document)."""
        self.gap_reports.detach()
        self.notifier.detach()


def open_document(path: Path) -> Document:
    """Load the project at ``path`` into a new :class:`Document` (modified when the file was
    converted from an older format: the conversion is on disk only once saved).

    Raises:
        valuechain_gui.errors.ValueChainError: the file is not a valid project (code, location).
        OSError: the file cannot be read.
    """
    from valuechain_gui.io.project.file import load_project_with_info

    result = load_project_with_info(Path(path))
    # converted from an older format: modified until saved, so that closing offers to save it
    document = Document(result.project, Path(path), unsaved=bool(result.migrated))
    document.file_version = result.file_version
    document.migrated = bool(result.migrated)
    document.load_warnings = list(result.warnings)
    if result.warnings:  # cleaned on opening: the file on disk differs until it is saved
        document._unsaved = True
    return document


def new_document(language: str = "fr") -> Document:
    """An untitled document with the six standard stages named in ``language``."""
    return Document(Project.new(language=language))
