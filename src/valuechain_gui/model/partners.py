"""Partners and alliances: the records behind the partner directory and the alliance pipeline.

A :class:`Partner` is one organisation (a cluster or pôle, a company, a laboratory, an agency, a
network). The same record is kept in the partner directory (a SQLite file shared by a pôle team)
and copied into each project that cites it, so a project sent to a colleague is complete.
Its ``map_links`` are the value chain the partner has mapped itself: its strong links are what it
brings, its weak and missing links what it needs.

An :class:`Alliance` is the pipeline entry of one partner for one alliance-search action: the
cooperation stage with its dated history, the operations done or planned, the governance once the
alliance is structured, the next step, and the validation by member companies.

A :class:`Correspondence` records the group's decision on a proposed correspondence between one of
our links and a link of a partner's map (confirmed or rejected), so matching reuses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .entities import new_id
from .enums import CooperationStage, Governance, LinkStatus, PartnerKind, SearchChannel


class Ecosystem(StrEnum):
    """The EU's 14 industrial ecosystems (European industrial strategy, 2021 update)."""

    AEROSPACE_DEFENCE = "aerospace_defence"
    AGRI_FOOD = "agri_food"
    CONSTRUCTION = "construction"
    CULTURAL_CREATIVE = "cultural_creative"
    DIGITAL = "digital"
    ELECTRONICS = "electronics"
    ENERGY_INTENSIVE = "energy_intensive"
    RENEWABLE_ENERGY = "renewable_energy"
    HEALTH = "health"
    MOBILITY_TRANSPORT_AUTOMOTIVE = "mobility_transport_automotive"
    PROXIMITY_SOCIAL_ECONOMY = "proximity_social_economy"
    RETAIL = "retail"
    TEXTILE = "textile"
    TOURISM = "tourism"


class OperationKind(StrEnum):
    """Operations run with a partner, from modest first steps to joint operations."""

    B2B_MEETINGS = "b2b_meetings"
    BUSINESS_TRIP = "business_trip"
    LICENSING = "licensing"
    EXCHANGE = "exchange"  # researcher or student exchange
    JOINT_CALL = "joint_call"  # joint call for projects
    JOINT_EVENT = "joint_event"
    SHARED_PLATFORM = "shared_platform"
    JOINT_TRADE_FAIR = "joint_trade_fair"  # joint presence at a trade fair


class Decision(StrEnum):
    """The group's decision on a proposed correspondence."""

    CONFIRMED = "confirmed"
    REJECTED = "rejected"


@dataclass
class PartnerMapLink:
    """One link of a partner's own map: its name, its stage's name, its status there."""

    name: str
    stage: str = ""
    status: LinkStatus = LinkStatus.UNASSESSED


@dataclass
class Partner:
    """An organisation the pôle may ally with (directory entry, and cited copy in a project).

    Attributes:
        name: as the organisation writes it.
        kind: :class:`PartnerKind`.
        country: ISO 3166-1 alpha-2 code (``"DE"``), or free text when not an ISO country.
        region: free text (or a NUTS code).
        sectors: :class:`Ecosystem` values.
        competences: free tags (``"LiDAR"``, ``"battery recycling"``).
        website, contact_name, contact_email: contact details; contact name and e-mail are
            personal data, never written to share exports.
        found_via: how it was found (:class:`SearchChannel`), or None.
        notes: free text (never in share exports).
        map_links: the chain it has mapped itself (empty when none is attached).
        map_source: where that map came from (a file name), shown to users.
        id: stable uuid4 string, the same in the directory and in every project citing it.
    """

    name: str
    kind: PartnerKind = PartnerKind.CLUSTER
    country: str = ""
    region: str = ""
    sectors: list[Ecosystem] = field(default_factory=list)
    competences: list[str] = field(default_factory=list)
    website: str = ""
    contact_name: str = ""
    contact_email: str = ""
    found_via: SearchChannel | None = None
    notes: str = ""
    map_links: list[PartnerMapLink] = field(default_factory=list)
    map_source: str = ""
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class StageChange:
    """One dated step of an alliance's history: the stage reached, when, by whom, why."""

    stage: CooperationStage
    on: date
    by: str = ""
    note: str = ""


@dataclass
class Operation:
    """An operation run with the partner, done or planned."""

    kind: OperationKind
    on: date | None = None
    done: bool = False
    note: str = ""


@dataclass
class Alliance:
    """The pipeline entry of one partner for one alliance-search action.

    Attributes:
        partner_id: id of a :class:`Partner` cited by the project.
        action_id: id of the alliance-search :class:`~valuechain_gui.model.entities.Action`.
        stage: the current cooperation stage (the last of ``history`` when there is one).
        history: dated stage changes, oldest first.
        operations: operations done or planned.
        governance: once the alliance is structured (shared, rotating, neutral third party).
        next_step, next_date: the agreed next step and its date.
        validated_on, validated_by, validation_note: the validation by member companies (or the
            region's international office): the *validated* stage's date, who, a remark (the
            remark is never in share exports).
        id: stable uuid4 string.
    """

    partner_id: str
    action_id: str
    stage: CooperationStage = CooperationStage.IDENTIFIED
    history: list[StageChange] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    governance: Governance | None = None
    next_step: str = ""
    next_date: date | None = None
    validated_on: date | None = None
    validated_by: str = ""
    validation_note: str = ""
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Correspondence:
    """A decision on "our link ↔ a partner's link": confirmed or rejected, reused by matching."""

    link_id: str
    partner_id: str
    their_link: str
    decision: Decision
    extra: dict[str, Any] = field(default_factory=dict)


__all__ = [
    "Alliance", "Correspondence", "Decision", "Ecosystem", "Operation", "OperationKind",
    "Partner", "PartnerMapLink", "StageChange",
]
