"""The Project: the one truth about a value chain and its action plan.

Invariants kept by every operation (a violation raises :class:`~valuechain_gui.errors.ModelError`
and changes nothing):

* ids are unique (stages, links, actions); link names are unique after trimming, case-insensitively,
  and not blank;
* every link's stage exists; flows join existing, distinct links; no duplicate flow;
* removing a link removes its flows and keeps its actions, detached (their state becomes obsolete);
* setting a link weak (missing) creates a local-reinforcement (alliance-search) action unless the
  link already has an action of that kind; the status change and that action are one operation, so
  :meth:`Project.revert_status` undoes exactly both.

Every mutating operation returns what is needed to invert it, for the Qt layer's undo commands, and
notifies subscribers (:mod:`valuechain_gui.model.events`).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import ModelError
from ..words import TEMPLATE_STAGE_KEYS, word
from .entities import ACTION_FIELDS, LINK_FIELDS, Action, Flow, Link, Stage, status_of
from .enums import (
    KIND_FOR_STATUS,
    STATUS_FOR_KIND,
    ActionKind,
    ActionState,
    ActionStatus,
    LinkStatus,
    ObsoleteReason,
)
from .events import EventKind, Observable
from .settings import ProjectSettings

PROJECT_FIELDS = ("target_market", "pole_name", "territory", "participants", "date", "language",
                  "settings")


def name_key(name: str) -> str:
    """The key under which link names must be unique: trimmed, case-folded (str)."""
    return " ".join(name.split()).casefold()


@dataclass
class RemovedLinks:
    """What :meth:`Project.remove_links` took out, to put it back with :meth:`restore_links`.

    ``links`` holds (index in the link order, link); ``flows`` (index in the flow order, flow).
    Detached actions keep their ``link_id``, so restoring the links reattaches them.
    """

    links: list[tuple[int, Link]] = field(default_factory=list)
    flows: list[tuple[int, Flow]] = field(default_factory=list)


@dataclass
class StatusChange:
    """What :meth:`Project.set_status` did: old status per link id and the actions it created."""

    old: dict[str, LinkStatus] = field(default_factory=dict)
    new: LinkStatus = LinkStatus.UNASSESSED
    created: list[Action] = field(default_factory=list)


@dataclass
class RemovedStage:
    """What :meth:`Project.remove_stage` did, for :meth:`Project.restore_stage`."""

    index: int
    stage: Stage
    moved_to: str | None = None
    moved: dict[str, str] = field(default_factory=dict)  # link id -> old stage id
    removed_links: RemovedLinks | None = None


class Project(Observable):
    """A value-chain project: meta data, ordered stages, links, flows and actions.

    Attributes (read freely, change only through methods):
        target_market, pole_name, territory: str.
        participants: list of working-group participant names.
        date: date of the workshop, or None.
        language: "fr" or "en", the language of the project's documents.
        settings: :class:`~valuechain_gui.model.settings.ProjectSettings` (status weights).
        stages: ordered list of :class:`Stage`, upstream first.
        links: dict id → :class:`Link`, in creation order.
        flows: dict (upstream id, downstream id) → :class:`Flow`.
        actions: dict id → :class:`Action`, in plan order.
        extra: unknown keys read from the file, written back on save.
        flows_revision: int incremented whenever the flow graph changes (links or flows added or
            removed), so that analyses can cache what depends only on the graph.
    """

    def __init__(self, target_market: str = "", language: str = "fr") -> None:
        super().__init__()
        self.target_market = target_market
        self.pole_name = ""
        self.territory = ""
        self.participants: list[str] = []
        self.date: date | None = None
        self.language = language
        self.settings = ProjectSettings()
        self.stages: list[Stage] = []
        self.links: dict[str, Link] = {}
        self.flows: dict[tuple[str, str], Flow] = {}
        self.actions: dict[str, Action] = {}
        self.extra: dict[str, Any] = {}
        self.flows_revision = 0
        self._names: dict[str, str] = {}  # name_key -> link id
        self._out: dict[str, set[str]] = {}
        self._in: dict[str, set[str]] = {}

    # ------------------------------------------------------------------ construction
    @classmethod
    def new(cls, language: str = "fr", target_market: str = "") -> Project:
        """A new project with the six standard stages named in ``language`` (renamable)."""
        project = cls(target_market=target_market, language=language)
        for key in TEMPLATE_STAGE_KEYS:
            project.stages.append(Stage(word(language, key)))
        return project

    def make_link(self, name: str, stage_id: str, **fields: Any) -> Link:
        """A new :class:`Link` (not added). It is an end market only if ``end_market=True`` is
        given: when no link is flagged, the gap analysis takes the links with no downstream flow,
        whatever their stage (the same rule for links drawn, moved and imported)."""
        return Link(name=name, stage_id=stage_id, **fields)

    # ------------------------------------------------------------------ equality, copies
    def state(self) -> tuple:
        """Everything that defines the project, as a comparable tuple (order included)."""
        meta = tuple(getattr(self, f) for f in PROJECT_FIELDS)
        return (meta, self.stages, list(self.links.values()), list(self.flows.values()),
                list(self.actions.values()), self.extra)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Project) and self.state() == other.state()

    __hash__ = None  # type: ignore[assignment]

    def clone(self) -> Project:
        """A deep copy without subscribers."""
        other = Project()
        for name in PROJECT_FIELDS:
            setattr(other, name, copy.deepcopy(getattr(self, name)))
        other.stages = copy.deepcopy(self.stages)
        other.extra = copy.deepcopy(self.extra)
        for link in self.links.values():
            other._insert_link(copy.deepcopy(link))
        for flow in self.flows.values():
            other._insert_flow(copy.deepcopy(flow))
        other.actions = {a.id: copy.deepcopy(a) for a in self.actions.values()}
        return other

    # ------------------------------------------------------------------ queries
    def stage(self, stage_id: str) -> Stage:
        """The stage with this id; ModelError ``unknown_stage`` if none."""
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise ModelError("unknown_stage", "No stage with id {id}.", id=stage_id)

    def stage_index(self, stage_id: str) -> int:
        """Position of the stage (0 = most upstream); ModelError if unknown."""
        return self.stages.index(self.stage(stage_id))

    def link(self, link_id: str) -> Link:
        """The link with this id; ModelError ``unknown_link`` if none."""
        try:
            return self.links[link_id]
        except KeyError:
            raise ModelError("unknown_link", "No link with id {id}.", id=link_id) from None

    def link_by_name(self, name: str) -> Link | None:
        """The link with this name (trimmed, case-insensitive), or None."""
        link_id = self._names.get(name_key(name))
        return self.links[link_id] if link_id else None

    def links_in_stage(self, stage_id: str) -> list[Link]:
        """Links of one stage, in link order."""
        return [link for link in self.links.values() if link.stage_id == stage_id]

    def upstream_of(self, link_id: str) -> list[str]:
        """Ids of links with a flow into ``link_id`` (unordered set as list)."""
        return sorted(self._in.get(link_id, ()))

    def downstream_of(self, link_id: str) -> list[str]:
        """Ids of links ``link_id`` flows into."""
        return sorted(self._out.get(link_id, ()))

    def flows_of(self, link_id: str) -> list[Flow]:
        """Flows touching ``link_id`` (in and out)."""
        keys = [(u, link_id) for u in self._in.get(link_id, ())]
        keys += [(link_id, d) for d in self._out.get(link_id, ())]
        return [self.flows[k] for k in keys]

    def counts_by_status(self) -> dict[LinkStatus, int]:
        """Number of links per status (every status present, possibly 0)."""
        counts = {status: 0 for status in LinkStatus}
        for link in self.links.values():
            counts[link.status] += 1
        return counts

    def actions_for_link(self, link_id: str) -> list[Action]:
        """Actions attached to the link, in plan order."""
        return [a for a in self.actions.values() if a.link_id == link_id]

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

    # ------------------------------------------------------------------ project meta
    def update_meta(self, **changes: Any) -> dict[str, Any]:
        """Change project attributes (names in ``PROJECT_FIELDS``); returns their old values."""
        unknown = set(changes) - set(PROJECT_FIELDS)
        if unknown:
            raise ModelError("unknown_field", "Unknown project field {field}.", field=min(unknown))
        if not isinstance(changes.get("settings", self.settings), ProjectSettings):
            raise ModelError("unknown_field", "Settings must be a ProjectSettings.")
        old = {name: getattr(self, name) for name in changes}
        for name, value in changes.items():
            setattr(self, name, value)
        self._emit(EventKind.PROJECT_CHANGED, (), tuple(changes))
        return old

    # ------------------------------------------------------------------ stages
    def add_stage(self, stage: Stage, index: int | None = None) -> None:
        """Insert ``stage`` at ``index`` (default: last)."""
        if any(s.id == stage.id for s in self.stages):
            raise ModelError("duplicate_id", "Id {id} is already used.", id=stage.id)
        self.stages.insert(len(self.stages) if index is None else index, stage)
        self._emit(EventKind.STAGES_CHANGED, (stage.id,))

    def rename_stage(self, stage_id: str, name: str) -> str:
        """Rename a stage; returns the old name. ModelError ``blank_name`` for a blank name."""
        if not name.strip():
            raise ModelError("blank_name", "A name cannot be blank.")
        stage = self.stage(stage_id)
        old, stage.name = stage.name, name
        self._emit(EventKind.STAGES_CHANGED, (stage_id,))
        return old

    def move_stage(self, stage_id: str, index: int) -> int:
        """Move a stage to ``index`` in the order; returns its old index."""
        stage = self.stage(stage_id)
        old = self.stages.index(stage)
        self.stages.pop(old)
        self.stages.insert(index, stage)
        self._emit(EventKind.STAGES_CHANGED, (stage_id,))
        return old

    def remove_stage(self, stage_id: str, move_links_to: str | None = None) -> RemovedStage:
        """Remove a stage; its links move to ``move_links_to`` or, if None, are removed."""
        stage = self.stage(stage_id)
        if move_links_to == stage_id:
            raise ModelError("bad_stage", "Links cannot move to the stage being removed.")
        if move_links_to is not None:
            self.stage(move_links_to)
        members = [link.id for link in self.links_in_stage(stage_id)]
        record = RemovedStage(self.stages.index(stage), stage, move_links_to)
        if move_links_to is None:
            record.removed_links = self.remove_links(members)
        else:
            record.moved = {link_id: stage_id for link_id in members}
            self.update_links({link_id: {"stage_id": move_links_to} for link_id in members})
        self.stages.remove(stage)
        self._emit(EventKind.STAGES_CHANGED, (stage_id,))
        return record

    def restore_stage(self, record: RemovedStage) -> None:
        """Undo :meth:`remove_stage`."""
        self.stages.insert(record.index, record.stage)
        self._emit(EventKind.STAGES_CHANGED, (record.stage.id,))
        if record.removed_links is not None:
            self.restore_links(record.removed_links)
        if record.moved:
            self.update_links({lid: {"stage_id": sid} for lid, sid in record.moved.items()})

    # ------------------------------------------------------------------ links
    def _check_name(self, name: str, link_id: str | None) -> None:
        if not name.strip():
            raise ModelError("blank_name", "A link name cannot be blank.")
        owner = self._names.get(name_key(name))
        if owner is not None and owner != link_id:
            raise ModelError("duplicate_link_name", "A link named {name} already exists.",
                             name=name.strip())

    def _insert_link(self, link: Link, index: int | None = None) -> None:
        if index is None or index >= len(self.links):
            self.links[link.id] = link
        else:
            items = list(self.links.items())
            items.insert(index, (link.id, link))
            self.links = dict(items)
        self._names[name_key(link.name)] = link.id
        self._out.setdefault(link.id, set())
        self._in.setdefault(link.id, set())

    def add_link(self, link: Link, index: int | None = None) -> None:
        """Add ``link`` (at ``index`` in the link order, default last).

        Raises ModelError: ``duplicate_id``, ``blank_name``, ``duplicate_link_name``, ``unknown_stage``.
        """
        self.add_links([link], [index])

    def add_links(self, links: list[Link], indices: list[int | None] | None = None) -> None:
        """Add several links at once (one event); all are checked before any is added."""
        names: set[str] = set()
        for link in links:
            if link.id in self.links:
                raise ModelError("duplicate_id", "Id {id} is already used.", id=link.id)
            self._check_name(link.name, None)
            if name_key(link.name) in names:
                raise ModelError("duplicate_link_name", "A link named {name} already exists.",
                                 name=link.name.strip())
            names.add(name_key(link.name))
            self.stage(link.stage_id)
            link.status = status_of(link.status)
        for link, index in zip(links, indices or [None] * len(links)):
            self._insert_link(link, index)
            for action in self.actions_for_link(link.id):
                action.link_name = link.name
        self.flows_revision += 1
        self._emit(EventKind.LINK_ADDED, tuple(link.id for link in links))

    def remove_links(self, link_ids: Iterable[str]) -> RemovedLinks:
        """Remove links with their flows; their actions stay, detached. Unknown ids: ModelError."""
        ids = list(dict.fromkeys(link_ids))
        for link_id in ids:
            self.link(link_id)
        gone = set(ids)
        record = RemovedLinks()
        flow_keys = [k for k in self.flows if k[0] in gone or k[1] in gone]
        record.flows = self._remove_flow_keys(flow_keys)
        order = {link_id: i for i, link_id in enumerate(self.links)}
        for link_id in sorted(ids, key=order.__getitem__):
            record.links.append((order[link_id], self.links[link_id]))
        for _, link in record.links:
            del self.links[link.id]
            del self._names[name_key(link.name)]
            self._out.pop(link.id, None)
            self._in.pop(link.id, None)
        for action in self.actions.values():
            if action.link_id in gone:
                action.link_name = record_link(record, action.link_id).name
        self.flows_revision += 1
        self._emit(EventKind.LINK_REMOVED, tuple(ids))
        return record

    def restore_links(self, record: RemovedLinks) -> None:
        """Undo :meth:`remove_links`: links back at their indices, their flows, actions reattached."""
        for index, link in sorted(record.links, key=lambda pair: pair[0]):
            self._check_name(link.name, None)
            self._insert_link(link, index)
        self.flows_revision += 1
        self._emit(EventKind.LINK_ADDED, tuple(link.id for _, link in record.links))
        self.restore_flows(record.flows)

    def update_link(self, link_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of one link (see ``LINK_FIELDS``); returns the old values."""
        return self.update_links({link_id: changes})[link_id]

    def update_links(self, changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """Change fields of several links at once; returns ``{link id: {field: old value}}``.

        Status is not changed here (see :meth:`set_status`). All changes are checked first:
        unknown field/link/stage, blank or duplicate name raise ModelError and change nothing.
        """
        new_names: dict[str, str] = {}
        for link_id, fields_ in changes.items():
            self.link(link_id)
            unknown = set(fields_) - set(LINK_FIELDS)
            if unknown:
                raise ModelError("unknown_field", "Unknown link field {field}.", field=min(unknown))
            if "stage_id" in fields_:
                self.stage(fields_["stage_id"])
            if "name" in fields_:
                self._check_name(fields_["name"], link_id)
                key = name_key(fields_["name"])
                if key in new_names.values():
                    raise ModelError("duplicate_link_name", "A link named {name} already exists.",
                                     name=fields_["name"].strip())
                new_names[link_id] = key
        old: dict[str, dict[str, Any]] = {}
        changed: set[str] = set()
        for link_id in new_names:
            del self._names[name_key(self.links[link_id].name)]
        for link_id, fields_ in changes.items():
            link = self.links[link_id]
            old[link_id] = {name: getattr(link, name) for name in fields_}
            for name, value in fields_.items():
                setattr(link, name, tuple(value) if name == "position" else value)
            changed.update(fields_)
        for link_id, key in new_names.items():
            self._names[key] = link_id
            for action in self.actions_for_link(link_id):
                action.link_name = self.links[link_id].name
        self._emit(EventKind.LINK_CHANGED, tuple(changes), tuple(sorted(changed)))
        return old

    def set_status(self, link_ids: Iterable[str], status: LinkStatus | str) -> StatusChange:
        """Tag links with ``status``; creates the plan's actions (see module docstring).

        Returns the :class:`StatusChange` to pass to :meth:`revert_status`.
        """
        status = status_of(status)
        ids = list(dict.fromkeys(link_ids))
        for link_id in ids:
            self.link(link_id)
        change = StatusChange(new=status)
        kind = KIND_FOR_STATUS.get(status)
        for link_id in ids:
            link = self.links[link_id]
            change.old[link_id] = link.status
            link.status = status
            if kind is not None and not any(a.kind == kind for a in self.actions_for_link(link_id)):
                key = f"action.title.{kind.value}"
                action = Action(link_id=link_id, kind=kind, link_name=link.name,
                                title=word(self.language, key, link=link.name))
                change.created.append(action)
        self._emit(EventKind.LINK_CHANGED, tuple(ids), ("status",))
        if change.created:
            for action in change.created:
                self.actions[action.id] = action
            self._emit(EventKind.ACTION_ADDED, tuple(a.id for a in change.created))
        return change

    def revert_status(self, change: StatusChange) -> None:
        """Undo :meth:`set_status`: remove exactly the actions it created, restore old statuses."""
        if change.created:
            for action in change.created:
                self.actions.pop(action.id, None)
            self._emit(EventKind.ACTION_REMOVED, tuple(a.id for a in change.created))
        for link_id, status in change.old.items():
            self.links[link_id].status = status
        self._emit(EventKind.LINK_CHANGED, tuple(change.old), ("status",))

    def reapply_status(self, change: StatusChange) -> None:
        """Redo a reverted :meth:`set_status` with the very same action objects (same ids)."""
        for link_id in change.old:
            self.links[link_id].status = change.new
        self._emit(EventKind.LINK_CHANGED, tuple(change.old), ("status",))
        if change.created:
            for action in change.created:
                self.actions[action.id] = action
            self._emit(EventKind.ACTION_ADDED, tuple(a.id for a in change.created))

    # ------------------------------------------------------------------ flows
    def _insert_flow(self, flow: Flow, index: int | None = None) -> None:
        if index is None or index >= len(self.flows):
            self.flows[flow.key] = flow
        else:
            items = list(self.flows.items())
            items.insert(index, (flow.key, flow))
            self.flows = dict(items)
        self._out.setdefault(flow.upstream, set()).add(flow.downstream)
        self._in.setdefault(flow.downstream, set()).add(flow.upstream)

    def _check_flow(self, upstream: str, downstream: str) -> None:
        self.link(upstream)
        self.link(downstream)
        if upstream == downstream:
            raise ModelError("self_flow", "A link cannot flow into itself.")
        if (upstream, downstream) in self.flows:
            raise ModelError("duplicate_flow", "This flow already exists.")

    def add_flow(self, upstream: str, downstream: str) -> Flow:
        """Add a flow upstream → downstream; ModelError ``self_flow``, ``duplicate_flow``, ``unknown_link``."""
        self._check_flow(upstream, downstream)
        flow = Flow(upstream, downstream)
        self.restore_flows([(len(self.flows), flow)])
        return flow

    def remove_flows(self, keys: Iterable[tuple[str, str]]) -> list[tuple[int, Flow]]:
        """Remove flows by key; returns ``[(index, flow)]`` for :meth:`restore_flows`."""
        keys = list(dict.fromkeys((k[0], k[1]) for k in keys))
        for key in keys:
            if key not in self.flows:
                raise ModelError("unknown_flow", "No flow {up} → {down}.", up=key[0], down=key[1])
        removed = self._remove_flow_keys(keys)
        self.flows_revision += 1
        return removed

    def _remove_flow_keys(self, keys: list[tuple[str, str]]) -> list[tuple[int, Flow]]:
        if not keys:
            return []
        order = {key: i for i, key in enumerate(self.flows)}
        removed = sorted(((order[k], self.flows[k]) for k in keys), key=lambda pair: pair[0])
        for _, flow in removed:
            del self.flows[flow.key]
            self._out[flow.upstream].discard(flow.downstream)
            self._in[flow.downstream].discard(flow.upstream)
        self._emit(EventKind.FLOW_REMOVED, tuple(flow.key for _, flow in removed))
        return removed

    def restore_flows(self, flows: list[tuple[int, Flow]]) -> None:
        """Insert flows at their indices (the inverse of :meth:`remove_flows`)."""
        if not flows:
            return
        for _, flow in flows:
            self._check_flow(flow.upstream, flow.downstream)
        for index, flow in sorted(flows, key=lambda pair: pair[0]):
            self._insert_flow(flow, index)
        self.flows_revision += 1
        self._emit(EventKind.FLOW_ADDED, tuple(flow.key for _, flow in flows))

    # ------------------------------------------------------------------ actions
    def add_action(self, action: Action, index: int | None = None) -> None:
        """Add an action (its link may be any id; an unknown one makes it detached)."""
        if action.id in self.actions:
            raise ModelError("duplicate_id", "Id {id} is already used.", id=action.id)
        if action.link_id in self.links:
            action.link_name = self.links[action.link_id].name
        if index is None or index >= len(self.actions):
            self.actions[action.id] = action
        else:
            items = list(self.actions.items())
            items.insert(index, (action.id, action))
            self.actions = dict(items)
        self._emit(EventKind.ACTION_ADDED, (action.id,))

    def remove_action(self, action_id: str) -> tuple[int, Action]:
        """Remove an action; returns (index, action) for :meth:`add_action`."""
        if action_id not in self.actions:
            raise ModelError("unknown_action", "No action with id {id}.", id=action_id)
        index = list(self.actions).index(action_id)
        action = self.actions.pop(action_id)
        self._emit(EventKind.ACTION_REMOVED, (action_id,))
        return index, action

    def update_action(self, action_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of an action (see ``ACTION_FIELDS``); returns the old values."""
        if action_id not in self.actions:
            raise ModelError("unknown_action", "No action with id {id}.", id=action_id)
        unknown = set(changes) - set(ACTION_FIELDS)
        if unknown:
            raise ModelError("unknown_field", "Unknown action field {field}.", field=min(unknown))
        action = self.actions[action_id]
        old = {name: getattr(action, name) for name in changes}
        for name, value in changes.items():
            setattr(action, name, value)
        self._emit(EventKind.ACTION_CHANGED, (action_id,), tuple(changes))
        return old


def record_link(record: RemovedLinks, link_id: str) -> Link:
    """The link with ``link_id`` in a :class:`RemovedLinks` record (KeyError if absent)."""
    for _, link in record.links:
        if link.id == link_id:
            return link
    raise KeyError(link_id)

