"""The command of Project > Properties: several project attributes in one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from valuechain_gui.model import Project
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
