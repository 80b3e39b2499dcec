"""``valuechain-gui diff OLD NEW [--lang fr|en]``: what changed between two states of a chain.

Each side is a project file (its current state) or ``FILE.vchain#LABEL`` (the snapshot of that
label inside the file, the last one if several have it). One line per change
(:func:`valuechain_gui.analysis.changes.change_line`), in the language of the NEW project unless
``--lang`` says otherwise; "No change." when there is none. Exit 0 when it ran, 1 for a file that
cannot be read or a label no snapshot has, 2 for bad usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ValueChainError
from ..words import word
from .common import EXIT_OK, load, say, usage

if TYPE_CHECKING:
    from ..model.snapshots import ChainState

NAME = "diff"


class UnknownSnapshot(ValueChainError):
    """``FILE#LABEL`` names a label that no snapshot of the file has."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``diff`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="list what changed between two projects or snapshots "
                                       "(FILE.vchain or FILE.vchain#LABEL)")
    parser.add_argument("old", help="the earlier state: FILE.vchain or FILE.vchain#LABEL")
    parser.add_argument("new", help="the later state: FILE.vchain or FILE.vchain#LABEL")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="language of the lines (default: the NEW project's)")


def split_side(text: str) -> tuple[str, str]:
    """``FILE#LABEL`` → ``(FILE, LABEL)``; a file whose own name holds ``#`` is found by trying
    each ``#`` from the left for an existing file (``(text, "")`` when ``text`` is a file)."""
    if Path(text).is_file():
        return text, ""
    for i, char in enumerate(text):
        if char == "#" and Path(text[:i]).is_file():
            return text[:i], text[i + 1:]
    file, _, label = text.partition("#")
    return file, label


def side(text: str) -> tuple[ChainState, str]:
    """The state named by ``text`` (``FILE`` or ``FILE#LABEL``) and its project's language."""
    from ..io.project.file_kind import refuse_spreadsheet_as_project
    from ..model.snapshots import chain_state, find_snapshot

    file, label = split_side(text)
    path = Path(file)
    refuse_spreadsheet_as_project(path)
    project = load(path)
    if not label:
        return chain_state(project), project.language
    snapshot = find_snapshot(project.snapshots, label)
    if snapshot is None:
        known = ", ".join(repr(s.label) for s in project.snapshots) or "none"
        raise UnknownSnapshot("no_snapshot", "no snapshot labelled {label!r} (snapshots: "
                              "{known})", file=str(path), label=label, known=known)
    return snapshot.state, project.language


def run(args: argparse.Namespace) -> int:
    """Print one line per change; 0 when it ran."""
    from ..analysis.changes import change_line, compare

    for given in (args.old, args.new):
        if not split_side(given)[0].strip():
            return usage(NAME, f"{given!r} names no file (expected FILE.vchain or "
                               "FILE.vchain#LABEL)")
    old, _ = side(args.old)
    new, language = side(args.new)
    language = args.lang or language
    changes = compare(old, new)
    for change in changes:
        say(change_line(language, change))
    if not changes:
        say(word(language, "change.none"))
    return EXIT_OK
