"""The action plan of a Project: its actions and their derived state (a part of
:class:`~.project.Project`).

Mixed into :class:`~valuechain_gui.model.project.Project`, which holds the state (``links``,
``actions``) and the other operations; kept apart so that each file has one job. Values come in
through :mod:`.doors` (texts cleaned, dates as ``date``, budgets finite); at most
:data:`~valuechain_gui.limits.MAX_ACTIONS` actions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from ..limits import MAX_ACTIONS
from . import doors
from .entities import ACTION_FIELDS, Action, Link
from .enums import (
    STATUS_FOR_KIND,
    ActionKind,
    ActionState,
    ActionStatus,
    LinkStatus,
    ObsoleteReason,
)
from .events import EventKind
from .partners import Alliance


class PlanOperations:
    """Queries and undoable operations on the plan's actions (see the module docstring).

    The actions of each link are indexed (:meth:`actions_for_link` walked every action: a
    retag asks for the link's actions): the index is built on first use and kept by the
    model's operations that add or remove actions; inserting an action inside the plan, or
    assigning ``actions`` (a copy, a snapshot), drops it to be built again when asked.
    """

    links: dict[str, Link]
    alliances: dict[str, Alliance]
    cleaned_places: list[str]

    if TYPE_CHECKING:
        def _emit(self, kind: EventKind, ids: tuple = (), fields: tuple[str, ...] = ()) -> None: ...
        def _note_places(self, places: list[str]) -> None: ...

    _actions: dict[str, Action]
    _actions_by_link: dict[str, list[Action]] | None = None

    @property
    def actions(self) -> dict[str, Action]:
        """dict id → :class:`Action`, in plan order (changed only by the model's operations)."""
        return self._actions

    @actions.setter
    def actions(self, value: dict[str, Action]) -> None:
        self._actions = value
        self._actions_by_link = None

    def actions_for_link(self, link_id: str) -> list[Action]:
        """Actions attached to the link, in plan order."""
        if self._actions_by_link is None:
            self._actions_by_link = {}
            self._index_appended(self._actions.values())
        return list(self._actions_by_link.get(link_id, ()))

    def _append_actions(self, actions: list[Action]) -> None:
        """Put ``actions`` at the end of the plan (and in its index by link)."""
        for action in actions:
            self._actions[action.id] = action
        self._index_appended(actions)

    def _index_appended(self, actions: Iterable[Action]) -> None:
        """Index ``actions``, just added at the end of the plan."""
        index = self._actions_by_link
        if index is not None:
            for action in actions:
                index.setdefault(action.link_id, []).append(action)

    def _index_removed(self, actions: list[Action]) -> None:
        """Forget ``actions``, just removed from the plan."""
        index = self._actions_by_link
        if index is None:
            return
        for action in actions:
            listed = index.get(action.link_id, [])
            for i, other in enumerate(listed):
                if other is action:
                    del listed[i]
                    break
            if not listed:
                index.pop(action.link_id, None)

    def action_state(self, action: Action) -> tuple[ActionState, ObsoleteReason | None]:
        """Derived state of ``action`` and, when obsolete, why.

        live: its link exists and has the status matching its kind (weak for local reinforcement,
        missing for alliance search); achieved: its status is done and its link is strong;
        obsolete otherwise.
        """
        link = self.links.get(action.link_id)
        if link is None:
            return ActionState.OBSOLETE, ObsoleteReason.LINK_REMOVED
        if link.status == STATUS_FOR_KIND[action.kind]:
            return ActionState.LIVE, None
        if link.status == LinkStatus.STRONG:
            if action.status == ActionStatus.DONE:
                return ActionState.ACHIEVED, None
            return ActionState.OBSOLETE, ObsoleteReason.LINK_STRONG_NOT_DONE
        return ActionState.OBSOLETE, ObsoleteReason.LINK_RETAGGED

    def action_link_name(self, action: Action) -> str:
        """Name of the action's link, or the name it had if the link was removed."""
        link = self.links.get(action.link_id)
        return link.name if link else action.link_name

    def iter_actions(self, kind: ActionKind | None = None) -> Iterator[Action]:
        """Actions in plan order, optionally of one kind."""
        return (a for a in self.actions.values() if kind is None or a.kind == kind)

    def add_action(self, action: Action, index: int | None = None) -> None:
        """Add an action (its link may be any id; an unknown one makes it detached).

        Raises ModelError: ``duplicate_id``, ``too_many``, and those of :mod:`.doors`.
        """
        if action.id in self.actions:
            raise ModelError("duplicate_id", "Id {id} is already used.", id=action.id)
        if len(self.actions) >= MAX_ACTIONS:
            raise doors.too_many("actions", len(self.actions) + 1, MAX_ACTIONS)
        at = len(self.actions) if index is None else index
        notes: list[str] = []
        values = doors.action_fields({f: getattr(action, f) for f in doors.ACTION_DOOR_FIELDS},
                                     f"actions[{at}]", notes.append)
        for name, value in values.items():
            setattr(action, name, value)
        self._note_places(notes)
        if action.link_id in self.links:
            action.link_name = self.links[action.link_id].name
        if index is None or index >= len(self.actions):
            self._append_actions([action])
        else:
            items = list(self.actions.items())
            items.insert(index, (action.id, action))
            self.actions = dict(items)
        self._emit(EventKind.ACTION_ADDED, (action.id,))

    def remove_action(self, action_id: str) -> tuple[int, Action]:
        """Remove an action; returns (index, action) for :meth:`add_action`.

        Refused (``action_has_alliances``) while the action has alliances: remove it with them
        through :meth:`~.alliance_operations.AllianceOperations.remove_action_and_alliances`.
        """
        if action_id not in self.actions:
            raise ModelError("unknown_action", "No action with id {id}.", id=action_id)
        if any(a.action_id == action_id for a in self.alliances.values()):
            raise ModelError("action_has_alliances", "This action has partners in its "
                             "pipeline; remove them with it.")
        index = list(self.actions).index(action_id)
        action = self.actions.pop(action_id)
        self._index_removed([action])
        self._emit(EventKind.ACTION_REMOVED, (action_id,))
        return index, action

    def update_action(self, action_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of an action (see ``ACTION_FIELDS``); returns the old values.

        Values go through :mod:`.doors`: texts cleaned, a ``datetime`` becomes its date;
        ModelError ``bad_date``, ``bad_text``, ``bad_number``... refuse the edit (nothing changes).
        """
        if action_id not in self.actions:
            raise ModelError("unknown_action", "No action with id {id}.", id=action_id)
        unknown = set(changes) - set(ACTION_FIELDS)
        if unknown:
            raise ModelError("unknown_field", "Unknown action field {field}.", field=min(unknown))
        notes: list[str] = []
        changes = doors.action_fields(changes, "", notes.append)
        if notes:
            at = list(self.actions).index(action_id)
            self._note_places([f"actions[{at}]{place}" for place in notes])
        action = self.actions[action_id]
        old = {name: getattr(action, name) for name in changes}
        for name, value in changes.items():
            setattr(action, name, value)
        self._emit(EventKind.ACTION_CHANGED, (action_id,), tuple(changes))
        return old
