"""``valuechain-gui report PROJECT -o REPORT.pdf [--lang fr|en] [--share]``: the board dossier.

A PDF of the chain, its gaps and the plan (see :mod:`valuechain_gui.ui.export.report.pdf`), made
headless: Qt is imported only when the command runs, on the offscreen platform, as ``render``.
"""

from __future__ import annotations

import argparse
import os

from .common import EXIT_OK, add_document_arguments, say, usage, wrong_suffix

NAME = "report"
REPORT_SUFFIXES = (".pdf",)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``report`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="write the PDF report: map, gaps, plan (headless)")
    add_document_arguments(parser, "REPORT.pdf",
                           lang_help="language of the report (default: the project's)",
                           share_help="version to share with partners (no notes, budgets or names)")


def run(args: argparse.Namespace) -> int:
    """Write the report headless (Qt imported here only)."""
    if wrong_suffix(args.output, REPORT_SUFFIXES):
        return usage(NAME, f"the output must end in .pdf, not {args.output.name!r}")
    from ..io.project.file_kind import refuse_spreadsheet_as_project

    refuse_spreadsheet_as_project(args.project)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless by design
    from ..ui.export.report.pdf import report_to_file

    report_to_file(args.project, args.output, lang=args.lang, share_version=args.share)
    say(f"{args.output}: written")
    return EXIT_OK
