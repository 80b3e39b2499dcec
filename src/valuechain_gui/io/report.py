"""The plain-English summary printed by ``valuechain-gui check PROJECT.vchain``.

It says what a delegate checks before a board meeting: the target market, how many links are
strong/weak/missing/unassessed, the flows and stages, the actions per derived state (live,
achieved, obsolete; see :meth:`Project.action_state`) and per kind, and the problems still open:
links to assess, live actions without owner or deadline, detached actions, no end market.
No Qt; English only (the command line's language).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable

from ..model import (
    Action,
    ActionKind,
    ActionState,
    ActionStatus,
    LinkStatus,
    ObsoleteReason,
    Project,
)

#: How many names a problem line lists before "and N more".
MAX_NAMES = 12

_KIND_WORDS = {ActionKind.LOCAL_REINFORCEMENT: "local reinforcement",
               ActionKind.ALLIANCE_SEARCH: "alliance search"}
_REASON_WORDS = {ObsoleteReason.LINK_REMOVED: "link removed",
                 ObsoleteReason.LINK_STRONG_NOT_DONE: "link now strong, action not done",
                 ObsoleteReason.LINK_RETAGGED: "link retagged"}


def plural(count: int, singular: str, many: str | None = None) -> str:
    """``"1 link"``, ``"3 links"`` (``many`` overrides the regular plural)."""
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def name_list(names: Iterable[str], limit: int = MAX_NAMES) -> str:
    """Names joined by commas, the first ``limit`` only, then ``"and N more"``."""
    names = list(names)
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _action_label(project: Project, action: Action) -> str:
    title = action.title.strip() or "(untitled)"
    return f"{title} [{project.action_link_name(action) or '?'}]"


def _summary_lines(project: Project, path: str | os.PathLike[str]) -> list[str]:
    meta = [p for p in (project.pole_name, project.territory,
                        project.date.isoformat() if project.date else "") if p]
    lines = [f"{os.fspath(path)}: {project.target_market or '(no target market)'}"
             + (f" ({', '.join(meta)})" if meta else "")]
    lines.append(f"Target market: {project.target_market or '(not set)'}")
    lines.append(f"Language: {project.language}")
    stage_names = name_list(s.name for s in project.stages)
    lines.append(f"Stages: {len(project.stages)}" + (f" ({stage_names})" if stage_names else ""))
    counts = project.counts_by_status()
    strategic = sum(link.strategic for link in project.links.values())
    end_markets = sum(link.end_market for link in project.links.values())
    lines.append(f"Links: {len(project.links)} ("
                 + ", ".join(f"{counts[s]} {s.value}" for s in LinkStatus)
                 + f"); {strategic} strategic, {plural(end_markets, 'end market')}")
    lines.append(f"Flows: {len(project.flows)}")
    states: Counter[ActionState] = Counter()
    reasons: Counter[ObsoleteReason] = Counter()
    kinds: Counter[ActionKind] = Counter()
    for action in project.actions.values():
        state, reason = project.action_state(action)
        states[state] += 1
        kinds[action.kind] += 1
        if reason is not None:
            reasons[reason] += 1
    why = ", ".join(f"{n} {_REASON_WORDS[r]}" for r, n in reasons.items())
    lines.append(f"Actions: {len(project.actions)} ("
                 + ", ".join(f"{states[s]} {s.value}" for s in ActionState)
                 + (f": {why}" if why else "")
                 + "); " + ", ".join(f"{kinds[k]} {_KIND_WORDS[k]}" for k in ActionKind))
    assets = [link.name for link in project.links.values() if link.status == LinkStatus.STRONG]
    if assets:
        lines.append(f"Assets (strong links): {name_list(assets)}")
    return lines


def problems(project: Project) -> list[str]:
    """The open problems of ``project``, one English sentence each (empty list when none)."""
    found: list[str] = []
    unassessed = [link.name for link in project.links.values()
                  if link.status == LinkStatus.UNASSESSED]
    if unassessed:
        found.append(f"{plural(len(unassessed), 'link')} still to assess: {name_list(unassessed)}")
    open_live = [a for a in project.actions.values()
                 if project.action_state(a)[0] == ActionState.LIVE
                 and a.status not in (ActionStatus.DONE, ActionStatus.DROPPED)]
    no_owner = [_action_label(project, a) for a in open_live if not a.owner.strip()]
    if no_owner:
        found.append(f"{plural(len(no_owner), 'live action')} without an owner: "
                     f"{name_list(no_owner)}")
    no_deadline = [_action_label(project, a) for a in open_live if a.deadline is None]
    if no_deadline:
        found.append(f"{plural(len(no_deadline), 'live action')} without a deadline: "
                     f"{name_list(no_deadline)}")
    detached = [_action_label(project, a) for a in project.actions.values()
                if project.action_state(a)[1] == ObsoleteReason.LINK_REMOVED]
    if detached:
        found.append(f"{plural(len(detached), 'detached action')} (its link was removed): "
                     f"{name_list(detached)}")
    if project.links and not any(link.end_market for link in project.links.values()):
        found.append("no end market: flag at least one link as an end market (a final use of "
                     "the chain)")
    if not project.links:
        found.append("the chain has no links yet")
    return found


# --- top gaps (analysis) ---
# Another engineer adds the ranking of the most critical gaps here (analysis/gaps.py).
def top_gaps_lines(project: Project) -> list[str]:
    """Lines ranking the most critical gaps of the chain; empty until the analysis is wired in."""
    return []
# --- end of top gaps (analysis) ---


def check_report(project: Project, path: str | os.PathLike[str]) -> str:
    """The text printed by ``valuechain-gui check``: summary, top gaps, problems.

    Args:
        project: the loaded project.
        path: the file it was loaded from (shown on the first line).

    Returns:
        Plain English text, lines separated by ``\\n``, no trailing newline.
    """
    lines = _summary_lines(project, path)
    lines.extend(top_gaps_lines(project))
    found = problems(project)
    if found:
        lines.append(f"Problems: {len(found)}")
        lines.extend(f"  - {problem}" for problem in found)
    else:
        lines.append("Problems: none")
    return "\n".join(lines)
