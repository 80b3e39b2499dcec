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
    """Repair ``lists`` in place (records changed are copied first); True if anything was."""
    count = sum(len(items) for items in lists.values())
    stage_ids = {s.get("id") for s in lists["stages"] if isinstance(s.get("id"), str)}
    first_stage = lists["stages"][0].get("id") if lists["stages"] else None
    links = []
    names: set[str] = set()
    repaired = False
    for link in lists["links"]:
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
        links.append(link)
    lists["links"] = links
    link_ids = {link.get("id") for link in links if isinstance(link.get("id"), str)}
    lists["flows"] = [f for f in lists["flows"] if _in(f.get("upstream"), link_ids)
                      and _in(f.get("downstream"), link_ids) and f.get("upstream") != f.get(
                          "downstream")]
    lists["actions"] = [a for a in lists["actions"] if _in(a.get("link_id"), link_ids)]
    action_ids = {a.get("id") for a in lists["actions"] if isinstance(a.get("id"), str)}
    partner_ids = {p.get("id") for p in lists["partners"] if isinstance(p.get("id"), str)}
    lists["alliances"] = [a for a in lists["alliances"] if _in(a.get("action_id"), action_ids)
                          and _in(a.get("partner_id"), partner_ids)]
    lists["correspondences"] = [c for c in lists["correspondences"]
                                if _in(c.get("link_id"), link_ids)
                                and _in(c.get("partner_id"), partner_ids)]
    lists["votes"] = [v for v in lists["votes"] if _in(v.get("link_id"), link_ids)]
    return repaired or sum(len(items) for items in lists.values()) != count


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
