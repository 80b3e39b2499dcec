"""Command line: ``valuechain-gui [open|import|export|check|render] ...``.

Only ``open`` (the default) and ``render`` need Qt; they import it lazily, so ``import``,
``export`` and ``check`` run on a machine without a display and this module imports no Qt.

Exit codes: 0 success, 1 bad input (one line per problem on stderr, no traceback), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ValueChainError

if TYPE_CHECKING:
    from .model import Project

COMMANDS = ("open", "import", "export", "check", "render")
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="valuechain-gui",
        description="Map a value chain, tag its links, and export the action plan.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_open = sub.add_parser("open", help="open the application (default command)")
    p_open.add_argument("project", nargs="?", type=Path, help="a .vchain project to open")
    p_open.add_argument("--lang", choices=("fr", "en"), help="interface language")
    p_open.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="open, save a picture of the whole window to OUT.png, and exit")

    p_import = sub.add_parser("import", help="import a spreadsheet (.xlsx, .csv) into a project")
    p_import.add_argument("sheet", type=Path)
    p_import.add_argument("-o", "--output", type=Path, required=True, metavar="PROJECT.vchain")
    p_import.add_argument("--market", help="target market of the new project")
    p_import.add_argument("--lang", choices=("fr", "en"), help="language of the new project")
    p_import.add_argument("--strict", action="store_true", help="treat warnings as errors")

    p_export = sub.add_parser("export", help="export the action plan to an Excel workbook")
    p_export.add_argument("project", type=Path)
    p_export.add_argument("-o", "--output", type=Path, required=True, metavar="PLAN.xlsx")
    p_export.add_argument("--lang", choices=("fr", "en"),
                          help="language of the workbook (default: the project's)")
    p_export.add_argument("--share", action="store_true",
                          help="version to share with partners (no notes, budgets, funding, names)")
    p_export.add_argument("--no-map", action="store_true",
                          help="leave out the Map sheet (no picture of the map is rendered)")

    p_check = sub.add_parser("check", help="summarise a project and list its problems")
    p_check.add_argument("project", type=Path)

    p_render = sub.add_parser("render", help="render the map to PNG, SVG or PDF (headless)")
    p_render.add_argument("project", type=Path)
    p_render.add_argument("-o", "--output", type=Path, required=True, metavar="MAP.png|svg|pdf")
    p_render.add_argument("--lang", choices=("fr", "en"), help="language of the legend")
    p_render.add_argument("--share", action="store_true", help="version to share with partners")
    return parser


def _fail(lines: Sequence[str] | str) -> int:
    for line in [lines] if isinstance(lines, str) else lines:
        print(line, file=sys.stderr)
    return EXIT_BAD_INPUT


def cmd_open(args: argparse.Namespace) -> int:
    """Open the application window (Qt imported here only)."""
    from .ui.app import run_app

    return run_app(project=args.project, lang=args.lang, screenshot=args.screenshot)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``"1 link"`` / ``"2 links"`` (English command-line output)."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"


def _row_order(problem: object) -> tuple[int, int]:
    row = getattr(problem, "row", None)
    return (0, 0) if row is None else (1, row)


def cmd_import(args: argparse.Namespace) -> int:
    """Import a spreadsheet; warnings on stderr, errors stop before anything is written."""
    from .io.project_file import save_project
    from .io.spreadsheet_import import ImportFailed, import_spreadsheet

    try:
        result = import_spreadsheet(args.sheet, market=args.market, language=args.lang,
                                    strict=args.strict)
    except ImportFailed as exc:
        return _fail([str(p) for p in sorted(exc.problems, key=_row_order)])
    for problem in sorted(result.problems, key=_row_order):
        print(problem, file=sys.stderr)
    save_project(result.project, args.output)
    counts = result.project.counts_by_status()
    print(f"{args.output}: {plural(len(result.project.links), 'link')}, "
          f"{plural(len(result.project.flows), 'flow')} imported from {args.sheet} "
          f"({result.encoding_note}); "
          + ", ".join(f"{n} {status.value}" for status, n in counts.items()))
    return EXIT_OK


def _load(path: Path) -> Project:
    """The project at ``path``; what was cleaned on the way in is said on stderr, one line each."""
    from .io.project_file import load_project_with_info

    result = load_project_with_info(path)
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    return result.project


def cmd_export(args: argparse.Namespace) -> int:
    """Export the action plan workbook."""
    from .io.excel_export import export_action_plan

    if args.output.suffix.lower() != ".xlsx":
        print(f"valuechain-gui export: error: the output must be an Excel workbook ending in "
              f".xlsx, not {args.output.name!r}", file=sys.stderr)
        return EXIT_USAGE
    project = _load(args.project)
    map_png = None if args.no_map else _map_picture(project, args.lang, args.share)
    report = export_action_plan(project, args.output, language=args.lang,
                                share_version=args.share, map_png=map_png)
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(f"{args.output}: {report.summary}")
    return EXIT_OK


def _map_picture(project: object, lang: str | None, share: bool) -> bytes | None:
    """PNG of the map for the workbook's Map sheet, rendered offscreen; None without Qt.

    Qt is imported here only (this module stays Qt-free); the offscreen platform is forced so
    that a server, or a desktop whose display is unusable, never aborts the export.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from .ui.render import ensure_app, render_png_bytes
    except ImportError:  # Qt missing: the workbook goes without its picture
        return None
    ensure_app()
    return render_png_bytes(project, lang=lang, share_version=share)  # type: ignore[arg-type]


def cmd_check(args: argparse.Namespace) -> int:
    """Print links per status, flows, actions per state and problems; 0 whenever it loads."""
    from .io.report import check_report

    project = _load(args.project)
    print(check_report(project, args.project))
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    """Render the map headless (Qt imported here only)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless by design
    from .ui.render import render_to_file

    render_to_file(args.project, args.output, lang=args.lang, share_version=args.share)
    print(f"{args.output}: written")
    return EXIT_OK


HANDLERS = {"open": cmd_open, "import": cmd_import, "export": cmd_export, "check": cmd_check,
            "render": cmd_render}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``valuechain-gui``; returns the exit code (see module docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "open")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 for bad usage, 0 for --help
        return int(exc.code or 0)
    try:
        return HANDLERS[args.command](args)
    except ValueChainError as exc:
        problems = getattr(exc, "problems", None)
        return _fail([str(p) for p in problems] if problems else str(exc))
    except OSError as exc:
        where = exc.filename or ""
        return _fail(f"{where}: {exc.strerror or exc}" if where else str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
