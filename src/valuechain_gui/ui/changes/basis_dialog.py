"""Workshop > Compare With…: choose what the current map is compared with, one of the project's
snapshots (newest first) or another project file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.errors import ValueChainError
from valuechain_gui.model import Project
from valuechain_gui.model.snapshots import Snapshot, chain_state
from valuechain_gui.ui.text.messages import error_text

_CONTEXT = "Changes"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Basis:
    """What the map is compared with: a snapshot, or another file's state made one."""

    snapshot: Snapshot
    description: str


def snapshot_basis(snapshot: Snapshot) -> Basis:
    """The basis of one of the project's snapshots: its label and date (the label alone when
    it holds the date already, as the default label "Workshop YYYY-MM-DD" does)."""
    taken = snapshot.taken.isoformat()
    if taken in snapshot.label:
        return Basis(snapshot, snapshot.label)
    return Basis(snapshot, _t("{label}, {date}").format(label=snapshot.label, date=taken))


def file_basis(path: Path) -> Basis:
    """The current state of the project file at ``path`` (raises ValueChainError)."""
    from valuechain_gui.io.project.file import load_project

    project = load_project(path)
    return Basis(Snapshot(path.name, date.today(), chain_state(project)),
                 _t("the file {name}").format(name=path.name))


class BasisDialog(QDialog):
    """Lists the project's snapshots; OK compares with the chosen one, "Another File…" with a
    project file. :attr:`basis` holds the choice after ``exec()``."""

    def __init__(self, project: Project, start_folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Compare With"))
        self.basis: Basis | None = None
        self.start_folder = start_folder
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("Compare the current map with:"), self))
        self.list = QListWidget(self)
        for snapshot in reversed(project.snapshots):
            item = QListWidgetItem(snapshot_basis(snapshot).description)
            item.setData(Qt.ItemDataRole.UserRole, snapshot)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(_t("(no snapshot yet: Workshop > Save Snapshot keeps one)"))
            self.list.setEnabled(False)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(bool(project.snapshots))
        other = buttons.addButton(_t("Another &File…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self.choose_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Compare with the selected snapshot."""
        item = self.list.currentItem()
        snapshot = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(snapshot, Snapshot):
            self.basis = snapshot_basis(snapshot)
            super().accept()

    def choose_file(self) -> None:
        """Ask for a project file and compare with it."""
        name, _ = QFileDialog.getOpenFileName(self, _t("Compare with a project file"),
                                              self.start_folder,
                                              _t("Value chain projects (*.vchain)"))
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> bool:
        """Compare with the project at ``path``; a file that cannot be read is said, not used."""
        try:
            self.basis = file_basis(path)
        except ValueChainError as error:
            QMessageBox.warning(self, _t("Compare With"),
                                _t("{name} cannot be compared with: {reason}").format(
                                    name=path.name, reason=error_text(error)))
            return False
        super().accept()
        return True
