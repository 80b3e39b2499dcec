"""Import a value chain from a spreadsheet (.xlsx or CSV) made by hand: one row per link.

Columns (headers in English or French, matched case-, accent-, space- and punctuation-insensitively,
anywhere in the first 20 rows, see :mod:`.headers`): Link/Maillon (required), Stage/Étape,
Status/Statut, Strategic/Stratégique, End market/Marché final, Upstream/Amont, Downstream/Aval,
Actors/Acteurs, Notes/Commentaires. Other columns are ignored and listed.

Choices made where the sheet does not say (reported as a warning where a cell was read in a way
the user may not expect):

* Stages are created in order of first appearance, compared like link names (trimmed,
  case-insensitive). An empty Stage cell takes the stage of the row above (what merged Stage cells
  look like once read); rows before any stage, or every row when there is no Stage column at all,
  go to one stage named ``word(language, "stage.default")`` ("Stage"/"Étape"), created where first
  needed (no warning when the whole column is absent: an optional column left out loses
  nothing). The six template stages of a new project are *not* used: they would be empty lanes
  beside the imported ones.
* End market: a link is an end market only when its cell says yes. When no link is marked, the
  gap analysis takes the links with no downstream flow (derived when it runs, never written into
  the links: the rule of :mod:`valuechain_gui.analysis.graph`, the same for a chain drawn by
  hand), and a warning names them.
* An unknown status leaves the link unassessed and appends ``Imported status: "…"`` (in the
  project's language) to its notes, so nothing typed is lost.
* Flows come from Upstream (upstream names → this link) and Downstream (this link → names), each
  flow once, names compared like the model does (:func:`~valuechain_gui.model.name_key`). A name
  matching none but equal to exactly one link's name once accents and punctuation are ignored is
  read as that link; a cell matching none whose ``,``-separated parts all match is read as that
  list (both with a warning).
* Status cells merged over several rows (a workbook) give their status to every row they span,
  with a warning per run of rows, as empty Stage cells do; an empty Status cell that is not
  merged is unassessed.
* The target market, pôle and territory come from the workbook's summary sheet
  (Synthèse/Summary, as the Excel export writes it) when it has one; the market otherwise is
  the file's name.
* Characters no file may hold (control characters, U+FFFE, U+FFFF, lone surrogates:
  :mod:`valuechain_gui.text_safety`) are removed from every cell, with a warning per cell of an
  imported column naming the link.
* Weak and missing links get their action-plan action, as if tagged by hand
  (:meth:`Project.set_status`).
* Card positions and return flows: the auto-layout of
  :mod:`valuechain_gui.analysis.layout` (sub-columns inside a stage, loops marked as return flows).

Errors (nothing is built, :class:`ImportFailed` lists every problem): an unreadable file, no Link
column, two rows with the same link name, no link row at all, a file past one of the limits of
:mod:`.limits` (refused as soon as it is seen, before the work it bounds), and with
``strict=True`` any warning.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import ValueChainError
from ...analysis.layout import apply_layout
from ...geometry import card_position
from ...model import Link, LinkStatus, Project, Stage, name_key
from ...words import LANGUAGES, counted, word
from .cleaning import refused_character_problems
from .headers import (
    COLUMN_BY_KEY,
    COLUMNS,
    HEADER_SEARCH_ROWS,
    HeaderRow,
    collapse,
    find_header,
    normalise,
    parse_flag,
    parse_status,
    split_names,
)
from .limits import MAX_FLOWS, MAX_FLOWS_PER_LINK, MAX_LINKS
from .merges import fill_merged
from .problems import ERROR, WARNING, ImportFailed, Problem, column_letter
from .reading import RawSheet, read_sheet

__all__ = ["ImportFailed", "ImportResult", "Problem", "import_spreadsheet"]

#: Text appended to a link's notes when its status cell was not understood, per project language.
IMPORTED_STATUS_NOTE = {"fr": "Statut importé : « {value} »", "en": 'Imported status: "{value}"'}
_EXPECTED_STATUS = ("strong/fort, weak/faible, missing/manquant, unassessed/à évaluer, or empty")
#: Columns the Excel export computes (gap analysis); re-imported quietly, since they are derived
#: from the chain and recomputed, not data to lose (listed in ignored_columns, no warning).
DERIVED_HEADERS = frozenset(
    normalise(word(lang, f"xl.col.{key}"))
    for lang in LANGUAGES
    for key in ("reach", "reach_end_markets", "bottleneck", "score", "suggested_priority")
)
_EXPECTED_FLAG = "yes/no, oui/non, x, 1/0, true/false, vrai/faux, or empty"


@dataclass
class ImportResult:
    """A successful import.

    Attributes:
        project: the new project (not saved).
        problems: the warnings (an import with an error raises :class:`ImportFailed` instead).
        encoding: the CSV's codec (``"utf-8-sig"``, ``"utf-8"``, ``"utf-16"``, ``"cp1252"``...);
            None for a workbook.
        encoding_note: English description of how the file was read, e.g.
            ``"CSV, Windows-1252, separator ';'"`` or ``"Excel workbook, sheet 'Maillons'"``.
        ignored_columns: headers (or letters) of the columns that were not imported.
        sheet_name: the workbook sheet read; None for CSV.
    """

    project: Project
    problems: list[Problem]
    encoding: str | None
    encoding_note: str
    ignored_columns: list[str]
    sheet_name: str | None


@dataclass
class _Row:
    number: int
    name: str
    stage: str
    status: LinkStatus
    strategic: bool
    end_market: bool | None
    upstream: list[str]
    downstream: list[str]
    actors: list[str]
    notes: str


@dataclass
class _Importer:
    file: str
    sheet: RawSheet
    header: HeaderRow
    language: str
    problems: list[Problem] = field(default_factory=list)
    folded: dict[str, Link] = field(default_factory=dict)  # normalise(name) → link, if unique

    # -------------------------------------------------------------- problems and cells
    def add(self, severity: str, code: str, message: str, row: int | None = None,
            key: str | None = None, **params: object) -> None:
        column = self.label(key) if key else None
        self.problems.append(Problem(severity, self.file, row, column, message, code, dict(params)))

    def label(self, key: str) -> str:
        """The header of column ``key`` as written in the file (or its English/French words)."""
        col = self.header.columns.get(key)
        if col is None:
            column = COLUMN_BY_KEY[key]
            return f"{column.en}/{column.fr}"
        return self.header.labels.get(col, column_letter(col))

    def cell(self, cells: list[str], key: str) -> str:
        col = self.header.columns.get(key)
        return cells[col] if col is not None and col < len(cells) else ""

    def flag(self, cells: list[str], key: str, number: int, default: str) -> bool | None:
        text = self.cell(cells, key)
        if not text.strip():
            return None
        value = parse_flag(text)
        if value is None:
            self.add(WARNING, "unknown_flag", f"'{text.strip()}' is not a yes/no value: {default} "
                     f"was used (expected {_EXPECTED_FLAG}).", number, key, value=text.strip())
        return value

    # -------------------------------------------------------------- columns
    def check_columns(self) -> list[str]:
        """Warn about ignored and duplicate columns; returns the ignored columns' labels."""
        mapped = set(self.header.columns.values())
        ignored = list(self.header.ignored) + list(self.header.duplicates)
        for _, cells in self.sheet.rows[self.header.index + 1:]:
            for col, text in enumerate(cells):
                if text.strip() and col not in mapped and col not in ignored:
                    ignored.append(col)
        ignored.sort()
        labels = [self.header.labels.get(col, column_letter(col)) for col in ignored]
        for col in self.header.duplicates:
            label = self.header.labels[col]
            self.add(WARNING, "duplicate_column", f"a second '{label}' column (column "
                     f"{column_letter(col)}): only the first one is read.", self.header.number,
                     None, column=label)
        others = [label for col, label in zip(ignored, labels)
                  if col not in self.header.duplicates and normalise(label) not in DERIVED_HEADERS]
        if others:
            expected = ", ".join(f"{c.en}/{c.fr}" for c in COLUMNS)
            self.add(WARNING, "ignored_columns", "column(s) not imported: "
                     + ", ".join(f"'{label}'" for label in others)
                     + f" (the columns read are: {expected}).", self.header.number, None,
                     columns=others)
        return labels

    # -------------------------------------------------------------- rows
    def read_rows(self) -> list[_Row]:
        """One :class:`_Row` per link row; warnings/errors for skipped and duplicate rows."""
        formulas: dict[int, list[int]] = {}
        for (number, col) in sorted(self.sheet.formulas):
            formulas.setdefault(number, []).append(col)
        mapped = {col: key for key, col in self.header.columns.items()}
        rows: list[_Row] = []
        seen: dict[str, int] = {}
        names = 0
        for number, cells in self.sheet.rows[self.header.index + 1:]:
            for col in formulas.get(number, []):
                if col in mapped:
                    formula = self.sheet.formulas[(number, col)][:80]
                    self.add(WARNING, "formula_not_computed", f"the formula {formula} has no "
                             "computed value saved in the file: the cell was read as empty "
                             "(open and save the file in Excel or LibreOffice, or type the value).",
                             number, mapped[col], formula=formula)
            name = collapse(self.cell(cells, "link"))
            if not name:
                self.add(WARNING, "empty_link", "this row has no link name: it was skipped "
                         f"(expected the link's name in the '{self.label('link')}' column).",
                         number, "link")
                continue
            key = name_key(name)
            if key in seen:
                self.add(ERROR, "duplicate_link", f"the link '{name}' is already on row "
                         f"{seen[key]}: a link must have one row only (rename or merge the rows).",
                         number, "link", name=name, first_row=seen[key])
                continue
            seen[key] = number
            row = self.read_row(number, cells, name)
            rows.append(row)
            names += len(row.upstream) + len(row.downstream)
            self.check_row_limits(row, len(rows), names)
        return rows

    def check_row_limits(self, row: _Row, links: int, names: int) -> None:
        """Refuse at once past the limits on links and on names of flows (before resolving)."""
        named = len(row.upstream) + len(row.downstream)
        if named > MAX_FLOWS_PER_LINK:
            found = [f"'{self.label(key)}'" for key in ("upstream", "downstream")
                     if key in self.header.columns]
            cells = " and ".join(found) + (" cells" if len(found) > 1 else " cell")
            self.refuse("too_many_flows", f"this row names {counted('en', 'count.link', named)} "
                        "upstream and downstream; a link has at most "
                        f"{counted('en', 'count.flow', MAX_FLOWS_PER_LINK)}: check its {cells}.",
                        row.number, "link", name=row.name, count=named, limit=MAX_FLOWS_PER_LINK)
        if links > MAX_LINKS:
            self.refuse("too_many_links", f"more than {counted('en', 'count.link', MAX_LINKS)} (this "
                        "is the first past the limit): check that this is the right file.",
                        row.number, "link", limit=MAX_LINKS)
        if names > 2 * MAX_FLOWS:  # each flow may be named by both of its links
            self.refuse("too_many_flows", f"the rows up to this one name more than "
                        f"{counted('en', 'count.flow', MAX_FLOWS)}: check that this is the right "
                        "file.", row.number, None, limit=MAX_FLOWS)

    def refuse(self, code: str, message: str, row: int | None, key: str | None,
               **params: object) -> None:
        """Stop the import now with this error (and the problems found so far)."""
        self.add(ERROR, code, message, row, key, **params)
        raise ImportFailed(self.file, self.problems)

    def read_row(self, number: int, cells: list[str], name: str) -> _Row:
        notes = self.cell(cells, "notes").strip()
        status_text = self.cell(cells, "status")
        status = parse_status(status_text)
        if status is None:
            value = collapse(status_text)
            self.add(WARNING, "unknown_status", f"unknown status '{value}': the link was left "
                     f"unassessed and the text kept in its notes (expected {_EXPECTED_STATUS}).",
                     number, "status", value=value)
            status = LinkStatus.UNASSESSED
            note = IMPORTED_STATUS_NOTE.get(self.language, IMPORTED_STATUS_NOTE["en"])
            notes = "\n".join(filter(None, [notes, note.format(value=value)]))
        return _Row(
            number=number, name=name, stage=collapse(self.cell(cells, "stage")), status=status,
            strategic=bool(self.flag(cells, "strategic", number, "no")),
            end_market=self.flag(cells, "end_market", number, "an empty cell (not marked)"),
            upstream=split_names(self.cell(cells, "upstream")),
            downstream=split_names(self.cell(cells, "downstream")),
            actors=list(dict.fromkeys(split_names(self.cell(cells, "actors")))),
            notes=notes,
        )

    # -------------------------------------------------------------- stages
    def assign_stages(self, rows: list[_Row]) -> None:
        """Fill empty stages (see the module docstring), warning once per run of rows."""
        default = word(self.language, "stage.default")
        if "stage" not in self.header.columns:
            for row in rows:  # an optional column left out: nothing is lost, no warning
                row.stage = default
            return
        current: str | None = None
        run: list[_Row] = []
        for row in rows:
            if row.stage:
                if run:
                    self.warn_filled(run, current or default, current is not None)
                    run = []
                current = row.stage
            else:
                row.stage = current or default
                run.append(row)
        if run:
            self.warn_filled(run, current or default, current is not None)

    def warn_filled(self, run: list[_Row], stage: str, from_above: bool) -> None:
        first, last = run[0].number, run[-1].number
        rows = f"row {first}" if first == last else f"rows {first} to {last}"
        if from_above:
            message = (f"empty stage on {rows}: put in the stage of the row above, '{stage}' "
                       "(as merged Stage cells read); type the stage if that is wrong.")
        else:
            message = (f"empty stage on {rows}: put in a stage named '{stage}'; "
                       "type the stage if that is wrong.")
        self.add(WARNING, "empty_stage", message, first, "stage", stage=stage, first_row=first,
                 last_row=last)

    # -------------------------------------------------------------- project
    def build(self, rows: list[_Row], market: str) -> Project:
        """The project made of ``rows``: stages, links with positions, flows, statuses, actions."""
        project = Project(target_market=market, language=self.language)
        stages: dict[str, Stage] = {}
        for row in rows:
            if name_key(row.stage) not in stages:
                stages[name_key(row.stage)] = Stage(row.stage)
                project.add_stage(stages[name_key(row.stage)])
        lane_rows: dict[str, int] = {}
        links: list[Link] = []
        for row in rows:
            stage = stages[name_key(row.stage)]
            lane = project.stages.index(stage)
            position = card_position(lane, lane_rows.get(stage.id, 0))
            lane_rows[stage.id] = lane_rows.get(stage.id, 0) + 1
            extra = {} if row.end_market is None else {"end_market": row.end_market}
            links.append(project.make_link(row.name, stage.id, strategic=row.strategic,
                                           actors=row.actors, notes=row.notes,
                                           position=position, **extra))
        project.add_links(links)
        by_key = {name_key(link.name): link for link in links}
        folded: dict[str, list[Link]] = {}
        for link in links:
            folded.setdefault(normalise(link.name), []).append(link)
        self.folded = {key: found[0] for key, found in folded.items() if len(found) == 1 and key}
        flows: dict[tuple[str, str], None] = {}
        for row, link in zip(rows, links):
            for up in self.resolve(row.upstream, row, link, by_key, "upstream"):
                flows[(up.id, link.id)] = None
            for down in self.resolve(row.downstream, row, link, by_key, "downstream"):
                flows[(link.id, down.id)] = None
        self.check_flows(flows, rows, links)
        for upstream, downstream in flows:
            project.add_flow(upstream, downstream)
        apply_layout(project)
        if not any(link.end_market for link in links):
            self.warn_derived_end_markets(project)
        for row, link in zip(rows, links):
            if row.status != LinkStatus.UNASSESSED:
                project.set_status([link.id], row.status)
        return project

    def warn_derived_end_markets(self, project: Project) -> None:
        """No link is marked as an end market: say which links the gap analysis takes."""
        from ...analysis.graph import derived_end_markets

        names = [project.links[i].name for i in derived_end_markets(project)]
        shown = ", ".join(f"'{n}'" for n in names[:12]) + (
            f" and {len(names) - 12} more" if len(names) > 12 else "")
        self.add(WARNING, "end_markets_derived", "no link is marked as an end market: the gap "
                 f"analysis takes the ends of the chain, return flows set aside: {shown or 'none'} (to "
                 f"choose them, put yes in the '{self.label('end_market')}' column for the "
                 "chain's final uses).", None, "end_market", links=names)

    def check_flows(self, flows: dict[tuple[str, str], None], rows: list[_Row],
                    links: list[Link]) -> None:
        """Refuse before making them past the limits on flows, in all and per link."""
        if len(flows) > MAX_FLOWS:
            self.refuse("too_many_flows", f"the rows make {counted('en', 'count.flow', len(flows))}, "
                        f"past the limit of {MAX_FLOWS:,}: check that this is the right file.",
                        None, None, count=len(flows), limit=MAX_FLOWS)
        degree: Counter[str] = Counter()
        for upstream, downstream in flows:
            degree[upstream] += 1
            degree[downstream] += 1
        worst, count = max(degree.items(), key=lambda item: item[1], default=("", 0))
        if count > MAX_FLOWS_PER_LINK:
            row = next(r for r, link in zip(rows, links) if link.id == worst)
            self.refuse("too_many_flows", f"the link '{row.name}' would have "
                        f"{counted('en', 'count.flow', count)} (in and out); a link has at most "
                        f"{MAX_FLOWS_PER_LINK:,}: check the rows that name it.", row.number,
                        "link", name=row.name, count=count, limit=MAX_FLOWS_PER_LINK)

    def warn_merged_status(self, top: int, first: int, last: int, value: str) -> None:
        rows = f"row {first}" if first == last else f"rows {first} to {last}"
        self.add(WARNING, "merged_status", f"empty status on {rows}: put in the status of row "
                 f"{top}, '{collapse(value)}' (its Status cell is merged over these rows); type "
                 "the status if that is wrong.", first, "status", value=collapse(value),
                 top_row=top, first_row=first, last_row=last)

    def resolve(self, names: list[str], row: _Row, link: Link, by_key: dict[str, Link],
                key: str) -> list[Link]:
        """The links ``names`` (from row's ``key`` column) refer to; warnings for the others."""
        found: list[Link] = []
        for name in names:
            target = by_key.get(name_key(name))
            targets = [target] if target else []
            near = self.folded.get(normalise(name)) if not targets else None
            if near is not None:
                targets = [near]
                self.add(WARNING, "approximate_name", f"'{name}' was read as the link "
                         f"'{near.name}' (the names differ in accents or punctuation).",
                         row.number, key, value=name, name=near.name)
            if not targets:
                parts = [p for p in (collapse(s) for s in name.split(",")) if p]
                if len(parts) > 1 and all(name_key(p) in by_key for p in parts):
                    targets = [by_key[name_key(p)] for p in parts]
                    self.add(WARNING, "comma_separated", f"'{name}' was read as "
                             f"{counted('en', 'n.name', len(parts))} separated by ','; separate "
                             "names with ';' or line breaks.",
                             row.number, key, value=name)
            if not targets:
                self.add(WARNING, "unknown_link_name", f"no link named '{name}' in the "
                         f"'{self.label('link')}' column: no flow was made (names must match a "
                         "link's name; separate several names with ';' or line breaks).",
                         row.number, key, name=name)
            for target in targets:
                if target.id == link.id:
                    self.add(WARNING, "self_flow", f"'{name}' is this row's own link: a link "
                             "cannot flow into itself; no flow was made.", row.number, key,
                             name=name)
                else:
                    found.append(target)
        return found


def import_spreadsheet(path: str | os.PathLike[str], *, market: str | None = None,
                       language: str | None = None, strict: bool = False) -> ImportResult:
    """Build a new project from a value-chain spreadsheet (see the module docstring for the rules).

    Args:
        path: a .xlsx/.xlsm workbook or a CSV file (UTF-8 with or without byte-order mark,
            UTF-16, Windows-1252; separator ``;``, ``,`` or tab, detected).
        market: the project's target market; default: the one a summary sheet gives (a workbook
            the Excel export wrote), else the file's name without extension.
        language: ``"fr"`` or ``"en"`` (another value is ignored); default: the language of the
            headers (more French than English words, or the other way round), else ``"en"``.
        strict: if True, every warning is an error.

    Returns:
        An :class:`ImportResult` whose ``problems`` are the warnings.

    Raises:
        ImportFailed: (code ``import_failed``) on any error, with ``problems`` listing all errors
            and warnings, each as ``FILE:ROW:COLUMN: message``. Nothing is written anywhere.
    """
    file = os.fspath(path)
    sheet = read_sheet(Path(file), file)
    problems = list(sheet.problems)
    header = find_header(sheet.rows)
    if header is None:
        top = sheet.rows[:HEADER_SEARCH_ROWS]
        number, cells = max(top, key=lambda r: len([c for c in r[1] if c.strip()]), default=(1, []))
        found = ", ".join(f"'{collapse(c)}'" for c in cells if c.strip())[:300] or "nothing"
        where = f" of sheet '{sheet.sheet_name}'" if sheet.sheet_name else ""
        problems.append(Problem(ERROR, file, None, None, "no Link (Maillon) column: expected a "
                                "header 'Link' or 'Maillon' in the first "
                                f"{counted('en', 'n.row', HEADER_SEARCH_ROWS)}{where} (the fullest "
                                f"of them, row {number}, reads: {found}).",
                                "no_link_column", {"found": found, "row": number}))
        raise ImportFailed(file, problems)
    chosen = language if language in ("fr", "en") else (header.language or "en")
    importer = _Importer(file, sheet, header, chosen, problems)
    ignored = importer.check_columns()
    importer.problems += refused_character_problems(file, sheet, header, importer.label)
    if "status" in header.columns and sheet.merged:
        for run in fill_merged(sheet, header.columns["status"], header.number):
            importer.warn_merged_status(run.top_row, run.first_row, run.last_row, run.value)
    rows = importer.read_rows()
    if not rows and not any(p.severity == ERROR for p in importer.problems):
        importer.add(ERROR, "no_links", "no link under the header row: expected one row per link "
                     f"with its name in the '{importer.label('link')}' column.", header.number)
    importer.assign_stages(rows)
    project: Project | None = None
    if not any(p.severity == ERROR for p in importer.problems):
        summary = sheet.summary
        if not (market and market.strip()):
            market = summary.get("market") or Path(file).stem
        try:
            project = importer.build(rows, market)
            project.update_meta(pole_name=summary.get("pole", ""),
                                territory=summary.get("territory", ""))
        except ImportFailed:
            raise
        except ValueChainError as exc:  # a model invariant the checks above missed: still typed
            importer.add(ERROR, "invalid_data", f"the sheet cannot make a valid project: {exc}",
                         None, None, reason=str(exc))
    if strict:
        for problem in importer.problems:
            problem.severity = ERROR
    if project is None or any(p.severity == ERROR for p in importer.problems):
        raise ImportFailed(file, importer.problems)
    return ImportResult(project=project, problems=importer.problems, encoding=sheet.encoding,
                        encoding_note=sheet.note, ignored_columns=ignored,
                        sheet_name=sheet.sheet_name)
