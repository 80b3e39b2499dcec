"""User-facing texts for spreadsheet-import problems: ``code`` → translated sentence.

The import (:mod:`valuechain_gui.io.sheets`) reports :class:`~valuechain_gui.io.sheets.problems.Problem`
objects, each with a stable ``code`` and ``params``; this module turns them into one line each,
``FILENAME:ROW:COLUMN: text``, in the interface language (translation context "Messages", shared
with :mod:`.messages`, which words the errors and lists an import's problems with
:func:`problems_text`). A code not listed here falls back to the English
message, so nothing is ever shown empty.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from valuechain_gui.io.sheets.headers import COLUMN_BY_KEY, COLUMNS, HEADER_SEARCH_ROWS

_CONTEXT = "Messages"

#: Words the spreadsheet import accepts in a Status / a yes-no cell (both languages are read,
#: :mod:`valuechain_gui.io.sheets.headers`), shown as they are in every interface language.
STATUS_WORDS = "strong/fort, weak/faible, missing/manquant, unassessed/à évaluer"
FLAG_WORDS = "yes/no, oui/non, x, 1/0, true/false, vrai/faux"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _fill(template: str, params: dict[str, Any], fallback: str) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return fallback


def _counted_problem(code: str, n: int) -> str:
    """The template of an import problem that counts something, in its plural form for ``n``."""
    return QCoreApplication.translate(
        _CONTEXT, "%n column(s) not imported: {columns} (the columns read are: {expected}).", "",
        n)


def problem_templates() -> dict[str, str]:
    """Translated templates of spreadsheet-import problem codes (dict code → text with
    ``{named}`` placeholders from ``Problem.params``, plus ``{column}``, ``{expected}``...
    supplied by :func:`problem_text`), built at call time in the current language."""
    return {
        # reading the file (io/sheets/reading.py)
        "unsupported_format": _t("{ext} files cannot be imported: save the file as .xlsx or as "
                                 "“CSV UTF-8” from Excel or LibreOffice, then import that file."),
        "unsupported_xls": _t("Excel 97-2003 (.xls) and password-protected workbooks cannot be "
                              "imported: remove any password and save the file as .xlsx or as "
                              "“CSV UTF-8” from Excel or LibreOffice, then import that file."),
        "unreadable_file": _t("the file cannot be read: {reason}."),
        "too_large": _t("the file is larger than {limit_mb} MB; a value chain sheet is far "
                        "smaller: check that this is the right file."),
        "empty_file": _t("the file is empty: expected a header row with a {link} column and "
                         "one row per link."),
        "not_a_workbook": _t("this is not a valid Excel workbook (the file is damaged or is "
                             "another kind of file renamed .xlsx): open it in Excel or "
                             "LibreOffice and save it as .xlsx or as “CSV UTF-8”, then import "
                             "that file."),
        "not_text": _t("this is not a CSV text file (it holds binary data): save it as .xlsx or "
                       "as “CSV UTF-8” from Excel or LibreOffice, then import that file."),
        "bad_bytes": _t("{count} could not be read as {encoding}: replaced by “\ufffd”; save "
                        "the file as “CSV UTF-8” to keep every character."),
        "too_many_rows": _t("more than {limit}: a value chain has far fewer links; check "
                            "that this is the right file."),
        "field_too_long": _t("a cell is too long to be read; a quote that is never closed makes "
                             "the rest of the file one cell: check the quotes."),
        "unclosed_quote": _t("a quoted cell is never closed: the rest of the file was read as "
                             "one cell; add the missing closing quote (\")."),
        "misplaced_quote": _t("a quote is misplaced: the cell was read as it stands; check its "
                              "quotes."),
        "unreadable_workbook": _t("the workbook cannot be read (it is damaged, truncated or not "
                                  "an Excel .xlsx file: {reason}); open it in Excel or "
                                  "LibreOffice and save it as .xlsx or as “CSV UTF-8”, then "
                                  "import that file."),
        "no_worksheet": _t("the workbook has no worksheet (only charts?): expected a sheet with "
                           "a {link} column."),
        # the limits (io/sheets/limits.py): {limit} and {count} are counted words ("1,000 columns")
        "too_many_columns": _t("this row has a cell past the limit of {limit}: a value chain sheet "
                               "needs a dozen columns; check that this is the right file."),
        "too_many_cells": _t("the sheet holds more than {limit} up to this row: check that this "
                             "is the right file."),
        "cell_too_long": _t("this cell holds more than {limit} (Excel’s own limit): check that "
                            "this is the right file."),
        "record_too_long": _t("this row holds more than {limit}; a quote that is never closed "
                              "makes the rest of the file one cell: check the quotes."),
        "too_many_links": _t("more than {limit}: check that this is the right file."),
        "too_many_flows": _t("more than {limit} for one link, or in all: check the upstream and "
                             "downstream cells, or that this is the right file."),
        "part_too_large": _t("the workbook part {part} unpacks to more than {limit_mb} MB: a value "
                             "chain sheet is far smaller; check that this is the right file."),
        "too_many_parts": _t("the workbook’s zip lists more than {limit}: check that this is the "
                             "right file."),
        "too_many_elements": _t("the workbook holds more than {limit} in the parts read: check "
                                "that this is the right file."),
        "too_many_strings": _t("the workbook’s shared-strings table holds more than {limit}: "
                               "check that this is the right file."),
        "too_many_formats": _t("the workbook’s styles hold more than {limit} (Excel’s own limit): "
                               "the file is damaged; open it in Excel or LibreOffice and save it "
                               "again."),
        "too_many_sheets": _t("the workbook has more than {limit}: check that this is the right "
                              "file."),
        "merges_left_out": _t("the sheet has too many merged ranges: the last ones ({count}) were "
                              "not read (their cells read as empty below their first row)."),
        # reading the rows (io/sheets/importer.py)
        "no_link_column": _t("no link column: expected a header {link} in the first {rows} "
                             "rows (the fullest of them, row {row}, reads: {found})."),
        "no_links": _t("no link under the header row: expected one row per link with its name "
                       "in the “{column}” column."),
        "duplicate_column": _t("a second “{column}” column: only the first one is read."),
        "ignored_columns": _counted_problem("ignored_columns", 1),
        "formula_not_computed": _t("the formula {formula} has no computed value saved in the "
                                   "file: the cell was read as empty (open and save the file in "
                                   "Excel or LibreOffice, or type the value)."),
        "empty_link": _t("this row has no link name: it was skipped (expected the link’s name "
                         "in the “{column}” column)."),
        "duplicate_link": _t("the link “{name}” is already on row {first_row}: a link must have "
                             "one row only (rename or merge the rows)."),
        "unknown_status": _t("unknown status “{value}”: the link was left unassessed and the "
                             "text kept in its notes (expected {expected}, or an empty cell)."),
        "unknown_flag": _t("“{value}” is not a yes/no value: the cell was read as empty "
                           "(expected {expected}, or an empty cell)."),
        "empty_stage": _t("empty stage on row {first_row}: put in the stage “{stage}”; type "
                          "the stage if that is wrong."),
        "empty_stages": _t("empty stage on rows {first_row} to {last_row}: put in the stage "
                           "“{stage}”; type the stage if that is wrong."),
        "approximate_name": _t("“{value}” was read as the link “{name}” (the names differ in "
                               "accents or punctuation)."),
        "comma_separated": _t("“{value}” was read as several names separated by “,”; separate "
                              "names with “;” or line breaks."),
        "unknown_link_name": _t("no link named “{name}”: no flow was made (names must match a "
                                "link’s name; separate several names with “;” or line breaks)."),
        "self_flow": _t("“{name}” is this row’s own link: a link cannot flow into itself; no "
                        "flow was made."),
        "invalid_data": _t("the sheet cannot make a valid project: {reason}"),
        "end_markets_derived": _t("no link is marked as an end market: the gap analysis takes "
                                  "the ends of the chain, return flows set aside: {links} (to "
                                  "choose them, "
                                  "put yes in the “{column}” column for the chain’s final "
                                  "uses)."),
        "summary_unreadable": _t("the sheet “{sheet}” could not be read: the target market, "
                                 "cluster and territory it may give were not taken."),
        "refused_characters": _t("characters no file may hold ({characters}) were removed from "
                                 "this cell of the link “{name}”."),
        # partner lists (directory/sheet_import.py)
        "no_name_column": _t("no header row with a Name (Nom) column in the first rows: add one "
                             "(Name, Country, Kind, Sectors, Competences, Website…)."),
        "no_partner": _t("no partner row under the header (a row needs at least a name)."),
        "no_name": _t("this row has no name (Name/Nom column): it was not imported."),
        "ignored_partner_column": _t("this column is not a partner field: not imported."),
        "cleaned_cell": _t("this cell held characters no file may hold ({characters}): they "
                           "were removed."),
        "unknown_kind": _t("unknown kind “{text}” (expected cluster, company, lab, agency, "
                           "network or other, in French or English): “other” was used."),
        "unknown_country": _t("unknown country “{text}” (expected an ISO code such as DE, or the "
                              "country’s name in French or English): kept as written."),
        "unknown_sector": _t("“{text}” is not one of the EU’s 14 industrial ecosystems: kept as "
                             "a competence."),
        "unknown_channel": _t("unknown way of finding a partner “{text}”: “other” was used and "
                              "the text kept in the notes."),
        "bad_email": _t("“{text}” does not look like an e-mail address: kept as written."),
        "bad_date": _t("“{text}” is not a date (expected YYYY-MM-DD): the validation was not "
                       "recorded."),
        "duplicate_partner": _t("“{name}” ({country}) is already on row {row}: the two rows were "
                                "merged."),
        "merged_status": _t("empty status on row {first_row}: put in the status of row "
                            "{top_row}, “{value}” (its status cell is merged over this row); type "
                            "the status if that is wrong."),
        "merged_statuses": _t("empty status on rows {first_row} to {last_row}: put in the status "
                              "of row {top_row}, “{value}” (its status cell is merged over these "
                              "rows); type the status if that is wrong."),
    }


def problem_text(problem: Any) -> str:
    """One import problem as ``FILENAME:ROW:COLUMN: text`` (str) in the interface language.

    ``problem`` is a :class:`~valuechain_gui.io.sheets.problems.Problem`; FILENAME is the file's
    name without its folder; ROW and COLUMN are left out when the problem has none. The text is
    the translated template of ``problem.code`` filled from ``problem.params``, or the English
    ``problem.message`` for a code with no template.
    """
    parts = [Path(problem.file).name]
    if problem.row is not None:
        parts.append(str(problem.row))
    if problem.column is not None:
        parts.append(str(problem.column))
    return ":".join(parts) + ": " + _problem_sentence(problem)


def _problem_sentence(problem: Any) -> str:
    link = COLUMN_BY_KEY["link"]
    params: dict[str, Any] = {
        "column": problem.column or f"{link.en}/{link.fr}",
        "link": f"“{link.en}” / “{link.fr}”",
        "rows": HEADER_SEARCH_ROWS,
        **problem.params,
    }
    code = problem.code
    if code == "empty_stage" and params.get("last_row") not in (None, params.get("first_row")):
        code = "empty_stages"
    if code == "merged_status" and params.get("last_row") not in (None, params.get("first_row")):
        code = "merged_statuses"
    if code == "refused_characters" and isinstance(params.get("characters"), list):
        params["characters"] = ", ".join(params["characters"])
    for name, counted in _COUNTED.get(code, {}).items():
        if isinstance(params.get(name), int):
            params[name] = counted(params[name])
    if code == "unknown_status":
        params["expected"] = STATUS_WORDS
    elif code == "unknown_flag":
        params["expected"] = FLAG_WORDS
    elif code == "end_markets_derived" and isinstance(params.get("links"), list):
        names = [f"“{n}”" for n in params["links"]]
        params["links"] = ", ".join(names) or _t("none")
    elif code == "ignored_columns":
        columns = params.get("columns", [])
        params["columns"] = ", ".join(f"“{c}”" for c in columns)
        params["expected"] = ", ".join(f"{c.en}/{c.fr}" for c in COLUMNS)
        return _fill(_counted_problem(code, len(columns) if isinstance(columns, list) else 1),
                     params, str(problem.message))
    elif code == "no_link_column" and params.get("found") == "nothing":
        params["found"] = _t("nothing")
    elif code == "unsupported_format" and params.get("ext") == ".xls":
        code = "unsupported_xls"
    template = problem_templates().get(code)
    if template is None:
        return str(problem.message)
    return _fill(template, params, str(problem.message))


#: Counted parameters of import problems: code → {parameter: its words with the number}.
_COUNTED: dict[str, dict[str, Any]] = {
    "bad_bytes": {"count": lambda n: QCoreApplication.translate("Messages", "%n byte(s)", "", n)},
    "too_many_rows": {"limit": lambda n: QCoreApplication.translate("Messages", "%n row(s)", "",
                                                                    n)},
    "too_many_columns": {"limit": lambda n: QCoreApplication.translate("Messages",
                                                                       "%n column(s)", "", n)},
    "too_many_cells": {"limit": lambda n: QCoreApplication.translate("Messages", "%n cell(s)",
                                                                     "", n)},
    "cell_too_long": {"limit": lambda n: QCoreApplication.translate("Messages",
                                                                    "%n character(s)", "", n)},
    "record_too_long": {"limit": lambda n: QCoreApplication.translate("Messages",
                                                                      "%n character(s)", "", n)},
    "too_many_links": {"limit": lambda n: QCoreApplication.translate("Messages", "%n link(s)",
                                                                     "", n)},
    "too_many_flows": {"limit": lambda n: QCoreApplication.translate("Messages", "%n flow(s)",
                                                                     "", n)},
    "too_many_parts": {"limit": lambda n: QCoreApplication.translate("Messages", "%n part(s)",
                                                                     "", n)},
    "too_many_elements": {"limit": lambda n: QCoreApplication.translate(
        "Messages", "%n XML element(s)", "", n)},
    "too_many_strings": {"limit": lambda n: QCoreApplication.translate(
        "Messages", "%n shared text(s)", "", n)},
    "too_many_formats": {"limit": lambda n: QCoreApplication.translate(
        "Messages", "%n cell format(s)", "", n)},
    "too_many_sheets": {"limit": lambda n: QCoreApplication.translate("Messages", "%n sheet(s)",
                                                                      "", n)},
    "merges_left_out": {"count": lambda n: QCoreApplication.translate(
        "Messages", "%n merged range(s)", "", n)},
}


def problems_text(problems: list[Any], limit: int = 30) -> str:
    """The first ``limit`` problems, one per line (each ``FILENAME:ROW:COLUMN: text``, see
    :func:`problem_text`), then "… and N more." when there are more."""
    lines = [problem_text(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(_t("… and {n} more.").format(n=len(problems) - limit))
    return "\n".join(lines)
