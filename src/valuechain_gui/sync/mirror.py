"""The project mirrored into a Y document, and back to plain records.

Layout of the document (every value a JSON text, so each field is one last-writer-wins register):

* ``meta``: a map of the project's top-level fields (``target_market``, ``settings``, ``id``...);
* ``stages``, ``links``, ``flows``, ``actions``, ``partners``, ``alliances``,
  ``correspondences``, ``snapshots``, ``votes``: one map each, keyed by the record's stable key
  (its id; a flow's ``UPSTREAM>DOWNSTREAM``; a correspondence's ``LINK|PARTNER|their link``; a
  snapshot's content hash; a link's votes by the link's id), each record a nested map of its file
  fields plus ``_order`` (its place in the project's order; ties broken by key, so every replica
  sorts alike).

Two people changing different fields of one record both keep their change; the same field ends
with one value everywhere (Yjs's rule for concurrent map writes). A record deleted by one while
another edits it stays deleted: the edit went into the deleted nested map. (A link's votes are
one record: two facilitators storing votes on one link at once keep one of the two ballot lists.)

:func:`write_project` writes only what differs from the document, in one transaction carrying an
origin, so that observers can tell local writes from remote ones. Reading takes each collection
as one JSON text from the document (not field by field: that is ten times slower).
"""

from __future__ import annotations

import hashlib
import json
import math
from itertools import chain, repeat
from typing import Any

from pycrdt import Doc, Map

from ..io.project.codec import project_to_dict
from ..io.project.guard import may_hold_unsafe
from ..model import Project
from .json_read import fast_loads, loads, strict_loads

#: The record collections of a project file, in file order.
COLLECTIONS = ("stages", "links", "flows", "actions", "partners", "alliances",
               "correspondences", "snapshots", "votes")
#: Top-level keys that are not mirrored: the file header and the stored CRDT base itself.
UNSHARED = ("format", "version", "crdt_state")
ORDER = "_order"

Records = dict[str, dict[str, dict[str, Any]]]
#: A collection as the document holds it: key -> field -> JSON text (or whatever a peer wrote).
Texts = dict[str, Any]

json_text = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False).encode


def record_key(collection: str, record: dict[str, Any]) -> str:
    """The stable key of one file record in its collection's map."""
    if collection == "flows":
        return f"{record['upstream']}>{record['downstream']}"
    if collection == "correspondences":
        return f"{record['link_id']}|{record['partner_id']}|{record['their_link']}"
    if collection == "snapshots":
        return hashlib.sha256(json_text(record).encode("utf-8")).hexdigest()[:32]
    if collection == "votes":
        return str(record["link_id"])
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


def root(doc: Doc, name: str) -> Map:
    """The top-level map ``name`` of ``doc``."""
    return doc.get(name, type=Map)


def collection_texts(doc: Doc, name: str, unsafe: list[bool] | None = None) -> Texts:
    """The collection (or ``meta``) ``name`` of ``doc`` as plain data, read in one go: key ->
    nested record (field -> JSON text), or whatever else a peer stored at that key. When
    ``unsafe`` is given, True is appended to it if the texts may hold a character the project
    file's reader cleans (see :func:`~valuechain_gui.io.project.guard.may_hold_unsafe`)."""
    return _parsed(_text(doc, name, unsafe))


def _text(doc: Doc, name: str, unsafe: list[bool] | None) -> str:
    """The JSON text of the collection ``name`` (Yrs'), scanned as ``unsafe`` asks."""
    text = str(root(doc, name))
    if unsafe is not None and not unsafe and may_hold_unsafe(text):
        unsafe.append(True)
    return text


def _parsed(text: str) -> Texts:
    data = loads(text)
    return data if isinstance(data, dict) else {}


def read_records(doc: Doc, unsafe: list[bool] | None = None,
                 orders: dict[str, dict[str, float | int]] | None = None,
                 ) -> tuple[dict[str, Any], Records]:
    """``(meta, records)`` held by ``doc``, each collection sorted by ``(_order, key)``; fields
    that are not valid JSON text are left out (the rebuild then refuses or drops the record).
    ``unsafe``: see :func:`collection_texts`; ``orders``, when given, receives each
    collection's ``{key: _order}``."""
    meta = decoded(collection_texts(doc, "meta", unsafe))
    meta.pop("votes", None)  # a collection of its own (documents made before kept it here)
    records = {}
    for name in COLLECTIONS:
        found: dict[str, float | int] = {}
        records[name] = sorted_records(collection_texts(doc, name, unsafe), found)
        if orders is not None:
            orders[name] = found
    return meta, records


def sorted_records(texts: Texts, orders: dict[str, float | int] | None = None,
                   ) -> dict[str, dict[str, Any]]:
    """The decoded records of one collection's texts (whose records lose their ``_order``
    text), in ``(_order, key)`` order; ``orders``, when given, receives ``{key: _order}``.

    The records are put in order before they are decoded: decoded in the order the rebuild
    and the project's build visit them, their objects lie in memory in that order (decoded in
    the order of the document's hash map, both took ~30 ms more at 5,000 links)."""
    keys, fields = _record_fields(texts)
    ranks = _ranks(fields)
    places = _places(keys, ranks)
    keys = list(map(keys.__getitem__, places))
    fields = list(map(fields.__getitem__, places))
    if orders is not None:
        orders.update(zip(keys, map(ranks.__getitem__, places)))
    return dict(zip(keys, _decoded_all(fields)))


def _ranks(fields: list[dict[str, Any]]) -> list[float | int]:
    """Each record's place, its ``_order`` text taken out of ``fields``: the number it holds,
    0 when it holds no finite number (or is missing). Parsed as one JSON list when every text
    is one number (each of them then is: a text holding more or less than one number changes
    the count, or brings in a value that is not a number)."""
    texts = list(map(dict.pop, fields, repeat(ORDER), repeat(None)))
    try:
        ranks = strict_loads("[" + ",".join(texts) + "]")
    except (TypeError, ValueError, RecursionError):  # a missing or non-text order, or no JSON
        ranks = None
    if type(ranks) is list and len(ranks) == len(texts):
        kinds = set(map(type, ranks))
        if kinds <= {int} or (kinds <= {int, float} and all(map(math.isfinite, ranks))):
            return ranks
    return list(map(order_value, map(order_of_text, texts)))


def _places(keys: list[str], ranks: list[Any]) -> list[int] | range:
    """The indices of ``keys`` sorted by ``(rank, key)``: by the rank alone (whole numbers
    compare fastest), by key first only when two share a rank (the sort is stable)."""
    places: list[int] | range = range(len(ranks))
    if len(set(ranks)) != len(ranks):
        places = sorted(places, key=keys.__getitem__)
    return sorted(places, key=ranks.__getitem__)


def _record_fields(texts: Texts) -> tuple[list[str], list[dict[str, Any]]]:
    """The keys and field texts of the records (the values that are maps) of a collection."""
    if set(map(type, texts.values())) <= {dict}:
        return list(texts), list(texts.values())
    keys = [key for key, value in texts.items() if isinstance(value, dict)]
    return keys, [texts[key] for key in keys]


def _decoded_all(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """:func:`decoded` of each record: every field text of the collection parsed alone by
    msgspec, mapped over all of them (faster than joining them into one text to parse, and
    no text can reach into another field); record by record when one is not a text, or not
    JSON msgspec reads."""
    try:
        values = iter(list(map(fast_loads, chain.from_iterable(map(dict.values, records)))))
    except (TypeError, ValueError, RecursionError):
        return [decoded(fields) for fields in records]
    # each record's fields zipped with the next values (zip stops at the record's last field
    # before taking another value)
    return list(map(dict, map(zip, map(dict.keys, records), repeat(values))))


def order_value(order: Any) -> float | int:
    """A record's ``_order`` as a number (0 when it is not a finite one)."""
    return order if _is_place(order) else 0


def order_of_text(text: Any) -> float | int | None:
    """The finite number an ``_order`` text holds, or None (not a text, not JSON, not one
    finite number)."""
    try:
        value = strict_loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):
        return None
    return value if _is_place(value) else None


def _is_place(value: Any) -> bool:
    return type(value) is int or (type(value) is float and math.isfinite(value))


def decoded(fields: dict[str, Any]) -> dict[str, Any]:
    """A record's fields decoded from their JSON texts, each parsed alone (a field that is not
    valid JSON is left out, one that is not text is None)."""
    try:
        return dict(zip(fields, map(fast_loads, fields.values())))
    except (TypeError, ValueError, RecursionError):
        pass  # a field is not a text or not JSON msgspec reads: field by field below
    out = {}
    for field, text in fields.items():
        try:
            out[field] = strict_loads(text) if isinstance(text, str) else None
        except (ValueError, RecursionError):  # nested deeper than a parser goes: not JSON
            continue
    return out


def write_project(doc: Doc, project: Project, origin: Any = "local") -> int:
    """Write into ``doc`` what differs between it and ``project``, in one transaction with
    ``origin``; returns the number of values written or deleted (0: the document already held
    the project)."""
    meta, records = project_records(project)
    count = 0
    with doc.transaction(origin=origin):
        count += write_fields(root(doc, "meta"), collection_texts(doc, "meta"),
                              {k: json_text(v) for k, v in meta.items()})
        for name in COLLECTIONS:
            count += write_collection(doc, name, records[name])
    return count


def write_fields(target: Map, present: dict[str, Any], wanted: dict[str, str]) -> int:
    """Make the map ``target`` (holding ``present``) hold exactly ``wanted``; the number of
    values written or deleted."""
    count = 0
    for field in [f for f in present if f not in wanted]:
        del target[field]
        count += 1
    for field, text in wanted.items():
        if present.get(field) != text:
            target[field] = text
            count += 1
    return count


def write_collection(doc: Doc, name: str, records: dict[str, dict[str, Any]]) -> int:
    """Make the collection ``name`` of ``doc`` hold exactly ``records`` (in their order)."""
    target = root(doc, name)
    present = collection_texts(doc, name)
    count = 0
    for key in [k for k in present if k not in records]:
        del target[key]
        count += 1
    orders = _orders(present, list(records))
    for key, record in records.items():
        count += write_record(target, key, present.get(key), record, orders[key])
    return count


def write_record(target: Map, key: str, present: Any, record: dict[str, Any],
                 order: float | int) -> int:
    """Make ``target[key]`` (holding ``present``) hold ``record`` at ``order``."""
    wanted = {field: json_text(value) for field, value in record.items()}
    wanted[ORDER] = json_text(order)
    if isinstance(present, dict) and present == wanted:
        return 0
    nested = target.get(key) if isinstance(present, dict) else None
    if not isinstance(nested, Map):
        target[key] = Map(wanted)
        return len(wanted)
    return write_fields(nested, present, wanted)


def stored_order(present: Any) -> float | int | None:
    """The ``_order`` a record's texts hold, or None when it holds no number."""
    return order_of_text(present.get(ORDER)) if isinstance(present, dict) else None


def _orders(present: Texts, keys: list[str]) -> dict[str, Any]:
    """The ``_order`` of each record: the stored one if the stored orders already sort the
    records as the project has them (so a plain edit writes no order), else the index."""
    stored: dict[str, Any] = {}
    for key in keys:
        value = stored_order(present.get(key))
        if value is None:
            break
        stored[key] = value
    if len(stored) == len(keys):
        ranked = sorted(keys, key=lambda k: (stored[k], k))
        if ranked == keys:
            return stored
    return {key: index for index, key in enumerate(keys)}
