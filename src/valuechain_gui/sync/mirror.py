"""The project mirrored into a Y document, and back to plain records.

Layout of the document (every value a JSON text, so each field is one last-writer-wins register):

* ``meta``: a map of the project's top-level fields (``target_market``, ``settings``, ``id``...);
* ``stages``, ``links``, ``flows``, ``actions``, ``partners``, ``alliances``,
  ``correspondences``, ``snapshots``: one map each, keyed by the record's stable key (its id; a
  flow's ``UPSTREAM>DOWNSTREAM``; a correspondence's ``LINK|PARTNER|their link``; a snapshot's
  content hash), each record a nested map of its file fields plus ``_order`` (its place in the
  project's order; ties broken by key, so every replica sorts alike).

Two people changing different fields of one record both keep their change; the same field ends
with one value everywhere (Yjs's rule for concurrent map writes). A record deleted by one while
another edits it stays deleted: the edit went into the deleted nested map.

:func:`write_project` writes only what differs from the document, in one transaction carrying an
origin, so that observers can tell local writes from remote ones.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pycrdt import Doc, Map

from ..io.project.codec import project_to_dict
from ..model import Project

#: The record collections of a project file, in file order.
COLLECTIONS = ("stages", "links", "flows", "actions", "partners", "alliances",
               "correspondences", "snapshots")
#: Top-level keys that are not mirrored: the file header and the stored CRDT base itself.
UNSHARED = ("format", "version", "crdt_state")
ORDER = "_order"

Records = dict[str, dict[str, dict[str, Any]]]


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def record_key(collection: str, record: dict[str, Any]) -> str:
    """The stable key of one file record in its collection's map."""
    if collection == "flows":
        return f"{record['upstream']}>{record['downstream']}"
    if collection == "correspondences":
        return f"{record['link_id']}|{record['partner_id']}|{record['their_link']}"
    if collection == "snapshots":
        return hashlib.sha256(_text(record).encode("utf-8")).hexdigest()[:32]
    return str(record["id"])


def project_records(project: Project) -> tuple[dict[str, Any], Records]:
    """``(meta, records)`` of ``project``: its top-level fields, and each collection's records
    keyed by :func:`record_key` in project order."""
    data = project_to_dict(project)
    meta = {k: v for k, v in data.items() if k not in COLLECTIONS and k not in UNSHARED}
    records: Records = {}
    for name in COLLECTIONS:
        records[name] = {record_key(name, r): r for r in data.get(name, [])}
    return meta, records


def _root(doc: Doc, name: str) -> Map:
    return doc.get(name, type=Map)


def read_records(doc: Doc) -> tuple[dict[str, Any], Records]:
    """``(meta, records)`` held by ``doc``, each collection sorted by ``(_order, key)``; fields
    that are not valid JSON text are left out (the rebuild then refuses or drops the record)."""
    meta = _decoded(_root(doc, "meta").to_py() or {})
    records: Records = {}
    for name in COLLECTIONS:
        raw = _root(doc, name).to_py() or {}
        items = []
        for key, fields in raw.items():
            if not isinstance(fields, dict):
                continue
            record = _decoded(fields)
            order = record.pop(ORDER, 0)
            order = order if isinstance(order, (int, float)) else 0
            items.append((order, key, record))
        items.sort(key=lambda item: (item[0], item[1]))
        records[name] = {key: record for _, key, record in items}
    return meta, records


def _decoded(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for field, text in fields.items():
        try:
            out[field] = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            continue
    return out


def write_project(doc: Doc, project: Project, origin: Any = "local") -> int:
    """Write into ``doc`` what differs between it and ``project``, in one transaction with
    ``origin``; returns the number of values written or deleted (0: the document already held
    the project)."""
    meta, records = project_records(project)
    count = 0
    with doc.transaction(origin=origin):
        count += _write_fields(_root(doc, "meta"), {k: _text(v) for k, v in meta.items()})
        for name in COLLECTIONS:
            count += _write_collection(_root(doc, name), records[name])
    return count


def _write_fields(target: Map, wanted: dict[str, str]) -> int:
    count = 0
    for field in [f for f in target.keys() if f not in wanted]:
        del target[field]
        count += 1
    for field, text in wanted.items():
        if target.get(field) != text:
            target[field] = text
            count += 1
    return count


def _write_collection(target: Map, records: dict[str, dict[str, Any]]) -> int:
    count = 0
    for key in [k for k in target.keys() if k not in records]:
        del target[key]
        count += 1
    present = {key: target[key] for key in target.keys()}
    orders = _orders(present, list(records))
    for key, record in records.items():
        wanted = {field: _text(value) for field, value in record.items()}
        wanted[ORDER] = _text(orders[key])
        nested = present.get(key)
        if not isinstance(nested, Map):
            target[key] = Map(wanted)
            count += len(wanted)
        else:
            count += _write_fields(nested, wanted)
    return count


def _orders(present: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """The ``_order`` of each record: the stored one if the stored orders already sort the
    records as the project has them (so a plain edit writes no order), else the index."""
    stored: dict[str, Any] = {}
    for key in keys:
        nested = present.get(key)
        try:
            value = json.loads(nested.get(ORDER)) if isinstance(nested, Map) else None
        except (TypeError, ValueError):
            value = None
        if not isinstance(value, (int, float)):
            break
        stored[key] = value
    if len(stored) == len(keys):
        ranked = sorted(keys, key=lambda k: (stored[k], k))
        if ranked == keys:
            return stored
    return {key: index for index, key in enumerate(keys)}
