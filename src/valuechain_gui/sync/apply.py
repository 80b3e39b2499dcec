"""Remote changes applied to an open project through its operations.

The app keeps one :class:`~valuechain_gui.model.Project` while others edit the shared
document; their changes must reach it as ordinary model events (so the canvas and panels
update through the usual change signals) and never as a new project. :func:`apply_remote`
brings ``project`` to the whole, valid ``target`` rebuilt from the document
(:func:`~.rebuild.project_from_doc`) one operation at a time, in an order that keeps every
invariant at every step: removals first (alliances, actions, flows, links, partners), then
stages, links and their statuses, removed stages (emptied by then), flows, actions, partners,
alliances, correspondences, and the project's own fields.

Statuses are set with :meth:`~valuechain_gui.model.Project.reapply_status` and no created
action: the actions another person's retag created arrive as records of their own.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..errors import ModelError
from ..io.project.codec import project_to_dict
from ..model import (
    ACTION_FIELDS,
    ALLIANCE_FIELDS,
    LINK_FIELDS,
    PARTNER_FIELDS,
    PROJECT_FIELDS,
    Link,
    LinkStatus,
    Project,
    StatusChange,
)


def apply_remote(project: Project, target: Project) -> bool:
    """Change ``project`` into ``target`` through its operations; True when they are then
    equal (file content and order), False when some difference has no operation (e.g. a
    reordering of links): the caller then reloads the project from the document."""
    try:
        _remove_gone(project, target)
        _stages(project, target)
        _links(project, target)
        _remove_stages(project, target)
        _flows(project, target)
        _actions(project, target)
        _partnership(project, target)
    except ModelError:  # e.g. two links swapping names: no single operation does it
        return False
    changed = {name: copy.deepcopy(getattr(target, name)) for name in PROJECT_FIELDS
               if getattr(project, name) != getattr(target, name)}
    if changed:
        project.update_meta(**changed)
    if project.extra != target.extra:  # keys this version does not know: no event needed
        project.extra = copy.deepcopy(target.extra)
    return project_to_dict(project) == project_to_dict(target)


def _remove_gone(project: Project, target: Project) -> None:
    for alliance_id in [a for a in project.alliances if a not in target.alliances]:
        project.remove_alliance(alliance_id)
    for action_id in [a for a in project.actions if a not in target.actions]:
        if not project.alliances_of_action(action_id):
            project.remove_action(action_id)
    gone_flows = [key for key in project.flows if key not in target.flows]
    if gone_flows:
        project.remove_flows(gone_flows)
    gone_links = [link for link in project.links if link not in target.links]
    if gone_links:
        project.remove_links(gone_links)
    for key in [k for k in project.correspondences if k not in target.correspondences]:
        record = project.correspondences[key]
        project.set_correspondence(record.link_id, record.partner_id, record.their_link, None)
    for partner_id in [p for p in project.partners if p not in target.partners]:
        project.remove_partner(partner_id)


def _stages(project: Project, target: Project) -> None:
    present = {stage.id for stage in project.stages}
    for index, stage in enumerate(target.stages):
        if stage.id not in present:
            project.add_stage(copy.deepcopy(stage), index)
        elif project.stage(stage.id).name != stage.name:
            project.rename_stage(stage.id, stage.name)
    for index, stage in enumerate(target.stages):
        if project.stages[index].id != stage.id:
            project.move_stage(stage.id, index)


def _remove_stages(project: Project, target: Project) -> None:
    wanted = {stage.id for stage in target.stages}
    for stage in [s for s in project.stages if s.id not in wanted]:
        project.remove_stage(stage.id)  # no link is left in it: they moved or went above


def _links(project: Project, target: Project) -> None:
    new = [(index, link) for index, (link_id, link) in enumerate(target.links.items())
           if link_id not in project.links]
    if new:
        project.add_links([copy.deepcopy(link) for _, link in new], [index for index, _ in new])
    update_links(project, target.links.items())


def update_links(project: Project, wanted_links: Iterable[tuple[str, Link]]) -> None:
    """Give each of ``project``'s links of ``wanted_links`` (id, wanted link) the wanted fields,
    status and extra keys: one update of the changed fields, one status change per new status
    (no action created: another person's retag brings its actions as records of their own)."""
    changes: dict[str, dict[str, Any]] = {}
    statuses: dict[LinkStatus, dict[str, LinkStatus]] = defaultdict(dict)
    for link_id, wanted in wanted_links:
        link = project.links[link_id]
        fields = {f: copy.deepcopy(getattr(wanted, f)) for f in LINK_FIELDS
                  if getattr(link, f) != getattr(wanted, f)}
        if fields:
            changes[link_id] = fields
        if link.status != wanted.status:
            statuses[wanted.status][link_id] = link.status
        if link.extra != wanted.extra:
            link.extra = copy.deepcopy(wanted.extra)
    if changes:
        project.update_links(changes)
    for status, old in statuses.items():
        project.reapply_status(StatusChange(old=old, new=status))


def _flows(project: Project, target: Project) -> None:
    new = [(index, copy.deepcopy(flow)) for index, (key, flow) in enumerate(target.flows.items())
           if key not in project.flows]
    if new:
        project.restore_flows(new)
    returns = {key: flow.is_return for key, flow in target.flows.items()
               if project.flows[key].is_return != flow.is_return}
    if returns:
        project.set_return_flows(returns)


def _merge_records(mine: dict, theirs: dict, fields: tuple[str, ...], add, update) -> None:
    """Bring the records ``mine`` (by id) to ``theirs``: a missing record is added at its index
    (``add(record, index)``), a present one gets the fields that differ (``update(id, **fields)``)."""
    for index, (record_id, record) in enumerate(theirs.items()):
        if record_id not in mine:
            add(copy.deepcopy(record), index)
            continue
        changed = {f: copy.deepcopy(getattr(record, f)) for f in fields
                   if getattr(mine[record_id], f) != getattr(record, f)}
        if changed:
            update(record_id, **changed)


def _actions(project: Project, target: Project) -> None:
    _merge_records(project.actions, target.actions, ACTION_FIELDS, project.add_action,
                   project.update_action)


def _partnership(project: Project, target: Project) -> None:
    _merge_records(project.partners, target.partners, PARTNER_FIELDS, project.cite_partner,
                   project.update_partner)
    _merge_records(project.alliances, target.alliances, ALLIANCE_FIELDS, project.add_alliance,
                   project.update_alliance)
    for key, record in target.correspondences.items():
        found = project.correspondences.get(key)
        if found is None or found.decision != record.decision:
            project.set_correspondence(record.link_id, record.partner_id, record.their_link,
                                       record.decision)
