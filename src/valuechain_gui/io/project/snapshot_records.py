"""A project's snapshots ↔ their JSON records in the project file (the optional ``snapshots``
key; see :mod:`~valuechain_gui.io.project.schema` for the shape)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...model import ActionKind, ActionStatus, LinkStatus
from ...model.snapshots import ChainState, LinkState, PlanEntry, Snapshot
from .schema import SnapshotModel


def snapshot_dict(snapshot: Snapshot) -> dict[str, Any]:
    """The file record of ``snapshot``; its ``extra`` keys follow the known ones."""
    state = snapshot.state
    data: dict[str, Any] = {
        "label": snapshot.label, "date": snapshot.taken.isoformat(),
        "stages": [{"id": i, "name": n} for i, n in state.stages],
        "links": [{"id": k.id, "name": k.name, "stage_id": k.stage_id,
                   "status": k.status.value, "strategic": k.strategic} for k in state.links],
        "flows": [{"upstream": u, "downstream": d} for u, d in state.flows],
        "actions": [{"id": a.id, "link_id": a.link_id, "kind": a.kind.value, "title": a.title,
                     "status": a.status.value} for a in state.actions],
    }
    for key, value in snapshot.extra.items():
        data.setdefault(key, value)
    return data


def snapshot_from_model(model: SnapshotModel) -> Snapshot:
    """The :class:`Snapshot` of a validated file record."""
    state = ChainState(
        stages=tuple((s.id, s.name) for s in model.stages),
        links=tuple(LinkState(k.id, k.name, k.stage_id, LinkStatus(k.status), k.strategic)
                    for k in model.links),
        flows=tuple((f.upstream, f.downstream) for f in model.flows),
        actions=tuple(PlanEntry(a.id, a.link_id, ActionKind(a.kind), a.title,
                                ActionStatus(a.status)) for a in model.actions))
    return Snapshot(model.label, date.fromisoformat(model.date), state,
                    dict(model.model_extra or {}))
