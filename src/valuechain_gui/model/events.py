"""Change notification: the small observer the Qt layer subscribes to.

A :class:`Project` calls every subscriber with one :class:`ModelEvent` per elementary change,
after the change is made. Subscribers must not raise; an exception in one is re-raised after all
subscribers ran, so that a bug is not swallowed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class EventKind(StrEnum):
    """What changed."""

    LINK_ADDED = "link_added"  # ids: the link ids
    LINK_REMOVED = "link_removed"  # ids: the link ids
    LINK_CHANGED = "link_changed"  # ids: link ids; fields: the changed field names
    FLOW_ADDED = "flow_added"  # ids: ((upstream, downstream), ...)
    FLOW_REMOVED = "flow_removed"  # ids: ((upstream, downstream), ...)
    FLOW_CHANGED = "flow_changed"  # ids: ((upstream, downstream), ...); fields: ("is_return",)
    STAGES_CHANGED = "stages_changed"  # ids: stage ids added/removed/renamed/moved
    ACTION_ADDED = "action_added"  # ids: action ids
    ACTION_REMOVED = "action_removed"  # ids: action ids
    ACTION_CHANGED = "action_changed"  # ids: action ids; fields: changed field names
    PROJECT_CHANGED = "project_changed"  # fields: changed project attribute names
    PARTNER_ADDED = "partner_added"  # ids: cited partner ids
    PARTNER_REMOVED = "partner_removed"  # ids: cited partner ids
    PARTNER_CHANGED = "partner_changed"  # ids: partner ids; fields: changed field names
    ALLIANCE_ADDED = "alliance_added"  # ids: alliance ids
    ALLIANCE_REMOVED = "alliance_removed"  # ids: alliance ids
    ALLIANCE_CHANGED = "alliance_changed"  # ids: alliance ids; fields: changed field names
    CORRESPONDENCES_CHANGED = "correspondences_changed"  # ids: correspondence keys


@dataclass(frozen=True)
class ModelEvent:
    """One change of the model.

    Attributes:
        kind: the :class:`EventKind`.
        ids: the ids concerned (link/action/stage/partner/alliance ids, ``(upstream,
            downstream)`` pairs, or correspondence keys ``(link id, partner id, name key)``).
        fields: for ``*_CHANGED``, the names of the fields that changed.
    """

    kind: EventKind
    ids: tuple = ()
    fields: tuple[str, ...] = ()


Subscriber = Callable[[ModelEvent], None]


class Observable:
    """Mixin holding subscribers; ``subscribe`` returns a function that unsubscribes."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(event)`` after every change; returns the unsubscribe function."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def _emit(self, kind: EventKind, ids: tuple = (), fields: tuple[str, ...] = ()) -> None:
        event = ModelEvent(kind, tuple(ids), tuple(fields))
        error: BaseException | None = None
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception as exc:  # noqa: BLE001 - re-raised below after all ran
                error = error or exc
        if error is not None:
            raise error
