"""Export the action plan to an Excel workbook.

Sheets, in the project's language unless another is asked (words from
:mod:`valuechain_gui.words`): Summary/Synthèse, Value chain/Chaîne de valeur, Local
reinforcement/Renforcement local, Alliance search/Recherche d'alliances, Alliances/Alliances,
Partners/Partenaires, Matches/Correspondances, Évolution/Changes when there is a basis to compare
with (:mod:`.changes_sheet`), Votes when the room voted (:mod:`.votes_sheet`), and Map/Carte when the UI gives a picture of the map. See
:mod:`.summary`, :mod:`.sheets`, :mod:`.partner_sheets`, :mod:`.tables` (tables, dropdowns,
printing), :mod:`.safety`
(literal text, refused characters, limits) and :mod:`.map`.

The workbook is written with XlsxWriter (every feature of the sheets: tables, drop-downs, print
set-up, picture) into memory, then written to the file with
:func:`~valuechain_gui.io.project.atomic.atomic_write_bytes`: a failure leaves the previous file as it was.
The project is never changed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ...model import ActionKind, Project
from ...model.snapshots import Snapshot
from ...text_safety import clean_text
from ...words import LANGUAGES, counted
from ..project.atomic import atomic_write_bytes
from .errors import ExportError

if TYPE_CHECKING:
    from xlsxwriter.worksheet import Worksheet

    from ...analysis.matching.glossary import Glossary
    from .safety import SafetyCounters

__all__ = ["ExportCounters", "ExportError", "ExportReport", "build_workbook_bytes",
           "export_action_plan"]

ProgressCallback = Callable[[int, int], None]


@dataclass
class ExportCounters:
    """What building a workbook did (everything in :class:`ExportReport` but the path).

    Attributes:
        sheets: sheet titles, in order.
        cleaned_cells: cells from which characters Excel refuses were removed.
        truncated_cells: cells cut at 32,767 characters.
        warnings: English, one line each.
        summary: English one-liner, e.g. ``"5 sheets, 4 local-reinforcement and 3
            alliance-search actions"``.
        language: language of the workbook (``"fr"`` or ``"en"``).
    """

    sheets: list[str] = field(default_factory=list)
    cleaned_cells: int = 0
    truncated_cells: int = 0
    warnings: list[str] = field(default_factory=list)
    summary: str = ""
    language: str = "en"


@dataclass
class ExportReport:
    """What :func:`export_action_plan` wrote.

    Attributes:
        path: the workbook written.
        sheets: sheet titles, in order.
        cleaned_cells: cells from which characters Excel refuses were removed.
        truncated_cells: cells cut at 32,767 characters (the project keeps the whole text).
        warnings: English, one line each, e.g. ``"3 cells contained characters Excel refuses;
            they were removed."``
        summary: English one-liner, e.g. ``"5 sheets, 4 local-reinforcement and 3
            alliance-search actions"``.
    """

    path: Path
    sheets: list[str]
    cleaned_cells: int
    truncated_cells: int
    warnings: list[str]
    summary: str


def _warnings(safety: SafetyCounters, language: str = "en") -> list[str]:
    """The warnings of a built workbook, one line each, counts in their plural forms."""
    from .safety import MAX_CELL_CHARS

    lines = []
    if safety.cleaned:
        lines.append(counted(language, "export.cleaned", safety.cleaned))
    if safety.truncated:
        places = ", ".join(safety.truncated_places[:5])
        more = ", ..." if len(safety.truncated_places) > 5 else ""
        lines.append(counted(language, "export.truncated", safety.truncated,
                                 places=places + more, limit=f"{MAX_CELL_CHARS:,}"))
    return lines


def build_workbook_bytes(
    project: Project,
    *,
    language: str | None = None,
    share_version: bool = False,
    map_png: bytes | None = None,
    progress: ProgressCallback | None = None,
    today: date | None = None,
    compare_with: Snapshot | None = None,
    include_names: bool = False,
    glossary: Glossary | None = None,
) -> tuple[bytes, ExportCounters]:
    """Build the action-plan workbook of ``project`` in memory: the ``.xlsx`` file's content.

    Args:
        project: the project (not changed).
        language: ``"fr"`` or ``"en"``; default the project's language (English if unknown).
        share_version: the version to share with partners: no notes, budgets, funding sources,
            validation remarks, partners' contacts or people's names, and the Summary says so.
        map_png: PNG bytes of the map rendered by the UI; adds the Map/Carte sheet.
        progress: called as ``progress(done, total)`` while table rows are written (total = the
            rows of every table), first with ``(0, total)``, last with ``(total, total)``.
        today: the export date shown on the Summary (default: today).
        compare_with: the basis of the Évolution/Changes sheet (default: the project's last
            snapshot); without a basis there is no such sheet.
        include_names: put the participants' first names before their comments on the Votes
            sheet (never in the version to share with partners).
        glossary: the glossary the Matches sheet compares link names with (default the shipped
            one; the app passes it with the user's additions).

    Returns:
        ``(content, counters)``: the bytes of the ``.xlsx`` file, and what building it did.

    Raises:
        ExportError: ``unknown_language`` for a language other than fr/en; ``bad_map_image``
            when ``map_png`` is not a readable PNG.
    """
    from xlsxwriter import Workbook

    from .formats import Formats
    from .map import load_png, write_map
    from .package import finish_package
    from .safety import SafetyCounters, valid_sheet_title
    from .partner_sheets import alliances_table, matches_table, partners_table
    from .sheets import actions_table, value_chain_table
    from .summary import write_summary
    from .tables import Progress, write_table
    from .values import Words, gap_analyzer

    if language is None:
        language = project.language if project.language in LANGUAGES else "en"
    if language not in LANGUAGES:
        raise ExportError("unknown_language", "Unknown workbook language {language!r} "
                          "(expected fr or en).", language=language)
    words = Words(language)
    map_image = load_png(map_png) if map_png is not None else None  # refused before any work
    analyzer = gap_analyzer(project)
    gaps = analyzer.report()
    safety = SafetyCounters()
    counts = {kind: sum(1 for _ in project.iter_actions(kind)) for kind in ActionKind}

    buffer = io.BytesIO()
    # Text is written as text whatever it looks like (the safety rules' literal text), dates
    # without a time zone as Excel has none.
    workbook = Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                 "strings_to_urls": False, "strings_to_numbers": False,
                                 "remove_timezone": True})
    formats = Formats(workbook)
    titles: list[str] = []
    table_names: list[str] = []

    def sheet(key: str) -> Worksheet:
        """A new sheet titled with the word ``key``."""
        title = valid_sheet_title(words(key), titles)
        titles.append(title)
        return workbook.add_worksheet(title)

    write_summary(sheet("xl.sheet.summary"), formats, project, words, safety,
                  share_version=share_version, analyzer=analyzer, today=today)
    tables = [
        ("xl.sheet.links", "tbl_links",
         value_chain_table(project, words, share_version=share_version, gaps=gaps)),
        ("xl.sheet.local", "tbl_local_reinforcement",
         actions_table(project, words, ActionKind.LOCAL_REINFORCEMENT,
                       share_version=share_version, gaps=gaps)),
        ("xl.sheet.alliance", "tbl_alliance_search",
         actions_table(project, words, ActionKind.ALLIANCE_SEARCH,
                       share_version=share_version, gaps=gaps)),
        ("xl.sheet.alliances", "tbl_alliances",
         alliances_table(project, words, share_version=share_version)),
        ("xl.sheet.partners", "tbl_partners",
         partners_table(project, words, share_version=share_version)),
        ("xl.sheet.matches", "tbl_matches", matches_table(project, words, glossary)),
    ]
    ticker = Progress(sum(len(rows) for _, _, (_, rows) in tables), progress)
    for key, table_name, (columns, rows) in tables:
        write_table(sheet(key), formats, columns, rows, table_name=table_name, counters=safety,
                    progress=ticker, taken_names=table_names)
    basis = compare_with or (project.snapshots[-1] if project.snapshots else None)
    if basis is not None:
        from .changes_sheet import changes_table, write_basis

        columns, rows = changes_table(project, basis, words)
        ws = sheet("xl.sheet.changes")
        write_table(ws, formats, columns, rows, table_name="tbl_changes", counters=safety,
                    taken_names=table_names)
        write_basis(ws, basis, words, len(rows), safety)
    if project.votes:
        from .votes_sheet import votes_table

        columns, rows = votes_table(project, words,
                                    include_names=include_names and not share_version)
        write_table(sheet("xl.sheet.votes"), formats, columns, rows, table_name="tbl_votes",
                    counters=safety, taken_names=table_names)
    if map_image is not None:
        write_map(sheet("xl.sheet.map"), map_image)
    ticker.finish()

    market = project.target_market.strip() or words("xl.summary.no_market")
    workbook.set_properties({
        "title": clean_text(words("xl.summary.title", market=market))[0],
        "author": clean_text(project.pole_name.strip())[0] or "valuechain-gui",
        "subject": clean_text(market)[0],
    })
    workbook.close()
    # the map sized alike by every reader, the language and the program in the properties
    content = finish_package(buffer.getvalue(),
                             language="fr-FR" if language == "fr" else "en-GB")

    local, alliance = counts[ActionKind.LOCAL_REINFORCEMENT], counts[ActionKind.ALLIANCE_SEARCH]
    summary = (counted("en", "export.sheets", len(titles)) + ", "
               + counted("en", "export.actions", alliance, local=local)
               + (" (version to share with partners)" if share_version else ""))
    counters = ExportCounters(sheets=titles, cleaned_cells=safety.cleaned,
                              truncated_cells=safety.truncated, warnings=_warnings(safety),
                              summary=summary, language=language)
    return content, counters


def export_action_plan(
    project: Project,
    path: str | Path,
    *,
    language: str | None = None,
    share_version: bool = False,
    map_png: bytes | None = None,
    progress: ProgressCallback | None = None,
    compare_with: Snapshot | None = None,
    include_names: bool = False,
    glossary: Glossary | None = None,
) -> ExportReport:
    """Write the action-plan workbook of ``project`` to ``path`` (an ``.xlsx`` file).

    Arguments as for :func:`build_workbook_bytes`. The workbook is complete in memory before the
    file is touched; then a temporary file replaces ``path`` (see
    :func:`~valuechain_gui.io.project.atomic.atomic_write_bytes`).

    Returns:
        The :class:`ExportReport` (sheets, cleaned and truncated cells, warnings, summary).

    Raises:
        ExportError: see :func:`build_workbook_bytes` (nothing is written).
        SaveError: the file could not be written (locked because open in Excel, read-only,
            disk full...); the previous file, if any, is intact.
    """
    target = Path(path)
    content, counters = build_workbook_bytes(project, language=language,
                                             share_version=share_version, map_png=map_png,
                                             progress=progress, compare_with=compare_with,
                                             include_names=include_names, glossary=glossary)
    atomic_write_bytes(target, content)
    return ExportReport(path=target, sheets=counters.sheets, cleaned_cells=counters.cleaned_cells,
                        truncated_cells=counters.truncated_cells, warnings=counters.warnings,
                        summary=counters.summary)
