"""The data sheets of the action-plan workbook: value chain and the two action lists (the sheets
about partners are in :mod:`.partner_sheets`).

Each ``*_table`` function returns ``(columns, rows)`` ready for
:func:`~valuechain_gui.io.excel.tables.write_table`; nothing here touches a workbook, so the
content of every sheet can be checked on its own.

* Value chain: one row per link, ordered by stage then position y; headers are exactly those the
  spreadsheet importer reads (Link/Maillon, Stage/Étape, Status/Statut, Strategic/Stratégique,
  End market/Marché final, Upstream/Amont, Actors/Acteurs, Notes/Commentaires) plus
  Downstream/Aval, so that export then import gives back the same chain.
* Local reinforcement / Alliance search: one row per action of that kind, whatever its state.

The share version (for partners) leaves out notes, budgets and funding sources, and every field
that names people: the action's owner and its free-text partners (contact persons, often); the
participants are left out of the Summary. The names of the partners in an action's pipeline
(clusters, companies, labs) and actors (member organisations) stay: they are what partners need
to see.
"""

from __future__ import annotations

from typing import Any

from ...model import (
    Action,
    ActionKind,
    ActionStatus,
    LinkStatus,
    Priority,
    Project,
)
from .tables import DATE, EURO, NUMBER, PERCENT, Column
from .values import JOIN, Words, ordered_links, priority_word, status_word

Table = tuple[list[Column], list[list[Any]]]


def _gap_columns(words: Words, gaps: Any | None) -> list[Column]:
    if gaps is None:
        return []
    return [
        Column(words("xl.col.reach"), PERCENT, "0%"),
        Column(words("xl.col.reach_end_markets"), PERCENT, "0%"),
        Column(words("xl.col.bottleneck"), choices=[words("xl.yes"), words("xl.no")]),
        Column(words("xl.col.score"), NUMBER, "0.0"),
    ]


def _gap_values(words: Words, gaps: Any | None, link_id: str) -> list[Any]:
    if gaps is None:
        return []
    gap = gaps.by_link.get(link_id)
    if gap is None:
        return [None, None, "", None]
    return [float(gap.reach_links), float(gap.reach_end_markets), words.flag(bool(gap.bottleneck)),
            float(gap.score)]


def value_chain_table(project: Project, words: Words, *, share_version: bool = False,
                      gaps: Any | None = None) -> Table:
    """Columns and rows of the Value chain / Chaîne de valeur sheet.

    Args:
        project: the project (not changed).
        words: the workbook's words.
        share_version: leave out the Notes column.
        gaps: the gap report (``analysis.gaps.analyse``) or None; when given, Reach (%),
            Bottleneck and Criticality score columns are added (blank for links without a gap).

    Returns:
        ``(columns, rows)``; statuses as words, flags as yes/no (oui/non), several names joined
        with ``"; "`` (upstream and downstream links in the same order as the rows).
    """
    links = ordered_links(project)
    rank = {link.id: i for i, link in enumerate(links)}
    stage_names = {stage.id: stage.name for stage in project.stages}
    columns = [
        Column(words("xl.col.link"), max_width=30),
        Column(words("xl.col.stage"), max_width=20),
        Column(words("xl.col.status"), choices=words.choices("link_status", LinkStatus)),
        Column(words("xl.col.strategic"), choices=[words("xl.yes"), words("xl.no")]),
        Column(words("xl.col.end_market"), choices=[words("xl.yes"), words("xl.no")]),
        Column(words("xl.col.upstream"), max_width=30),
        Column(words("xl.col.downstream"), max_width=30),
        Column(words("xl.col.actors"), max_width=26),
    ]
    if not share_version:
        columns.append(Column(words("xl.col.notes"), max_width=36))
    columns += _gap_columns(words, gaps)
    rows: list[list[Any]] = []
    for link in links:
        upstream = sorted(project.upstream_of(link.id), key=rank.__getitem__)
        downstream = sorted(project.downstream_of(link.id), key=rank.__getitem__)
        row: list[Any] = [
            link.name,
            stage_names.get(link.stage_id, ""),
            status_word(words, link.status),
            words.flag(link.strategic),
            words.flag(link.end_market),
            JOIN.join(project.links[i].name for i in upstream),
            JOIN.join(project.links[i].name for i in downstream),
            JOIN.join(a for a in link.actors if a.strip()),
        ]
        if not share_version:
            row.append(link.notes)
        row += _gap_values(words, gaps, link.id)
        rows.append(row)
    return columns, rows


def actions_table(project: Project, words: Words, kind: ActionKind, *,
                  share_version: bool = False, gaps: Any | None = None) -> Table:
    """Columns and rows of the Local reinforcement or Alliance search sheet (one row per action).

    Every action of ``kind`` is listed, in plan order, whatever its state (live, achieved, or
    obsolete with its reason). Start and deadline are dates (the caller formats them), budget a
    number of euros. Alliance search adds scope, search channels and candidate partners' names.
    ``share_version`` leaves out owner, partners (free text naming people), budget, funding
    source and notes; ``gaps`` adds the gap columns of each action's link (see
    :func:`value_chain_table`).
    """
    columns = [
        Column(words("xl.col.link"), max_width=22),
        Column(words("xl.col.state"), max_width=18),
        Column(words("xl.col.title"), max_width=28),
    ]
    if not share_version:
        columns += [Column(words("xl.col.owner"), max_width=18),
                    Column(words("xl.col.partners"), max_width=20)]
    columns += [
        Column(words("xl.col.start"), DATE, words.date_format()),
        Column(words("xl.col.deadline"), DATE, words.date_format()),
    ]
    if not share_version:
        columns += [Column(words("xl.col.budget"), EURO, words.euro_format()),
                    Column(words("xl.col.funding"), max_width=20)]
    columns += [
        Column(words("xl.col.priority"), choices=words.choices("priority", Priority)),
        Column(words("xl.col.indicator"), max_width=20),
        Column(words("xl.col.progress"), choices=words.choices("action_status", ActionStatus)),
    ]
    alliance = kind == ActionKind.ALLIANCE_SEARCH
    if alliance:
        columns += [Column(words("xl.col.scope")),
                    Column(words("xl.col.channels"), max_width=20),
                    Column(words("xl.col.candidates"), max_width=22)]
    if not share_version:
        columns.append(Column(words("xl.col.notes"), max_width=30))
    columns += _gap_columns(words, gaps)
    if gaps is not None:
        columns.append(Column(words("xl.col.suggested_priority"),
                              choices=words.choices("priority", Priority)))
    rows = [_action_row(project, words, action, share_version, alliance, gaps)
            for action in project.iter_actions(kind)]
    return columns, rows


def _action_row(project: Project, words: Words, action: Action, share_version: bool,
                alliance: bool, gaps: Any | None) -> list[Any]:
    row: list[Any] = [
        project.action_link_name(action),
        words.action_state(project, action),
        action.title,
    ]
    if not share_version:
        row += [action.owner, action.partners]
    row += [action.start, action.deadline]
    if not share_version:
        row += [None if action.budget is None else float(action.budget), action.funding_source]
    row += [priority_word(words, action.priority), action.indicator,
            words.enum("action_status", action.status)]
    if alliance:
        row += [words.enum("scope", action.scope),
                JOIN.join(words.enum("channel", c) for c in action.search_channels),
                JOIN.join(project.partners[a.partner_id].name
                          for a in project.alliances_of_action(action.id))]
    if not share_version:
        row.append(action.notes)
    row += _gap_values(words, gaps, action.link_id)
    if gaps is not None:
        gap = gaps.by_link.get(action.link_id)
        row.append(priority_word(words, gap.suggested_priority) if gap is not None else "")
    return row
