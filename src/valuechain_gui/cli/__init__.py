"""Command line: ``valuechain-gui [open|import|export|check|layout|match|partners|render|
snapshot|diff|workshop] ...``.

This module holds :func:`main` and the top-level parser; each command is one module of this
package with a ``NAME``, a ``register(sub)`` that adds its sub-parser, and a ``run(args)``
returning the exit code. Adding a command is a new module
and one line in :data:`COMMAND_MODULES`.

Only ``open`` (the default) and ``render`` need Qt; they import it lazily, so ``import``,
``export``, ``check``, ``layout`` and ``match`` run on a machine without a display and this package imports no Qt.

Exit codes: 0 success, 1 bad input (one line per problem on stderr, no traceback), 2 bad usage
(an unknown command, a wrong option, an output of the wrong type or that would replace what it
must not).

Every line goes out through :func:`~.common.say`, which escapes control characters. A first
argument that is not a command is a file to open if it exists or has a project or spreadsheet
extension.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..errors import ValueChainError
from . import (
    check,
    diff,
    export_plan,
    import_sheet,
    layout,
    match,
    open_app,
    partners,
    render_map,
    snapshot,
    workshop,
)
from .common import EXIT_OK, EXIT_USAGE, Parser, fail, say

#: The commands, in the order ``--help`` lists them; ``open`` is the default.
COMMAND_MODULES = (open_app, import_sheet, export_plan, check, layout, match, partners,
                   render_map, snapshot, diff, workshop)
COMMANDS = tuple(module.NAME for module in COMMAND_MODULES)
#: Each command's ``run(args) -> exit code``, by name.
HANDLERS = {module.NAME: module.run for module in COMMAND_MODULES}
#: A first argument with one of these extensions is a file to open even if it does not exist
#: (so that a mistyped name says "no such file" rather than "unknown command").
OPENABLE_SUFFIXES = (".vchain", ".xlsx", ".xlsm", ".csv")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per job."""
    parser = Parser(
        prog="valuechain-gui",
        description="Map a value chain, tag its links, and export the action plan.",
    )
    parser.add_argument("--version", action="version", version=f"valuechain-gui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


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
        code = HANDLERS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not in Python's flush at exit
        return code
    except BrokenPipeError:  # the reader went away (``check ... | head``): stop quietly
        _silence_stdout()
        return EXIT_OK
    except ValueChainError as exc:
        problems = getattr(exc, "problems", None)
        return fail(list(problems) if problems else str(exc))
    except OSError as exc:
        where = exc.filename or ""
        return fail(f"{where}: {exc.strerror or exc}" if where else str(exc))
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's final flush of what is left in its
    buffer does not fail again on the closed pipe (the way Python's documentation advises)."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())


def _unknown_command(word: str) -> int:
    say(f"valuechain-gui: error: unknown command {word!r} (commands: {', '.join(COMMANDS)}; a "
        f"file to open must exist or end in {', '.join(OPENABLE_SUFFIXES)})", err=True)
    return EXIT_USAGE
