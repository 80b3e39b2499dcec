"""Plain records of the domain: Stage, Link, Flow, Action (partners and alliances: :mod:`.partners`).

They are mutable dataclasses, but code outside :mod:`valuechain_gui.model` must change them only
through :class:`~valuechain_gui.model.project.Project` operations, which keep the invariants and
notify observers. Every record has an ``extra`` dict: keys read from a project file that this
version does not know, written back unchanged on save.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .enums import (
    ActionKind,
    ActionStatus,
    LinkStatus,
    Priority,
    Scope,
    SearchChannel,
)


def name_key(name: str) -> str:
    """The key under which link names must be unique: trimmed, case-folded (str)."""
    return " ".join(name.split()).casefold()


def new_id() -> str:
    """A fresh random id (str, uuid4 in canonical 36-character form)."""
    return str(uuid.uuid4())


@dataclass
class Stage:
    """A stage (étape) of the chain: a lane on the canvas, ordered upstream → end use.

    Attributes:
        id: stable uuid4 string.
        name: the stage's name as shown (any text, non-empty).
    """

    name: str
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Link:
    """A link (maillon): an activity/competence the market needs.

    Attributes:
        name: unique within the project (compared after trimming, case-insensitively).
        stage_id: id of its :class:`Stage`.
        status: :class:`LinkStatus` on the territory.
        strategic: marked strategic by the group.
        end_market: a final use of the chain (sink of the flow graph for the gap analysis).
        actors: names of member companies/labs doing it here.
        notes: free text.
        position: (x, y) of the card's top-left corner, in scene pixels.
        id: stable uuid4 string.
    """

    name: str
    stage_id: str
    status: LinkStatus = LinkStatus.UNASSESSED
    strategic: bool = False
    end_market: bool = False
    actors: list[str] = field(default_factory=list)
    notes: str = ""
    position: tuple[float, float] = (0.0, 0.0)
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Flow:
    """A flow (flux) from an upstream link to a downstream link; keyed by ``(upstream, downstream)``.

    ``is_return`` marks a return flow (a loop back: recycling returning to an earlier stage, or a
    flow that closes a cycle inside a stage); return flows are drawn apart and left out of the
    layering so the rest of the chain reads left to right.
    """

    upstream: str
    downstream: str
    is_return: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """``(upstream id, downstream id)``."""
        return (self.upstream, self.downstream)


@dataclass
class Action:
    """An action of the plan, attached to one link.

    Its state (live/achieved/obsolete) is derived by :meth:`Project.action_state`, never stored.

    Attributes:
        link_id: id of the link it serves (the link may have been removed: detached action).
        kind: local reinforcement (weak link) or alliance search (missing link).
        title, owner, partners, funding_source, indicator, notes: free text.
        start, deadline: dates or None.
        budget: euros (float) or None.
        priority: :class:`Priority` or None (not set).
        status: :class:`ActionStatus`.
        scope, search_channels: alliance search only (kept, unused, otherwise); the partners
            approached for an action are its alliances (:meth:`Project.alliances_of_action`).
        link_name: the link's name when the action was last attached; shown for detached actions.
    """

    link_id: str
    kind: ActionKind
    title: str = ""
    owner: str = ""
    partners: str = ""
    start: date | None = None
    deadline: date | None = None
    budget: float | None = None
    funding_source: str = ""
    priority: Priority | None = None
    indicator: str = ""
    status: ActionStatus = ActionStatus.PROPOSED
    scope: Scope | None = None
    search_channels: list[SearchChannel] = field(default_factory=list)
    notes: str = ""
    link_name: str = ""
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)


#: Fields of :class:`Link` that :meth:`Project.update_link` may change.
LINK_FIELDS = ("name", "stage_id", "strategic", "end_market", "actors", "notes", "position")
#: Fields of :class:`Action` that :meth:`Project.update_action` may change.
ACTION_FIELDS = (
    "title", "owner", "partners", "start", "deadline", "budget", "funding_source", "priority",
    "indicator", "status", "scope", "search_channels", "notes",
)


def status_of(value: Any) -> LinkStatus:
    """Coerce ``value`` (LinkStatus or its token) to :class:`LinkStatus`; ValueError if unknown."""
    return value if isinstance(value, LinkStatus) else LinkStatus(value)


__all__ = [
    "Action", "Flow", "Link", "Stage", "new_id", "status_of", "LINK_FIELDS",
    "ACTION_FIELDS", "LinkStatus",
]
