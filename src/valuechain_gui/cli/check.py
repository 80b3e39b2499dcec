"""``valuechain-gui check PROJECT``: a plain-English summary of a project and its open problems.

The text itself is :func:`valuechain_gui.io.report.check.check_report`; the exit code is 0
whenever the project loads.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import EXIT_OK, load, say

NAME = "check"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="summarise a project and list its problems")
    parser.add_argument("project", type=Path)


def run(args: argparse.Namespace) -> int:
    """Print links per status, flows, actions per state and problems; 0 whenever it loads."""
    from ..io.project.file_kind import refuse_spreadsheet_as_project
    from ..io.report.check import check_report

    refuse_spreadsheet_as_project(args.project)
    project = load(args.project)
    for line in check_report(project, args.project).split("\n"):
        say(line)
    return EXIT_OK
