"""``valuechain-gui open [PROJECT] [--lang] [--screenshot OUT.png]``: the application window.

The default command: a first argument that is not a command is a file to open. Qt is imported
only when the command runs, so the rest of the command line works without a display.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import LANGUAGES, usage, wrong_suffix

NAME = "open"
#: What ``--screenshot`` writes (the format follows the extension).
SCREENSHOT_SUFFIXES = (".png", ".jpg", ".jpeg")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``open`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="open the application (default command)")
    parser.add_argument("project", nargs="?", type=Path,
                        help="a .vchain project to open (a spreadsheet: the import is offered)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="open, save a picture of the whole window to OUT.png (or .jpg), "
                             "and exit")


def run(args: argparse.Namespace) -> int:
    """Open the application window (Qt imported here only); a spreadsheet offers its import."""
    if args.screenshot is not None and wrong_suffix(args.screenshot, SCREENSHOT_SUFFIXES):
        return usage(NAME, f"--screenshot writes a picture ending in "
                           f"{', '.join(SCREENSHOT_SUFFIXES)}, not {args.screenshot.name!r}")
    if args.project is not None and args.screenshot is not None:  # nobody to offer the import
        from ..io.project.file_kind import refuse_spreadsheet_as_project

        refuse_spreadsheet_as_project(args.project)
    from ..ui.shell.app import run_app

    return run_app(project=args.project, lang=args.lang, screenshot=args.screenshot)
