"""``valuechain-gui match PROJECT.vchain [--with MAP ...] [--db PATH] [--json]``: partners for
our gaps.

Each ``--with`` is a partner's own map (a ``.vchain``, or a spreadsheet in the import format),
the partner named by the map's pôle name, else the file's name without extension. For each weak
or missing link of the project, the partners whose strong links correspond to it are printed,
best first, with their evidence and reciprocity (see ``docs/matching.md``). Without ``--with``
the partners the project cites are ranked (their maps and competences, with the group's
confirmed or rejected correspondences) together with the partner directory's partners that have
a map or competences (``--db PATH``, else the user's directory when there is one); with
``--with``, the directory only with an explicit ``--db``. A partner both cited and in the
directory is ranked once (the project's copy, completed with the directory's map and tags).
When a directory is used, names are compared with the shipped glossary plus the user's
additions kept in it.
``match`` never creates a directory; one that cannot be read is said on stderr (and stops the
command when ``--db`` names it). When there is no partner at all: one line, exit 0.
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
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="the partner directory (default: the user's, when it exists)")
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


def _with_directory(cited: list[Partner], db: Path | None
                    ) -> tuple[list[Partner], list[tuple[str, str]]]:
    """``cited`` then the directory's matchable partners not cited (by id, or name + country);
    a cited partner takes the directory copy's map and tags when it has none of its own. Also
    the user's glossary additions kept in the directory."""
    from ..directory.for_match import read_for_match
    from ..directory.merge import merge_partner
    from ..directory.rows import name_key

    read = read_for_match(db)
    found, warnings = read.partners, read.warnings
    for warning in warnings:
        say(warning, err=True)
    merged = list(cited)
    where = {p.id: i for i, p in enumerate(merged)}
    where.update({(name_key(p.name), p.country): i for i, p in enumerate(merged)})
    for partner in found:
        index = where.get(partner.id, where.get((name_key(partner.name), partner.country)))
        if index is None:
            merged.append(partner)
        elif not (merged[index].map_links or merged[index].competences):
            merged[index] = merge_partner(merged[index], partner)
    return merged, read.glossary_pairs


def run(args: argparse.Namespace) -> int:
    """Print the candidates for every weak or missing link; 0 whenever the files load."""
    from ..analysis.matching import match_gaps
    from ..analysis.matching.glossary import with_additions
    from ..io.project.file_kind import refuse_spreadsheet_as_project

    refuse_spreadsheet_as_project(args.project)
    project = load(args.project)
    pairs: list[tuple[str, str]] = []
    if args.maps:
        partners = [_partner(path) for path in args.maps]
        if args.db is not None:
            partners, pairs = _with_directory(partners, args.db)
    else:
        partners, pairs = _with_directory(list(project.partners.values()), args.db)
    partners = [p for p in partners if p.map_links or p.competences]
    if not partners:
        say(f"{args.project}: no partner map to match against (give one with --with MAP)")
        return EXIT_OK
    matches = match_gaps(project, partners, decisions=project.correspondences.values(),
                         glossary=with_additions(pairs) if pairs else None)
    if args.json:
        say(json.dumps([gap.as_json() for gap in matches], ensure_ascii=False))
    else:
        _print_text(matches)
    return EXIT_OK
