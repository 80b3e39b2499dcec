"""Undo while co-editing: one's own edits only, and never a command that no longer applies.

It lives with the document because only the document touches its undo stack; the co-editing
session (``ui/share/``) wraps each partner's change in :meth:`UndoGuard.remote`.

The document's QUndoStack is kept: it holds only this window's own edits (a partner's edits
come in as model operations that are never pushed), and undoing or redoing one is an ordinary
local change, written into the shared document and sent like any edit. What can go wrong is a
command that a partner's edit has made inapplicable: undoing the deletion of a link whose name a
partner has given to a new link, undoing a retag of a link a partner deleted.

:class:`UndoGuard` therefore remembers every record the stack's commands touched (from the
model events of local edits since the stack was last emptied: links, flows and the links they
join, stages, actions and their links, partners, alliances, project fields, and the names of
the links touched) and, after each partner's change, compares: when the partner touched one of
them (or gave a link one of those names), the stack is cleared and the window says why. A
partner's edit elsewhere on the map leaves the history as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack

from valuechain_gui.model import EventKind, ModelEvent, Project

Record = tuple[str, object]

_LINK_EVENTS = {EventKind.LINK_ADDED, EventKind.LINK_REMOVED, EventKind.LINK_CHANGED}
_FLOW_EVENTS = {EventKind.FLOW_ADDED, EventKind.FLOW_REMOVED, EventKind.FLOW_CHANGED}
_ACTION_EVENTS = {EventKind.ACTION_ADDED, EventKind.ACTION_REMOVED, EventKind.ACTION_CHANGED}


def _family(kind: EventKind) -> str:
    return kind.value.split("_")[0]


class UndoGuard:
    """Clears ``stack`` when a partner's change touches what its commands touched.

    Call :meth:`remote` around a partner's change (``with guard.remote(): ...``); events
    outside it are the window's own edits. :meth:`close` stops following the project.
    """

    def __init__(self, project: Project, stack: QUndoStack,
                 on_cleared: Callable[[], None]) -> None:
        self.project = project
        self.stack = stack
        self.on_cleared = on_cleared
        self.touched: set[Record] = set()
        self.touched_names: set[str] = set()
        self._names = {link.id: link.name.casefold() for link in project.links.values()}
        self._remote: set[Record] | None = None
        self._remote_names: set[str] = set()
        self._unsubscribe = project.subscribe(self._on_event)
        stack.cleanChanged.connect(self._on_stack)
        stack.indexChanged.connect(self._on_stack)

    def _on_stack(self, *_args: object) -> None:
        try:
            empty = self.stack.count() == 0
        except RuntimeError:  # the stack is being deleted with its document
            return
        if empty:
            self.touched.clear()
            self.touched_names.clear()

    def _records(self, event: ModelEvent) -> set[Record]:
        kind, records = event.kind, set()
        if kind in _LINK_EVENTS:
            for link_id in event.ids:
                records.add(("link", link_id))
                link = self.project.links.get(link_id)
                placed = kind == EventKind.LINK_ADDED or "stage_id" in event.fields
                if link is not None and placed:  # a link put in a stage
                    records.add(("stage", link.stage_id))
        elif kind in _FLOW_EVENTS:
            for up, down in event.ids:
                records.update({("flow", (up, down)), ("link", up), ("link", down)})
        elif kind in _ACTION_EVENTS:
            for action_id in event.ids:
                records.add(("action", action_id))
                action = self.project.actions.get(action_id)
                if action is not None and action.link_id:
                    records.add(("link", action.link_id))
        elif kind == EventKind.PROJECT_CHANGED:
            records.update(("project", name) for name in event.fields)
        else:
            records.update((_family(kind), key) for key in event.ids)
        return records

    def _names_of(self, event: ModelEvent) -> set[str]:
        if event.kind not in _LINK_EVENTS:
            return set()
        names = set()
        for link_id in event.ids:
            link = self.project.links.get(link_id)
            if link is not None:
                self._names[link_id] = link.name.casefold()
            if link_id in self._names:
                names.add(self._names[link_id])
        return names

    def _on_event(self, event: ModelEvent) -> None:
        records, names = self._records(event), self._names_of(event)
        if self._remote is not None:
            self._remote |= records
            if event.kind == EventKind.LINK_ADDED or "name" in event.fields:
                self._remote_names |= names
        else:
            self.touched |= records
            self.touched_names |= names

    def remote(self) -> _RemoteChange:
        """A context in which the project's events are a partner's; on exit the stack is
        cleared if they touched what the stack touched."""
        return _RemoteChange(self)

    def _begin(self) -> None:
        self._remote, self._remote_names = set(), set()

    def _end(self) -> None:
        remote, names = self._remote or set(), self._remote_names
        self._remote, self._remote_names = None, set()
        if self.stack.count() and (remote & self.touched or names & self.touched_names):
            self.stack.clear()
            self.touched.clear()
            self.touched_names.clear()
            self.on_cleared()

    def close(self) -> None:
        """Stop following the project and the stack."""
        self._unsubscribe()
        for signal in (self.stack.cleanChanged, self.stack.indexChanged):
            try:
                signal.disconnect(self._on_stack)
            except (RuntimeError, TypeError):  # the stack is already gone
                pass


class _RemoteChange:
    def __init__(self, guard: UndoGuard) -> None:
        self.guard = guard

    def __enter__(self) -> None:
        self.guard._begin()

    def __exit__(self, *_exc: object) -> None:
        self.guard._end()
