"""``valuechain-gui snapshot PROJECT.vchain --label TEXT``: keep the chain's state in the file.

The snapshot (today's date, the label given) is added to the project's snapshots and the file
is saved safely (temporary file, backup, replace) under the project's lock, so that a window
holding the file open, or another writer, is never overwritten. Exit 0 when saved, 1 for a
file that cannot be read or written or a snapshot past the limits, 2 for bad usage.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .common import EXIT_OK, load, say, usage

NAME = "snapshot"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``snapshot`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="keep the state of the chain in the project, "
                                       "dated and labelled")
    parser.add_argument("project", type=Path)
    parser.add_argument("--label", required=True, help="the snapshot's label, e.g. "
                                                       "'Workshop 2026'")


def run(args: argparse.Namespace) -> int:
    """Add the snapshot and save the file; 0 when saved."""
    from ..io.project.file import save_project
    from ..io.project.file_kind import refuse_spreadsheet_as_project
    from ..io.project.file_lock import ProjectLock
    from ..model.snapshots import with_snapshot

    if not args.label.strip():
        return usage(NAME, "the label is blank")
    refuse_spreadsheet_as_project(args.project)
    lock = ProjectLock(args.project)  # the file as found now: refused if rewritten meanwhile
    project = load(args.project)
    project.update_meta(snapshots=with_snapshot(project, args.label, date.today()))
    with lock:
        save_project(project, args.project)
    snapshot = project.snapshots[-1]
    say(f"{args.project}: snapshot {snapshot.label!r} of {snapshot.taken.isoformat()} saved "
        f"({len(project.snapshots)} in the project)")
    return EXIT_OK
