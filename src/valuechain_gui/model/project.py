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
notifies subscribers (:mod:`valuechain_gui.model.events`). The operations on flows, on the
plan's actions and on cited partners, alliances and correspondence decisions live in
:mod:`.flow_operations`, :mod:`.plan_operations` and :mod:`.alliance_operations` (mixed in).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from functools import partial
from datetime import date
from typing import Any

from ..errors import ModelError
from ..limits import MAX_ACTIONS, MAX_LINKS, MAX_STAGES
from ..words import TEMPLATE_STAGE_KEYS, word
from . import doors
from .entities import LINK_FIELDS, Action, Flow, Link, Stage, name_key, status_of
from .enums import KIND_FOR_STATUS, LinkStatus
from .events import EventKind, Observable
from .alliance_operations import AllianceOperations
from .flow_operations import FlowOperations
from .partners import Alliance, Correspondence, Partner
from .plan_operations import PlanOperations
from .records import CorrespondenceKey, RemovedLinks, RemovedStage, StatusChange, record_link
from .settings import ProjectSettings
from .snapshots import Snapshot
from .votes import LinkVotes, checked_votes

PROJECT_FIELDS = ("target_market", "pole_name", "territory", "participants", "date", "language",
                  "settings", "snapshots", "votes")


def _note_link(notes: list[tuple[str, str]], link_id: str, place: str) -> None:
    """Note a cleaned ``place`` (``LINKID.notes``) of a link as ``(link id, ".notes")``."""
    notes.append((link_id, place[len(link_id):]))


class Project(FlowOperations, PlanOperations, AllianceOperations, Observable):
    """A value-chain project: meta data, ordered stages, links, flows and actions.

    Attributes (read freely, change only through methods):
        target_market, pole_name, territory: str.
        participants: list of working-group participant names.
        date: date of the workshop, or None.
        language: "fr" or "en", the language of the project's documents.
        settings: :class:`~valuechain_gui.model.settings.ProjectSettings` (status weights).
        snapshots: tuple of :class:`~valuechain_gui.model.snapshots.Snapshot`, oldest first.
        votes: dict link id → :class:`~valuechain_gui.model.votes.LinkVotes`, the room's votes.
        stages: ordered list of :class:`Stage`, upstream first.
        links: dict id → :class:`Link`, in creation order.
        flows: dict (upstream id, downstream id) → :class:`Flow`.
        actions: dict id → :class:`Action`, in plan order.
        partners: dict id → cited :class:`~.partners.Partner`, in citation order.
        alliances: dict id → :class:`~.partners.Alliance` (partner × action), in pipeline order.
        correspondences: dict ``(link id, partner id, name_key(their link))`` →
            :class:`~.partners.Correspondence` (the group's confirmed or rejected decisions).
        extra: unknown keys read from the file, written back on save.
        flows_revision: int incremented whenever the flow graph changes (links or flows added or
            removed), so that analyses can cache what depends only on the graph.
        cleaned_places: JSON paths (``links[3].notes``) of texts the operations cleaned of
            characters that cannot be saved or exported (see :mod:`.doors`); read them with
            :meth:`take_cleaned_places`.

    Every operation takes values through :mod:`.doors` (texts cleaned, dates as ``date``,
    positions finite and bounded) and refuses edits past :mod:`valuechain_gui.limits`.
    """

    def __init__(self, target_market: str = "", language: str = "fr") -> None:
        super().__init__()
        self.cleaned_places: list[str] = []
        self.target_market = doors.text("target_market", target_market, "target_market",
                                        self._noted)
        self.pole_name = ""
        self.territory = ""
        self.participants: list[str] = []
        self.date: date | None = None
        self.language = language
        self.settings = ProjectSettings()
        self.snapshots: tuple[Snapshot, ...] = ()
        self.votes: dict[str, LinkVotes] = {}
        self.stages: list[Stage] = []
        self.links: dict[str, Link] = {}
        self.flows: dict[tuple[str, str], Flow] = {}
        self.actions: dict[str, Action] = {}
        self.partners: dict[str, Partner] = {}
        self.alliances: dict[str, Alliance] = {}
        self.correspondences: dict[CorrespondenceKey, Correspondence] = {}
        self.extra: dict[str, Any] = {}
        self.flows_revision = 0
        self._names: dict[str, str] = {}  # name_key -> link id
        self._out: dict[str, set[str]] = {}
        self._in: dict[str, set[str]] = {}

    def _noted(self, place: str) -> None:
        self._note_places([place])

    def _note_places(self, places: list[str]) -> None:
        """Remember cleaned places for :meth:`take_cleaned_places` (the first 100 untaken)."""
        self.cleaned_places.extend(places[:max(0, 100 - len(self.cleaned_places))])

    def take_cleaned_places(self) -> list[str]:
        """The places whose text was cleaned since the last call (JSON paths), then forgets them."""
        places, self.cleaned_places = self.cleaned_places, []
        return places

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
                list(self.actions.values()), list(self.partners.values()),
                list(self.alliances.values()), self.correspondences, self.extra)

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
        other.partners = copy.deepcopy(self.partners)
        other.alliances = copy.deepcopy(self.alliances)
        other.correspondences = copy.deepcopy(self.correspondences)
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

    def counts_by_status(self) -> dict[LinkStatus, int]:
        """Number of links per status (every status present, possibly 0)."""
        counts = {status: 0 for status in LinkStatus}
        for link in self.links.values():
            counts[link.status] += 1
        return counts

    # ------------------------------------------------------------------ project meta
    def update_meta(self, **changes: Any) -> dict[str, Any]:
        """Change project attributes (names in ``PROJECT_FIELDS``); returns their old values."""
        unknown = set(changes) - set(PROJECT_FIELDS)
        if unknown:
            raise ModelError("unknown_field", "Unknown project field {field}.", field=min(unknown))
        notes: list[str] = []
        changes = doors.meta_fields(changes, notes.append)
        if not isinstance(changes.get("settings", self.settings), ProjectSettings):
            raise ModelError("unknown_field", "Settings must be a ProjectSettings.")
        if "snapshots" in changes:
            snapshots = changes["snapshots"] = tuple(changes["snapshots"])
            if not all(isinstance(s, Snapshot) for s in snapshots):
                raise ModelError("unknown_field", "Snapshots must be Snapshot records.")
        if "votes" in changes:
            changes["votes"] = checked_votes(changes["votes"], self.links)
        old = {name: getattr(self, name) for name in changes}
        for name, value in changes.items():
            setattr(self, name, value)
        self._note_places(notes)
        self._emit(EventKind.PROJECT_CHANGED, (), tuple(changes))
        return old

    # ------------------------------------------------------------------ stages
    def add_stage(self, stage: Stage, index: int | None = None) -> None:
        """Insert ``stage`` at ``index`` (default: last). ModelError ``blank_name`` for a blank
        name, as :meth:`rename_stage` (so that undoing a rename can always restore the old name)."""
        if any(s.id == stage.id for s in self.stages):
            raise ModelError("duplicate_id", "Id {id} is already used.", id=stage.id)
        if len(self.stages) >= MAX_STAGES:
            raise doors.too_many("stages", len(self.stages) + 1, MAX_STAGES)
        at = len(self.stages) if index is None else index
        notes: list[str] = []
        name = doors.text("name", stage.name, f"stages[{at}].name", notes.append)
        if not name.strip():
            raise ModelError("blank_name", "A name cannot be blank.")
        self._note_places(notes)
        stage.name = name
        self.stages.insert(at, stage)
        self._emit(EventKind.STAGES_CHANGED, (stage.id,))

    def rename_stage(self, stage_id: str, name: str) -> str:
        """Rename a stage; returns the old name. ModelError ``blank_name`` for a blank name."""
        stage = self.stage(stage_id)
        notes: list[str] = []
        name = doors.text("name", name, f"stages[{self.stages.index(stage)}].name", notes.append)
        if not name.strip():
            raise ModelError("blank_name", "A name cannot be blank.")
        self._note_places(notes)
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
        """Add several links at once (one event); all are checked before any is added.

        Raises ModelError: as :meth:`add_link`, and those of :mod:`.doors` (``bad_text``,
        ``bad_position``, ``too_many``).
        """
        if len(self.links) + len(links) > MAX_LINKS:
            raise doors.too_many("links", len(self.links) + len(links), MAX_LINKS)
        names: set[str] = set()
        notes: list[str] = []
        checked = []
        for k, link in enumerate(links):
            if link.id in self.links:
                raise ModelError("duplicate_id", "Id {id} is already used.", id=link.id)
            values = doors.link_fields({f: getattr(link, f) for f in doors.LINK_DOOR_FIELDS},
                                       f"links[{len(self.links) + k}]", notes.append)
            self._check_name(values["name"], None)
            if name_key(values["name"]) in names:
                raise ModelError("duplicate_link_name", "A link named {name} already exists.",
                                 name=values["name"].strip())
            names.add(name_key(values["name"]))
            self.stage(link.stage_id)
            checked.append(values)
        for link, values in zip(links, checked):
            for name, value in values.items():
                setattr(link, name, value)
            link.status = status_of(link.status)
        self._note_places(notes)
        for link, index in zip(links, indices or [None] * len(links)):
            self._insert_link(link, index)
            for action in self.actions_for_link(link.id):
                action.link_name = link.name
        self.flows_revision += 1
        self._emit(EventKind.LINK_ADDED, tuple(link.id for link in links))

    def remove_links(self, link_ids: Iterable[str]) -> RemovedLinks:
        """Remove links with their flows and correspondence decisions; their actions stay,
        detached (with their alliances). Unknown ids: ModelError."""
        ids = list(dict.fromkeys(link_ids))
        for link_id in ids:
            self.link(link_id)
        gone = set(ids)
        record = RemovedLinks()
        flow_keys = [k for k in self.flows if k[0] in gone or k[1] in gone]
        record.flows = self._remove_flow_keys(flow_keys)
        record.correspondences = self._take_correspondences_of_links(gone)
        record.votes = {lid: v for lid, v in self.votes.items() if lid in gone}
        if record.votes:
            self.votes = {lid: v for lid, v in self.votes.items() if lid not in gone}
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
        self._restore_correspondences(record.correspondences)
        if record.votes:
            self.votes = {**self.votes, **record.votes}

    def update_link(self, link_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of one link (see ``LINK_FIELDS``); returns the old values."""
        return self.update_links({link_id: changes})[link_id]

    def update_links(self, changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """Change fields of several links at once; returns ``{link id: {field: old value}}``.

        Status is not changed here (see :meth:`set_status`). All changes are checked first:
        unknown field/link/stage, blank or duplicate name, and the refusals of :mod:`.doors`
        (``bad_text``, ``bad_position``...) raise ModelError and change nothing.
        """
        new_names: dict[str, str] = {}
        notes: list[tuple[str, str]] = []  # (link id, rest of the JSON path)
        changes = dict(changes)
        for link_id, fields_ in changes.items():
            self.link(link_id)
            unknown = set(fields_) - set(LINK_FIELDS)
            if unknown:
                raise ModelError("unknown_field", "Unknown link field {field}.", field=min(unknown))
            fields_ = changes[link_id] = doors.link_fields(
                fields_, link_id, partial(_note_link, notes, link_id))
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
        if notes:
            order = {link_id: i for i, link_id in enumerate(self.links)}
            self._note_places([f"links[{order[lid]}]{rest}" for lid, rest in notes])
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
            if kind is not None and not any(a.kind == kind for a in self.actions_for_link(link_id)):
                key = f"action.title.{kind.value}"
                action = Action(link_id=link_id, kind=kind, link_name=link.name,
                                title=word(self.language, key, link=link.name))
                change.created.append(action)
        if len(self.actions) + len(change.created) > MAX_ACTIONS:
            raise doors.too_many("actions", len(self.actions) + len(change.created), MAX_ACTIONS)
        for link_id in ids:
            change.old[link_id] = self.links[link_id].status
            self.links[link_id].status = status
        self._emit(EventKind.LINK_CHANGED, tuple(ids), ("status",))
        if change.created:
            self._append_actions(change.created)
            self._emit(EventKind.ACTION_ADDED, tuple(a.id for a in change.created))
        return change

    def revert_status(self, change: StatusChange) -> None:
        """Undo :meth:`set_status`: remove exactly the actions it created, restore old statuses."""
        if change.created:
            self._index_removed([gone for a in change.created
                                 if (gone := self.actions.pop(a.id, None)) is not None])
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
            self._append_actions(change.created)
            self._emit(EventKind.ACTION_ADDED, tuple(a.id for a in change.created))
