"""A whole, valid project from a Y document, whatever concurrent edits left in it.

Concurrent edits can leave records that the project's invariants forbid: a flow or an action of
a link another person deleted, a link in a deleted stage, two links given the same name, an
alliance of a removed partner. The rebuild settles each the same way on every replica (it reads
only the document, in an order every replica shares):

* a link whose stage is gone moves to the first stage (it is dropped if no stage is left);
* a link whose name another link (earlier in the order) already has gets `` (2)``, `` (3)``...;
* a flow, action, correspondence or the votes of a missing link are dropped; an alliance of a
  missing action or partner is dropped;
* anything else the project file's checks still refuse is dropped, record by record, at the
  place they name.

The project is then built through the file codec (validation, then the model's operations), so
the model holds nothing half-present. The texts are cleaned as a file's are, unless the document
cannot hold a character to clean (then the walk is skipped, as when opening a file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat
from operator import eq
from typing import Any

from pycrdt import Doc

from ..io.project.collector import collector_paused
from ..io.project.codec import ProjectFileError, project_from_dict
from ..io.project.migrations import CURRENT_VERSION
from ..io.project.schema import FORMAT_NAME
from ..model import Project, name_key
from .mirror import COLLECTIONS, Records, read_records


_PLACE = re.compile(r"^(stages|links|flows|actions|partners|alliances|correspondences|snapshots"
                    r"|votes)\[(\d+)\]")


class RebuildError(ValueError):
    """The document holds no project that can be built (e.g. no meta at all)."""


def project_data(meta: dict[str, Any], records: Records) -> dict[str, Any]:
    """The project file data of ``meta`` and ``records`` (repaired, see module docstring)."""
    return _data(meta, records)[0]


def _data(meta: dict[str, Any], records: Records) -> tuple[dict[str, Any], bool]:
    """:func:`project_data`, and whether any record was repaired or dropped."""
    lists = {name: list(records.get(name, {}).values()) for name in COLLECTIONS}
    repaired = _repair(lists)
    data: dict[str, Any] = {"format": FORMAT_NAME, "version": CURRENT_VERSION, **meta}
    data.update({name: items for name, items in lists.items()
                 if items or name not in ("snapshots", "votes")})
    return data, repaired


def _repair(lists: dict[str, list[dict[str, Any]]]) -> bool:
    """Repair ``lists`` in place (records changed are copied first); True if anything was.

    Each collection is first checked whole, by built-ins mapped over it (a join reads 17,000
    records at 5,000 links, and a loop in Python per record costs ~4 times more); only a
    collection that holds something to repair is walked record by record."""
    count = sum(len(items) for items in lists.values())
    stage_ids = {s.get("id") for s in lists["stages"] if isinstance(s.get("id"), str)}
    first_stage = lists["stages"][0].get("id") if lists["stages"] else None
    repaired = False
    if not _links_sound(lists["links"], stage_ids):
        lists["links"], repaired = _repaired_links(lists["links"], stage_ids, first_stage)
    link_ids = {link.get("id") for link in lists["links"] if isinstance(link.get("id"), str)}
    lists["flows"] = _kept(lists["flows"], link_ids, "upstream", "downstream")
    lists["actions"] = _kept(lists["actions"], link_ids, "link_id")
    action_ids = {a.get("id") for a in lists["actions"] if isinstance(a.get("id"), str)}
    partner_ids = {p.get("id") for p in lists["partners"] if isinstance(p.get("id"), str)}
    lists["alliances"] = _kept(_kept(lists["alliances"], action_ids, "action_id"),
                               partner_ids, "partner_id")
    lists["correspondences"] = _kept(_kept(lists["correspondences"], link_ids, "link_id"),
                                     partner_ids, "partner_id")
    lists["votes"] = _kept(lists["votes"], link_ids, "link_id")
    return repaired or sum(len(items) for items in lists.values()) != count


def _links_sound(links: list[dict[str, Any]], stage_ids: set[str]) -> bool:
    """True when no link needs a repair: each in a stage that exists, no two names alike."""
    if not _all_in(map(dict.get, links, repeat("stage_id")), stage_ids):
        return False
    names = list(map(dict.get, links, repeat("name")))
    if not set(map(type, names)) <= {str}:
        return False
    keys = set(map(name_key, names))
    return len(keys) == len(names)  # blank names too: two of them are walked (and refused)


def _repaired_links(links: list[dict[str, Any]], stage_ids: set[str], first_stage: Any,
                    ) -> tuple[list[dict[str, Any]], bool]:
    """The links moved out of a missing stage (dropped when no stage is left) and renamed
    apart, in order; and whether any was."""
    out = []
    names: set[str] = set()
    repaired = False
    for link in links:
        stage_id = link.get("stage_id")
        if not isinstance(stage_id, str) or stage_id not in stage_ids:
            if first_stage is None:
                continue
            link = {**link, "stage_id": first_stage}
            repaired = True
        name = link.get("name")
        if isinstance(name, str) and name.strip():
            key = name_key(name)
            if key in names:
                link = {**link, "name": _free_name(name, names)}
                key = name_key(link["name"])
                repaired = True
            names.add(key)
        out.append(link)
    return out, repaired


def _kept(records: list[dict[str, Any]], ids: set[str], *fields: str) -> list[dict[str, Any]]:
    """The records whose ``fields`` are each one of ``ids`` (for a flow: not both the same);
    ``records`` itself when all are."""
    values = [list(map(dict.get, records, repeat(field))) for field in fields]
    if all(_all_in(column, ids) for column in values) and (
            len(values) < 2 or not any(map(eq, *values))):
        return records
    return [record for record in records
            if all(_in(record.get(field), ids) for field in fields)
            and (len(fields) < 2 or record.get(fields[0]) != record.get(fields[1]))]


def _all_in(values: Iterable[Any], ids: set[str]) -> bool:
    """Every one of ``values`` is one of ``ids`` (False when one cannot be, e.g. a list)."""
    try:
        return ids.issuperset(values)
    except TypeError:  # an unhashable value
        return False


def _in(value: Any, ids: set[str]) -> bool:
    """``value`` is one of ``ids`` (False for a value that is not an id, e.g. a list)."""
    return isinstance(value, str) and value in ids


def _free_name(name: str, taken: set[str]) -> str:
    if name_key(name) not in taken:
        return name
    n = 2
    while name_key(f"{name} ({n})") in taken:
        n += 1
    return f"{name} ({n})"


def project_from_doc(doc: Doc) -> Project:
    """The project ``doc`` holds, repaired and built through the codec.

    Raises:
        RebuildError: the document has no project meta, or its records cannot be made valid.
    """
    return rebuild(doc)[0]


def rebuild(doc: Doc, orders: dict[str, dict[str, float | int]] | None = None,
            ) -> tuple[Project, bool]:
    """:func:`project_from_doc`, and whether the project differs from the document's records
    by a repair (a record moved, renamed or dropped): False when the document holds exactly a
    valid project. ``orders``, when given, receives each collection's ``{key: _order}``.

    Raises:
        RebuildError: see :func:`project_from_doc`.
    """
    with collector_paused():
        return _rebuild(doc, orders)


def _rebuild(doc: Doc, orders: dict[str, dict[str, float | int]] | None,
             ) -> tuple[Project, bool]:
    unsafe: list[bool] = []
    meta, records = read_records(doc, unsafe, orders)
    if "language" not in meta:
        raise RebuildError("the shared document holds no project")
    data, repaired = _data(meta, records)
    for _ in range(sum(len(v) for v in records.values()) + 1):
        try:
            return project_from_dict(data, clean=bool(unsafe)), repaired
        except ProjectFileError as exc:
            if not _drop_refused(data, str(getattr(exc, "location", "") or "")):
                raise RebuildError(f"the shared document's project is invalid: {exc}") from None
            repaired = True
            lists = {name: data.get(name, []) for name in COLLECTIONS}
            _repair(lists)
            data.update({k: v for k, v in lists.items() if k in data})
    raise RebuildError("the shared document's project could not be made valid")


def _drop_refused(data: dict[str, Any], location: str) -> bool:
    """Drop the record a codec error names (``links[3].name``); False if it names none."""
    match = _PLACE.match(location)
    if not match:
        return False
    name, index = match.group(1), int(match.group(2))
    items = data.get(name)
    if not isinstance(items, list) or index >= len(items):
        return False
    del items[index]
    return True
