"""What every command shares: one-line printing, the exit codes, usage errors, loading a project.

Every line goes out through :func:`say`, which escapes control characters (a newline or an ESC
in a file name or a cell never splits a message or drives the terminal).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from ..text_safety import escape_controls
from ..words import LANGUAGES  # the --lang choices of every command that has one


def add_document_arguments(parser: argparse.ArgumentParser, metavar: str, lang_help: str,
                           share_help: str) -> None:
    """The arguments of a command that writes one document of a project (the map, the
    workbook, the report): ``PROJECT -o OUTPUT [--lang fr|en] [--share]``."""
    parser.add_argument("project", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=metavar)
    parser.add_argument("--lang", choices=LANGUAGES, help=lang_help)
    parser.add_argument("--share", action="store_true", help=share_help)

if TYPE_CHECKING:
    from ..model import Project

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
#: The command line speaks English; its counted phrases come from the words table.
LANG = "en"


def say(text: object, *, err: bool = False) -> None:
    """Print one message on one line (stdout, or stderr with ``err``), control chars escaped."""
    stream: TextIO = sys.stderr if err else sys.stdout
    print(escape_controls(str(text)), file=stream)


def fail(lines: Sequence[object] | str) -> int:
    """Say each problem on stderr, one line each; the exit code of bad input."""
    for line in [lines] if isinstance(lines, str) else lines:
        say(line, err=True)
    return EXIT_BAD_INPUT


def usage(command: str, message: str) -> int:
    """Say that ``command`` was used wrongly; the exit code of bad usage."""
    say(f"valuechain-gui {command}: error: {message}", err=True)
    return EXIT_USAGE


def wrong_suffix(output: Path, allowed: Sequence[str]) -> bool:
    """True if ``output`` does not end in one of ``allowed`` (compared case-insensitively)."""
    return output.suffix.lower() not in allowed


class Parser(argparse.ArgumentParser):
    """argparse, with its error line printed through :func:`say`."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        say(f"{self.prog}: error: {message}", err=True)
        raise SystemExit(EXIT_USAGE)


def load(path: Path) -> Project:
    """The project at ``path``; what was cleaned on the way in is said on stderr, one line each."""
    from ..io.project.file import load_project_with_info

    result = load_project_with_info(path)
    for warning in result.warnings:
        say(warning, err=True)
    return result.project
