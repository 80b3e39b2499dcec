"""A whole, valid project from a Y document, whatever concurrent edits left in it.

Concurrent edits can leave records that the project's invariants forbid: a flow or an action of
a link another person deleted, a link in a deleted stage, two links given the same name, an
alliance of a removed partner. The rebuild settles each the same way on every replica (it reads
only the document, in an order every replica shares):

* a link whose stage is gone moves to the first stage (it is dropped if no stage is left);
* a link whose name another link (earlier in the order) already has gets `` (2)``, `` (3)``...;
* a flow, action or correspondence of a missing link is dropped; an alliance of a missing action
  or partner is dropped;
* anything else the project file's checks still refuse is dropped, record by record, at the
  place they name.

The project is then built through the file codec (validation, then the model's operations), so
the model holds nothing half-present.
"""

from __future__ import annotations

import re
from typing import Any

from pycrdt import Doc

from ..io.project.codec import ProjectFileError, project_from_dict
from ..io.project.migrations import CURRENT_VERSION
from ..io.project.schema import FORMAT_NAME
from ..model import Project, name_key
from .mirror import COLLECTIONS, Records, read_records


_PLACE = re.compile(r"^(stages|links|flows|actions|partners|alliances|correspondences|snapshots)"
                    r"\[(\d+)\]")


class RebuildError(ValueError):
    """The document holds no project that can be built (e.g. no meta at all)."""


def project_data(meta: dict[str, Any], records: Records) -> dict[str, Any]:
    """The project file data of ``meta`` and ``records`` (repaired, see module docstring)."""
    lists = {name: [dict(r) for r in records.get(name, {}).values()] for name in COLLECTIONS}
    _repair(lists)
    data: dict[str, Any] = {"format": FORMAT_NAME, "version": CURRENT_VERSION, **meta}
    data.update({name: items for name, items in lists.items() if items or name != "snapshots"})
    return data


def _repair(lists: dict[str, list[dict[str, Any]]]) -> None:
    stage_ids = [s.get("id") for s in lists["stages"]]
    links = []
    names: set[str] = set()
    for link in lists["links"]:
        if link.get("stage_id") not in stage_ids:
            if not stage_ids:
                continue
            link["stage_id"] = stage_ids[0]
        name = link.get("name")
        if isinstance(name, str) and name.strip():
            link["name"] = _free_name(name, names)
            names.add(name_key(link["name"]))
        links.append(link)
    lists["links"] = links
    link_ids = {link.get("id") for link in links}
    lists["flows"] = [f for f in lists["flows"] if f.get("upstream") in link_ids
                      and f.get("downstream") in link_ids and f.get("upstream") != f.get(
                          "downstream")]
    lists["actions"] = [a for a in lists["actions"] if a.get("link_id") in link_ids]
    action_ids = {a.get("id") for a in lists["actions"]}
    partner_ids = {p.get("id") for p in lists["partners"]}
    lists["alliances"] = [a for a in lists["alliances"] if a.get("action_id") in action_ids
                          and a.get("partner_id") in partner_ids]
    lists["correspondences"] = [c for c in lists["correspondences"]
                                if c.get("link_id") in link_ids
                                and c.get("partner_id") in partner_ids]


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
    meta, records = read_records(doc)
    if "language" not in meta:
        raise RebuildError("the shared document holds no project")
    data = project_data(meta, records)
    for _ in range(sum(len(v) for v in records.values()) + 1):
        try:
            return project_from_dict(data)
        except ProjectFileError as exc:
            if not _drop_refused(data, str(getattr(exc, "location", "") or "")):
                raise RebuildError(f"the shared document's project is invalid: {exc}") from None
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
