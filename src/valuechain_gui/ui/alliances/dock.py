"""The "Alliance pipeline" dock: the board of the project's alliances, beside the plan.

It follows the document's :class:`~valuechain_gui.ui.document.notifier.ProjectNotifier`
(alliances, partners, actions and links changed: the board is rebuilt where its cards read
differently) and opens an alliance's
details (:mod:`.detail`) when the board asks. Shown and hidden from View > Panels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget

from valuechain_gui.model import Project
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.notifier import (
    Connection,
    ProjectNotifier,
    connect_all,
    disconnect_all,
)
from .board import AllianceBoard
from .detail import edit_alliance


class AlliancesDock(QDockWidget):
    """The alliance pipeline of one project (``board``: the :class:`AllianceBoard`)."""

    def __init__(self, project: Project, edit: DocumentEdit, notifier: ProjectNotifier,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Alliance pipeline"), parent)
        self.setObjectName("alliances_dock")
        self.board = AllianceBoard(project, edit, self)
        self.board.details_requested.connect(self.edit_details)
        self.setWidget(self.board)
        self._connections: list[Connection] = []
        self.notifier: ProjectNotifier | None = None
        self.set_project(project, edit, notifier)

    def set_project(self, project: Project, edit: DocumentEdit,
                    notifier: ProjectNotifier) -> None:
        """Follow another document."""
        disconnect_all(self._connections)
        self.notifier = notifier
        self._connections = [
            (notifier.alliances_changed, self._refresh), (notifier.partners_changed, self._refresh),
            (notifier.actions_added, self._refresh), (notifier.actions_removed, self._refresh),
            (notifier.actions_changed, self._refresh), (notifier.links_changed, self._refresh),
            (notifier.links_removed, self._refresh), (notifier.links_added, self._refresh),
        ]
        connect_all(self._connections)
        self.board.set_project(project, edit)

    def _refresh(self, *_args: object) -> None:
        self.board.refresh()

    def edit_details(self, alliance_id: str) -> bool:
        """Open the details of ``alliance_id``; True when changes were applied."""
        return edit_alliance(self.board.edit, alliance_id, self)
