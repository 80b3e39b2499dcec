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
removed stage, two links given one name, a flow of a deleted link) the same way, and writes what
it settled into the document (sent with its next flush): identical writes from every replica
converge, and the document then holds exactly the project everywhere. In a shared project,
removing a link removes its actions (with their alliances) for everyone: the rebuild drops
actions of a missing link, so the replica removes them from its own project too when it flushes.

Speed: a flush writes only the records the project's model events named since the last one
(:mod:`.outgoing`); a remote update is applied record by record when it changes links, flows,
actions, votes or the project's own fields and needs no repair (:mod:`.incoming`), else by
rebuilding the whole project from the document and applying the differences
(:func:`~.rebuild.rebuild`, :func:`~.apply.apply_remote`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pycrdt import Doc, merge_updates

from ..model import ModelEvent, Project
from .apply import apply_remote
from .incoming import ChangedKeys, apply_changed
from .mirror import UNSHARED, write_project
from .outgoing import Orders, Touched, write_touched
from .rebuild import RebuildError, rebuild
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
        """Bind ``project`` to ``base`` (a document holding an earlier state of it, e.g. the
        file's stored base) or to a new document, writing what differs (origin :data:`LOCAL`);
        what this writes is returned by the first :meth:`flush_local` unless :meth:`state` is
        sent first."""
        self.doc = base if base is not None else Doc()
        self._bind(project)
        written = self._write(lambda: write_project(self.doc, project, origin=LOCAL))
        self._unsent: list[bytes] = [written] if written is not None else []
        self._orders.load(self.doc)

    @classmethod
    def joined(cls, state: bytes) -> Replica:
        """A replica of a room's whole ``state`` (a Y update), its project built from it.

        Raises:
            SyncError: ``state`` is not a Y update, or holds no project.
        """
        doc = Doc()
        _apply(doc, state)
        orders: dict[str, dict[str, float | int]] = {}
        try:
            project, repaired = rebuild(doc, orders)
        except RebuildError as exc:
            raise SyncError("bad_update", "the room's update: {reason}", reason=str(exc)) from None
        if repaired:  # what the rebuild settled, written (and sent with the next flush)
            return cls(project, doc)
        replica = cls.__new__(cls)
        replica.doc = doc
        replica._bind(project)
        replica._unsent = []
        replica._orders.take(orders)
        return replica

    def _bind(self, project: Project) -> None:
        self.project = project
        self._remote = False
        self._touched = Touched()
        self._orders = Orders()
        self._captured: list[bytes] = []
        self._capture = False
        self._doc_subscription = self.doc.observe(self._on_transaction)
        self._changed = ChangedKeys(self.doc, REMOTE)
        self._unsubscribe = project.subscribe(self._on_event)

    def _on_transaction(self, event) -> None:
        if self._capture:
            self._captured.append(event.update)

    def _write(self, write) -> bytes | None:
        """Run ``write()`` (one local transaction); the update it made, or None."""
        self._captured = []
        self._capture = True
        try:
            write()
        finally:
            self._capture = False
        return _one_update(self._captured)

    def _on_event(self, event: ModelEvent) -> None:
        if not self._remote:
            self._touched.note(event, self.project)

    def flush_local(self) -> bytes | None:
        """Write the project's own edits since the last flush into the document (one
        transaction, origin :data:`LOCAL`); the update to send, or None if none."""
        if self._touched.removed_links:
            self._drop_actions_of(self._touched.removed_links)
        touched, self._touched = self._touched, Touched()

        def write() -> None:  # the project's own fields always (a few; some change silently)
            with self.doc.transaction(origin=LOCAL):
                write_touched(self.doc, self.project, touched, self._orders)

        update = self._write(write)
        self._changed.take()  # our own writes are not remote changes
        unsent, self._unsent = self._unsent, []
        return _one_update([*unsent, update])

    def _drop_actions_of(self, link_ids: set[str]) -> None:
        """The shared rule: the actions of a removed link go with it (and their alliances)."""
        for action in [a for a in self.project.actions.values()
                       if a.link_id in link_ids and a.link_id not in self.project.links]:
            self.project.remove_action_and_alliances(action.id)

    def apply_remote_update(self, update: bytes) -> RemoteResult:
        """Apply a room's update to the document and the project (see the module docstring).

        Raises:
            SyncError: ``update`` is not a Y update (nothing changed), or the document then
                holds no project (the project is left as it was).
        """
        if self._touched.any:  # unsent local edits first: the document must hold them
            pending = self.flush_local()
            if pending is not None:
                self._unsent.append(pending)
        self._changed.take()
        _apply(self.doc, update)
        changed = self._changed.take()
        if not any(changed.values()):
            return RemoteResult(False)
        counter = _Counter(self.project)
        self._remote = True
        try:
            if apply_changed(self.project, self.doc, changed, self._orders):
                return RemoteResult(counter.count > 0)
            return self._rebuilt(counter)
        finally:
            self._remote = False
            counter.close()

    def _rebuilt(self, counter: _Counter) -> RemoteResult:
        """The whole path: rebuild from the document, apply the differences, write what the
        rebuild settled."""
        orders: dict[str, dict[str, float | int]] = {}
        try:
            target, repaired = rebuild(self.doc, orders)
        except RebuildError as exc:
            raise SyncError("bad_update", "the room's update: {reason}",
                            reason=str(exc)) from None
        kept = {k: v for k, v in self.project.extra.items() if k in UNSHARED}
        same = apply_remote(self.project, target)
        result = self.project if same else target
        result.extra.update(kept)
        if repaired:
            written = self._write(lambda: write_project(self.doc, result, origin=LOCAL))
            if written is not None:
                self._unsent.append(written)
            self._changed.take()
            self._orders.load(self.doc)
        else:
            self._orders.take(orders)
        if not same:
            return RemoteResult(True, target)
        return RemoteResult(counter.count > 0)

    def state(self) -> bytes:
        """The document's whole state (a Y update: what a peer needs to catch up). It holds
        everything written so far, so what earlier writes left to send is not sent again by
        :meth:`flush_local` (edits not yet flushed still are)."""
        self._unsent = []
        return self.doc.get_update()

    def rebind(self, project: Project) -> None:
        """Follow ``project`` (after the caller took a reloaded project) instead of the old
        one; its differences from the document are written on the next flush."""
        self._unsubscribe()
        self.project = project
        self._unsubscribe = project.subscribe(self._on_event)
        self._touched = Touched()
        self._touched.any = self._touched.everything = True

    def close(self) -> None:
        """Stop following the project's edits and the document's changes."""
        self._unsubscribe()
        self._changed.close()
        self.doc.unobserve(self._doc_subscription)


class _Counter:
    """Counts a project's model events until closed."""

    def __init__(self, project: Project) -> None:
        self.count = 0
        self.close = project.subscribe(self._seen)

    def _seen(self, event: ModelEvent) -> None:
        self.count += 1


def _one_update(updates: list[bytes | None]) -> bytes | None:
    """The non-empty ``updates`` merged into one (the only one as it is), or None."""
    kept = [u for u in updates if u]
    if len(kept) > 1:
        return merge_updates(*kept)
    return kept[0] if kept else None


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


__all__ = ["LOCAL", "REMOTE", "RemoteResult", "Replica", "SyncError"]
