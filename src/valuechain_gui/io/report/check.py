"""The plain-English summary printed by ``valuechain-gui check PROJECT.vchain``.

It says what a delegate checks before a board meeting: the target market, how many links are
strong/weak/missing/unassessed, the flows and stages, the actions per derived state (live,
achieved, obsolete; see :meth:`Project.action_state`) and per kind, and the problems still open:
links to assess, live actions without owner or deadline, detached actions, no end market
(neither a marked one nor a link with no downstream flow). No Qt; English only (the command
line's language).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable

from ...model import (
    Action,
    ActionKind,
    ActionState,
    ActionStatus,
    LinkStatus,
    ObsoleteReason,
    Project,
)
from ...words import counted, word

#: The command line's language (its counted phrases come from the words table).
LANG = "en"

#: How many names a problem line lists before "and N more".
MAX_NAMES = 12

_KIND_WORDS = {ActionKind.LOCAL_REINFORCEMENT: "local reinforcement",
               ActionKind.ALLIANCE_SEARCH: "alliance search"}
_REASON_WORDS = {ObsoleteReason.LINK_REMOVED: "link removed",
                 ObsoleteReason.LINK_STRONG_NOT_DONE: "link now strong, action not done",
                 ObsoleteReason.LINK_RETAGGED: "link retagged"}


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
                 + f"); {strategic} strategic, {counted(LANG, 'count.end_market', end_markets)}")
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
        found.append(f"{counted(LANG, 'count.to_assess', len(unassessed))}: "
                     f"{name_list(unassessed)}")
    open_live = [a for a in project.actions.values()
                 if project.action_state(a)[0] == ActionState.LIVE
                 and a.status not in (ActionStatus.DONE, ActionStatus.DROPPED)]
    no_owner = [_action_label(project, a) for a in open_live if not a.owner.strip()]
    if no_owner:
        found.append(f"{counted(LANG, 'count.no_owner', len(no_owner))}: {name_list(no_owner)}")
    no_deadline = [_action_label(project, a) for a in open_live if a.deadline is None]
    if no_deadline:
        found.append(f"{counted(LANG, 'count.no_deadline', len(no_deadline))}: "
                     f"{name_list(no_deadline)}")
    detached = [_action_label(project, a) for a in project.actions.values()
                if project.action_state(a)[1] == ObsoleteReason.LINK_REMOVED]
    if detached:
        found.append(f"{counted(LANG, 'count.detached', len(detached))}: {name_list(detached)}")
    if project.links and not has_end_market(project):
        found.append("no end market: flag at least one link as an end market (a final use of "
                     "the chain); none is marked and every link flows into another")
    if not project.links:
        found.append("the chain has no links yet")
    return found


# --- top gaps (analysis) ---
#: How many gaps ``check`` ranks.
TOP_GAPS = 5


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"


def top_gaps_lines(project: Project, count: int = TOP_GAPS) -> list[str]:
    """Completeness, end markets, status weights, the ``count`` most critical gaps and the joint
    what-if (see docs/gap_analysis.md).

    Lines (English; each is one line in the output)::

        Completeness: 0% (end markets reached without a missing link: 0%; without a weak or
            missing link: 0%)
        End markets: D
        Status weights of the criticality score: missing 1, weak 0.6
        Top gaps (3 of 3 weak or missing links):
          1. A (missing): score 65.0, high; reach 100% of links, 100% of end markets;
             bottleneck for D; what-if 0% (+0 points)
        Joint what-if (the gaps to fix together, per end market no path reaches without a gap):
          to reach D: fix A and C; strengthen B
        Note: <analysis notes, e.g. a loop without source>

    The end-market line says when none is marked and the links with no downstream flow were
    taken. Without end markets the completeness is "not measurable" (the problems list says why).
    """
    from ...analysis.gaps import GapAnalyzer
    from .gap_lines import end_markets_text, joint_line, weights_text

    analyzer = GapAnalyzer(project)
    report = analyzer.report()
    lines: list[str] = []
    if report.end_markets:
        lines.append(f"Completeness: {_percent(report.completeness)} (end markets reached "
                     f"without a missing link: {_percent(report.share_without_missing)}; "
                     f"without a weak or missing link: {_percent(report.share_without_gaps)})")
        lines.append(f"{word('en', 'xl.summary.end_markets')}: "
                     f"{end_markets_text('en', project, report)}")
    elif project.links:
        lines.append("Completeness: not measurable (no end market)")
    if report.gaps:
        lines.append(f"{word('en', 'xl.summary.status_weights')}: "
                     f"{weights_text('en', project.settings)}")
        shown = report.top(count)
        lines.append(f"Top gaps ({len(shown)} of {counted(LANG, 'count.gap', len(report.gaps))}):")
        for rank, gap in enumerate(shown, start=1):
            flags = gap.status.value + (", strategic" if gap.strategic else "")
            ends = [project.links[i].name for i in gap.bottleneck_for]
            lines.append(
                f"  {rank}. {gap.name} ({flags}): score {gap.score:.1f}, "
                f"{gap.suggested_priority.value}; reach {_percent(gap.reach_links)} of links, "
                f"{_percent(gap.reach_end_markets)} of end markets; "
                + (f"bottleneck for {name_list(ends)}" if ends else "no bottleneck")
                + f"; what-if {_percent(gap.what_if)} (+{round(100 * gap.gain)} points)")
    elif project.links:
        lines.append("Top gaps: none (no weak or missing link)")
    fixes = analyzer.joint_what_if()
    if fixes:
        lines.append("Joint what-if (the gaps to fix together, per end market no path reaches "
                     "without a gap):")
        lines.extend(f"  {joint_line('en', project, fix)}" for fix in fixes)
    silent = {"empty_chain", "no_end_market"}  # already in the problems
    lines.extend(f"Note: {note.text}" for note in report.note_details if note.code not in silent)
    return lines


def has_end_market(project: Project) -> bool:
    """True when the gap analysis has an end market: a link marked as one or, when none is
    marked, a link with no downstream flow."""
    from ...analysis.gaps import analyse

    return bool(analyse(project).end_markets)
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
