"""``valuechain-gui layout PROJECT.vchain [-o OUT.vchain]``: the window's auto-layout, in batch.

The same layout as View > Auto-layout (:mod:`valuechain_gui.analysis.layout`): return flows
marked, links in sub-columns of their lane, rows ordered to reduce crossings. The project is
saved back in place, or to ``-o``, through the usual safe save (the previous file is kept as a
backup; the output's lock is held while it is written, so a project open in the window is
refused, not overwritten).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..words import counted
from .common import EXIT_OK, LANG, load, say, usage, wrong_suffix

NAME = "layout"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``layout`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="auto-layout a project (in place, or into -o)")
    parser.add_argument("project", type=Path)
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.vchain",
                        help="write the laid-out project there (default: the project itself)")


def _output_refusal(output: Path) -> str | None:
    """Why ``layout -o OUTPUT`` must not write (bad usage), or None."""
    from ..io.project.file import EXTENSION
    from ..io.project.file_kind import FileKind, file_kind

    if wrong_suffix(output, (EXTENSION,)):
        return (f"the output must be a project file ending in {EXTENSION}, not "
                f"{output.name!r}; nothing was written")
    if output.exists() and file_kind(output) is not FileKind.PROJECT:
        return (f"{str(output)!r} exists and is not a valuechain-gui project: nothing was "
                "written (choose another name)")
    return None


def run(args: argparse.Namespace) -> int:
    """Lay the project out and save it; 0 when saved, 1 bad input, 2 bad usage."""
    output: Path = args.output or args.project
    refusal = _output_refusal(output)
    if refusal is not None:
        return usage(NAME, refusal)
    from ..analysis.layout import apply_layout
    from ..io.project.file import save_project
    from ..io.project.file_kind import refuse_spreadsheet_as_project
    from ..io.project.file_lock import ProjectLock

    refuse_spreadsheet_as_project(args.project)
    lock = ProjectLock(output)
    with lock:
        project = load(args.project)
        plan = apply_layout(project)
        save_project(project, output)
    say(f"{output}: {counted(LANG, 'count.link', len(project.links))} laid out, "
        f"{counted(LANG, 'count.return_flow', len(plan.return_flows))}")
    return EXIT_OK
