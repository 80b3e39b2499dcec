"""The workbook's sheets about partners: Alliances, Partners and Matches (plain data, no workbook).

* Alliances / Alliances: one row per alliance (partner × action), in plan order then pipeline
  order: the link and action, the partner and its country, the cooperation stage, the
  governance, the dated history of stage changes, the operations done or planned, the next step
  and its date, the validation (date, by whom, remark).
* Partners / Partenaires: each partner the project cites, once: kind, country, region, industrial
  ecosystems, competences, website, how it was found, its scope relative to our territory, the
  links whose pipeline it is in, its latest validation; the contact person, e-mail and notes in
  the internal workbook only.
* Matches / Correspondances: for each weak or missing link, one row per candidate among the cited
  partners (their maps and competences, with the group's confirmed or rejected correspondences;
  see :mod:`valuechain_gui.analysis.matching`): score, scope, evidence, reciprocity; a link with
  no candidate gets one row with the candidate columns empty.

The share version leaves out the contacts (person, e-mail), the notes (partners', history
entries', operations'), the validation remarks, and who validated or moved an alliance (people's
names, as the rest of the share version does).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ...model import Alliance, CooperationStage, Governance, Project
from .tables import DATE, NUMBER, Column
from .values import JOIN, Words, country_name, status_word

if TYPE_CHECKING:
    from ...analysis.matching.glossary import Glossary

Table = tuple[list[Column], list[list[Any]]]


def _day(words: Words, value: date | None) -> str:
    return words("xl.date_text", date=value) if value is not None else ""


def _history(words: Words, alliance: Alliance, share_version: bool) -> str:
    entries = []
    for change in alliance.history:
        entry = words("xl.history.entry", date=_day(words, change.on),
                      stage=words.enum("coop_stage", change.stage))
        if change.by.strip() and not share_version:
            entry = words("xl.history.by", entry=entry, by=change.by)
        if change.note.strip() and not share_version:
            entry = f"{entry} – {change.note}"
        entries.append(entry)
    return JOIN.join(entries)


def _operations(words: Words, alliance: Alliance, share_version: bool) -> str:
    entries = []
    for operation in alliance.operations:
        state = words("xl.operation.done" if operation.done else "xl.operation.planned")
        kind = words.enum("operation", operation.kind)
        entry = (words("xl.operation.entry", date=_day(words, operation.on), kind=kind,
                       state=state) if operation.on is not None
                 else words("xl.operation.undated", kind=kind, state=state))
        if operation.note.strip() and not share_version:
            entry = f"{entry} – {operation.note}"
        entries.append(entry)
    return JOIN.join(entries)


def _ordered_alliances(project: Project) -> list[Alliance]:
    """Alliances in plan order of their actions, then pipeline order."""
    rank = {action_id: i for i, action_id in enumerate(project.actions)}
    order = {alliance_id: i for i, alliance_id in enumerate(project.alliances)}
    return sorted(project.alliances.values(),
                  key=lambda a: (rank.get(a.action_id, len(rank)), order[a.id]))


def alliances_table(project: Project, words: Words, *, share_version: bool = False) -> Table:
    """Columns and rows of the Alliances sheet (see the module docstring)."""
    date_format = words.date_format()
    columns = [
        Column(words("xl.col.link"), max_width=30),
        Column(words("xl.col.action"), max_width=36),
        Column(words("xl.col.partner_name"), max_width=34),
        Column(words("xl.col.country"), max_width=24),
        Column(words("xl.col.coop_stage"), choices=words.choices("coop_stage", CooperationStage)),
        Column(words("xl.col.governance"), choices=words.choices("governance", Governance)),
        Column(words("xl.col.history"), max_width=50),
        Column(words("xl.col.operations"), max_width=50),
        Column(words("xl.col.next_step"), max_width=36),
        Column(words("xl.col.next_date"), DATE, date_format),
        Column(words("xl.col.validated_on"), DATE, date_format),
    ]
    if not share_version:
        columns += [Column(words("xl.col.validated_by"), max_width=26),
                    Column(words("xl.col.validation_note"), max_width=36)]
    rows: list[list[Any]] = []
    for alliance in _ordered_alliances(project):
        action = project.actions[alliance.action_id]
        partner = project.partners[alliance.partner_id]
        row: list[Any] = [
            project.action_link_name(action), action.title, partner.name,
            country_name(partner.country, words.language),
            words.enum("coop_stage", alliance.stage), words.enum("governance", alliance.governance),
            _history(words, alliance, share_version), _operations(words, alliance, share_version),
            alliance.next_step, alliance.next_date, alliance.validated_on,
        ]
        if not share_version:
            row += [alliance.validated_by, alliance.validation_note]
        rows.append(row)
    return columns, rows


def _latest_validation(project: Project, words: Words, partner_id: str,
                       share_version: bool) -> str:
    validated = [a for a in project.alliances_of_partner(partner_id) if a.validated_on]
    if not validated:
        return ""
    latest = max(validated, key=lambda a: a.validated_on or date.min)
    day = _day(words, latest.validated_on)
    if share_version or not latest.validated_by.strip():
        return day
    return words("xl.validation.entry", date=day, by=latest.validated_by)


def partners_table(project: Project, words: Words, *, share_version: bool = False) -> Table:
    """Columns and rows of the Partners sheet (see the module docstring)."""
    from ...analysis.matching import scope_of

    columns = [
        Column(words("xl.col.partner_name"), max_width=34),
        Column(words("xl.col.kind")),
        Column(words("xl.col.country"), max_width=24),
        Column(words("xl.col.region"), max_width=24),
        Column(words("xl.col.sectors"), max_width=36),
        Column(words("xl.col.competences"), max_width=36),
        Column(words("xl.col.website"), max_width=36),
        Column(words("xl.col.found_via"), max_width=26),
        Column(words("xl.col.scope")),
        Column(words("xl.col.links_of"), max_width=36),
        Column(words("xl.col.latest_validation"), max_width=30),
    ]
    if not share_version:
        columns += [Column(words("xl.col.contact"), max_width=26),
                    Column(words("xl.col.email"), max_width=30),
                    Column(words("xl.col.notes"), max_width=36)]
    rows: list[list[Any]] = []
    for partner in project.partners.values():
        links = dict.fromkeys(project.action_link_name(project.actions[a.action_id])
                              for a in project.alliances_of_partner(partner.id))
        row: list[Any] = [
            partner.name, words.enum("partner_kind", partner.kind),
            country_name(partner.country, words.language), partner.region,
            JOIN.join(words.enum("ecosystem", s) for s in partner.sectors),
            JOIN.join(c for c in partner.competences if c.strip()), partner.website,
            words.enum("channel", partner.found_via),
            words.enum("scope", scope_of(partner, project)), JOIN.join(links),
            _latest_validation(project, words, partner.id, share_version),
        ]
        if not share_version:
            row += [partner.contact_name, partner.contact_email, partner.notes]
        rows.append(row)
    return columns, rows


def _evidence(words: Words, candidate: Any) -> str:
    entries = []
    for item in candidate.evidence:
        if item.competence:
            text = words("xl.evidence.competence", tag=item.competence)
        else:
            text = words("xl.evidence.link", link=item.their_link,
                         status=words.enum("link_status", item.their_status),
                         similarity=item.similarity)
        if item.confirmed:
            text = words("xl.evidence.confirmed", evidence=text)
        entries.append(text)
    return JOIN.join(entries)


def matches_table(project: Project, words: Words, glossary: Glossary | None = None) -> Table:
    """Columns and rows of the Matches sheet (see the module docstring); names compared with
    ``glossary`` (default the shipped one)."""
    from ...analysis.matching import match_gaps

    columns = [
        Column(words("xl.col.link"), max_width=30),
        Column(words("xl.col.status")),
        Column(words("xl.col.partner"), max_width=34),
        Column(words("xl.col.match_score"), NUMBER, "0"),
        Column(words("xl.col.scope")),
        Column(words("xl.col.evidence"), max_width=60),
        Column(words("xl.col.reciprocity"), max_width=40),
    ]
    rows: list[list[Any]] = []
    matches = match_gaps(project, list(project.partners.values()),
                         decisions=project.correspondences.values(), glossary=glossary)
    for gap in matches:
        status = status_word(words, gap.status)
        if not gap.candidates:
            rows.append([gap.link, status, "", None, "", "", ""])
        for candidate in gap.candidates:
            rows.append([gap.link, status, candidate.partner, candidate.score,
                         words.enum("scope", candidate.scope), _evidence(words, candidate),
                         JOIN.join(candidate.reciprocity)])
    return columns, rows
