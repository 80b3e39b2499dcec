"""``valuechain-gui export PROJECT -o PLAN.xlsx``: the action-plan workbook, without a window.

The workbook's Map sheet needs a picture of the map, rendered with Qt offscreen (Qt is imported
only then, so the other commands stay Qt-free); ``--no-map`` leaves it out on purpose.
"""

from __future__ import annotations

import argparse
import os

from .common import EXIT_OK, add_document_arguments, load, say, usage, wrong_suffix

NAME = "export"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="export the action plan to an Excel workbook")
    add_document_arguments(parser, "PLAN.xlsx",
                           lang_help="language of the workbook (default: the project's)",
                           share_help="version to share with partners (no notes, budgets, "
                                      "funding, names)")
    parser.add_argument("--no-map", action="store_true",
                        help="leave out the Map sheet (no picture of the map is rendered)")


def run(args: argparse.Namespace) -> int:
    """Export the action plan workbook."""
    if wrong_suffix(args.output, (".xlsx",)):
        return usage(NAME, f"the output must be an Excel workbook ending in .xlsx, not "
                           f"{args.output.name!r}")
    from ..io.excel.export import export_action_plan
    from ..io.project.file_kind import refuse_spreadsheet_as_project

    refuse_spreadsheet_as_project(args.project)
    project = load(args.project)
    map_png = None if args.no_map else _map_picture(project, args.lang, args.share)
    report = export_action_plan(project, args.output, language=args.lang,
                                share_version=args.share, map_png=map_png)
    for warning in report.warnings:
        say(warning, err=True)
    say(f"{args.output}: {report.summary}")
    return EXIT_OK


def _map_picture(project: object, lang: str | None, share: bool) -> bytes:
    """PNG of the map for the workbook's Map sheet, rendered offscreen.

    Qt is imported here only (this module stays Qt-free); the offscreen platform is forced so
    that a server, or a desktop whose display is unusable, never aborts the export.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..ui.export.render import ensure_app, render_png_bytes

    ensure_app()
    return render_png_bytes(project, lang=lang, share_version=share)  # type: ignore[arg-type]
