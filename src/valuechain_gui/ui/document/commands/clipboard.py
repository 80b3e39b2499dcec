"""Undo commands for the clipboard: paste links (with the flows between them and their return
marks) and duplicate them, names made unique.

The payload (:func:`copy_links_data`) is JSON-able so it can travel on the system clipboard
under :data:`~.links.LINKS_MIME_TYPE`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from valuechain_gui.model import Flow, Link, LinkStatus, Project, StatusChange, name_key, new_id
from .base import ModelCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


def copy_links_data(project: Project, link_ids: Iterable[str]) -> dict[str, Any]:
    """A JSON-able copy of links and the flows between them (the clipboard payload).

    Shape: ``{"links": [{"id", "name", "stage_id", "stage_name", "status", "strategic",
    "end_market", "actors", "notes", "position": [x, y]}], "flows": [[up id, down id,
    is a return flow]]}`` (an older payload's flows have no third item).
    """
    ids = [i for i in dict.fromkeys(link_ids) if i in project.links]
    chosen = set(ids)
    links = []
    for link_id in ids:
        link = project.links[link_id]
        links.append({
            "id": link.id, "name": link.name, "stage_id": link.stage_id,
            "stage_name": project.stage(link.stage_id).name, "status": link.status.value,
            "strategic": link.strategic, "end_market": link.end_market,
            "actors": list(link.actors), "notes": link.notes, "position": list(link.position),
        })
    flows = [[*k, f.is_return] for k, f in project.flows.items()
             if k[0] in chosen and k[1] in chosen]
    return {"links": links, "flows": flows}


def unique_name(project: Project, name: str, taken: set[str] | None = None) -> str:
    """``name`` if free, else ``"name (2)"``, ``"name (3)"``… (a trailing ``(n)`` is replaced)."""
    taken = taken or set()
    if project.link_by_name(name) is None and name_key(name) not in taken:
        return name
    base = re.sub(r"\s*\(\d+\)$", "", name.strip()) or name.strip()
    n = 2
    while True:
        candidate = f"{base} ({n})"
        if project.link_by_name(candidate) is None and name_key(candidate) not in taken:
            return candidate
        n += 1


class PasteLinksCommand(ModelCommand):
    """Paste links from :func:`copy_links_data` with fresh ids and unique names, in one step.

    Args:
        data: the payload; malformed entries raise KeyError/TypeError/ValueError (check first).
        offset: (dx, dy) added to each position, scene pixels.

    A link's stage is its stage id if it still exists, else the stage of the same name, else the
    first stage. Weak and missing links get their plan actions like any retag.
    """

    def __init__(self, project: Project, data: dict[str, Any],
                 offset: Position = (24.0, 24.0), parent: QUndoCommand | None = None,
                 text: str | None = None) -> None:
        super().__init__(text or _tr("Paste"), parent)
        self.project = project
        by_name = {s.name: s.id for s in project.stages}
        stage_ids = {s.id for s in project.stages}
        mapping: dict[str, str] = {}
        taken: set[str] = set()
        self.links: list[Link] = []
        self.statuses: dict[LinkStatus, list[str]] = {}
        for entry in data.get("links", []):
            stage_id = entry.get("stage_id")
            if stage_id not in stage_ids:
                stage_id = by_name.get(entry.get("stage_name"), project.stages[0].id)
            name = unique_name(project, str(entry["name"]), taken)
            taken.add(name_key(name))
            x, y = entry.get("position", (0.0, 0.0))
            link = Link(name=name, stage_id=stage_id, strategic=bool(entry.get("strategic")),
                        end_market=bool(entry.get("end_market")),
                        actors=list(entry.get("actors", [])), notes=str(entry.get("notes", "")),
                        position=(float(x) + offset[0], float(y) + offset[1]), id=new_id())
            mapping[str(entry["id"])] = link.id
            self.links.append(link)
            status = LinkStatus(entry.get("status", LinkStatus.UNASSESSED))
            if status != LinkStatus.UNASSESSED:
                self.statuses.setdefault(status, []).append(link.id)
        rank = {s.id: i for i, s in enumerate(project.stages)}
        stage_of = {link.id: rank[link.stage_id] for link in self.links}
        self.flows = [Flow(mapping[u], mapping[d], is_return=bool(mark and mark[0]) or
                           stage_of[mapping[d]] < stage_of[mapping[u]])
                      for u, d, *mark in data.get("flows", []) if u in mapping and d in mapping]
        self.changes: list[StatusChange] = []
        self.record = None

    @property
    def new_ids(self) -> list[str]:
        """Ids of the pasted links, in order."""
        return [link.id for link in self.links]

    def apply(self) -> None:
        if self.record is None:
            self.project.add_links([copy.deepcopy(link) for link in self.links])
            start = len(self.project.flows)
            self.project.restore_flows([(start + i, copy.deepcopy(f))
                                        for i, f in enumerate(self.flows)])
            self.changes = [self.project.set_status(ids, status)
                            for status, ids in self.statuses.items()]
        else:
            self.project.restore_links(self.record)
            for change in self.changes:
                self.project.reapply_status(change)

    def undo(self) -> None:
        for change in reversed(self.changes):
            self.project.revert_status(change)
        self.record = self.project.remove_links(self.new_ids)


class DuplicateLinksCommand(PasteLinksCommand):
    """Duplicate links (and the flows between them) next to the originals, names made unique."""

    def __init__(self, project: Project, link_ids: Iterable[str],
                 offset: Position = (24.0, 24.0), parent: QUndoCommand | None = None) -> None:
        super().__init__(project, copy_links_data(project, link_ids), offset, parent,
                         text=_tr("Duplicate"))
