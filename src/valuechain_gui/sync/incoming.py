"""A few records changed by a remote update, applied to an open project without rebuilding it.

:class:`ChangedKeys` listens to the document's deep events and collects the keys of the records
(and ``meta`` fields) a remote update changed. :func:`apply_changed` then decodes only those
records, builds them through the project file codec (a small project holding them and what they
refer to: validation, cleaning and the model's checks, as a whole rebuild would), and applies
them to the project through its operations, in the order :func:`~.apply.apply_remote` uses.

It applies the change only when the result is certainly the one of the whole rebuild
(:func:`~.rebuild.project_from_doc`): links, flows, actions, votes, stages added or renamed and
the project's own fields, each record landing at the place its ``_order`` gives, and none
needing a repair (a link of a missing stage, a name already taken, a flow or action of a missing
link, an existing record moved, a stage removed). Otherwise it returns False and the caller
rebuilds the whole project.
"""

from __future__ import annotations

import copy
import json
from bisect import bisect_left
from collections import defaultdict
from typing import Any

from pycrdt import Doc, Map

from ..errors import ModelError
from ..io.project.codec import ProjectFileError, link_dict, meta_dict, project_from_dict
from ..io.project.guard import may_hold_unsafe
from ..io.project.migrations import CURRENT_VERSION
from ..io.project.schema import FORMAT_NAME
from ..model import (
    ACTION_FIELDS,
    PROJECT_FIELDS,
    Project,
    name_key,
)
from .apply import update_links
from .mirror import (
    COLLECTIONS,
    ORDER,
    UNSHARED,
    decoded,
    order_value,
    record_key,
    root,
    sorted_records,
)
from .outgoing import Orders

#: Collections whose changes are applied record by record; a change elsewhere rebuilds.
FAST = ("links", "flows", "actions", "votes")
#: The stages (a few records) are read whole: stages added or renamed are applied too.
STAGES = "stages"
META = "meta"


class ChangedKeys:
    """The keys of the records (and meta fields) changed by transactions of one origin."""

    def __init__(self, doc: Doc, origin: str) -> None:
        self.origin = origin
        self.keys: dict[str, set[str]] = defaultdict(set)
        self._subscriptions = []
        for name in (*COLLECTIONS, META):
            target = root(doc, name)
            self._subscriptions.append((target, target.observe_deep(self._seen(name))))

    def _seen(self, name: str):
        def seen(events: list[Any]) -> None:
            for event in events:
                if event.transaction.origin != self.origin:
                    return
                path = event.path
                if path:
                    self.keys[name].add(str(path[0]))
                else:
                    self.keys[name].update(str(key) for key in event.keys)
        return seen

    def take(self) -> dict[str, set[str]]:
        """The keys collected since the last call, then forgets them."""
        keys, self.keys = dict(self.keys), defaultdict(set)
        return keys

    def close(self) -> None:
        """Stop listening."""
        for target, subscription in self._subscriptions:
            target.unobserve(subscription)


def _within(value: Any, ids: set[str] | _LinkIds) -> bool:
    return isinstance(value, str) and value in ids


class _LinkIds:
    """The link ids once an update is applied: the project's, less those removed, plus those
    added (without copying the project's thousands of ids)."""

    def __init__(self, held: dict[str, Any], removed: set[str], added: dict[str, Any]) -> None:
        self.held, self.removed, self.added = held, removed, added

    def __contains__(self, link_id: object) -> bool:
        return (link_id in self.held and link_id not in self.removed) or link_id in self.added


class _Refused(Exception):
    """The change needs the whole rebuild."""


def apply_changed(project: Project, doc: Doc, changed: dict[str, set[str]],
                  orders: Orders) -> bool:
    """Apply the records ``changed`` names to ``project`` (see the module docstring); False
    when the whole rebuild is needed (the project may then be partly changed: the rebuild
    brings it to the document from where it is)."""
    if any(changed.get(name) for name in COLLECTIONS if name not in (*FAST, STAGES)):
        return False
    if sum(len(keys) for keys in changed.values()) > max(64, len(project.links) // 8):
        return False
    try:
        change = _Change(project, doc, changed, orders)
        mini = change.built()
        change.apply(mini)
    except (_Refused, ModelError):
        return False
    change.remember_orders()
    return True


class _Change:
    """The changed records of one remote update, decoded and checked."""

    def __init__(self, project: Project, doc: Doc, changed: dict[str, set[str]],
                 orders: Orders) -> None:
        self.project, self.orders = project, orders
        self.unsafe = False
        self.records: dict[str, dict[str, dict[str, Any] | None]] = {n: {} for n in FAST}
        self.order: dict[str, dict[str, float | int]] = {n: {} for n in FAST}
        for name in FAST:
            target = root(doc, name)
            for key in changed.get(name, ()):
                self._read(name, key, target.get(key))
        self.stages: list[dict[str, Any]] | None = None
        if changed.get(STAGES):
            self._read_stages(doc)
        self.meta: dict[str, Any] | None = None
        if changed.get(META):
            text = str(root(doc, META))
            self.unsafe = self.unsafe or may_hold_unsafe(text)
            meta = json.loads(text)
            self.meta = decoded(meta) if isinstance(meta, dict) else {}
            self.meta.pop("votes", None)
            if "language" not in self.meta:
                raise _Refused
        self._check()

    def _read(self, name: str, key: str, nested: Any) -> None:
        if not isinstance(nested, Map):
            self.records[name][key] = None
            return
        text = str(nested)
        self.unsafe = self.unsafe or may_hold_unsafe(text)
        record = decoded(json.loads(text))
        order = order_value(record.pop(ORDER, 0))
        try:
            if record_key(name, record) != key:
                raise _Refused
        except (KeyError, TypeError):
            raise _Refused from None
        self.records[name][key] = record
        self.order[name][key] = order
        known = self.orders.of[name].get(key)
        if name != "votes" and self._held(name, key) and known != order:
            raise _Refused  # an existing record moved: no operation moves it

    def _read_stages(self, doc: Doc) -> None:
        """The whole stage list; refused unless it only adds stages and renames some (no stage
        removed or moved: links would move with them)."""
        text = str(root(doc, STAGES))
        self.unsafe = self.unsafe or may_hold_unsafe(text)
        texts = json.loads(text)
        stages = sorted_records(texts if isinstance(texts, dict) else {})
        if any(record.get("id") != key for key, record in stages.items()):
            raise _Refused
        present = [stage.id for stage in self.project.stages]
        held = set(present)
        if [key for key in stages if key in held] != present:
            raise _Refused
        self.stages = list(stages.values())

    def _held(self, name: str, key: str) -> bool:
        project = self.project
        if name == "links":
            return key in project.links
        if name == "flows":
            return tuple(key.split(">", 1)) in project.flows
        if name == "actions":
            return key in project.actions
        return key in project.votes

    def _present(self, name: str) -> dict[str, dict[str, Any]]:
        return {k: r for k, r in self.records[name].items() if r is not None}

    def _check(self) -> None:
        """Refuse what the whole rebuild would repair (see the module docstring)."""
        project = self.project
        links = self.records["links"]
        self.removed_links = {k for k, r in links.items() if r is None and k in project.links}
        link_ids = _LinkIds(project.links, self.removed_links, self._present("links"))
        stage_ids = {stage.id for stage in project.stages}
        if self.stages is not None:
            stage_ids = {record["id"] for record in self.stages}
        names: set[str] = set()
        for key, record in self._present("links").items():
            name, stage_id = record.get("name"), record.get("stage_id")
            if not isinstance(stage_id, str) or stage_id not in stage_ids \
                    or not isinstance(name, str):
                raise _Refused
            holder = project.link_by_name(name)
            if (holder is not None and holder.id not in links) or name_key(name) in names:
                raise _Refused
            names.add(name_key(name))
        for record in self._present("flows").values():
            up, down = record.get("upstream"), record.get("downstream")
            if not _within(up, link_ids) or not _within(down, link_ids) or up == down:
                raise _Refused
        for record in self._present("actions").values():
            if not _within(record.get("link_id"), link_ids):
                raise _Refused
        for key in self._present("votes"):
            if key not in link_ids:
                raise _Refused
        actions = self.records["actions"]
        for key, record in actions.items():
            if record is None and key in project.actions and project.alliances_of_action(key):
                raise _Refused
        if self.removed_links:
            gone = self.removed_links
            flows = self.records["flows"]
            for up, down in project.flows:
                if (up in gone or down in gone) and flows.get(f"{up}>{down}", 0) is not None:
                    raise _Refused
            for link_id in gone:
                if any(actions.get(a.id, 0) is not None for a in project.actions_for_link(link_id)):
                    raise _Refused
            if any(c.link_id in gone for c in project.correspondences.values()):
                raise _Refused

    def built(self) -> Project:
        """The changed records (and the links they refer to) built through the codec."""
        project = self.project
        links = self._present("links")
        wanted = {r.get("link_id") for r in self._present("actions").values()}
        wanted |= set(self._present("votes"))
        for record in self._present("flows").values():
            wanted |= {record["upstream"], record["downstream"]}
        for link_id in sorted(wanted - set(links)):
            if link_id in project.links:
                links[link_id] = link_dict(project.links[link_id])
        data = {"format": FORMAT_NAME, "version": CURRENT_VERSION,
                **(self.meta if self.meta is not None else meta_dict(project)),
                "stages": self.stages if self.stages is not None else [
                    {"id": s.id, "name": s.name} for s in project.stages],
                "links": list(links.values()),
                "flows": list(self._present("flows").values()),
                "actions": list(self._present("actions").values()),
                "votes": list(self._present("votes").values())}
        try:
            return project_from_dict(data, clean=self.unsafe)
        except ProjectFileError:
            raise _Refused from None

    def apply(self, mini: Project) -> None:
        """Bring the project to the changed records, through its operations."""
        project = self.project
        for key, record in self.records["actions"].items():
            if record is None and key in project.actions:
                project.remove_action(key)
        gone_flows = [tuple(k.split(">", 1)) for k, r in self.records["flows"].items()
                      if r is None and tuple(k.split(">", 1)) in project.flows]
        if gone_flows:
            project.remove_flows(gone_flows)
        if self.removed_links:
            project.remove_links(sorted(self.removed_links))
        if self.stages is not None:
            self._stages(mini)
        self._links(mini)
        self._flows(mini)
        self._actions(mini)
        self._votes(mini)
        if self.meta is not None:
            self._meta(mini)

    def _stages(self, mini: Project) -> None:
        project = self.project
        present = {stage.id for stage in project.stages}
        for index, wanted in enumerate(mini.stages):
            if wanted.id not in present:
                project.add_stage(copy.deepcopy(wanted), index)
                continue
            stage = project.stage(wanted.id)
            if stage.name != wanted.name:
                project.rename_stage(wanted.id, wanted.name)
            if stage.extra != wanted.extra:
                stage.extra = copy.deepcopy(wanted.extra)

    def _indices(self, name: str, existing: list[str], new: list[str]) -> list[tuple[int, str]]:
        """Final positions of the ``new`` keys among ``existing`` (sorted by ``(_order, key)``)."""
        if not new:
            return []
        known = self.orders.of[name]
        ranked = [(known.get(k, 0), k) for k in existing]
        items = sorted((self.order[name][k], k) for k in new)
        return [(bisect_left(ranked, item) + j, item[1]) for j, item in enumerate(items)]

    def _links(self, mini: Project) -> None:
        project = self.project
        present = self._present("links")
        new = [k for k in present if k not in project.links]
        if new:
            placed = self._indices("links", list(project.links), new)
            project.add_links([copy.deepcopy(mini.links[k]) for _, k in placed],
                              [i for i, _ in placed])
        update_links(project, ((key, mini.links[key]) for key in present))

    def _flows(self, mini: Project) -> None:
        project = self.project
        present = self._present("flows")
        new = [k for k in present if tuple(k.split(">", 1)) not in project.flows]
        if new:
            existing = [f"{u}>{d}" for u, d in project.flows]
            placed = self._indices("flows", existing, new)
            project.restore_flows([(i, copy.deepcopy(mini.flows[tuple(k.split(">", 1))]))
                                   for i, k in placed])
        returns = {}
        for key in present:
            pair = tuple(key.split(">", 1))
            flow, wanted = project.flows[pair], mini.flows[pair]
            if flow.is_return != wanted.is_return:
                returns[pair] = wanted.is_return
            if flow.extra != wanted.extra:
                flow.extra = copy.deepcopy(wanted.extra)
        if returns:
            project.set_return_flows(returns)

    def _actions(self, mini: Project) -> None:
        project = self.project
        present = self._present("actions")
        new = [k for k in present if k not in project.actions]
        for index, key in self._indices("actions", list(project.actions), new):
            project.add_action(copy.deepcopy(mini.actions[key]), index)
        for key in present:
            action, wanted = project.actions[key], mini.actions[key]
            fields = {f: copy.deepcopy(getattr(wanted, f)) for f in ACTION_FIELDS
                      if getattr(action, f) != getattr(wanted, f)}
            if fields:
                project.update_action(key, **fields)
            action.link_name = wanted.link_name
            if action.extra != wanted.extra:
                action.extra = copy.deepcopy(wanted.extra)

    def _votes(self, mini: Project) -> None:
        project = self.project
        votes = dict(project.votes)
        for key, record in self.records["votes"].items():
            if record is None:
                votes.pop(key, None)
            else:
                votes[key] = mini.votes[key]
        if votes != project.votes:
            project.update_meta(votes=votes)

    def _meta(self, mini: Project) -> None:
        project = self.project
        changed = {name: copy.deepcopy(getattr(mini, name)) for name in PROJECT_FIELDS
                   if name not in ("snapshots", "votes")
                   and getattr(project, name) != getattr(mini, name)}
        if changed:
            project.update_meta(**changed)
        extra = {k: v for k, v in project.extra.items() if k in UNSHARED}
        wanted = {**copy.deepcopy(mini.extra), **extra}
        if project.extra != wanted:
            project.extra = wanted

    def remember_orders(self) -> None:
        """Keep the orders of the records applied."""
        for name in FAST:
            known = self.orders.of[name]
            for key, record in self.records[name].items():
                if record is None:
                    known.pop(key, None)
                else:
                    known[key] = self.order[name][key]
