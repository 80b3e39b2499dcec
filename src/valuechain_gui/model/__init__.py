"""The domain model: pure Python, no Qt (a test fails if Qt is imported here).

Import from this package: ``from valuechain_gui.model import Project, Link, LinkStatus``.
"""

from .alliance_operations import partner_key
from .entities import ACTION_FIELDS, LINK_FIELDS, Action, Flow, Link, Stage, new_id
from .enums import (
    KIND_FOR_STATUS,
    STATUS_FOR_KIND,
    ActionKind,
    ActionState,
    ActionStatus,
    CooperationStage,
    Governance,
    LinkStatus,
    ObsoleteReason,
    PartnerKind,
    Priority,
    Scope,
    SearchChannel,
)
from .events import EventKind, ModelEvent
from .partner_doors import ALLIANCE_FIELDS, PARTNER_FIELDS
from .partners import (
    Alliance,
    Correspondence,
    Decision,
    Ecosystem,
    Operation,
    OperationKind,
    Partner,
    PartnerMapLink,
    StageChange,
)
from .project import PROJECT_FIELDS, Project, name_key
from .records import RemovedAction, RemovedLinks, RemovedPartner, RemovedStage, StatusChange
from .settings import ProjectSettings
from .votes import Ballot, LinkVotes, Vote

__all__ = [
    "ACTION_FIELDS", "ALLIANCE_FIELDS", "KIND_FOR_STATUS", "LINK_FIELDS", "PARTNER_FIELDS",
    "PROJECT_FIELDS", "STATUS_FOR_KIND",
    "Action", "ActionKind", "Ballot", "LinkVotes", "Vote", "ActionState", "ActionStatus", "Alliance", "CooperationStage",
    "Correspondence", "Decision", "Ecosystem", "EventKind", "Flow", "Governance", "Link",
    "LinkStatus", "ModelEvent", "ObsoleteReason", "Operation", "OperationKind", "Partner",
    "PartnerKind", "PartnerMapLink", "Priority", "Project", "ProjectSettings", "RemovedAction",
    "RemovedLinks", "RemovedPartner", "RemovedStage", "Scope", "SearchChannel", "Stage",
    "StageChange", "StatusChange", "name_key", "new_id", "partner_key",
]
