"""A project's own edits written into its Y document: only the records its model events named.

:class:`Touched` collects, from the project's :class:`~valuechain_gui.model.ModelEvent` s, the
keys of the records an edit changed (a link's, its flows', its actions'...) or, for the small
collections (stages, partners, alliances, correspondences, snapshots), that the collection
changed at all. :func:`write_touched` then writes those records as :func:`~.mirror.write_project`
would (the same texts, each field a register), and gives each written record an ``_order`` that
keeps the document sorted as the project is: the stored one when it still fits between its
neighbours, else one between them; when no number fits (or too many records changed) the whole
collection is written.

:class:`Orders` mirrors the ``_order`` of every record of the keyed collections of the document,
so that placing a record reads no other record.
"""

from __future__ import annotations

import json
from typing import Any

from pycrdt import Doc, Map

from ..io.project.codec import action_dict, flow_dict, link_dict, meta_dict
from ..io.project.file_values import with_extra
from ..io.project.partners_codec import partnership_data
from ..io.project.snapshot_records import snapshot_dict
from ..io.project.vote_records import link_votes_records
from ..model import EventKind, ModelEvent, Project
from .mirror import (
    COLLECTIONS,
    UNSHARED,
    Texts,
    collection_texts,
    json_text,
    order_value,
    project_records,
    record_key,
    root,
    stored_order,
    write_collection,
    write_fields,
    write_record,
)

#: Collections written record by record; the others are small and written whole when touched.
KEYED = ("links", "flows", "actions", "votes")
_WHOLE = tuple(name for name in COLLECTIONS if name not in KEYED)


class Orders:
    """The ``_order`` of each record of the keyed collections, as the document holds them."""

    def __init__(self) -> None:
        self.of: dict[str, dict[str, float | int]] = {name: {} for name in KEYED}

    def load(self, doc: Doc) -> None:
        """Read every order from ``doc`` (after a whole write)."""
        for name in KEYED:
            self.of[name] = {key: order_value(stored_order(fields))
                             for key, fields in collection_texts(doc, name).items()
                             if isinstance(fields, dict)}

    def take(self, orders: dict[str, dict[str, float | int]]) -> None:
        """Keep the orders a rebuild read (see :func:`~.rebuild.rebuild`)."""
        for name in KEYED:
            self.of[name] = orders.get(name, {})


class Touched:
    """What the project's own edits changed since the last flush (see the module docstring)."""

    def __init__(self) -> None:
        self.keys: dict[str, set[str]] = {name: set() for name in KEYED}
        self.whole: set[str] = set()
        self.removed_links: set[str] = set()
        self.everything = False
        self.any = False

    def note(self, event: ModelEvent, project: Project) -> None:
        """Remember what ``event`` changed."""
        self.any = True
        kind, ids = event.kind, event.ids
        if kind in (EventKind.LINK_ADDED, EventKind.LINK_REMOVED, EventKind.LINK_CHANGED):
            self.keys["links"].update(ids)
            if kind != EventKind.LINK_CHANGED or "name" in event.fields:
                # their actions' link_name changes with them; votes and decisions go and come
                # back with the link (no event of their own)
                self.keys["votes"].update(ids)
                self.whole.add("correspondences")
                links = set(ids)
                self.keys["actions"].update(a.id for a in project.actions.values()
                                            if a.link_id in links)
            if kind == EventKind.LINK_REMOVED:
                self.removed_links.update(ids)
        elif kind in (EventKind.FLOW_ADDED, EventKind.FLOW_REMOVED, EventKind.FLOW_CHANGED):
            self.keys["flows"].update(f"{up}>{down}" for up, down in ids)
        elif kind in (EventKind.ACTION_ADDED, EventKind.ACTION_REMOVED,
                      EventKind.ACTION_CHANGED):
            self.keys["actions"].update(ids)
        elif kind in (EventKind.PARTNER_ADDED, EventKind.PARTNER_REMOVED,
                      EventKind.PARTNER_CHANGED):
            self.whole.update(("partners", "alliances", "correspondences"))
        elif kind in (EventKind.ALLIANCE_ADDED, EventKind.ALLIANCE_REMOVED,
                      EventKind.ALLIANCE_CHANGED):
            self.whole.add("alliances")
        elif kind == EventKind.CORRESPONDENCES_CHANGED:
            self.whole.add("correspondences")
        elif kind == EventKind.STAGES_CHANGED:
            self.whole.add("stages")
        elif kind == EventKind.PROJECT_CHANGED:
            if "snapshots" in event.fields:
                self.whole.add("snapshots")
            if "votes" in event.fields:
                self.whole.add("votes")
        else:  # a kind this module does not know: write the whole project
            self.everything = True


def shared_meta(project: Project) -> dict[str, Any]:
    """The project's top-level fields as the document's ``meta`` holds them."""
    meta = meta_dict(project)
    for key, value in project.extra.items():
        if key not in meta and key not in UNSHARED and key not in COLLECTIONS:
            meta[key] = value
    return meta


def write_touched(doc: Doc, project: Project, touched: Touched, orders: Orders) -> None:
    """Write what ``touched`` names (see the module docstring); call inside a transaction."""
    write_fields(root(doc, "meta"), collection_texts(doc, "meta"),
                 {k: json_text(v) for k, v in shared_meta(project).items()})
    if touched.everything:
        records = project_records(project)[1]
        for name in COLLECTIONS:
            write_collection(doc, name, records[name])
        orders.load(doc)
        return
    for name in _WHOLE:
        if name in touched.whole:
            write_collection(doc, name, {record_key(name, r): r
                                         for r in _small_collection(project, name)})
    if touched.removed_links:
        gone = touched.removed_links
        touched.keys["flows"].update(key for key in orders.of["flows"]
                                     if key.split(">", 1)[0] in gone
                                     or key.split(">", 1)[-1] in gone)
    if "votes" in touched.whole:
        touched.keys["votes"].update(project.votes)
        touched.keys["votes"].update(orders.of["votes"])
    _write_keyed(doc, "links", project.links, touched.keys["links"], link_dict, orders)
    if touched.keys["flows"]:
        _write_keyed(doc, "flows", {f"{u}>{d}": f for (u, d), f in project.flows.items()},
                     touched.keys["flows"], flow_dict, orders)
    _write_keyed(doc, "actions", project.actions, touched.keys["actions"], action_dict, orders)
    _write_votes(doc, project, touched.keys["votes"], orders)


def _small_collection(project: Project, name: str) -> list[dict[str, Any]]:
    """The file records of one of the small collections (stages, partners, alliances,
    correspondences, snapshots)."""
    if name == "stages":
        return [with_extra({"id": s.id, "name": s.name}, s.extra) for s in project.stages]
    if name == "snapshots":
        return [snapshot_dict(s) for s in project.snapshots]
    return partnership_data(project)[name]


def _write_keyed(doc: Doc, name: str, records: dict[str, Any], keys: set[str], to_dict,
                 orders: Orders) -> None:
    """Write the records ``keys`` of the keyed collection ``name`` (``records``: the project's,
    by key, in its order)."""
    if not keys:
        return
    target = root(doc, name)
    known = orders.of[name]
    if len(keys) > max(64, len(records) // 8):
        _write_all(doc, name, records, to_dict, orders)
        return
    order = list(records)
    index = {key: i for i, key in enumerate(order)} if len(keys) > 8 else None
    present = sorted((index[k] if index is not None else order.index(k), k)
                     for k in keys if k in records)
    for key in keys:
        if key not in records and key in known:
            del target[key]
            del known[key]
    for position, key in present:
        place = _place(order, position, key, known)
        if place is None:
            _write_all(doc, name, records, to_dict, orders)
            return
        record = to_dict(records[key])
        write_record(target, key, _texts_of(target, key), record, place)
        known[key] = place


def _write_all(doc: Doc, name: str, records: dict[str, Any], to_dict, orders: Orders) -> None:
    out = {}
    for value in records.values():
        record = to_dict(value)
        out[record_key(name, record)] = record
    write_collection(doc, name, out)
    orders.of[name] = {key: order_value(stored_order(fields))
                       for key, fields in collection_texts(doc, name).items()
                       if isinstance(fields, dict)}


def _texts_of(target: Map, key: str) -> Texts | None:
    nested = target.get(key)
    if not isinstance(nested, Map):
        return None
    data = json.loads(str(nested))
    return data if isinstance(data, dict) else None


def _place(order: list[str], position: int, key: str,
           known: dict[str, float | int]) -> float | int | None:
    """An ``_order`` for ``key`` at ``position`` of ``order`` that sorts between its nearest
    placed neighbours (its stored one if it does), or None when no number does."""
    low = next(((known[k], k) for k in reversed(order[max(0, position - 64):position])
                if k in known), None)
    if low is None and position > 64:
        return None
    high = next(((known[k], k) for k in order[position + 1:position + 65] if k in known), None)
    if high is None and position + 65 < len(order):
        return None

    def fits(value: float | int) -> bool:
        return (low is None or low < (value, key)) and (high is None or (value, key) < high)

    current = known.get(key)
    if current is not None and fits(current):
        return current
    if low is None and high is None:
        candidate: float | int = 0
    elif low is None:
        candidate = high[0] - 1
    elif high is None:
        candidate = low[0] + 1
    else:
        candidate = (low[0] + high[0]) / 2
    return candidate if fits(candidate) else None


def _write_votes(doc: Doc, project: Project, keys: set[str], orders: Orders) -> None:
    """A link's votes sort with their link (the file lists them in link order)."""
    if not keys:
        return
    target = root(doc, "votes")
    known = orders.of["votes"]
    links = orders.of["links"]
    for link_id in keys:
        votes = project.votes.get(link_id)
        if votes is None:
            if link_id in known:
                del target[link_id]
                del known[link_id]
            continue
        record = link_votes_records([votes])[0]
        place = links.get(link_id, 0)
        write_record(target, link_id, _texts_of(target, link_id), record, place)
        known[link_id] = place
