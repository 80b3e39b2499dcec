"""A project bound to a Y document: local edits out as Y update bytes, remote updates in as
model operations.

The app keeps one :class:`Replica` on the thread that made its document (a pycrdt ``Doc`` is
used from one thread only); the network side keeps its own document, and the two exchange only
update bytes (Y updates commute and are idempotent, so this is exact).

* :meth:`Replica.flush_local` writes into the document what the project's own edits changed since
  the last flush, in one transaction of origin :data:`LOCAL`, and returns that transaction's
  update (to send), or None.
* :meth:`Replica.apply_remote_update` applies an update received from the room (origin
  :data:`REMOTE`), then brings the project to the document's state through model operations
  (:func:`~.apply.apply_remote`), so the canvas and panels update through the usual change
  signals; those changes are not local edits and are never flushed back. When a difference has
  no operation (links reordered), the result carries a project rebuilt from the document for the
  caller to take instead (:meth:`Replica.rebind`).

The convergence rules are those of :mod:`.rebuild`: every replica settles conflicts (a link of a
removed stage, two links given one name, a flow of a deleted link) the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from pycrdt import Doc

from ..model import ModelEvent, Project
from .apply import apply_remote
from .mirror import write_project
from .rebuild import RebuildError, project_from_doc
from .share import SyncError

#: Origin of this replica's own writes.
LOCAL = "local"
#: Origin of the updates applied from the network.
REMOTE = "remote"


@dataclass(frozen=True)
class RemoteResult:
    """What a remote update did to the project.

    Attributes:
        changed: the project changed (model events were emitted), or ``reloaded`` is given.
        reloaded: not None when a change had no model operation (e.g. links reordered): the
            caller replaces its project with this one (and calls :meth:`Replica.rebind`).
    """

    changed: bool
    reloaded: Project | None = None


class Replica:
    """A project bound to a Y document (see the module docstring)."""

    def __init__(self, project: Project, base: Doc | None = None) -> None:
        self.doc = base if base is not None else Doc()
        self.project = project
        self._remote = False
        self._dirty = False
        self._unsubscribe = project.subscribe(self._on_event)
        write_project(self.doc, project, origin=LOCAL)

    @classmethod
    def joined(cls, state: bytes) -> Replica:
        """A replica of a room's whole ``state`` (a Y update), its project built from it.

        Raises:
            SyncError: ``state`` is not a Y update, or holds no project.
        """
        doc = Doc()
        _apply(doc, state)
        try:
            project = project_from_doc(doc)
        except RebuildError as exc:
            raise SyncError("empty_room", "the room: {reason}", reason=str(exc)) from None
        return cls(project, doc)

    def _on_event(self, event: ModelEvent) -> None:
        if not self._remote:
            self._dirty = True

    def flush_local(self) -> bytes | None:
        """Write the project's own edits since the last flush into the document (one
        transaction, origin :data:`LOCAL`); that transaction's update, or None if none."""
        if not self._dirty:
            return None
        self._dirty = False
        before = self.doc.get_state()
        if not write_project(self.doc, self.project, origin=LOCAL):
            return None
        return self.doc.get_update(before)

    def apply_remote_update(self, update: bytes) -> RemoteResult:
        """Apply a room's update to the document and the project (see the module docstring).

        Raises:
            SyncError: ``update`` is not a Y update (nothing changed), or the document then
                holds no project (the project is left as it was).
        """
        _apply(self.doc, update)
        try:
            target = project_from_doc(self.doc)
        except RebuildError as exc:
            raise SyncError("bad_update", "the room's update: {reason}",
                            reason=str(exc)) from None
        return self._bring_to(target)

    def _bring_to(self, target: Project) -> RemoteResult:
        revision = _Counter(self.project)
        self._remote = True
        try:
            same = apply_remote(self.project, target)
        finally:
            self._remote = False
            revision.close()
        if not same:
            return RemoteResult(True, target)
        return RemoteResult(revision.count > 0)

    def state(self) -> bytes:
        """The document's whole state (a Y update: what a peer needs to catch up)."""
        return self.doc.get_update()

    def rebind(self, project: Project) -> None:
        """Follow ``project`` (after the caller took a reloaded project) instead of the old
        one; its differences from the document are written on the next flush."""
        self._unsubscribe()
        self.project = project
        self._unsubscribe = project.subscribe(self._on_event)
        self._dirty = True

    def close(self) -> None:
        """Stop following the project's edits."""
        self._unsubscribe()


class _Counter:
    """Counts a project's model events until closed."""

    def __init__(self, project: Project) -> None:
        self.count = 0
        self.close = project.subscribe(self._seen)

    def _seen(self, event: ModelEvent) -> None:
        self.count += 1


def _apply(doc: Doc, update: bytes) -> None:
    if not isinstance(update, (bytes, bytearray, memoryview)):
        raise SyncError("bad_update", "the room's update: expected bytes, not {given}",
                        given=type(update).__name__)
    try:
        with doc.transaction(origin=REMOTE):
            doc.apply_update(bytes(update))
    except ValueError as exc:
        raise SyncError("bad_update", "the room's update: not a Y update ({reason})",
                        reason=" ".join(str(exc).split())) from None
