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

Each entry is read on its own (:mod:`.recovery_scan`): a damaged one is moved to the ``damaged/``
folder and named in the dialog, file and what is wrong on one line, while the others are offered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.errors import ValueChainError
from valuechain_gui.text_safety import escape_controls
from valuechain_gui.ui.document.autosave import RecoveryEntry, project_counts, remove_recovery
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.shell.recovery_scan import DamagedEntry, scan_recovery
from valuechain_gui.ui.text.messages import error_text

_log = logging.getLogger(__name__)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Recovery", text, "", n)


def orphaned_entries(directory: Path | None = None) -> list[RecoveryEntry]:
    """Recovery entries in ``directory`` (default: the recovery folder) whose project was not
    closed cleanly, newest first; damaged entries are set aside on the way
    (:func:`~.recovery_scan.scan_recovery`)."""
    return scan_recovery(directory).entries


def restore_document(entry: RecoveryEntry) -> Document:
    """The autosaved project of ``entry`` as a modified :class:`Document` marked recovered,
    with the original path (None when untitled) and the entry's key (autosave continues there).

    Raises:
        ProjectFileError: the recovery file is damaged (code and location).
        OSError: the recovery file is gone or unreadable.
        Exception: whatever else a damaged file makes the reader raise; callers tell it with
            :func:`problem_text`.
    """
    from valuechain_gui.io.project.file import loads_project  # pydantic: imported when first needed

    project = loads_project(entry.data_path.read_bytes(), str(entry.data_path))
    document = Document(project, entry.original, unsaved=True)
    document.recovered = True
    document.recovery_key = entry.key
    return document


def problem_text(exc: BaseException) -> str:
    """Why a file could not be read, translated, on one line with control characters escaped
    (an error the reader does not name is logged and told by its type and text)."""
    if isinstance(exc, (ValueChainError, OSError)):
        return escape_controls(error_text(exc).replace("\n", " "))
    _log.warning("a recovery file could not be read", exc_info=exc)
    return escape_controls(f"{type(exc).__name__}: {exc}")


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
    from valuechain_gui.io.project.file import load_project

    result = Comparison(entry.saved_at, entry.counts)
    if result.recovery_counts is None:
        try:
            result.recovery_counts = project_counts(load_project(entry.data_path))
        except Exception as exc:  # noqa: BLE001 - a damaged file is told, never a crash
            result.recovery_error = problem_text(exc)
    if entry.original is not None:
        try:
            result.file_time = datetime.fromtimestamp(entry.original.stat().st_mtime,
                                                      timezone.utc)
            result.file_counts = project_counts(load_project(entry.original))
        except Exception as exc:  # noqa: BLE001 - a damaged file is told, never a crash
            result.file_error = problem_text(exc)
    return result


def comparison_text(entry: RecoveryEntry, comparison: Comparison) -> str:
    """The translated, multi-line text of a :class:`Comparison`."""
    lines = []
    if comparison.recovery_counts is not None:
        lines.append(_t("Recovery file: autosaved {time}, {counts}.").format(
            time=_local_time(comparison.recovery_time),
            counts=_counts_text(comparison.recovery_counts)))
    else:
        lines.append(_t("Recovery file {file}: autosaved {time}, cannot be read: {reason}")
                     .format(file=entry.data_path, time=_local_time(comparison.recovery_time),
                             reason=comparison.recovery_error))
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
    return "\n".join(escape_controls(line) for line in lines)


def entry_name(entry: RecoveryEntry) -> str:
    """How an entry is named in the list: its file name, else "Untitled (target market)"."""
    if entry.original is not None:
        return escape_controls(entry.original.name)
    if entry.title:
        return escape_controls(_t("Untitled ({market})").format(market=entry.title))
    return _t("Untitled")


class RecoveryDialog(QDialog):
    """Lists unclosed projects with Restore / Compare / Discard for the selected one.

    Args:
        entries: the :class:`RecoveryEntry` list to offer (from :func:`scan_recovery`).
        parent: parent widget.
        damaged: the damaged entries the scan set aside, listed one line each (file and what
            is wrong) under the table; with no entry to offer, only they are shown.

    Signals:
        restore_requested(RecoveryEntry, Document): Restore was chosen and the recovery file
            read; the receiver shows the document. The entry then leaves the list.

    The dialog closes by itself when the list is emptied. Attributes for tests: ``table``,
    ``restore_button``, ``compare_button``, ``discard_button``, ``later_button``,
    ``details`` (QLabel showing the comparison or an error), ``entries``, ``damaged``,
    ``damaged_label`` and ``damaged_list`` (a QListWidget, one item per damaged entry).
    """

    restore_requested = Signal(object, object)

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None,
                 damaged: list[DamagedEntry] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.entries = list(entries)
        self.damaged = list(damaged or [])
        intro = QLabel(self.tr(
            "valuechain-gui was not closed properly. These projects had changes that were "
            "autosaved. Choose what to do with each one.") if self.entries else self.tr(
            "valuechain-gui was not closed properly, but the autosaved changes it left are "
            "damaged and cannot be restored."), self)
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
        self._add_damaged(layout)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(lambda: self.details.clear())
        if not self.entries:  # only damaged entries to tell about
            for widget in (self.table, self.details, self.restore_button, self.compare_button,
                           self.discard_button):
                widget.hide()
            self.later_button.setText(self.tr("&Close"))
        self._fill()
        self.resize(760, 460 if self.damaged and self.entries else 360)

    def _add_damaged(self, layout: QVBoxLayout) -> None:
        folder = self.damaged[0].folder() if self.damaged else ""
        self.damaged_label = QLabel(escape_controls(self.tr(
            "%n damaged recovery file(s) set aside in {folder} (a project copy there can still "
            "be opened with File > Open):", "", len(self.damaged)).format(folder=folder)), self)
        self.damaged_label.setWordWrap(True)
        self.damaged_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.damaged_list = QListWidget(self)  # one line per entry: its file, what is wrong
        self.damaged_list.setWordWrap(True)
        self.damaged_list.setAlternatingRowColors(True)
        self.damaged_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for damaged in self.damaged:
            item = QListWidgetItem(damaged.text(full_path=not damaged.moved))
            item.setToolTip(damaged.text())
            self.damaged_list.addItem(item)
        layout.addWidget(self.damaged_label)
        layout.addWidget(self.damaged_list, 1)
        self.damaged_label.setVisible(bool(self.damaged))
        self.damaged_list.setVisible(bool(self.damaged))

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            name = QTableWidgetItem(entry_name(entry))
            name.setToolTip(escape_controls(str(entry.original or entry.data_path)))
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
        entry = self.selected_entry()
        if entry is None:
            return None
        try:
            document = restore_document(entry)
        except Exception as exc:  # noqa: BLE001 - a damaged file is told, never a crash
            self.details.setText(escape_controls(self.tr(
                "This recovery file cannot be read: {file}: {reason}").format(
                    file=entry.data_path, reason=problem_text(exc))))
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
        target = MainWindow(document, language=window.language, settings=window.settings,
                            remember_layout=False)
        target.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.restored_windows.append(target)
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
        directory: recovery folder (default: the window's autosaver's).
        run: True runs the dialog modally; False returns it shown non-modally (tests).

    Returns:
        The dialog, or None when nothing is to be recovered and no damaged entry was set aside.
    """
    if directory is None:
        directory = window.autosaver.folder()
    found = scan_recovery(directory)
    if not found.entries and not found.damaged:
        return None
    dialog = RecoveryDialog(found.entries, window, found.damaged)
    dialog.restore_requested.connect(lambda entry, doc: show_restored(window, entry, doc))
    if run:
        dialog.exec()
    else:
        dialog.show()
    return dialog
