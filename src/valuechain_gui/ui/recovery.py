"""Crash recovery at start-up: offer each project that was not closed cleanly.

A recovery entry (see :mod:`.autosave`) whose session lock no live process holds belongs to an
instance that crashed or was killed (a cleanly closed project's entry is removed). For each such
entry :class:`RecoveryDialog` offers:

* **Restore**: open the autosaved project as modified, titled "… (recovered)"; it keeps its
  original path (or stays untitled), so Save writes the user's file only when asked. It opens in
  the current window when that one holds nothing of value (an untouched new project, or the same
  file unmodified), else in a new window.
* **Compare**: the autosave time and counts of links/flows/actions of the recovery file next to
  those of the file on disk.
* **Discard**: delete the recovery files.
* **Decide Later** (closing the dialog): keep the entries for the next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValueChainError
from . import autosave as _autosave
from .autosave import (
    DATA_SUFFIX,
    LOCK_SUFFIX,
    RecoveryEntry,
    list_entries,
    project_counts,
    remove_recovery,
    session_lock,
)
from .document import Document

if TYPE_CHECKING:
    from .main_window import MainWindow


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Recovery", text, "", n)


def orphaned_entries(directory: Path | None = None) -> list[RecoveryEntry]:
    """Recovery entries in ``directory`` (default: the recovery folder) whose project was not
    closed cleanly: no live process holds their session lock (a crashed process's lock is
    stale, QLockFile sees its PID is dead). Newest first."""
    remove_stale_locks(directory)
    orphans = []
    for entry in list_entries(directory):
        lock = session_lock(entry.key, entry.data_path.parent)
        if lock.tryLock(0):
            lock.unlock()
            orphans.append(entry)
        elif lock.error() != lock.LockError.LockFailedError:  # no lock possible: offer it
            orphans.append(entry)
    return orphans


def remove_stale_locks(directory: Path | None = None) -> None:
    """Delete session locks without a recovery file whose process is dead (best effort)."""
    folder = Path(directory) if directory is not None else _autosave.recovery_dir()
    try:
        locks = list(folder.glob("*" + LOCK_SUFFIX))
    except OSError:
        return
    for path in locks:
        key = path.name[:-len(LOCK_SUFFIX)]
        if not (folder / (key + DATA_SUFFIX)).exists():
            lock = session_lock(key, folder)
            if lock.tryLock(0):
                lock.unlock()


def restore_document(entry: RecoveryEntry) -> Document:
    """The autosaved project of ``entry`` as a modified :class:`Document` marked recovered,
    with the original path (None when untitled) and the entry's key (autosave continues there).

    Raises:
        ProjectFileError: the recovery file is damaged (code and location); OSError if gone.
    """
    from ..io.project_file import loads_project  # pydantic: imported when first needed

    project = loads_project(entry.data_path.read_bytes(), str(entry.data_path))
    document = Document(project, entry.original, unsaved=True)
    document.recovered = True
    document.recovery_key = entry.key
    return document


def _local_time(moment: datetime) -> str:
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join((_t("%n link(s)", counts["links"]), _t("%n flow(s)", counts["flows"]),
                      _t("%n action(s)", counts["actions"])))


@dataclass
class Comparison:
    """The recovery file against the file on disk.

    ``file_time``/``file_counts`` are None when there is no file (untitled, moved, deleted) or
    it cannot be read (``file_error`` then says why); ``recovery_counts`` None when the
    recovery file itself is damaged (``recovery_error``).
    """

    recovery_time: datetime
    recovery_counts: dict[str, int] | None
    file_time: datetime | None = None
    file_counts: dict[str, int] | None = None
    file_error: str | None = None
    recovery_error: str | None = None


def compare_entry(entry: RecoveryEntry) -> Comparison:
    """Compare ``entry`` with its original file (reads both; never raises)."""
    from ..io.project_file import load_project
    from .messages import error_text

    result = Comparison(entry.saved_at, entry.counts)
    if result.recovery_counts is None:
        try:
            result.recovery_counts = project_counts(load_project(entry.data_path))
        except (ValueChainError, OSError) as exc:
            result.recovery_error = error_text(exc)
    if entry.original is not None:
        try:
            result.file_time = datetime.fromtimestamp(entry.original.stat().st_mtime,
                                                      timezone.utc)
            result.file_counts = project_counts(load_project(entry.original))
        except (ValueChainError, OSError) as exc:
            result.file_error = error_text(exc)
    return result


def comparison_text(entry: RecoveryEntry, comparison: Comparison) -> str:
    """The translated, multi-line text of a :class:`Comparison`."""
    lines = []
    if comparison.recovery_counts is not None:
        lines.append(_t("Recovery file: autosaved {time}, {counts}.").format(
            time=_local_time(comparison.recovery_time),
            counts=_counts_text(comparison.recovery_counts)))
    else:
        lines.append(_t("Recovery file: autosaved {time}, cannot be read: {reason}").format(
            time=_local_time(comparison.recovery_time), reason=comparison.recovery_error))
    if entry.original is None:
        lines.append(_t("This project was never saved: there is no file on disk."))
    elif comparison.file_counts is not None:
        lines.append(_t("File on disk ({path}): saved {time}, {counts}.").format(
            path=entry.original,
            time=_local_time(comparison.file_time) if comparison.file_time else "?",
            counts=_counts_text(comparison.file_counts)))
        if comparison.file_time is not None and comparison.file_time > comparison.recovery_time:
            lines.append(_t("The file on disk is newer than the recovery file."))
        else:
            lines.append(_t("The recovery file is newer than the file on disk."))
    else:
        lines.append(_t("File on disk ({path}): {reason}").format(
            path=entry.original, reason=comparison.file_error))
    return "\n".join(lines)


def entry_name(entry: RecoveryEntry) -> str:
    """How an entry is named in the list: its file name, else "Untitled (target market)"."""
    if entry.original is not None:
        return entry.original.name
    if entry.title:
        return _t("Untitled ({market})").format(market=entry.title)
    return _t("Untitled")


class RecoveryDialog(QDialog):
    """Lists unclosed projects with Restore / Compare / Discard for the selected one.

    Args:
        entries: the :class:`RecoveryEntry` list (from :func:`orphaned_entries`).
        parent: parent widget.

    Signals:
        restore_requested(RecoveryEntry, Document): Restore was chosen and the recovery file
            read; the receiver shows the document. The entry then leaves the list.

    The dialog closes by itself when the list is empty. Attributes for tests: ``table``,
    ``restore_button``, ``compare_button``, ``discard_button``, ``later_button``,
    ``details`` (QLabel showing the comparison or an error), ``entries``.
    """

    restore_requested = Signal(object, object)

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.entries = list(entries)
        intro = QLabel(self.tr(
            "valuechain-gui was not closed properly. These projects had changes that were "
            "autosaved. Choose what to do with each one."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Project"), self.tr("Autosaved"), self.tr("Contents")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.later_button = QPushButton(self.tr("Decide &Later"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.compare_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(lambda: self.details.clear())
        self._fill()
        self.resize(720, 360)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            name = QTableWidgetItem(entry_name(entry))
            name.setToolTip(str(entry.original) if entry.original else str(entry.data_path))
            contents = _counts_text(entry.counts) if entry.counts else "?"
            for column, item in enumerate((name, QTableWidgetItem(_local_time(entry.saved_at)),
                                           QTableWidgetItem(contents))):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.entries:
            self.table.selectRow(0)

    def selected_entry(self) -> RecoveryEntry | None:
        """The entry of the selected row, or None."""
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select(self, entry: RecoveryEntry) -> None:
        """Select ``entry``'s row."""
        self.table.selectRow(self.entries.index(entry))

    def _take(self, entry: RecoveryEntry) -> None:
        self.entries.remove(entry)
        self._fill()
        if not self.entries:
            self.accept()

    def restore_selected(self) -> Document | None:
        """Read the selected entry and emit :attr:`restore_requested`; the document or None
        (the recovery file is damaged: the reason is shown, the entry stays for Discard)."""
        from .messages import error_text

        entry = self.selected_entry()
        if entry is None:
            return None
        try:
            document = restore_document(entry)
        except (ValueChainError, OSError) as exc:
            self.details.setText(self.tr("This recovery file cannot be read: {reason}").format(
                reason=error_text(exc)))
            return None
        self.restore_requested.emit(entry, document)
        self._take(entry)
        return document

    def compare_selected(self) -> str:
        """Show (and return) the comparison of the selected entry with its file on disk."""
        entry = self.selected_entry()
        if entry is None:
            return ""
        text = comparison_text(entry, compare_entry(entry))
        self.details.setText(text)
        return text

    def discard_selected(self) -> None:
        """Delete the selected entry's recovery files."""
        entry = self.selected_entry()
        if entry is not None:
            remove_recovery(entry.key, entry.data_path.parent)
            self._take(entry)


def _replaceable(window: MainWindow, entry: RecoveryEntry) -> bool:
    """True when the window's document may give way to the restored one (nothing lost)."""
    current = window.document
    if current is None:
        return True
    if current.is_modified():
        return False
    if current.path is None:
        return not current.project.links and not current.project.actions
    return entry.original is not None and current.path.absolute() == entry.original.absolute()


def show_restored(window: MainWindow, entry: RecoveryEntry, document: Document) -> MainWindow:
    """Show a restored ``document``: in ``window`` if it holds nothing of value, else in a new
    main window (kept alive by ``window.restored_windows``). Returns the window used."""
    if _replaceable(window, entry):
        window.set_document(document)
        target = window
    else:
        from .main_window import MainWindow

        target = MainWindow(document, language=window.language, settings=window.settings,
                            remember_layout=False)
        target.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        windows = getattr(window, "restored_windows", None)
        if windows is None:
            windows = []
            setattr(window, "restored_windows", windows)  # noqa: B010
        windows.append(target)
        target.show()
    target.statusBar().showMessage(
        QCoreApplication.translate("Recovery", "Recovered {name}: check it, then save it.")
        .format(name=entry_name(entry)), 10_000)
    return target


def offer_recovery(window: MainWindow, directory: Path | None = None, *,
                   run: bool = True) -> RecoveryDialog | None:
    """At start-up: if projects were left unclosed, show :class:`RecoveryDialog` for ``window``.

    Args:
        window: the main window (restored documents go there or to new windows).
        directory: recovery folder (default: the window's autosaver's, else the standard one).
        run: True runs the dialog modally; False returns it shown non-modally (tests).

    Returns:
        The dialog, or None when nothing is to be recovered.
    """
    if directory is None and getattr(window, "autosaver", None) is not None:
        directory = window.autosaver.folder()
    entries = orphaned_entries(directory)
    if not entries:
        return None
    dialog = RecoveryDialog(entries, window)
    dialog.restore_requested.connect(lambda entry, doc: show_restored(window, entry, doc))
    if run:
        dialog.exec()
    else:
        dialog.show()
    return dialog
