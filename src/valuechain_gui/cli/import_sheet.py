"""``valuechain-gui import SHEET -o PROJECT.vchain``: a spreadsheet made by hand into a project.

Warnings go to stderr; errors stop the import before anything is written. The output is checked
first (bad usage if it is the sheet itself, not a ``.vchain``, or an existing file of another
kind without ``--force``).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..words import counted
from .common import EXIT_OK, LANG, LANGUAGES, fail, say, usage

NAME = "import"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="import a spreadsheet (.xlsx, .csv) into a project")
    parser.add_argument("sheet", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="PROJECT.vchain")
    parser.add_argument("--market", help="target market of the new project")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the new project")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--force", action="store_true",
                        help="replace an existing file that is not a project (kept as .bak)")


def _row_order(problem: object) -> tuple[int, int]:
    row = getattr(problem, "row", None)
    return (0, 0) if row is None else (1, row)


def _output_refusal(args: argparse.Namespace) -> str | None:
    """Why ``import -o OUTPUT`` must not write (bad usage), or None."""
    from ..io.project.atomic import SaveError, check_name_lengths
    from ..io.project.file import EXTENSION, backup_path
    from ..io.project.file_kind import FileKind, file_kind
    from ..io.project.file_lock import LOCK_SUFFIX, REMOVAL_SUFFIX

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


def run(args: argparse.Namespace) -> int:
    """Import a spreadsheet; warnings on stderr, errors stop before anything is written.

    The output's lock is held from before reading the sheet until the project is saved, as the
    app holds it while the file is open: a second writer waits briefly, then is refused; so is
    one that finds the output rewritten since it started (two imports at the same moment).
    """
    from ..io.project.file_lock import ProjectLock

    lock = ProjectLock(args.output)  # the output as found now: refused if rewritten meanwhile
    refusal = _output_refusal(args)
    if refusal is not None:
        return usage(NAME, refusal)
    from ..io.project.file import save_project
    from ..io.project.file_kind import refuse_project_as_spreadsheet
    from ..io.sheets.importer import ImportFailed, import_spreadsheet

    refuse_project_as_spreadsheet(args.sheet)
    with lock:
        try:
            result = import_spreadsheet(args.sheet, market=args.market, language=args.lang,
                                        strict=args.strict)
        except ImportFailed as exc:
            return fail(sorted(exc.problems, key=_row_order))
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
