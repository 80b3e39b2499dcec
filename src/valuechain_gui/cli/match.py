"""``valuechain-gui match PROJECT.vchain [--with MAP ...] [--json]``: partners for our gaps.

Each ``--with`` is a partner's own map (a ``.vchain``, or a spreadsheet in the import format),
the partner named by the map's pôle name, else the file's name without extension. For each weak
or missing link of the project, the partners whose strong links correspond to it are printed,
best first, with their evidence and reciprocity (see ``docs/matching.md``). Without ``--with``
the partners the project cites are ranked (their maps and competences, with the group's
confirmed or rejected correspondences); when it cites none there is nothing to match against:
one line, exit 0.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .common import EXIT_OK, load, say

if TYPE_CHECKING:
    from ..analysis.matching import GapMatch
    from ..model import Partner

NAME = "match"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``match`` sub-command to the command line."""
    parser = sub.add_parser(NAME, help="rank partner maps that could fill the weak and "
                                       "missing links")
    parser.add_argument("project", type=Path)
    parser.add_argument("--with", dest="maps", type=Path, nargs="+", action="extend", default=[],
                        metavar="MAP", help="a partner's map (.vchain, .xlsx, .csv); repeatable")
    parser.add_argument("--json", action="store_true", help="print the matches as JSON")


def _partner(path: Path) -> Partner:
    """The partner whose map is at ``path``, named by its pôle name, else the file's stem."""
    from ..analysis.matching import partner_from_map
    from ..io.project.file_kind import refuse_spreadsheet_as_project

    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        from ..io.project.file_kind import refuse_project_as_spreadsheet
        from ..io.sheets.importer import import_spreadsheet

        refuse_project_as_spreadsheet(path)
        result = import_spreadsheet(path)
        for problem in result.problems:
            say(problem, err=True)
        project = result.project
    else:
        refuse_spreadsheet_as_project(path)
        project = load(path)
    return partner_from_map(project.pole_name.strip() or path.stem, project)


def _candidates(count: int) -> str:
    return "no candidate" if count == 0 else f"{count} candidate{'s' if count > 1 else ''}"


def _print_text(matches: list[GapMatch]) -> None:
    for gap in matches:
        say(f"{gap.link} ({gap.status.value}): "
            + _candidates(len(gap.candidates)))
        for rank, candidate in enumerate(gap.candidates, start=1):
            scope = f", {candidate.scope.value}" if candidate.scope is not None else ""
            say(f"  {rank}. {candidate.partner} (score {candidate.score}{scope})")
            for item in candidate.evidence:
                if item.competence:
                    say(f"     competence: {item.competence} (similarity {item.similarity})")
                    continue
                status = item.their_status.value if item.their_status is not None else "?"
                say(f"     their link: {item.their_link} ({status}, "
                    f"similarity {item.similarity})")
            if candidate.reciprocity:
                say(f"     we bring them: {', '.join(candidate.reciprocity)}")


def run(args: argparse.Namespace) -> int:
    """Print the candidates for every weak or missing link; 0 whenever the files load."""
    from ..analysis.matching import match_gaps
    from ..io.project.file_kind import refuse_spreadsheet_as_project

    refuse_spreadsheet_as_project(args.project)
    project = load(args.project)
    if args.maps:
        matches = match_gaps(project, [_partner(path) for path in args.maps])
    elif any(p.map_links or p.competences for p in project.partners.values()):
        matches = match_gaps(project, list(project.partners.values()),
                             decisions=project.correspondences.values())
    else:
        say(f"{args.project}: no partner map to match against (give one with --with MAP)")
        return EXIT_OK
    if args.json:
        say(json.dumps([gap.as_json() for gap in matches], ensure_ascii=False))
    else:
        _print_text(matches)
    return EXIT_OK
