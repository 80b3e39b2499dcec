"""``valuechain-gui partners import|export|list [--db PATH]``: the partner directory from the
command line.

- ``partners import SHEET``: add or update the partners of a list (.xlsx, .csv); warnings on
  stderr ``FILE:ROW:COLUMN: message``; errors stop before anything is written;
- ``partners export -o FILE``: the directory as .xlsx or .csv (by the extension); ``--share``
  leaves out contact persons, e-mails and notes;
- ``partners list``: one line per partner (filters ``--search``, ``--country``, ``--kind``);
- ``partners glossary [FRENCH ENGLISH]``: add a French↔English term pair to the user's glossary
  (kept in the directory, used by matching), or list the pairs added.

``--db PATH`` names the directory file; without it, the user's directory (created, and seeded
with the starter list, the first time). A locked, damaged or newer directory is one line on
stderr and exit code 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, LANGUAGES, fail, say, usage, wrong_suffix

NAME = "partners"
SUFFIXES = (".xlsx", ".csv")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``partners`` sub-command (and its own sub-commands) to the command line."""
    parser = sub.add_parser(NAME, help="import, export or list the partner directory")
    actions = parser.add_subparsers(dest="partners_command", metavar="ACTION", required=True)
    importing = actions.add_parser("import", help="add or update partners from a list "
                                                  "(.xlsx, .csv)")
    importing.add_argument("sheet", type=Path)
    exporting = actions.add_parser("export", help="write the directory as .xlsx or .csv")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    exporting.add_argument("--share", action="store_true",
                           help="leave out contact persons, e-mails and notes")
    exporting.add_argument("--lang", choices=LANGUAGES, default="en",
                           help="language of the headers and words")
    listing = actions.add_parser("list", help="one line per partner")
    listing.add_argument("--search", default="", help="text in the name, region, competences")
    listing.add_argument("--country", help="ISO code, e.g. DE")
    listing.add_argument("--kind", help="cluster, company, lab, agency, network, other")
    glossary = actions.add_parser("glossary", help="add a French-English term pair to your "
                                                   "glossary, or list your pairs")
    glossary.add_argument("terms", nargs="*", metavar="TERM",
                          help="the French term then the English one (none: list the pairs)")
    for each in (importing, exporting, listing, glossary):
        each.add_argument("--db", type=Path, metavar="PATH",
                          help="the directory file (default: the user's directory)")


def _open(args: argparse.Namespace):  # noqa: ANN202 - a Directory, imported lazily
    from ..directory import open_directory

    return open_directory(args.db)


def _import(args: argparse.Namespace) -> int:
    from ..directory.sheet_import import read_partner_sheet
    from ..directory.sheet_load import load_into_directory
    from ..io.project.file_kind import refuse_project_as_spreadsheet
    from ..io.sheets.problems import ImportFailed

    refuse_project_as_spreadsheet(args.sheet)
    try:
        sheet = read_partner_sheet(args.sheet)
    except ImportFailed as exc:
        return fail(exc.problems)
    for problem in sheet.problems:
        say(problem, err=True)
    with _open(args) as directory:
        counts = load_into_directory(directory, sheet)
        say(f"{directory.path}: {counts.added} added, {counts.updated} updated from "
            f"{args.sheet} ({sheet.note}; {sheet.merged} duplicate rows merged); "
            f"{directory.count()} partners in the directory")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from ..directory.sheet_export import export_partners

    if wrong_suffix(args.output, SUFFIXES):
        return usage(f"{NAME} export", f"the output must end in .xlsx or .csv, not "
                     f"{args.output.name!r}; nothing was written")
    with _open(args) as directory:
        count = export_partners(directory.partners(), directory.latest_validations(),
                                args.output, language=args.lang, share=args.share)
    say(f"{args.output}: {count} partners exported"
        + (" (share version: no contacts, no notes)" if args.share else ""))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with _open(args) as directory:
        partners = directory.partners(search=args.search, country=args.country,
                                      kind=args.kind)
        validations = directory.latest_validations()
        for partner in partners:
            where = ", ".join(part for part in (partner.country, partner.region) if part)
            line = f"{partner.name} ({partner.kind.value}{', ' + where if where else ''})"
            if partner.competences:
                line += f": {'; '.join(partner.competences)}"
            if partner.map_links:
                line += f" [map: {len(partner.map_links)} links]"
            validation = validations.get(partner.id)
            if validation:
                line += f" - validated {validation.on.isoformat()}"
                line += f" by {validation.by}" if validation.by else ""
            say(line)
        say(f"{directory.path}: {len(partners)} of {directory.count()} partners")
    return EXIT_OK


def _glossary(args: argparse.Namespace) -> int:
    if len(args.terms) not in (0, 2):
        return usage(f"{NAME} glossary", "give a French term and its English term (two "
                     "arguments), or none to list your pairs")
    with _open(args) as directory:
        if args.terms:
            try:
                directory.add_glossary_term(*args.terms)
            except ValueError as exc:
                return usage(f"{NAME} glossary", str(exc))
        pairs = directory.glossary_additions()
        for fr, en in pairs:
            say(f"{fr} = {en}")
        say(f"{directory.path}: {len(pairs)} term pair{'' if len(pairs) == 1 else 's'} of your "
            "own")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Run ``partners import|export|list|glossary``; the exit code."""
    handler = {"import": _import, "export": _export, "list": _list,
               "glossary": _glossary}[args.partners_command]
    return handler(args)
