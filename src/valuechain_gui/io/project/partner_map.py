"""Read a partner's own value-chain map from a file: a ``.vchain`` project or a spreadsheet in the
import format. No Qt.

What a partner brings and needs is its map's links with their statuses (strong: what it brings;
weak and missing: what it needs), so only those are kept, as
:class:`~valuechain_gui.model.partners.PartnerMapLink` (name, stage name, status), in map order.
The partner is named by the map's pôle name, else the file's name without extension (as
``valuechain-gui match --with`` does). Which reader a file goes to is decided by its content
(:func:`~valuechain_gui.io.project.file_kind.file_kind`), then by its suffix; every error the
readers raise (unreadable file, bad JSON, a spreadsheet without a Link column...) is a
:class:`~valuechain_gui.errors.ValueChainError` naming the file and the place, and a map without
any link is refused (code ``partner_map_empty``): there would be nothing to compare.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import ValueChainError
from ...model.partners import PartnerMapLink
from ...model.project import Project
from .file_kind import FileKind, file_kind

#: Suffixes read as spreadsheets when the content does not say (an empty or unreadable file).
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")


class PartnerMapError(ValueChainError):
    """A file that cannot be a partner's map (e.g. one without any link)."""


@dataclass(frozen=True)
class PartnerMapFile:
    """A partner's map read from a file.

    Attributes:
        name: the map's pôle name, else the file's name without extension.
        links: its links (name, stage name, status), in map order.
        source: the file's name (without folders), to show where the map came from.
        warnings: what the reader cleaned or skipped on the way in, one English line each.
    """

    name: str
    links: list[PartnerMapLink]
    source: str
    warnings: list[str] = field(default_factory=list)


def map_links_of(project: Project) -> list[PartnerMapLink]:
    """The links of ``project`` as a partner's map links (name, stage name, status)."""
    stage_names = {stage.id: stage.name for stage in project.stages}
    return [PartnerMapLink(link.name, stage_names.get(link.stage_id, ""), link.status)
            for link in project.links.values()]


def _is_spreadsheet(path: Path) -> bool:
    kind = file_kind(path)
    if kind is FileKind.UNKNOWN:
        return path.suffix.lower() in SPREADSHEET_SUFFIXES
    return kind is FileKind.SPREADSHEET


def load_partner_map(path: str | os.PathLike[str]) -> PartnerMapFile:
    """The partner's map at ``path`` (``.vchain`` or spreadsheet in the import format).

    Raises:
        ValueChainError: the file cannot be read or parsed (from the project or sheet reader),
            or :class:`PartnerMapError` ``partner_map_empty`` when the map has no link.
    """
    target = Path(path)
    warnings: list[str]
    if _is_spreadsheet(target):
        from ..sheets.importer import import_spreadsheet

        result = import_spreadsheet(target)
        project, warnings = result.project, [str(problem) for problem in result.problems]
    else:
        from .file import load_project_with_info

        loaded = load_project_with_info(target)
        project, warnings = loaded.project, [str(warning) for warning in loaded.warnings]
    links = map_links_of(project)
    if not links:
        raise PartnerMapError("partner_map_empty",
                              "this map has no link: there is nothing to compare with our chain",
                              file=str(target))
    return PartnerMapFile(project.pole_name.strip() or target.stem, links, target.name, warnings)


__all__ = ["PartnerMapError", "PartnerMapFile", "load_partner_map", "map_links_of"]
