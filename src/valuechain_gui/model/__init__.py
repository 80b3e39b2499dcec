"""The domain model: pure Python, no Qt (a test fails if Qt is imported here).

Import from this package: ``from valuechain_gui.model import Project, Link, LinkStatus``.
"""

from .entities import ACTION_FIELDS, LINK_FIELDS, Action, Flow, Link, Partner, Stage, new_id
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
from .project import PROJECT_FIELDS, Project, name_key
from .records import RemovedLinks, RemovedStage, StatusChange
from .settings import ProjectSettings

__all__ = [
    "ACTION_FIELDS", "KIND_FOR_STATUS", "LINK_FIELDS", "PROJECT_FIELDS", "STATUS_FOR_KIND",
    "Action", "ActionKind", "ActionState", "ActionStatus", "CooperationStage", "EventKind", "Flow",
    "Governance", "Link", "LinkStatus", "ModelEvent", "ObsoleteReason", "Partner", "PartnerKind",
    "Priority", "Project", "ProjectSettings", "RemovedLinks", "RemovedStage", "Scope",
    "SearchChannel", "Stage",
    "StatusChange", "name_key", "new_id",
]
