"""The Summary / Synthèse sheet of the action-plan workbook.

A one-page overview for a board meeting: title, which version this is (internal or to share with
partners, and what the latter leaves out), target market, pôle, territory, workshop date (a real
date cell), export date, participants (internal version only), the chain's completeness, end
markets and status weights (when the gap analysis is available), links per status, flows, assets
(strong links), links still to assess, live actions without an owner or a deadline, the joint
what-if (for each end market no path reaches without a gap, the gaps to fix together), and actions
per kind and state, alliances per cooperation stage and the number of partners cited.

Layout: labels in column A, numbers and dates in column B, texts in B:F merged and wrapped.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

from xlsxwriter.worksheet import Worksheet

from ...model import ActionKind, ActionState, CooperationStage, LinkStatus, Project
from .formats import TOP_LEFT, TOP_WRAP, Formats, solid_fill
from .printing import font, setup_print
from .safety import SafetyCounters, write_cell
from .tables import set_width, wrapped_lines
from .values import JOIN, Words, ordered_links

if TYPE_CHECKING:
    from ...analysis.gaps import GapAnalyzer

_WIDTHS = (40.0, 16.0, 16.0, 16.0, 16.0, 16.0)  # columns A to F
_TEXT_CHARS = sum(_WIDTHS[1:])  # characters per line of a merged B:F text
_LAST_COL = len(_WIDTHS)  # F, one-based
_WRAP = TOP_WRAP
_LEFT = TOP_LEFT
_BOLD = font(bold=True)
_SECTION_FILL = solid_fill("DDE5F0")
_LINE_POINTS = 15.0


class _Writer:
    """Appends rows to the summary sheet (keeps the current row).

    The cells of the current row are kept until the next row starts, so that a cell gets one
    format with everything asked of it (a section row's fill under a bold count); a text
    merged over columns is written with its merge.
    """

    def __init__(self, ws: Worksheet, formats: Formats, counters: SafetyCounters) -> None:
        self.ws = ws
        self.formats = formats
        self.counters = counters
        self.row = 1
        # column (one-based) -> [value, properties, last column of its merge or None]
        self._cells: dict[int, list[Any]] = {}

    def cell(self, column: int, value: Any, *, number_format: str | None = None,
             font: dict[str, Any] | None = None, alignment: dict[str, Any] | None = None,
             merge_to: int | None = None) -> None:
        props: dict[str, Any] = dict(font or {})
        props.update(alignment or _LEFT)
        if number_format and value is not None:
            props["num_format"] = number_format
        known = self._cells.get(column)
        if known is not None:  # a cell given its fill first keeps it
            known[1].update(props)
            known[0], known[2] = value, merge_to
        else:
            self._cells[column] = [value, props, merge_to]

    def text(self, text: str, first: int = 2, *, font: dict[str, Any] | None = None) -> None:
        """Text merged over columns ``first``..F, wrapped, the row tall enough for it."""
        self.cell(first, text, font=font, alignment=_WRAP, merge_to=_LAST_COL)
        chars = _TEXT_CHARS + (_WIDTHS[0] if first == 1 else 0)
        lines = wrapped_lines(text, chars)
        if lines > 1:
            self.ws.set_row(self.row - 1, lines * _LINE_POINTS)
        # Merged, wrapped cells are not auto-fitted by Excel; the height above keeps them readable.

    def label(self, text: str, *, section: bool = False) -> None:
        self.cell(1, text, font=_BOLD, alignment=_WRAP)
        if section:
            for col in range(1, _LAST_COL + 1):
                known = self._cells.setdefault(col, [None, {}, None])
                known[1].update(_SECTION_FILL)

    def next(self, rows: int = 1) -> None:
        self.flush()
        self.row += rows

    def flush(self) -> None:
        """Write the current row's cells."""
        r = self.row - 1
        for col, (value, props, merge_to) in sorted(self._cells.items()):
            cell_format = self.formats.get(props)
            if merge_to is not None:
                # merged with an empty cell first, then the value written through the safety
                # rules (merge_range would write it as it is)
                self.ws.merge_range(r, col - 1, r, merge_to - 1, None, cell_format)
            write_cell(self.ws, r, col - 1, value, cell_format, self.counters)
        self._cells.clear()


def write_summary(ws: Worksheet, formats: Formats, project: Project, words: Words,
                  counters: SafetyCounters, *,
                  share_version: bool = False, analyzer: GapAnalyzer | None = None,
                  today: date | None = None) -> None:
    """Fill ``ws`` (empty) with the summary of ``project``.

    Args:
        ws: the sheet to fill.
        formats: the workbook's formats.
        project: the project (not changed).
        words: the workbook's words.
        counters: where cleaned/truncated cells are counted.
        share_version: leave out participants' names and say what the version leaves out.
        analyzer: the project's gap analysis or None; gives the completeness, end-market and
            weight rows and the joint what-if.
        today: export date (default: today).
    """
    w = _Writer(ws, formats, counters)
    for col, width in enumerate(_WIDTHS):
        set_width(ws, col, width)
    market = project.target_market.strip() or words("xl.summary.no_market")
    w.cell(1, words("xl.summary.title", market=market), font=font(bold=True, size=14))
    ws.set_row(0, 24)
    w.next()
    w.text(words("xl.summary.share_note" if share_version else "xl.summary.internal_note"),
           first=1, font=font(italic=True, bold=share_version))
    w.next(2)

    date_format = words.date_format()
    for key, value in (("xl.summary.market", project.target_market),
                       ("xl.summary.pole", project.pole_name),
                       ("xl.summary.territory", project.territory)):
        w.label(words(key))
        w.text(value)
        w.next()
    w.label(words("xl.summary.date"))
    w.cell(2, project.date, number_format=date_format)
    w.next()
    w.label(words("xl.summary.exported"))
    w.cell(2, today or date.today(), number_format=date_format)
    w.next()
    if not share_version:
        w.label(words("xl.summary.participants"))
        w.text(JOIN.join(p for p in project.participants if p.strip()))
        w.next()
    if analyzer is not None:
        _gap_rows(w, project, words, analyzer.report())
    w.next()

    _status_counts(w, project, words)
    links = ordered_links(project)
    _listing(w, words("xl.summary.assets"),
             [link.name for link in links if link.status == LinkStatus.STRONG], words)
    _listing(w, words("xl.summary.unassessed"),
             [link.name for link in links if link.status == LinkStatus.UNASSESSED], words)
    _listing(w, words("xl.summary.incomplete"), _incomplete_actions(project, words), words)
    if analyzer is not None:
        _joint_listing(w, project, words, analyzer)
    _action_grid(w, project, words)
    w.next()
    _pipeline_counts(w, project, words)
    w.flush()
    setup_print(ws, repeat_header=False)


def _gap_rows(w: _Writer, project: Project, words: Words, gaps: Any) -> None:
    """Completeness, the end markets the analysis used and the status weights of its score."""
    from ..report.gap_lines import end_markets_text, weights_text

    w.label(words("xl.summary.completeness"))
    w.cell(2, float(gaps.completeness), number_format="0%")
    w.next()
    w.label(words("xl.summary.end_markets"))
    w.text(end_markets_text(words.language, project, gaps))
    w.next()
    w.label(words("xl.summary.status_weights"))
    w.text(weights_text(words.language, project.settings))
    w.next()


def _joint_listing(w: _Writer, project: Project, words: Words, analyzer: GapAnalyzer) -> None:
    """The joint what-if, one line per end market, when some end market needs it."""
    from ..report.gap_lines import joint_line

    lines = [joint_line(words.language, project, fix) for fix in analyzer.joint_what_if()]
    if lines:
        _listing(w, words("xl.summary.joint"), [_capital(line) for line in lines], words)


def _counted_rows(w: _Writer, words: Words, rows: list[tuple[str, int]], total: int) -> None:
    """One row per (word, count), the word capitalised, then the bold total."""
    for word, count in rows:
        w.cell(1, _capital(word))
        w.cell(2, count)
        w.next()
    w.cell(1, words("xl.summary.total"), font=_BOLD)
    w.cell(2, total, font=_BOLD)
    w.next()


def _status_counts(w: _Writer, project: Project, words: Words) -> None:
    w.label(words("xl.summary.links_by_status"), section=True)
    w.next()
    counts = project.counts_by_status()
    _counted_rows(w, words, [(words.enum("link_status", s), counts[s]) for s in LinkStatus],
                  len(project.links))
    w.cell(1, words("xl.summary.flows"))
    w.cell(2, len(project.flows))
    w.next(2)


def _pipeline_counts(w: _Writer, project: Project, words: Words) -> None:
    """Alliances per cooperation stage (identified → structured alliance), their total, and the
    number of partners the project cites."""
    w.label(words("xl.summary.pipeline"), section=True)
    w.next()
    counts = Counter(alliance.stage for alliance in project.alliances.values())
    _counted_rows(w, words, [(words.enum("coop_stage", s), counts[s]) for s in CooperationStage],
                  len(project.alliances))
    w.cell(1, words("xl.summary.partners_cited"))
    w.cell(2, len(project.partners))
    w.next()


def _listing(w: _Writer, title: str, items: list[str], words: Words) -> None:
    """A section: title and count on one row, then one item per row (or "none")."""
    w.label(title, section=True)
    w.cell(2, len(items), font=_BOLD)
    w.next()
    for item in items or [words("xl.summary.none")]:
        w.text(item)
        w.next()
    w.next()


def _incomplete_actions(project: Project, words: Words) -> list[str]:
    """``"Link: title (no owner, no deadline)"`` for each live action missing either."""
    lines = []
    for action in project.actions.values():
        state, _ = project.action_state(action)
        if state != ActionState.LIVE:
            continue
        missing = []
        if not action.owner.strip():
            missing.append(words("xl.summary.no_owner"))
        if action.deadline is None:
            missing.append(words("xl.summary.no_deadline"))
        if missing:
            lines.append(words("xl.summary.action_line", link=project.action_link_name(action),
                               title=action.title, missing=", ".join(missing)))
    return lines


def _action_grid(w: _Writer, project: Project, words: Words) -> None:
    """Counts of actions per kind (rows) and state (columns), with totals."""
    w.label(words("xl.summary.actions_by_kind"), section=True)
    w.next()
    states = list(ActionState)
    for col, state in enumerate(states, start=2):
        w.cell(col, words.enum("action_state", state), font=_BOLD)
    w.cell(2 + len(states), words("xl.summary.total"), font=_BOLD)
    w.next()
    counts = {(kind, state): 0 for kind in ActionKind for state in states}
    for action in project.actions.values():
        counts[(action.kind, project.action_state(action)[0])] += 1
    for kind in ActionKind:
        w.cell(1, _capital(words.enum("action_kind", kind)))
        for col, state in enumerate(states, start=2):
            w.cell(col, counts[(kind, state)])
        w.cell(2 + len(states), sum(counts[(kind, s)] for s in states), font=_BOLD)
        w.next()


def _capital(text: str) -> str:
    """``text`` with its first letter in upper case (``"à évaluer"`` → ``"À évaluer"``)."""
    return text[:1].upper() + text[1:]
