"""Snapshots: the state of the chain at a workshop, dated and labelled, kept inside the project.

A snapshot is a compact, frozen copy of what a later workshop compares with: the stages, the
links (name, stage, status, strategic flag), the flows and the plan's actions (link, kind, title,
status). Positions, notes, actors and the rest are not kept: they are not what "what changed
since the last workshop" is about, and leaving them out keeps the file small.

The project holds its snapshots as a tuple in :attr:`Project.snapshots`; taking one is a
project change like any other (``update_meta(snapshots=...)``, one undoable step in the app).
:func:`with_snapshot` builds the new tuple and refuses one past the limits of
:mod:`valuechain_gui.limits`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from ..limits import MAX_SNAPSHOT_LABEL, MAX_SNAPSHOT_RECORDS, MAX_SNAPSHOTS
from ..text_safety import clean_text
from .enums import ActionKind, ActionStatus, LinkStatus

if TYPE_CHECKING:
    from .project import Project


@dataclass(frozen=True)
class LinkState:
    """A link as a snapshot keeps it."""

    id: str
    name: str
    stage_id: str
    status: LinkStatus = LinkStatus.UNASSESSED
    strategic: bool = False


@dataclass(frozen=True)
class PlanEntry:
    """An action of the plan as a snapshot keeps it."""

    id: str
    link_id: str
    kind: ActionKind
    title: str = ""
    status: ActionStatus = ActionStatus.PROPOSED


@dataclass(frozen=True)
class ChainState:
    """The comparable state of a chain: stages ``(id, name)``, links, flows
    ``(upstream id, downstream id)`` and actions, each in the project's order."""

    stages: tuple[tuple[str, str], ...] = ()
    links: tuple[LinkState, ...] = ()
    flows: tuple[tuple[str, str], ...] = ()
    actions: tuple[PlanEntry, ...] = ()

    @property
    def size(self) -> int:
        """Records held (stages, links, flows and actions together)."""
        return len(self.stages) + len(self.links) + len(self.flows) + len(self.actions)


@dataclass(frozen=True)
class Snapshot:
    """A dated, labelled :class:`ChainState`; ``extra`` keeps unknown keys read from a file."""

    label: str
    taken: date
    state: ChainState
    extra: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)


def chain_state(project: Project) -> ChainState:
    """The current state of ``project`` as a snapshot would keep it."""
    return ChainState(
        stages=tuple((s.id, s.name) for s in project.stages),
        links=tuple(LinkState(link.id, link.name, link.stage_id, link.status, link.strategic)
                    for link in project.links.values()),
        flows=tuple(project.flows),
        actions=tuple(PlanEntry(a.id, a.link_id, a.kind, a.title, a.status)
                      for a in project.actions.values()),
    )


def find_snapshot(snapshots: tuple[Snapshot, ...], label: str) -> Snapshot | None:
    """The last snapshot labelled ``label`` (compared ignoring case and outer spaces)."""
    wanted = label.strip().casefold()
    for snapshot in reversed(snapshots):
        if snapshot.label.strip().casefold() == wanted:
            return snapshot
    return None


def with_snapshot(project: Project, label: str, taken: date) -> tuple[Snapshot, ...]:
    """``project``'s snapshots followed by a new one of its current state (not stored: give the
    result to ``project.update_meta(snapshots=...)``).

    Raises:
        ModelError: ``blank_name`` for a blank label; ``too_many`` past
            :data:`~valuechain_gui.limits.MAX_SNAPSHOTS` snapshots or
            :data:`~valuechain_gui.limits.MAX_SNAPSHOT_RECORDS` records in all snapshots.
    """
    label = clean_text(str(label))[0].strip()[:MAX_SNAPSHOT_LABEL]
    if not label:
        raise ModelError("blank_name", "A snapshot needs a label.")
    snapshots = tuple(project.snapshots)
    if len(snapshots) >= MAX_SNAPSHOTS:
        raise ModelError("too_many", "A project keeps at most {limit:,} snapshots; remove one "
                         "first.", what="snapshots", limit=MAX_SNAPSHOTS, count=len(snapshots))
    state = chain_state(project)
    records = sum(s.state.size for s in snapshots) + state.size
    if records > MAX_SNAPSHOT_RECORDS:
        raise ModelError("too_many", "The snapshots would hold {count:,} records, more than the "
                         "{limit:,} a project keeps; remove an older snapshot first.",
                         what="snapshot records", limit=MAX_SNAPSHOT_RECORDS, count=records)
    return (*snapshots, Snapshot(label, taken, state))
