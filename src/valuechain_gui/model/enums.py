"""Enumerations of the domain vocabulary: link status, priority, action kind and status, ...

Every enum is a ``StrEnum`` whose value is the stable token written in project files; words shown
to users come from the UI (tr()) or from :mod:`valuechain_gui.words` for exports.
"""

from __future__ import annotations

from enum import StrEnum


class LinkStatus(StrEnum):
    """How present a link (maillon) is on the pôle's territory."""

    STRONG = "strong"  # fort: present and competitive
    WEAK = "weak"  # faible: present but insufficient
    MISSING = "missing"  # manquant: no one here does it
    UNASSESSED = "unassessed"  # à évaluer: not discussed yet


class ActionKind(StrEnum):
    """The two parts of the action plan."""

    LOCAL_REINFORCEMENT = "local_reinforcement"  # for weak links
    ALLIANCE_SEARCH = "alliance_search"  # for missing links


#: The link status for which an action of each kind is live.
KIND_FOR_STATUS: dict[LinkStatus, ActionKind] = {
    LinkStatus.WEAK: ActionKind.LOCAL_REINFORCEMENT,
    LinkStatus.MISSING: ActionKind.ALLIANCE_SEARCH,
}
STATUS_FOR_KIND: dict[ActionKind, LinkStatus] = {v: k for k, v in KIND_FOR_STATUS.items()}


class ActionState(StrEnum):
    """Derived state of an action, never stored (see :meth:`Project.action_state`)."""

    LIVE = "live"
    ACHIEVED = "achieved"
    OBSOLETE = "obsolete"


class ObsoleteReason(StrEnum):
    """Why an action is obsolete."""

    LINK_REMOVED = "link_removed"
    LINK_STRONG_NOT_DONE = "link_strong_not_done"  # link became strong, action not marked done
    LINK_RETAGGED = "link_retagged"  # link now has another status (weak<->missing, unassessed)


class ActionStatus(StrEnum):
    """Progress the group records on an action."""

    PROPOSED = "proposed"
    VALIDATED = "validated"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Priority(StrEnum):
    """Priority the group gives an action."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Scope(StrEnum):
    """Geographic scope of an alliance search."""

    REGIONAL = "regional"
    NATIONAL = "national"
    EUROPEAN = "european"
    INTERNATIONAL = "international"


class SearchChannel(StrEnum):
    """Channels through which partners for a missing link are searched (how a partner was found)."""

    OBVIOUS_LEADER = "obvious_leader"
    MARKET_DATA = "market_data"
    PATENTS = "patents"
    PUBLICATIONS = "publications"
    TRADE_FAIRS = "trade_fairs"  # trade fairs & congresses
    INTERNATIONAL_OFFICES = "international_offices"  # the region's international offices
    CLUSTER_NETWORK = "cluster_network"
    OTHER = "other"


class PartnerKind(StrEnum):
    """What a candidate partner is."""

    CLUSTER = "cluster"  # cluster or pôle de compétitivité
    COMPANY = "company"
    LAB = "lab"
    AGENCY = "agency"  # development or innovation agency
    NETWORK = "network"  # network or federation of clusters
    OTHER = "other"


class CooperationStage(StrEnum):
    """How far a cooperation with a partner has gone (the alliance pipeline's stages, in order)."""

    IDENTIFIED = "identified"
    VALIDATED = "validated"  # by member companies or the region's international office
    CONTACTED = "contacted"
    FIRST_JOINT_OPERATIONS = "first_joint_operations"
    STRUCTURED_ALLIANCE = "structured_alliance"


class Governance(StrEnum):
    """Governance of a structured alliance."""

    SHARED = "shared"
    ROTATING = "rotating"
    NEUTRAL_THIRD_PARTY = "neutral_third_party"
