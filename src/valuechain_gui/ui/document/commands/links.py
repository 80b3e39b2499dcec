"""Undo commands for links, flows and layout (the clipboard's, paste and duplicate, are in
:mod:`.clipboard` and re-exported here).

Each command is a :class:`QUndoCommand` that changes the model only through :class:`Project`
operations; views (the canvas, docks) follow the model's events. ``redo`` applies, ``undo`` restores
the model exactly (ids, order, statuses, positions, flows, actions), and a second ``redo`` replays
the very same records (same action ids). Commands for actions live in :mod:`.plan`, for stages
in :mod:`.stages`, for the project's details in :mod:`.meta`.

Every command is a :class:`~.base.ModelCommand`: what the model refuses (duplicate flow or
name...) leaves nothing on the stack. Only :class:`~valuechain_gui.ui.document.edit.DocumentEdit`
builds and pushes them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from valuechain_gui.model import Flow, Link, LinkStatus, Project, StatusChange
from .base import ModelCommand, refused
from .clipboard import (  # re-exported: callers import the clipboard commands from here too
    DuplicateLinksCommand,
    PasteLinksCommand,
    copy_links_data,
    unique_name,
)

#: MIME type of links copied to the clipboard (payload: JSON of :func:`copy_links_data`).
LINKS_MIME_TYPE = "application/x-valuechain-links"

# ids for QUndoCommand.id(): commands with the same id and merge key merge
_EDIT_LINK_ID = 0x5643_0001
_MOVE_ID = 0x5643_0002

Position = tuple[float, float]
_UNSET: Any = object()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def _status_text(status: LinkStatus) -> str:
    return {
        LinkStatus.STRONG: _tr("Tag as strong"),
        LinkStatus.WEAK: _tr("Tag as weak"),
        LinkStatus.MISSING: _tr("Tag as missing"),
        LinkStatus.UNASSESSED: _tr("Tag as unassessed"),
    }[LinkStatus(status)]


def _field_text(field: str) -> str:
    return {
        "name": _tr("Rename link"),
        "stage_id": _tr("Change stage"),
        "strategic": _tr("Change strategic flag"),
        "end_market": _tr("Change end-market flag"),
        "actors": _tr("Edit actors"),
        "notes": _tr("Edit notes"),
        "position": _tr("Move"),
        "status": _tr("Change status"),
    }.get(field, _tr("Edit link"))


# ---------------------------------------------------------------------------------------- links
class AddLinkCommand(ModelCommand):
    """Add one link (a new :class:`Link`, not yet in the project) at ``index`` (default: last)."""

    def __init__(self, project: Project, link: Link, index: int | None = None,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Add link"), parent)
        self.project, self.link, self.index = project, link, index

    def apply(self) -> None:
        self.project.add_link(self.link, self.index)

    def undo(self) -> None:
        self.project.remove_links([self.link.id])


class RemoveLinksCommand(ModelCommand):
    """Remove links with their flows; their actions stay, detached. Undo restores exactly."""

    def __init__(self, project: Project, link_ids: Iterable[str],
                 parent: QUndoCommand | None = None) -> None:
        self.link_ids = list(dict.fromkeys(link_ids))
        text = _tr("Delete link") if len(self.link_ids) == 1 else _tr("Delete links")
        super().__init__(text, parent)
        self.project = project
        self.record = None

    def apply(self) -> None:
        self.record = self.project.remove_links(self.link_ids)

    def undo(self) -> None:
        self.project.restore_links(self.record)


class EditLinkCommand(ModelCommand):
    """Set one field of one link (a name in ``LINK_FIELDS``, or ``"status"``).

    Args:
        merge_key: when not None, successive commands on the same link, field and key merge into
            one undo step (typing in a property field: pass e.g. the editor's object name).

    Errors: a :class:`~valuechain_gui.errors.ModelError` from the model (blank or duplicate name,
    unknown field) on the first redo is kept in ``refusal`` and nothing changes: the command is
    not pushed (see :mod:`.base`; ``document.edit.push_checked`` raises it).
    """

    def __init__(self, project: Project, link_id: str, field: str, value: Any,
                 merge_key: Any = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(_field_text(field), parent)
        self.project, self.link_id, self.field = project, link_id, field
        self.value, self.merge_key = value, merge_key
        self.old: Any = _UNSET
        self._status_change: StatusChange | None = None

    def apply(self) -> None:
        if self.field == "status":
            if self._status_change is None:
                self._status_change = self.project.set_status([self.link_id], self.value)
            else:
                self.project.reapply_status(self._status_change)
            return
        old = self.project.update_link(self.link_id, **{self.field: self.value})[self.field]
        if self.old is _UNSET:
            self.old = old
            # The model cleans a typed or pasted text of the characters no file may hold and
            # notes where (the push says so). Keep what it stored: a redo replays that without
            # cleaning (and noting) again, and a merge compares it with the old value.
            self.value = copy.deepcopy(getattr(self.project.link(self.link_id), self.field))

    def undo(self) -> None:
        if self.field == "status":
            self.project.revert_status(self._status_change)
        else:
            self.project.update_link(self.link_id, **{self.field: self.old})

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _EDIT_LINK_ID if self.merge_key is not None and self.field != "status" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if refused(other):  # Qt offers a refused command before dropping it
            return False
        if not (isinstance(other, EditLinkCommand) and other.link_id == self.link_id
                and other.field == self.field and other.merge_key == self.merge_key):
            return False
        self.value = other.value
        if self.value == self.old:
            self.setObsolete(True)
        return True


class RenameLinkCommand(EditLinkCommand):
    """Rename a link: ``RenameLinkCommand(project, link_id, new_name, merge_key=None)``.

    Also accepts :class:`EditLinkCommand`'s form ``(project, link_id, "name", new_name)``.
    """

    def __init__(self, project: Project, link_id: str, name: str, value: Any = _UNSET,
                 merge_key: Any = None, parent: QUndoCommand | None = None) -> None:
        if value is not _UNSET:
            if name != "name":
                raise ValueError(f"RenameLinkCommand changes the name only, not {name!r}")
            name = value
        super().__init__(project, link_id, "name", name, merge_key, parent)


class SetStatusCommand(ModelCommand):
    """Tag links with a status in one step; the plan's actions it creates go with it.

    Uses :meth:`Project.set_status` once, then :meth:`Project.revert_status` /
    :meth:`Project.reapply_status`, so a redo brings back the same action ids. A tag that changes
    nothing (all links already have the status, no action created) is obsolete: not pushed.
    """

    def __init__(self, project: Project, link_ids: Iterable[str], status: LinkStatus | str,
                 parent: QUndoCommand | None = None) -> None:
        self.status = LinkStatus(status)
        super().__init__(_status_text(self.status), parent)
        self.project, self.link_ids = project, list(dict.fromkeys(link_ids))
        self.change: StatusChange | None = None

    def apply(self) -> None:
        if self.change is None:
            self.change = self.project.set_status(self.link_ids, self.status)
            if not self.change.created and all(s == self.status for s in self.change.old.values()):
                self.setObsolete(True)
        else:
            self.project.reapply_status(self.change)

    def undo(self) -> None:
        self.project.revert_status(self.change)


class _UpdateLinksCommand(ModelCommand):
    """Apply ``{link id: {field: value}}`` with :meth:`Project.update_links`; undo restores."""

    def __init__(self, text: str, project: Project, changes: dict[str, dict[str, Any]],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.project, self.changes = project, changes
        self.old: dict[str, dict[str, Any]] | None = None

    def apply(self) -> None:
        old = self.project.update_links(self.changes)
        if self.old is None:
            self.old = old
            if self.changes_nothing():
                self.setObsolete(True)  # changes nothing: not pushed, not "modified"

    def changes_nothing(self) -> bool:
        """True when the new values equal the old ones (positions compared as tuples)."""
        return self.old == {i: {k: (tuple(v) if k == "position" else v) for k, v in f.items()}
                            for i, f in self.changes.items()}

    def undo(self) -> None:
        self.project.update_links(self.old)


class ToggleStrategicCommand(_UpdateLinksCommand):
    """Toggle the strategic flag of links: all become strategic unless all already are."""

    def __init__(self, project: Project, link_ids: Iterable[str],
                 parent: QUndoCommand | None = None) -> None:
        ids = list(dict.fromkeys(link_ids))
        value = not all(project.link(i).strategic for i in ids)
        text = _tr("Mark strategic") if value else _tr("Unmark strategic")
        super().__init__(text, project, {i: {"strategic": value} for i in ids}, parent)


class MoveLinksCommand(_UpdateLinksCommand):
    """Move cards (one "Move" step), changing their stage in the same step when given.

    Args:
        positions: ``{link id: (x, y)}`` new top-left corners, scene pixels.
        stage_ids: ``{link id: stage id}`` for cards dropped in another lane, or None.
        merge_key: successive moves of the same links with the same key merge (arrow keys).
        marks: ``{flow key: is a return flow}`` for the flows the stage changes re-mark
            (computed by the analysis, outside the command), or None.
    """

    def __init__(self, project: Project, positions: dict[str, Position],
                 stage_ids: dict[str, str] | None = None, merge_key: Any = None,
                 parent: QUndoCommand | None = None,
                 marks: dict[tuple[str, str], bool] | None = None) -> None:
        changes: dict[str, dict[str, Any]] = {
            i: {"position": (float(p[0]), float(p[1]))} for i, p in positions.items()}
        for link_id, stage_id in (stage_ids or {}).items():
            if project.link(link_id).stage_id != stage_id:
                changes.setdefault(link_id, {})["stage_id"] = stage_id
        super().__init__(_tr("Move"), project, changes, parent)
        self.merge_key = merge_key
        self.marks = dict(marks or {})
        self.old_marks: dict[tuple[str, str], bool] = {}

    def apply(self) -> None:
        super().apply()
        if self.marks and not self.isObsolete():
            self.old_marks = self.project.set_return_flows(self.marks)

    def undo(self) -> None:
        if self.old_marks:
            self.project.set_return_flows(self.old_marks)
        super().undo()

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _MOVE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if refused(other):  # Qt offers a refused command before dropping it
            return False
        if not (isinstance(other, MoveLinksCommand) and other.merge_key == self.merge_key
                and set(other.changes) == set(self.changes)
                and not (self.marks or other.marks)):
            return False
        for link_id, fields in other.changes.items():
            self.changes[link_id].update(fields)
            for name in fields:
                self.old[link_id].setdefault(name, other.old[link_id][name])
        if self.changes_nothing():
            self.setObsolete(True)  # moved back where it was: the step leaves the stack
        return True


class LayoutCommand(_UpdateLinksCommand):
    """Auto-layout: set every given card position and return-flow mark in one undoable step.

    Args:
        positions: ``{link id: (x, y)}`` (computed by the analysis, outside the command).
        marks: ``{flow key: is a return flow}`` for the flows whose mark changes, or None.
    """

    def __init__(self, project: Project, positions: dict[str, Position],
                 marks: dict[tuple[str, str], bool] | None = None,
                 parent: QUndoCommand | None = None) -> None:
        changes = {i: {"position": (float(p[0]), float(p[1]))} for i, p in positions.items()}
        super().__init__(_tr("Auto-layout"), project, changes, parent)
        self.marks = dict(marks or {})
        self.old_marks: dict[tuple[str, str], bool] = {}

    def apply(self) -> None:
        old = self.project.update_links(self.changes)
        self.old_marks = self.project.set_return_flows(self.marks) if self.marks else {}
        if self.old is None:
            self.old = old
            if self.changes_nothing():
                self.setObsolete(True)  # changes nothing: not pushed, not "modified"

    def changes_nothing(self) -> bool:
        """True when no card moves and no flow changes its mark."""
        return super().changes_nothing() and all(
            self.old_marks.get(key) == value for key, value in self.marks.items())

    def undo(self) -> None:
        if self.old_marks:
            self.project.set_return_flows(self.old_marks)
        super().undo()


# ---------------------------------------------------------------------------------------- flows
class AddFlowCommand(ModelCommand):
    """Add the flow ``up → down`` (a return flow when ``is_return``); a refusal (self flow,
    duplicate, unknown link) is not pushed."""

    def __init__(self, project: Project, up: str, down: str, is_return: bool = False,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Connect"), parent)
        self.project, self.key, self.is_return = project, (up, down), is_return
        self.record: list[tuple[int, Flow]] | None = None

    def apply(self) -> None:
        if self.record is None:
            self.project.add_flow(*self.key, is_return=self.is_return)
        else:
            self.project.restore_flows(self.record)

    def undo(self) -> None:
        self.record = self.project.remove_flows([self.key])


class RemoveFlowsCommand(ModelCommand):
    """Remove flows by key ``(upstream id, downstream id)``; undo puts them back in order."""

    def __init__(self, project: Project, keys: Iterable[tuple[str, str]],
                 parent: QUndoCommand | None = None) -> None:
        self.keys = list(dict.fromkeys((k[0], k[1]) for k in keys))
        super().__init__(_tr("Disconnect"), parent)
        self.project = project
        self.record: list[tuple[int, Flow]] = []

    def apply(self) -> None:
        self.record = self.project.remove_flows(self.keys)

    def undo(self) -> None:
        self.project.restore_flows(self.record)


class DeleteSelectionCommand(ModelCommand):
    """Delete selected links and flows in one step.

    Flows that touch a deleted link go with it (listed or not); the other flows are removed
    first. Keys or ids no longer in the project are ignored.
    """

    def __init__(self, project: Project, link_ids: Iterable[str],
                 flow_keys: Iterable[tuple[str, str]], parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Delete"), parent)
        self.project = project
        self.link_ids = [i for i in dict.fromkeys(link_ids) if i in project.links]
        gone = set(self.link_ids)
        self.flow_keys = [k for k in dict.fromkeys((k[0], k[1]) for k in flow_keys)
                          if k in project.flows and k[0] not in gone and k[1] not in gone]
        self.flow_record: list[tuple[int, Flow]] = []
        self.link_record = None

    def apply(self) -> None:
        self.flow_record = self.project.remove_flows(self.flow_keys)
        if self.link_ids:
            self.link_record = self.project.remove_links(self.link_ids)

    def undo(self) -> None:
        if self.link_record is not None:
            self.project.restore_links(self.link_record)
        self.project.restore_flows(self.flow_record)


__all__ = [
    "LINKS_MIME_TYPE", "AddFlowCommand", "AddLinkCommand", "DeleteSelectionCommand",
    "DuplicateLinksCommand", "EditLinkCommand", "LayoutCommand", "MoveLinksCommand",
    "PasteLinksCommand", "RemoveFlowsCommand", "RemoveLinksCommand", "RenameLinkCommand",
    "SetStatusCommand", "ToggleStrategicCommand", "copy_links_data", "unique_name",
]
