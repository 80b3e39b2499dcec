"""Undo commands for the action plan: add, remove and edit actions.

Each command performs exactly one :class:`~valuechain_gui.model.Project` operation (one user
edit, one undo step) and undoes it exactly (same action object, same id, same position in the plan). Values
are deep-copied on the way in and out, so that a list later changed by a widget can never change
what undo restores.

Typing merges: consecutive :class:`EditActionCommand` s on the same (action, free-text field) merge
into one step through :meth:`QUndoCommand.mergeWith` (id :data:`EDIT_ACTION_ID`), like typing in a
property field of the canvas; a command that brings the field back to its original value becomes
obsolete and leaves the stack.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from valuechain_gui.model import ACTION_FIELDS, Action, Project, RemovedAction
from .base import ModelCommand, refused

#: QUndoCommand.id() of :class:`EditActionCommand` (arbitrary, unique in the application).
EDIT_ACTION_ID = 0x41C7
#: Fields whose edits merge while typing (free text).
TEXT_FIELDS = frozenset({"title", "owner", "partners", "funding_source", "indicator", "notes"})


def field_label(field: str) -> str:
    """The translated name of an action field (``"owner"`` → "owner"/"responsable")."""
    labels = {
        "title": QCoreApplication.translate("PlanCommands", "title"),
        "owner": QCoreApplication.translate("PlanCommands", "owner"),
        "partners": QCoreApplication.translate("PlanCommands", "partners"),
        "start": QCoreApplication.translate("PlanCommands", "start"),
        "deadline": QCoreApplication.translate("PlanCommands", "deadline"),
        "budget": QCoreApplication.translate("PlanCommands", "budget"),
        "funding_source": QCoreApplication.translate("PlanCommands", "funding source"),
        "priority": QCoreApplication.translate("PlanCommands", "priority"),
        "indicator": QCoreApplication.translate("PlanCommands", "indicator"),
        "status": QCoreApplication.translate("PlanCommands", "status"),
        "scope": QCoreApplication.translate("PlanCommands", "scope"),
        "search_channels": QCoreApplication.translate("PlanCommands", "search channels"),
        "notes": QCoreApplication.translate("PlanCommands", "notes"),
    }
    return labels.get(field, field)


class AddActionCommand(ModelCommand):
    """Add ``action`` to the plan (at ``index`` in plan order, default last); undo removes it.

    Args:
        project: the project.
        action: a new :class:`Action` (its id must not be in the plan yet).
        index: position in ``project.actions`` or None for the end.

    Refused (not pushed; ``refusal`` holds ModelError ``duplicate_id``) if the id is already used.
    """

    def __init__(self, project: Project, action: Action, index: int | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.action = action
        self.index = index
        self.setText(QCoreApplication.translate("PlanCommands", "Add action"))

    def apply(self) -> None:
        """Insert the action (the same object every time, so its id is stable)."""
        self.project.add_action(self.action, self.index)

    def undo(self) -> None:
        """Take the action out again."""
        self.project.remove_action(self.action.id)


class RemoveActionCommand(ModelCommand):
    """Remove one action from the plan with its alliances; undo puts them back at their places
    with all their fields.

    Refused (not pushed; ``refusal`` holds ModelError ``unknown_action``) if ``action_id`` is not
    in the plan.
    """

    def __init__(self, project: Project, action_id: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.action_id = action_id
        self.removed: RemovedAction | None = None
        self.setText(QCoreApplication.translate("PlanCommands", "Remove action"))

    def apply(self) -> None:
        """Remove the action and its alliances, remembering their indices and records."""
        self.removed = self.project.remove_action_and_alliances(self.action_id)

    def undo(self) -> None:
        """Re-insert the very same records at their old indices."""
        assert self.removed is not None
        self.project.restore_action(self.removed)


class EditActionFieldsCommand(ModelCommand):
    """Change several fields of one action in one step (the action form's OK).

    Args:
        project: the project.
        action_id: id of an action in the plan.
        changes: ``{field: new value}`` with fields from ``ACTION_FIELDS``.
        text: the undo text; default "Edit action".

    Raises:
        ModelError: ``unknown_action`` / ``unknown_field`` at construction (nothing changed).
    """

    def __init__(self, project: Project, action_id: str, changes: dict[str, Any],
                 text: str | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.action_id = action_id
        unknown = set(changes) - set(ACTION_FIELDS)
        if action_id not in project.actions or unknown:
            # Let the model raise its typed error, with nothing changed.
            project.update_action(action_id, **{f: None for f in unknown})
        action = project.actions[action_id]
        self.new = copy.deepcopy(changes)
        self.old = {name: copy.deepcopy(getattr(action, name)) for name in changes}
        self.setText(text if text is not None else QCoreApplication.translate("PlanCommands", "Edit action"))

    def apply(self) -> None:
        """Write the new values (copies, so widgets never share them)."""
        self.project.update_action(self.action_id, **copy.deepcopy(self.new))

    def undo(self) -> None:
        """Write back the old values."""
        self.project.update_action(self.action_id, **copy.deepcopy(self.old))


class EditActionCommand(EditActionFieldsCommand):
    """Change one field of one action; consecutive typing in a text field merges into one step.

    Args:
        project: the project.
        action_id: id of an action in the plan.
        field: a name from ``ACTION_FIELDS``.
        value: the new value (``date``/None for dates, float/None for the budget in euros,
            enum members for priority/status/scope...).
        merge: when True (default) and ``field`` is free text, the command merges with the
            previous command on the stack if it edits the same (action, field).
    """

    def __init__(self, project: Project, action_id: str, field: str, value: Any, *,
                 merge: bool = True, parent: QUndoCommand | None = None) -> None:
        text = QCoreApplication.translate("PlanCommands", "Edit {field}").format(field=field_label(field))
        super().__init__(project, action_id, {field: value}, text=text, parent=parent)
        self.field = field
        self.mergeable = merge and field in TEXT_FIELDS

    def id(self) -> int:  # noqa: A003 - Qt's name
        """:data:`EDIT_ACTION_ID` for mergeable commands, -1 (never merge) otherwise."""
        return EDIT_ACTION_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Absorb ``other`` if it edits the same field of the same action (keeps our old value)."""
        if refused(other):  # Qt offers a refused command before dropping it
            return False
        if not (isinstance(other, EditActionCommand) and other.mergeable
                and other.action_id == self.action_id and other.field == self.field):
            return False
        self.new = copy.deepcopy(other.new)
        if self.new == self.old:
            self.setObsolete(True)
        return True
