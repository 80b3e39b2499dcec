"""What the PDF report (the board dossier) shows, gathered as plain words and numbers. No Qt.

:func:`gather` reads a project once and returns a :class:`Dossier`: the cover's fields, the
counts per status and stage, the completeness, the gaps ranked by score with the sets to fix
together, the plan's two tables (columns chosen for reading; the details stay in the workbook),
the alliances with their pipeline stages, the workshop votes (when the project has any) and the
changes since the last snapshot. ``ui/export/report/`` lays it out on PDF pages.

Every text is already in the report's language (:mod:`valuechain_gui.words`). A section with
nothing to show is None (or empty), so the layout leaves it out. The share version (for
partners) drops what the share workbook drops: notes, budgets, funding, amounts, people's names
(action owners, free-text partners, the working group, who validated) and contacts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...analysis.changes import ChangeKind, change_line, compare
from ...model import ActionKind, LinkStatus, Project
from ...model.enums import CooperationStage
from ...model.snapshots import chain_state
from ...words import number_text, word
from ..excel.values import Words, country_name, priority_word

#: The most gaps the chart shows (the workbook ranks them all).
CHART_GAPS = 20
_STATUS_ORDER = (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.UNASSESSED)
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}


@dataclass
class Table:
    """A table of the report: headers, rows of texts, and each column's share of the width
    (percent; they add up to about 100)."""

    headers: list[str]
    rows: list[list[str]]
    widths: list[int]


@dataclass
class GapBar:
    """One bar of the chart: a gap's rank, name, status, score (0..100) and the numbers of the
    fix-together sets it belongs to (1-based, matching :attr:`Dossier.fix_together`)."""

    rank: int
    name: str
    status: LinkStatus
    status_word: str
    score: float
    sets: list[int] = field(default_factory=list)


@dataclass
class Section:
    """A titled part of the report: an optional line of text above an optional table."""

    title: str
    lines: list[str] = field(default_factory=list)
    table: Table | None = None


@dataclass
class Dossier:
    """Everything the report shows (see the module docstring).

    Attributes:
        language, share_version: as asked.
        title: the report's title; project: the name used in the footer (the target market).
        cover: ``(label, value)`` pairs; a value is ``""`` when the project has none (never a
            made-up one: no workshop date stands for today's).
        share_note: the sentence saying what the share version leaves out ("" otherwise).
        made_on: the day the report is made, as written in the footer.
        map_title: the map page's title.
        glance: counts per status and stage, completeness.
        status_counts: ``(status, word, count)`` per status, for the legend of the chart.
        chart_title, chart_note, bars: the chart of the gaps (``bars`` empty when none).
        fix_together: the sets of gaps to fix together, one sentence each.
        plan: the local-reinforcement and alliance-search sections.
        alliances, votes, changes: None when there is nothing to show.
    """

    language: str
    share_version: bool
    title: str
    project: str
    cover: list[tuple[str, str]]
    share_note: str
    made_on: str
    map_title: str
    glance: list[Section]
    status_counts: list[tuple[LinkStatus, str, int]]
    chart_title: str
    chart_note: list[str]
    bars: list[GapBar]
    fix_together: Section | None
    plan_title: str
    plan: list[Section]
    alliances: Section | None
    votes: Section | None
    changes: Section | None


def without_empty_columns(table: Table, keep: int = 3) -> Table:
    """``table`` without the columns (past the first ``keep``) that are empty in every row: a
    board reads the columns the plan has filled in; the widths of the others are shared out."""
    kept = [i for i in range(len(table.headers))
            if i < keep or any(row[i].strip() for row in table.rows)]
    if len(kept) == len(table.headers):
        return table
    total = sum(table.widths[i] for i in kept) or 1
    return Table([table.headers[i] for i in kept], [[row[i] for i in kept] for row in table.rows],
                 [round(100 * table.widths[i] / total) for i in kept])


def long_date(language: str, value: date) -> str:
    """``"12 March 2026"`` / ``"12 mars 2026"`` (``"1er"`` for the first of a French month)."""
    months = _MONTHS.get(language, _MONTHS["en"])
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    return f"{day} {months[value.month - 1]} {value.year}"


def percent(language: str, share: float) -> str:
    """A share 0..1 as ``"42%"`` (``"42 %"`` in French, no-break space)."""
    return f"{round(100 * share)}\u00a0%" if language == "fr" else f"{round(100 * share)}%"


def _amount(language: str, value: float | None) -> str:
    if value is None:
        return ""
    return number_text(language, round(value)) + "\u00a0€"


def _day(words: Words, value: date | None) -> str:
    return long_date(words.language, value) if value is not None else ""


def gather(project: Project, language: str | None = None, *, share_version: bool = False,
           today: date | None = None) -> Dossier:
    """The report of ``project`` in ``language`` (default the project's)."""
    from ...analysis.gaps import GapAnalyzer

    lang = language or project.language or "en"
    words = Words(lang)
    analyzer = GapAnalyzer(project)
    report = analyzer.report()
    market = " ".join(project.target_market.split()) or words("xl.summary.no_market")
    cover = [(words("xl.summary.market"), market),
             (words("xl.summary.pole"), project.pole_name.strip()),
             (words("xl.summary.territory"), project.territory.strip()),
             (words("xl.summary.date"), _day(words, project.date)),
             (words("rp.participants_count"), number_text(lang, len(project.participants)))]
    if not share_version and project.participants:
        cover.append((words("xl.summary.participants"),
                      ", ".join(p.strip() for p in project.participants)))
    fixes = analyzer.joint_what_if() if report.gaps else []
    bars, fix_section = _gaps(project, words, report, fixes)
    shown = len(bars)
    if not report.gaps:
        chart_note = [words("rp.no_gap")]
    elif shown < len(report.gaps):
        chart_note = [words("rp.chart.shown", shown=shown, total=len(report.gaps))]
    else:
        chart_note = [words("rp.chart.all", total=len(report.gaps))]
    if fix_section is not None and any(bar.sets for bar in bars):
        chart_note.append(words("rp.chart.sets"))
    counts = project.counts_by_status()
    return Dossier(
        language=lang, share_version=share_version,
        title=words("rp.share_title" if share_version else "rp.title"), project=market,
        cover=cover, share_note=words("xl.summary.share_note") if share_version else "",
        made_on=long_date(lang, today or date.today()),
        map_title=words("rp.section.map"),
        glance=_glance(project, words, report),
        status_counts=[(s, words.enum("link_status", s), counts[s]) for s in _STATUS_ORDER],
        chart_title=words("rp.section.chart"), chart_note=chart_note, bars=bars,
        fix_together=fix_section,
        plan_title=words("rp.section.plan"),
        plan=[_plan(project, words, kind, share_version, report) for kind in ActionKind],
        alliances=_alliances(project, words),
        votes=_votes(project, words),
        changes=_changes(project, words),
    )


def _glance(project: Project, words: Words, report: Any) -> list[Section]:
    lang = words.language
    if report.end_markets:
        completeness = words("rp.completeness", value=percent(lang, report.completeness),
                             without_missing=percent(lang, report.share_without_missing),
                             without_gaps=percent(lang, report.share_without_gaps))
    else:
        completeness = words("rp.completeness_none")
    counts = project.counts_by_status()
    status_table = Table([words("xl.col.status"), words("rp.col.count")],
                         [[words.enum("link_status", s), number_text(lang, counts[s])]
                          for s in _STATUS_ORDER]
                         + [[words("rp.total"), number_text(lang, len(project.links))]],
                         [60, 40])
    per_stage: dict[str, Counter[LinkStatus]] = {s.id: Counter() for s in project.stages}
    for link in project.links.values():
        per_stage.setdefault(link.stage_id, Counter())[link.status] += 1
    stage_rows = []
    for stage in project.stages:
        tally = per_stage[stage.id]
        stage_rows.append([stage.name] + [number_text(lang, tally[s]) for s in _STATUS_ORDER]
                          + [number_text(lang, sum(tally.values()))])
    stage_table = Table([words("xl.col.stage")]
                        + [words.enum("link_status", s) for s in _STATUS_ORDER]
                        + [words("rp.total")], stage_rows, [25, 15, 15, 15, 15, 15])
    return [Section(words("rp.section.glance"), [completeness], None),
            Section(words("rp.by_status"), [], status_table),
            Section(words("rp.by_stage"), [], stage_table)]


def _gaps(project: Project, words: Words, report: Any, fixes: list[Any]
          ) -> tuple[list[GapBar], Section | None]:
    from .gap_lines import joint_line

    sets: dict[str, list[int]] = {}
    lines = []
    for number, fix in enumerate(fixes, start=1):
        for link_id in (*fix.missing, *fix.weak):
            sets.setdefault(link_id, []).append(number)
        lines.append(f"{number}. {joint_line(words.language, project, fix)}")
    bars = [GapBar(rank, gap.name, gap.status, words.enum("link_status", gap.status),
                   gap.score, sets.get(gap.link_id, []))
            for rank, gap in enumerate(report.top(CHART_GAPS), start=1)]
    section = (Section(words("rp.section.fix_together"),
                       [words("rp.fix_together.intro"), *lines]) if lines else None)
    return bars, section


def _plan(project: Project, words: Words, kind: ActionKind, share_version: bool,
          report: Any) -> Section:
    alliance = kind == ActionKind.ALLIANCE_SEARCH
    headers = [words("rp.col.rank"), words("xl.col.link"), words("xl.col.action")]
    widths = [7, 20, 27]
    if alliance:
        headers.append(words("xl.col.candidates"))
        widths.append(18)
    if not share_version:
        headers.append(words("xl.col.owner"))
        widths.append(14)
    headers += [words("xl.col.deadline"), words("xl.col.priority"), words("xl.col.progress")]
    widths += [13, 10, 11]
    if not share_version:
        headers.append(words("xl.col.budget"))
        widths.append(11)
    rows = []
    for action in project.iter_actions(kind):
        gap = report.by_link.get(action.link_id)
        row = [str(report.rank_of(gap.link_id)) if gap is not None else "",
               project.action_link_name(action),
               action.title.strip()]
        if alliance:
            row.append(", ".join(project.partners[a.partner_id].name
                                 for a in project.alliances_of_action(action.id)))
        if not share_version:
            row.append(action.owner.strip())
        row += [_day(words, action.deadline), priority_word(words, action.priority),
                words.enum("action_status", action.status)]
        if not share_version:
            row.append(_amount(words.language, action.budget))
        rows.append(row)
    rows.sort(key=lambda r: (int(r[0]) if r[0] else 10**9))
    total = sum(widths)
    widths = [round(100 * w / total) for w in widths]
    title = words("xl.sheet.local" if not alliance else "xl.sheet.alliance")
    note = words("rp.plan.share_details" if share_version else "rp.plan.details")
    if not rows:
        return Section(title, [words("rp.plan.none")])
    return Section(title, [note], without_empty_columns(Table(headers, rows, widths)))


def _alliances(project: Project, words: Words) -> Section | None:
    if not project.alliances:
        return None
    stages = Counter(a.stage for a in project.alliances.values())
    pipeline = words("rp.pipeline", stages=", ".join(
        f"{words.enum('coop_stage', s)} {number_text(words.language, stages[s])}"
        for s in CooperationStage if stages[s]))
    rank = {action_id: i for i, action_id in enumerate(project.actions)}
    stage_rank = {s: i for i, s in enumerate(CooperationStage)}
    ordered = sorted(project.alliances.values(),
                     key=lambda a: (-stage_rank.get(a.stage, 0), rank.get(a.action_id, 0)))
    rows = []
    for alliance in ordered:
        action = project.actions[alliance.action_id]
        partner = project.partners[alliance.partner_id]
        rows.append([partner.name, country_name(partner.country, words.language),
                     project.action_link_name(action), words.enum("coop_stage", alliance.stage),
                     alliance.next_step.strip(), _day(words, alliance.next_date)])
    headers = [words("xl.col.partner_name"), words("xl.col.country"), words("xl.col.link"),
               words("xl.col.coop_stage"), words("xl.col.next_step"), words("xl.col.next_date")]
    return Section(words("rp.section.alliances"), [pipeline],
                   without_empty_columns(Table(headers, rows, [22, 12, 18, 16, 18, 14]), 4))


def _votes(project: Project, words: Words) -> Section | None:
    """The workshop votes per link, most divided first (only when the project keeps votes)."""
    votes = getattr(project, "votes", None)
    if not votes:
        return None
    lang = words.language
    rows = []
    for link_id, link_votes in votes.items():
        link = project.links.get(link_id)
        if link is None:
            continue
        counts = {str(k): n for k, n in link_votes.counts().items()}
        dissent = link_votes.dissent(link.status)
        rows.append((-(dissent or 0.0), -sum(counts.values()), [
            link.name, words.enum("link_status", link.status),
            *(number_text(lang, counts.get(s, 0)) for s in ("strong", "weak", "missing",
                                                          "unknown")),
            percent(lang, dissent) if dissent is not None else ""]))
    if not rows:
        return None
    rows.sort(key=lambda r: (r[0], r[1]))
    headers = [words("xl.col.link"), words("xl.col.status"),
               *(words.enum("link_status", s) for s in ("strong", "weak", "missing")),
               words("rp.col.unknown"), words("rp.col.dissent")]
    return Section(words("rp.section.votes"), [words("rp.votes.intro")],
                   Table(headers, [r[2] for r in rows], [30, 14, 10, 10, 10, 12, 14]))


def _changes(project: Project, words: Words) -> Section | None:
    if not project.snapshots:
        return None
    basis = project.snapshots[-1]
    changes = compare(basis.state, chain_state(project))
    if not changes:
        return None
    rows = []
    for change in changes:
        before, after = change.old, change.new
        if change.kind == ChangeKind.STATUS_CHANGED:
            before, after = words.enum("link_status", before), words.enum("link_status", after)
        elif change.kind in (ChangeKind.FLOW_ADDED, ChangeKind.FLOW_REMOVED) \
                or change.kind.startswith("action"):
            before = after = ""
        rows.append([change_line(words.language, change), before, after])
    basis_line = words("rp.changes.basis", label=basis.label,
                       date=long_date(words.language, basis.taken))
    return Section(words("rp.section.changes"), [basis_line],
                   Table([words("xl.col.change"), words("xl.col.before"), words("xl.col.after")],
                         rows, [60, 20, 20]))


__all__ = ["CHART_GAPS", "Dossier", "GapBar", "Section", "Table", "gather", "long_date",
           "percent"]
