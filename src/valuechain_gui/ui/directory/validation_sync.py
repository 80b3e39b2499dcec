"""Recording in the partner directory the validations the alliance pipeline reaches.

When an alliance of the open project reaches the *validated* stage (its ``validated_on`` is set,
with by whom), the validation is recorded in the directory for that partner, project and action,
so the directory shows each partner's latest validation across projects. It is recorded once
(an identical latest validation is not added again), only for a partner the directory holds (by
id, or name and country: adding partners is the user's choice, offered on opening a project),
and never creates a directory. Directory records are not on the project's undo stack: undoing
the stage change leaves the record. A directory that cannot be written is said through ``say``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from valuechain_gui.directory import DirectoryError, Validation, open_directory

from .labels import directory_error_text

if TYPE_CHECKING:
    from valuechain_gui.ui.document.document import Document


class ValidationRecorder(QObject):
    """Follows one document's alliances and records their validations in the directory.

    Args:
        path: gives the directory file (called at each record: Preferences may change it).
        say: where a refusal is said (e.g. the status bar).
    """

    def __init__(self, path: Callable[[], Path], say: Callable[[str], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._say = say
        self._document: Document | None = None

    def follow(self, document: Document) -> None:
        """Record the validations of ``document`` (and stop following the previous one)."""
        if self._document is not None:
            try:
                self._document.notifier.alliances_changed.disconnect(self._changed)
            except (RuntimeError, TypeError):
                pass
        self._document = document
        document.notifier.alliances_changed.connect(self._changed)

    def _changed(self, ids: list) -> None:
        document = self._document
        if document is None:
            return
        project = document.project
        wanted = []
        for alliance_id in ids:
            alliance = project.alliances.get(alliance_id)
            partner = project.partners.get(alliance.partner_id) if alliance else None
            if alliance is None or partner is None or alliance.validated_on is None:
                continue
            action = project.actions.get(alliance.action_id)
            wanted.append((partner, alliance.validated_on, alliance.validated_by,
                           action.title if action is not None else ""))
        if wanted:
            self.record(project.target_market or document.display_name(), wanted)

    def record(self, project_name: str, wanted: list) -> int:
        """Record ``[(partner, on, by, action title)]`` for ``project_name``; how many."""
        try:
            directory = open_directory(self._path(), create=False)
        except DirectoryError as error:
            if error.code != "missing" and self._say is not None:
                self._say(directory_error_text(error))
            return 0
        recorded = 0
        with directory:
            for partner, on, by, action in wanted:
                known = directory.get(partner.id) or directory.find(partner.name, partner.country)
                if known is None:
                    continue
                validation = Validation(known.id, on, by, project_name, action)
                if directory.latest_validation(known.id) == validation:
                    continue
                try:
                    directory.record_validation(known.id, on, by, project_name, action)
                except DirectoryError as error:
                    if self._say is not None:
                        self._say(directory_error_text(error))
                    return recorded
                recorded += 1
        return recorded
