"""The command of Project > Properties: several project attributes in one undo step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from valuechain_gui.model import Project
from valuechain_gui.model.snapshots import Snapshot, with_snapshot
from .base import ModelCommand


class EditPropertiesCommand(ModelCommand):
    """Set several project attributes at once (one undo step); undo restores them all."""

    def __init__(self, project: Project, changes: dict[str, Any],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("ProjectProperties",
                                                    "Edit project properties"), parent)
        self.project = project
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}

    def apply(self) -> None:
        old = self.project.update_meta(**self.changes)
        if not self.old:
            self.old = old

    def undo(self) -> None:
        self.project.update_meta(**self.old)


class SaveSnapshotCommand(ModelCommand):
    """Workshop > Save Snapshot: add a snapshot of the chain's current state (one undo step);
    undo takes it out again. Refused (``ModelError``) past the snapshot limits."""

    def __init__(self, project: Project, label: str, taken: date,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("Changes", "Save snapshot"), parent)
        self.project = project
        self.label, self.taken = label, taken
        self.old: tuple[Snapshot, ...] = ()
        self.new: tuple[Snapshot, ...] | None = None

    def apply(self) -> None:
        if self.new is None:
            self.old = self.project.snapshots
            self.new = with_snapshot(self.project, self.label, self.taken)
        self.project.update_meta(snapshots=self.new)

    def undo(self) -> None:
        self.project.update_meta(snapshots=self.old)


class RecordVotesCommand(ModelCommand):
    """Workshop > Close Voting: keep the room's votes in the project (one undo step); undo
    puts back the votes the project had. Refused (``ModelError``) past the vote limits."""

    def __init__(self, project: Project, votes: dict[str, Any],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("Voting", "Record votes"), parent)
        self.project = project
        self.new = dict(votes)
        self.old: dict[str, Any] | None = None

    def apply(self) -> None:
        if self.old is None:
            self.old = dict(self.project.votes)
        self.project.update_meta(votes=self.new)

    def undo(self) -> None:
        self.project.update_meta(votes=self.old)
