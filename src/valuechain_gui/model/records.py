"""What the Project's undoable operations return: enough to put things back exactly."""

from __future__ import annotations

from dataclasses import dataclass, field

from .entities import Action, Flow, Link, Stage
from .enums import LinkStatus
from .partners import Alliance, Correspondence, Partner
from .votes import LinkVotes

#: Key of a correspondence decision: ``(our link id, partner id, name_key(their link))``.
CorrespondenceKey = tuple[str, str, str]


@dataclass
class RemovedLinks:
    """What :meth:`Project.remove_links` took out, to put it back with :meth:`restore_links`.

    ``links`` holds (index in the link order, link); ``flows`` (index in the flow order, flow).
    Detached actions keep their ``link_id``, so restoring the links reattaches them.
    ``correspondences`` holds the decisions about the removed links (index, key, record);
    ``votes`` the room's votes on them (link id → votes).
    """

    links: list[tuple[int, Link]] = field(default_factory=list)
    flows: list[tuple[int, Flow]] = field(default_factory=list)
    correspondences: list[tuple[int, CorrespondenceKey, Correspondence]] = field(
        default_factory=list)
    votes: dict[str, LinkVotes] = field(default_factory=dict)


@dataclass
class StatusChange:
    """What :meth:`Project.set_status` did: old status per link id and the actions it created."""

    old: dict[str, LinkStatus] = field(default_factory=dict)
    new: LinkStatus = LinkStatus.UNASSESSED
    created: list[Action] = field(default_factory=list)


@dataclass
class RemovedStage:
    """What :meth:`Project.remove_stage` did, for :meth:`Project.restore_stage`."""

    index: int
    stage: Stage
    moved_to: str | None = None
    moved: dict[str, str] = field(default_factory=dict)  # link id -> old stage id
    removed_links: RemovedLinks | None = None


@dataclass
class RemovedPartner:
    """What :meth:`Project.remove_partner` took out: the partner, its alliances and its
    correspondence decisions, each with its index, for :meth:`Project.restore_partner`."""

    index: int
    partner: Partner
    alliances: list[tuple[int, Alliance]] = field(default_factory=list)
    correspondences: list[tuple[int, CorrespondenceKey, Correspondence]] = field(
        default_factory=list)


@dataclass
class RemovedAction:
    """What :meth:`Project.remove_action_and_alliances` took out, for :meth:`Project.restore_action`."""

    index: int
    action: Action
    alliances: list[tuple[int, Alliance]] = field(default_factory=list)


def record_link(record: RemovedLinks, link_id: str) -> Link:
    """The link with ``link_id`` in a :class:`RemovedLinks` record (KeyError if absent)."""
    for _, link in record.links:
        if link.id == link_id:
            return link
    raise KeyError(link_id)
