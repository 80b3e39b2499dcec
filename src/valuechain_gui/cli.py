"""Command line: ``valuechain-gui [open|import|export|check|render] ...``.

Only ``open`` (the default) and ``render`` need Qt; they import it lazily, so ``import``,
``export`` and ``check`` run on a machine without a display and this module imports no Qt.

Exit codes: 0 success, 1 bad input (one line per problem on stderr, no traceback), 2 bad usage
(an unknown command, a wrong option, an output of the wrong type or that would replace what it
must not).

Every line goes out through :func:`say`, which escapes control characters (a newline or an ESC
in a file name or a cell never splits a message or drives the terminal). A first argument that
is not a command is a file to open if it exists or has a project or spreadsheet extension.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from . import __version__
from .errors import ValueChainError
from .text_safety import escape_controls
from .words import counted

if TYPE_CHECKING:
    from .model import Project

COMMANDS = ("open", "import", "export", "check", "render")
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
#: A first argument with one of these extensions is a file to open even if it does not exist
#: (so that a mistyped name says "no such file" rather than "unknown command").
OPENABLE_SUFFIXES = (".vchain", ".xlsx", ".xlsm", ".csv")
#: What ``render -o`` writes (the format follows the extension; ``ui/render.py`` FORMATS).
RENDER_SUFFIXES = (".png", ".svg", ".pdf")
#: What ``--screenshot`` writes (the format follows the extension).
SCREENSHOT_SUFFIXES = (".png", ".jpg", ".jpeg")
#: The command line speaks English; its counted phrases come from the words table.
LANG = "en"

def say(text: object, *, err: bool = False) -> None:
    """Print one message on one line (stdout, or stderr with ``err``), control chars escaped."""
    stream: TextIO = sys.stderr if err else sys.stdout
    print(escape_controls(str(text)), file=stream)


def _fail(lines: Sequence[object] | str) -> int:
    for line in [lines] if isinstance(lines, str) else lines:
        say(line, err=True)
    return EXIT_BAD_INPUT


def _usage(command: str, message: str) -> int:
    say(f"valuechain-gui {command}: error: {message}", err=True)
    return EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """argparse, with its error line printed through :func:`say`."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        say(f"{self.prog}: error: {message}", err=True)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per job."""
    parser = _Parser(
        prog="valuechain-gui",
        description="Map a value chain, tag its links, and export the action plan.",
    )
    parser.add_argument("--version", action="version", version=f"valuechain-gui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_open = sub.add_parser("open", help="open the application (default command)")
    p_open.add_argument("project", nargs="?", type=Path,
                        help="a .vchain project to open (a spreadsheet: the import is offered)")
    p_open.add_argument("--lang", choices=("fr", "en"), help="interface language")
    p_open.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="open, save a picture of the whole window to OUT.png (or .jpg), "
                             "and exit")

    p_import = sub.add_parser("import", help="import a spreadsheet (.xlsx, .csv) into a project")
    p_import.add_argument("sheet", type=Path)
    p_import.add_argument("-o", "--output", type=Path, required=True, metavar="PROJECT.vchain")
    p_import.add_argument("--market", help="target market of the new project")
    p_import.add_argument("--lang", choices=("fr", "en"), help="language of the new project")
    p_import.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p_import.add_argument("--force", action="store_true",
                          help="replace an existing file that is not a project (kept as .bak)")

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


def _wrong_suffix(output: Path, allowed: Sequence[str]) -> bool:
    return output.suffix.lower() not in allowed


def cmd_open(args: argparse.Namespace) -> int:
    """Open the application window (Qt imported here only); a spreadsheet offers its import."""
    if args.screenshot is not None and _wrong_suffix(args.screenshot, SCREENSHOT_SUFFIXES):
        return _usage("open", f"--screenshot writes a picture ending in "
                              f"{', '.join(SCREENSHOT_SUFFIXES)}, not {args.screenshot.name!r}")
    if args.project is not None and args.screenshot is not None:  # nobody to offer the import
        from .io.project.file_kind import refuse_spreadsheet_as_project

        refuse_spreadsheet_as_project(args.project)
    from .ui.app import run_app

    return run_app(project=args.project, lang=args.lang, screenshot=args.screenshot)


def _row_order(problem: object) -> tuple[int, int]:
    row = getattr(problem, "row", None)
    return (0, 0) if row is None else (1, row)


def _import_output_refusal(args: argparse.Namespace) -> str | None:
    """Why ``import -o OUTPUT`` must not write (bad usage), or None."""
    from .io.project.atomic import SaveError, check_name_lengths
    from .io.project.file_kind import FileKind, file_kind
    from .io.project.file_lock import LOCK_SUFFIX, REMOVAL_SUFFIX
    from .io.project.file import EXTENSION, backup_path

    output: Path = args.output
    try:
        same = output.exists() and os.path.samefile(args.sheet, output)
    except OSError:
        same = False
    if same:
        return (f"the output {str(output)!r} is the spreadsheet being imported: give the "
                f"project a new name ending in {EXTENSION}; nothing was written")
    if output.suffix.lower() != EXTENSION:
        return (f"the output must be a project file ending in {EXTENSION}, not "
                f"{output.name!r}; nothing was written")
    if output.exists() and not args.force and file_kind(output) is not FileKind.PROJECT:
        return (f"{str(output)!r} exists and is not a valuechain-gui project: nothing was "
                f"written (choose another name, or add --force to replace it; the old file is "
                f"then kept as {backup_path(output).name})")
    lock = output.name + LOCK_SUFFIX
    try:
        check_name_lengths(output, backup_path(output), also=(lock, lock + REMOVAL_SUFFIX))
    except SaveError as exc:
        return str(exc)
    return None


def cmd_import(args: argparse.Namespace) -> int:
    """Import a spreadsheet; warnings on stderr, errors stop before anything is written.

    The output's lock is held from before reading the sheet until the project is saved, as the
    app holds it while the file is open: a second writer waits briefly, then is refused; so is
    one that finds the output rewritten since it started (two imports at the same moment).
    """
    from .io.project.file_lock import ProjectLock

    lock = ProjectLock(args.output)  # the output as found now: refused if rewritten meanwhile
    refusal = _import_output_refusal(args)
    if refusal is not None:
        return _usage("import", refusal)
    from .io.project.file_kind import refuse_project_as_spreadsheet
    from .io.project.file import save_project
    from .io.sheets.importer import ImportFailed, import_spreadsheet

    refuse_project_as_spreadsheet(args.sheet)
    with lock:
        try:
            result = import_spreadsheet(args.sheet, market=args.market, language=args.lang,
                                        strict=args.strict)
        except ImportFailed as exc:
            return _fail(sorted(exc.problems, key=_row_order))
        for problem in sorted(result.problems, key=_row_order):
            say(problem, err=True)
        save_project(result.project, args.output)
    project = result.project
    counts = project.counts_by_status()
    say(f"{args.output}: {counted(LANG, 'count.link', len(project.links))}, "
        f"{counted(LANG, 'count.flow', len(project.flows))} imported from {args.sheet} "
        f"({result.encoding_note}); "
        + ", ".join(f"{n} {status.value}" for status, n in counts.items()))
    return EXIT_OK


def _load(path: Path) -> Project:
    """The project at ``path``; what was cleaned on the way in is said on stderr, one line each."""
    from .io.project.file import load_project_with_info

    result = load_project_with_info(path)
    for warning in result.warnings:
        say(warning, err=True)
    return result.project


def cmd_export(args: argparse.Namespace) -> int:
    """Export the action plan workbook."""
    if _wrong_suffix(args.output, (".xlsx",)):
        return _usage("export", f"the output must be an Excel workbook ending in .xlsx, not "
                                f"{args.output.name!r}")
    from .io.excel.export import export_action_plan
    from .io.project.file_kind import refuse_spreadsheet_as_project

    refuse_spreadsheet_as_project(args.project)
    project = _load(args.project)
    map_png = None if args.no_map else _map_picture(project, args.lang, args.share)
    report = export_action_plan(project, args.output, language=args.lang,
                                share_version=args.share, map_png=map_png)
    for warning in report.warnings:
        say(warning, err=True)
    say(f"{args.output}: {report.summary}")
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
    from .io.project.file_kind import refuse_spreadsheet_as_project
    from .io.report.check import check_report

    refuse_spreadsheet_as_project(args.project)
    project = _load(args.project)
    for line in check_report(project, args.project).split("\n"):
        say(line)
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    """Render the map headless (Qt imported here only)."""
    if _wrong_suffix(args.output, RENDER_SUFFIXES):
        return _usage("render", f"the output must end in {', '.join(RENDER_SUFFIXES)} (the "
                                f"format follows the extension), not {args.output.name!r}")
    from .io.project.file_kind import refuse_spreadsheet_as_project

    refuse_spreadsheet_as_project(args.project)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless by design
    from .ui.render import render_to_file

    render_to_file(args.project, args.output, lang=args.lang, share_version=args.share)
    say(f"{args.output}: written")
    return EXIT_OK


HANDLERS = {"open": cmd_open, "import": cmd_import, "export": cmd_export, "check": cmd_check,
            "render": cmd_render}


def _is_file_to_open(word: str) -> bool:
    return Path(word).suffix.lower() in OPENABLE_SUFFIXES or os.path.exists(word)


def _with_command(argv: list[str]) -> list[str] | None:
    """``argv`` with ``open`` put first where no command is given; None for an unknown one."""
    if not argv:
        return ["open"]
    first = argv[0]
    if first in COMMANDS or first in ("-h", "--help", "--version"):
        return argv
    if first.startswith("-") or _is_file_to_open(first):
        return ["open", *argv]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``valuechain-gui``; returns the exit code (see module docstring)."""
    given = list(sys.argv[1:] if argv is None else argv)
    full = _with_command(given)
    if full is None:
        return _unknown_command(given[0])
    try:
        args = build_parser().parse_args(full)
    except SystemExit as exc:  # argparse: 2 for bad usage, 0 for --help and --version
        return int(exc.code or 0)
    if args.command is None:  # options only, e.g. "--lang fr" after "--" (never "open")
        return _unknown_command("")
    try:
        return HANDLERS[args.command](args)
    except ValueChainError as exc:
        problems = getattr(exc, "problems", None)
        return _fail(list(problems) if problems else str(exc))
    except OSError as exc:
        where = exc.filename or ""
        return _fail(f"{where}: {exc.strerror or exc}" if where else str(exc))
    except KeyboardInterrupt:
        return 130


def _unknown_command(word: str) -> int:
    say(f"valuechain-gui: error: unknown command {word!r} (commands: {', '.join(COMMANDS)}; a "
        f"file to open must exist or end in {', '.join(OPENABLE_SUFFIXES)})", err=True)
    return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
