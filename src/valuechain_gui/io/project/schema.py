"""Validation schema of the project file (format ``valuechain-gui-project``, current version).

The pydantic v2 models here describe the JSON of the *current* format version, after migration
(:mod:`valuechain_gui.io.project.migrations`). They are strict (no silent conversion of ``"1"`` to a number
or ``"yes"`` to true), refuse NaN and infinities, and keep unknown keys (``extra="allow"``): those
land in ``model_extra`` and are stored in the built record's ``extra`` dict, so that a file written
by a later version keeps its fields when this version saves it.

Shape of a file (keys in this order on save; see :mod:`valuechain_gui.io.project.file`)::

    {"format": "valuechain-gui-project", "version": 3,
     "target_market": str, "pole_name": str, "territory": str, "participants": [str],
     "date": "YYYY-MM-DD" | null, "language": "fr" | "en",
     "settings": {"missing_weight": 0..1, "weak_weight": 0..1, "country": "FR", "region": str},
     "stages": [{"id", "name"}],
     "links": [{"id", "name", "stage_id", "status", "strategic", "end_market", "actors",
                "notes", "position": [x, y]}],
     "flows": [{"upstream", "downstream", "return": true (return flows only)}],
     "actions": [{"id", "link_id", "kind", "title", ..., "search_channels", "notes"}],
     "partners": [{"id", "name", "kind", "country", "region", "sectors", "competences",
                   "website", "contact_name", "contact_email", "found_via", "notes",
                   "map_source", "map_links": [{"name", "stage", "status"}]}],
     "alliances": [{"id", "partner_id", "action_id", "stage", "history": [{"stage", "on",
                    "by", "note"}], "operations": [{"kind", "on", "done", "note"}],
                    "governance", "next_step", "next_date", "validated_on", "validated_by",
                    "validation_note"}],
     "correspondences": [{"link_id", "partner_id", "their_link", "decision"}],
     "snapshots": [{"label", "date", "stages": [{"id", "name"}],
                    "links": [{"id", "name", "stage_id", "status", "strategic"}],
                    "flows": [{"upstream", "downstream"}],
                    "actions": [{"id", "link_id", "kind", "title", "status"}]}],
     "votes": [{"link_id", "date", "ballots": [{"participant", "vote", "comment", "name"}]}]}

``snapshots`` is optional (absent when the project has none): the state of the chain at past
workshops (:mod:`valuechain_gui.model.snapshots`), at most
:data:`~valuechain_gui.limits.MAX_SNAPSHOTS` holding at most
:data:`~valuechain_gui.limits.MAX_SNAPSHOT_RECORDS` records together.

``votes`` is optional (absent when no link has votes): the room's votes per link
(:mod:`valuechain_gui.model.votes`), one ballot per participant, ``vote`` one of strong, weak,
missing, unknown; at most :data:`~valuechain_gui.limits.MAX_BALLOTS_PER_LINK` ballots a link and
:data:`~valuechain_gui.limits.MAX_BALLOTS` in all.

Enum fields take the enum's token (``"strong"``, ``"alliance_search"``...); dates are ISO
``YYYY-MM-DD`` strings; positions are scene pixels, finite and within
:data:`~valuechain_gui.limits.MAX_COORDINATE`; budgets euros.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ...limits import (
    MAX_BALLOTS,
    MAX_BALLOTS_PER_LINK,
    MAX_COORDINATE,
    MAX_PARTICIPANT_ID,
    MAX_SNAPSHOT_RECORDS,
    MAX_SNAPSHOTS,
    MAX_VOTE_COMMENT,
    MAX_VOTER_NAME,
)
from ...model.partners import Decision, Ecosystem, OperationKind
from ...model.votes import Vote
from ...model.enums import (
    ActionKind,
    ActionStatus,
    CooperationStage,
    Governance,
    LinkStatus,
    PartnerKind,
    Priority,
    Scope,
    SearchChannel,
)
from .migrations import FORMAT_NAME  # the ``format`` value every project file carries

#: Languages a project's documents may use.
LANGUAGES = ("fr", "en")


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("expected a date written YYYY-MM-DD") from None
    return value


#: What a position out of bounds is told (also the key of its translation in the UI).
POSITION_EXPECTED = (f"expected a position [x, y] with x and y between {-MAX_COORDINATE:,.0f} "
                     f"and {MAX_COORDINATE:,.0f} pixels")


def _bounded_point(value: list[float]) -> list[float]:
    if any(abs(v) > MAX_COORDINATE for v in value):
        raise ValueError(POSITION_EXPECTED)
    return value


#: A non-empty id (any text; new ids are uuid4 strings).
Id = Annotated[str, Field(min_length=1)]
#: A point ``[x, y]`` (JSON list of two finite numbers within ``±MAX_COORDINATE``).
Point = Annotated[list[float], Field(min_length=2, max_length=2), AfterValidator(_bounded_point)]
#: An ISO date string ``YYYY-MM-DD`` or null.
IsoDate = Annotated[str | None, AfterValidator(_iso_date)]
# Enum tokens written out (static types for mypy); TOKEN_TYPES pairs each with its enum and a test
# checks they list exactly the enum's values.
StatusToken = Literal["strong", "weak", "missing", "unassessed"]
KindToken = Literal["local_reinforcement", "alliance_search"]
ActionStatusToken = Literal["proposed", "validated", "in_progress", "done", "dropped"]
PriorityToken = Literal["high", "medium", "low"]
ScopeToken = Literal["regional", "national", "european", "international"]
ChannelToken = Literal["obvious_leader", "market_data", "patents", "publications", "trade_fairs",
                       "international_offices", "cluster_network", "other"]
PartnerKindToken = Literal["cluster", "company", "lab", "agency", "network", "other"]
CooperationToken = Literal["identified", "validated", "contacted", "first_joint_operations",
                           "structured_alliance"]
GovernanceToken = Literal["shared", "rotating", "neutral_third_party"]
EcosystemToken = Literal[
    "aerospace_defence", "agri_food", "construction", "cultural_creative", "digital",
    "electronics", "energy_intensive", "renewable_energy", "health",
    "mobility_transport_automotive", "proximity_social_economy", "retail", "textile", "tourism"]
OperationToken = Literal["b2b_meetings", "business_trip", "licensing", "exchange", "joint_call",
                         "joint_event", "shared_platform", "joint_trade_fair"]
DecisionToken = Literal["confirmed", "rejected"]
VoteToken = Literal["strong", "weak", "missing", "unknown"]
#: ``(Literal type, enum)`` pairs that must agree.
TOKEN_TYPES: tuple[tuple[Any, type[Enum]], ...] = (
    (StatusToken, LinkStatus), (KindToken, ActionKind), (ActionStatusToken, ActionStatus),
    (PriorityToken, Priority), (ScopeToken, Scope), (ChannelToken, SearchChannel),
    (PartnerKindToken, PartnerKind), (CooperationToken, CooperationStage),
    (GovernanceToken, Governance), (EcosystemToken, Ecosystem), (OperationToken, OperationKind),
    (DecisionToken, Decision), (VoteToken, Vote),
)


class Record(BaseModel):
    """Base of every record: strict, finite numbers only, unknown keys kept."""

    model_config = ConfigDict(extra="allow", strict=True, allow_inf_nan=False)


class StageModel(Record):
    """A stage: ``{"id": str, "name": str}``."""

    id: Id
    name: str


class LinkModel(Record):
    """A link (maillon); ``position`` is ``[x, y]`` in scene pixels."""

    id: Id
    name: str
    stage_id: Id
    status: StatusToken = LinkStatus.UNASSESSED.value
    strategic: bool = False
    end_market: bool = False
    actors: list[str] = Field(default_factory=list)
    notes: str = ""
    position: Point = Field(default_factory=lambda: [0.0, 0.0])


class FlowModel(Record):
    """A flow from the link ``upstream`` to the link ``downstream`` (link ids); ``"return": true``
    marks a return flow (other flows have no ``return`` key)."""

    upstream: Id
    downstream: Id
    is_return: bool = Field(default=False, alias="return")


class ActionModel(Record):
    """An action of the plan; ``budget`` in euros; dates ISO; enums as tokens or null."""

    id: Id
    link_id: Id
    kind: KindToken
    title: str = ""
    owner: str = ""
    partners: str = ""
    start: IsoDate = None
    deadline: IsoDate = None
    budget: float | None = None
    funding_source: str = ""
    priority: PriorityToken | None = None
    indicator: str = ""
    status: ActionStatusToken = ActionStatus.PROPOSED.value
    scope: ScopeToken | None = None
    search_channels: list[ChannelToken] = Field(default_factory=list)
    notes: str = ""
    link_name: str = ""


#: A status weight of the criticality score: a finite number from 0 to 1.
Weight = Annotated[float, Field(ge=0.0, le=1.0)]


class SettingsModel(Record):
    """The project's settings: the status weights of the gap analysis (format version 2), the
    pôle's country and region that partners' scopes are measured from (version 3)."""

    missing_weight: Weight = 1.0
    weak_weight: Weight = 0.6
    country: str = "FR"
    region: str = ""


class MapLinkModel(Record):
    """A link of a partner's own map: its name, its stage's name, its status there."""

    name: str
    stage: str = ""
    status: StatusToken = LinkStatus.UNASSESSED.value


class PartnerModel(Record):
    """A partner the project cites (a copy of its directory entry; format version 3)."""

    id: Id
    name: str
    kind: PartnerKindToken = PartnerKind.CLUSTER.value
    country: str = ""
    region: str = ""
    sectors: list[EcosystemToken] = Field(default_factory=list)
    competences: list[str] = Field(default_factory=list)
    website: str = ""
    contact_name: str = ""
    contact_email: str = ""
    found_via: ChannelToken | None = None
    notes: str = ""
    map_source: str = ""
    map_links: list[MapLinkModel] = Field(default_factory=list)


class StageChangeModel(Record):
    """One dated step of an alliance's history."""

    stage: CooperationToken
    on: Annotated[str, AfterValidator(_iso_date)]
    by: str = ""
    note: str = ""


class OperationModel(Record):
    """An operation run with a partner, done or planned."""

    kind: OperationToken
    on: IsoDate = None
    done: bool = False
    note: str = ""


class AllianceModel(Record):
    """A pipeline entry: one cited partner for one action of the plan (format version 3)."""

    id: Id
    partner_id: Id
    action_id: Id
    stage: CooperationToken = CooperationStage.IDENTIFIED.value
    history: list[StageChangeModel] = Field(default_factory=list)
    operations: list[OperationModel] = Field(default_factory=list)
    governance: GovernanceToken | None = None
    next_step: str = ""
    next_date: IsoDate = None
    validated_on: IsoDate = None
    validated_by: str = ""
    validation_note: str = ""


class CorrespondenceModel(Record):
    """The group's decision on "our link ↔ a partner's link" (format version 3)."""

    link_id: Id
    partner_id: Id
    their_link: str
    decision: DecisionToken


class SnapshotLinkModel(Record):
    """A link as a snapshot keeps it."""

    id: Id
    name: str
    stage_id: Id
    status: StatusToken = LinkStatus.UNASSESSED.value
    strategic: bool = False


class SnapshotFlowModel(Record):
    """A flow as a snapshot keeps it (link ids)."""

    upstream: Id
    downstream: Id


class SnapshotActionModel(Record):
    """An action as a snapshot keeps it."""

    id: Id
    link_id: Id
    kind: KindToken
    title: str = ""
    status: ActionStatusToken = ActionStatus.PROPOSED.value


class SnapshotModel(Record):
    """A snapshot: the state of the chain at a workshop, with its label and date."""

    label: Annotated[str, Field(min_length=1)]
    date: Annotated[str, AfterValidator(_iso_date)]
    stages: list[StageModel] = Field(default_factory=list)
    links: list[SnapshotLinkModel] = Field(default_factory=list)
    flows: list[SnapshotFlowModel] = Field(default_factory=list)
    actions: list[SnapshotActionModel] = Field(default_factory=list)


def _within_snapshot_limits(value: list[SnapshotModel]) -> list[SnapshotModel]:
    if len(value) > MAX_SNAPSHOTS:
        raise ValueError(f"expected at most {MAX_SNAPSHOTS:,} snapshots")
    records = sum(len(s.stages) + len(s.links) + len(s.flows) + len(s.actions) for s in value)
    if records > MAX_SNAPSHOT_RECORDS:
        raise ValueError(f"expected at most {MAX_SNAPSHOT_RECORDS:,} records in all snapshots "
                         "together")
    return value


class BallotModel(Record):
    """One participant's vote on a link."""

    participant: Annotated[str, Field(min_length=1, max_length=MAX_PARTICIPANT_ID)]
    vote: VoteToken
    comment: Annotated[str, Field(max_length=MAX_VOTE_COMMENT)] = ""
    name: Annotated[str, Field(max_length=MAX_VOTER_NAME)] = ""


def _within_ballots_per_link(value: list[BallotModel]) -> list[BallotModel]:
    if len(value) > MAX_BALLOTS_PER_LINK:
        raise ValueError(f"expected at most {MAX_BALLOTS_PER_LINK:,} ballots on a link")
    return value


class LinkVotesModel(Record):
    """The room's votes on one link, with the day they were given."""

    link_id: Id
    date: Annotated[str, AfterValidator(_iso_date)]
    ballots: Annotated[list[BallotModel], AfterValidator(_within_ballots_per_link)] = Field(
        default_factory=list)


def _within_vote_limits(value: list[LinkVotesModel]) -> list[LinkVotesModel]:
    if sum(len(v.ballots) for v in value) > MAX_BALLOTS:
        raise ValueError(f"expected at most {MAX_BALLOTS:,} ballots in all")
    return value


class ProjectModel(Record):
    """The whole file (after ``format`` and ``version`` were checked and removed)."""

    target_market: str = ""
    pole_name: str = ""
    territory: str = ""
    participants: list[str] = Field(default_factory=list)
    date: IsoDate = None
    language: Literal["fr", "en"] = "fr"
    settings: SettingsModel = Field(default_factory=SettingsModel)
    stages: list[StageModel] = Field(default_factory=list)
    links: list[LinkModel] = Field(default_factory=list)
    flows: list[FlowModel] = Field(default_factory=list)
    actions: list[ActionModel] = Field(default_factory=list)
    partners: list[PartnerModel] = Field(default_factory=list)
    alliances: list[AllianceModel] = Field(default_factory=list)
    correspondences: list[CorrespondenceModel] = Field(default_factory=list)
    snapshots: Annotated[list[SnapshotModel], AfterValidator(_within_snapshot_limits)] = Field(
        default_factory=list)
    votes: Annotated[list[LinkVotesModel], AfterValidator(_within_vote_limits)] = Field(
        default_factory=list)


_MESSAGES = {
    "missing": "a required field is missing",
    "string_type": "expected text",
    "string_too_short": "expected a non-empty text",
    "bool_type": "expected true or false",
    "float_type": "expected a number",
    "int_type": "expected a whole number",
    "finite_number": "expected a finite number",
    "list_type": "expected a list",
    "tuple_type": "expected a list of 2 numbers [x, y]",
    "too_short": "expected a list of 2 numbers [x, y]",
    "too_long": "expected a list of 2 numbers [x, y]",
    "model_type": "expected an object {...}",
    "model_attributes_type": "expected an object {...}",
    "dict_type": "expected an object {...}",
    "greater_than_equal": "expected a number from 0 to 1",
    "less_than_equal": "expected a number from 0 to 1",
}


def error_message(error: Mapping[str, Any]) -> str:
    """Plain-English "what was expected" for one pydantic error (``ValidationError.errors()``)."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"expected one of {expected}"
    if kind == "value_error":
        return str(ctx.get("error", error.get("msg", "invalid value")))
    if kind == "string_too_long":
        return f"expected at most {ctx.get('max_length', '?')} characters"
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    return str(error.get("msg", "invalid value")).lower()


def json_path(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as a JSON path: ``("links", 3, "status")`` → ``links[3].status``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"
