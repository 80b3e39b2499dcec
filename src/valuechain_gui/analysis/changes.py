"""What changed between two states of a chain (a snapshot, another file, the current map).

:func:`compare` takes two :class:`~valuechain_gui.model.snapshots.ChainState` (the older first)
and lists the changes in a fixed order: links added, removed, renamed (same id, another name),
moved to another stage (a stage renamed moves none of its links), status changes (old → new), strategic flag set or cleared, flows added
and removed, actions added, achieved, obsolete and removed. Links are matched by id, so a link
renamed is one change, not a removal and an addition.

An action's state is derived as the plan derives it (:meth:`Project.action_state`): achieved
when it is done and its link strong, live when its link has the status its kind addresses,
obsolete otherwise (also when its link is gone). An action is reported "achieved" or "obsolete"
when it reaches that state and was not in it before.

:func:`change_line` writes one change as one line of text in French or English (the words of
:mod:`valuechain_gui.words`), for the command line and the workbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..model.enums import STATUS_FOR_KIND, ActionState, ActionStatus, LinkStatus
from ..model.snapshots import ChainState, LinkState, PlanEntry
from ..words import word


class ChangeKind(StrEnum):
    """What kind of change; the order here is the order of :func:`compare`'s list."""

    LINK_ADDED = "link_added"
    LINK_REMOVED = "link_removed"
    LINK_RENAMED = "link_renamed"
    LINK_MOVED = "link_moved"
    STATUS_CHANGED = "status_changed"
    STRATEGIC_SET = "strategic_set"
    STRATEGIC_CLEARED = "strategic_cleared"
    FLOW_ADDED = "flow_added"
    FLOW_REMOVED = "flow_removed"
    ACTION_ADDED = "action_added"
    ACTION_ACHIEVED = "action_achieved"
    ACTION_OBSOLETE = "action_obsolete"
    ACTION_REMOVED = "action_removed"


@dataclass(frozen=True)
class Change:
    """One change.

    Attributes:
        kind: the :class:`ChangeKind`.
        link_id: the link concerned (for a flow, its upstream link; for an action, its link).
        name: the link's name (its new name when renamed, its last name when removed); for a
            flow ``"upstream → downstream"``; for an action its title.
        old, new: the value before and after: names (renamed), stage names (moved), status
            tokens (status changed); for a flow the downstream link's id in ``new``; for an
            action the name of its link in ``new``.
    """

    kind: ChangeKind
    link_id: str
    name: str
    old: str = ""
    new: str = ""


def _action_state(action: PlanEntry, links: dict[str, LinkState]) -> ActionState:
    link = links.get(action.link_id)
    if link is None:
        return ActionState.OBSOLETE
    if link.status == STATUS_FOR_KIND[action.kind]:
        return ActionState.LIVE
    if link.status == LinkStatus.STRONG and action.status == ActionStatus.DONE:
        return ActionState.ACHIEVED
    return ActionState.OBSOLETE


def _moved(a: LinkState, b: LinkState, old_stages: dict[str, str],
           new_stages: dict[str, str]) -> bool:
    """Whether a link changed stage: another stage id and another stage name (a stage renamed
    moves none of its links; two files whose stages have other ids but the same names neither)."""
    return a.stage_id != b.stage_id and old_stages.get(a.stage_id) != new_stages.get(b.stage_id)


def _link_changes(old: dict[str, LinkState], new: dict[str, LinkState],
                  old_stages: dict[str, str], new_stages: dict[str, str]) -> list[Change]:
    added = [Change(ChangeKind.LINK_ADDED, i, k.name, new=new_stages.get(k.stage_id, ""))
             for i, k in new.items() if i not in old]
    removed = [Change(ChangeKind.LINK_REMOVED, i, k.name, old=old_stages.get(k.stage_id, ""))
               for i, k in old.items() if i not in new]
    kept = [(old[i], k) for i, k in new.items() if i in old]
    renamed = [Change(ChangeKind.LINK_RENAMED, a.id, b.name, a.name, b.name)
               for a, b in kept if a.name != b.name]
    moved = [Change(ChangeKind.LINK_MOVED, a.id, b.name, old_stages.get(a.stage_id, ""),
                    new_stages.get(b.stage_id, ""))
             for a, b in kept if _moved(a, b, old_stages, new_stages)]
    status = [Change(ChangeKind.STATUS_CHANGED, a.id, b.name, a.status.value, b.status.value)
              for a, b in kept if a.status != b.status]
    strategic = [Change(ChangeKind.STRATEGIC_SET if b.strategic else ChangeKind.STRATEGIC_CLEARED,
                        a.id, b.name) for a, b in kept if a.strategic != b.strategic]
    return added + removed + renamed + moved + status + strategic


def _flow_changes(old: ChainState, new: ChainState, names: dict[str, str]) -> list[Change]:
    before, after = set(old.flows), set(new.flows)

    def change(kind: ChangeKind, key: tuple[str, str]) -> Change:
        up, down = key
        return Change(kind, up, f"{names.get(up, up)} → {names.get(down, down)}", new=down)

    return ([change(ChangeKind.FLOW_ADDED, k) for k in new.flows if k not in before]
            + [change(ChangeKind.FLOW_REMOVED, k) for k in old.flows if k not in after])


def _action_changes(old: ChainState, new: ChainState, names: dict[str, str]) -> list[Change]:
    old_links = {k.id: k for k in old.links}
    new_links = {k.id: k for k in new.links}
    before = {a.id: a for a in old.actions}
    after = {a.id: a for a in new.actions}

    def change(kind: ChangeKind, action: PlanEntry) -> Change:
        return Change(kind, action.link_id, action.title, new=names.get(action.link_id, ""))

    added = [change(ChangeKind.ACTION_ADDED, a) for i, a in after.items() if i not in before]
    achieved, obsolete = [], []
    for i, action in after.items():
        state = _action_state(action, new_links)
        was = _action_state(before[i], old_links) if i in before else None
        if state == ActionState.ACHIEVED and was != state:
            achieved.append(change(ChangeKind.ACTION_ACHIEVED, action))
        elif state == ActionState.OBSOLETE and was != state:
            obsolete.append(change(ChangeKind.ACTION_OBSOLETE, action))
    removed = [change(ChangeKind.ACTION_REMOVED, a) for i, a in before.items() if i not in after]
    return added + achieved + obsolete + removed


def compare(old: ChainState, new: ChainState) -> list[Change]:
    """The changes from ``old`` to ``new``, in :class:`ChangeKind` order, each group in the
    chain's order (the new state's for what is there, the old state's for what was removed)."""
    old_links = {k.id: k for k in old.links}
    new_links = {k.id: k for k in new.links}
    names = {**{k.id: k.name for k in old.links}, **{k.id: k.name for k in new.links}}
    changes = _link_changes(old_links, new_links, dict(old.stages), dict(new.stages))
    changes += _flow_changes(old, new, names)
    changes += _action_changes(old, new, names)
    order = list(ChangeKind)
    return sorted(changes, key=lambda c: order.index(c.kind))


def change_line(language: str, change: Change) -> str:
    """``change`` as one line of text in ``language``, e.g. ``Status changed: LiDAR sensors,
    missing → weak`` / ``Statut modifié : Capteurs LiDAR, manquant → faible``."""
    params = {"name": change.name, "old": change.old, "new": change.new}
    if change.kind == ChangeKind.STATUS_CHANGED:
        params["old"] = word(language, f"link_status.{change.old}")
        params["new"] = word(language, f"link_status.{change.new}")
    return word(language, f"change.{change.kind.value}", **params)


def changed_link_ids(changes: list[Change]) -> set[str]:
    """Ids of the links that are there in the new state and changed (added, renamed, moved,
    retagged, strategic flag) — the cards a map marks."""
    link_kinds = {ChangeKind.LINK_ADDED, ChangeKind.LINK_RENAMED, ChangeKind.LINK_MOVED,
                  ChangeKind.STATUS_CHANGED, ChangeKind.STRATEGIC_SET,
                  ChangeKind.STRATEGIC_CLEARED}
    return {c.link_id for c in changes if c.kind in link_kinds}
