"""Bridge from the Qt-free model observer to typed Qt signals.

:class:`ProjectNotifier` subscribes to :meth:`Project.subscribe` and re-emits every
:class:`~valuechain_gui.model.ModelEvent` as one typed signal (``links_changed(ids, fields)``,
``flows_added(keys)``...), so that a panel connects only to what it shows instead of filtering
every event; there is no generic "something changed" signal (a slot that needs every change, like
autosave, connects to :meth:`ProjectNotifier.every_change`).
:func:`rebind` moves a slot from the notifier of the document a panel showed to the new one's;
:func:`connect_all` / :func:`disconnect_all` connect and release a panel's (signal, slot) pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

from valuechain_gui.model import EventKind, ModelEvent, Project


_PARTNER_EVENTS = frozenset({EventKind.PARTNER_ADDED, EventKind.PARTNER_REMOVED,
                             EventKind.PARTNER_CHANGED})
_ALLIANCE_EVENTS = frozenset({EventKind.ALLIANCE_ADDED, EventKind.ALLIANCE_REMOVED,
                              EventKind.ALLIANCE_CHANGED})


class ProjectNotifier(QObject):
    """Re-emits a project's model events as typed signals, one signal per kind of event.

    Signals (ids are tuples; flow keys are ``(upstream id, downstream id)``):
        links_added(ids), links_removed(ids), links_changed(ids, fields);
        flows_added(keys), flows_removed(keys), flows_marked(keys) (made return flows or plain
        flows again), flows_changed() (after any of these three);
        stages_changed(ids); actions_added(ids), actions_removed(ids), actions_changed(ids,
        fields); project_changed(fields) (target market, pôle, settings...);
        partners_changed(ids) (cited partners added, removed or changed), alliances_changed(ids)
        (pipeline entries added, removed or changed; lists of ids), correspondences_changed().

    Args:
        project: the :class:`Project` to follow.
        parent: optional QObject parent (the notifier dies with it; it then stops listening).

    Call :meth:`detach` when the project is replaced (e.g. File > Open) so the old project no longer
    calls into Qt. Events are emitted synchronously, in the order the model produced them.
    """

    links_added = Signal(tuple)
    links_removed = Signal(tuple)
    links_changed = Signal(tuple, tuple)
    flows_added = Signal(tuple)
    flows_removed = Signal(tuple)
    flows_marked = Signal(tuple)
    flows_changed = Signal()
    stages_changed = Signal(tuple)
    actions_added = Signal(tuple)
    actions_removed = Signal(tuple)
    actions_changed = Signal(tuple, tuple)
    project_changed = Signal(tuple)
    partners_changed = Signal(list)
    alliances_changed = Signal(list)
    correspondences_changed = Signal()

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._unsubscribe = project.subscribe(self._on_event)

    def _on_event(self, event: ModelEvent) -> None:
        try:
            self._emit_typed(event)
        except RuntimeError:  # the C++ object is gone: stop listening
            self.detach()

    def _emit_typed(self, event: ModelEvent) -> None:
        ids, fields = tuple(event.ids), tuple(event.fields)
        kind = event.kind
        if kind == EventKind.LINK_ADDED:
            self.links_added.emit(ids)
        elif kind == EventKind.LINK_REMOVED:
            self.links_removed.emit(ids)
        elif kind == EventKind.LINK_CHANGED:
            self.links_changed.emit(ids, fields)
        elif kind in (EventKind.FLOW_ADDED, EventKind.FLOW_REMOVED):
            (self.flows_added if kind == EventKind.FLOW_ADDED else self.flows_removed).emit(ids)
            self.flows_changed.emit()
        elif kind == EventKind.FLOW_CHANGED:
            self.flows_marked.emit(ids)
            self.flows_changed.emit()
        elif kind == EventKind.STAGES_CHANGED:
            self.stages_changed.emit(ids)
        elif kind == EventKind.ACTION_ADDED:
            self.actions_added.emit(ids)
        elif kind == EventKind.ACTION_REMOVED:
            self.actions_removed.emit(ids)
        elif kind == EventKind.ACTION_CHANGED:
            self.actions_changed.emit(ids, fields)
        elif kind == EventKind.PROJECT_CHANGED:
            self.project_changed.emit(fields)
        elif kind in _PARTNER_EVENTS:
            self.partners_changed.emit(list(ids))
        elif kind in _ALLIANCE_EVENTS:
            self.alliances_changed.emit(list(ids))
        elif kind == EventKind.CORRESPONDENCES_CHANGED:
            self.correspondences_changed.emit()

    def every_change(self) -> tuple[SignalInstance, ...]:
        """The typed signals that together carry each model event once (``flows_changed``,
        which follows ``flows_added``/``flows_removed``/``flows_marked``, left out): for a slot that only needs
        to know that something changed (autosave)."""
        return (self.links_added, self.links_removed, self.links_changed, self.flows_added,
                self.flows_removed, self.flows_marked, self.stages_changed, self.actions_added,
                self.actions_removed, self.actions_changed, self.project_changed,
                self.partners_changed, self.alliances_changed, self.correspondences_changed)

    def detach(self) -> None:
        """Stop following the project (idempotent)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def rebind(old_signal: SignalInstance | None, new_signal: SignalInstance | None,
           slot: Callable[..., Any]) -> None:
    """Stop calling ``slot`` from ``old_signal`` and connect it to ``new_signal`` (a panel that
    stops following the old document and follows the new one).

    ``old_signal`` may be None (nothing followed yet), ``new_signal`` None (follow nothing now);
    a source already deleted or a slot that was not connected to it is ignored (the
    RuntimeError/TypeError of ``disconnect``).
    """
    if old_signal is not None:
        try:
            old_signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
    if new_signal is not None:
        new_signal.connect(slot)


#: A (signal, slot) pair a panel follows.
Connection = tuple[SignalInstance, Callable[..., Any]]


def connect_all(connections: Iterable[Connection]) -> None:
    """Connect each slot to its signal."""
    for signal, slot in connections:
        signal.connect(slot)


def disconnect_all(connections: Iterable[Connection]) -> None:
    """Disconnect each slot from its signal; a source already deleted or a pair not connected is
    ignored (the RuntimeError/TypeError of ``disconnect``)."""
    for signal, slot in connections:
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
