"""Where the partners to rank come from: the partners the project cites, then the partner
directory's when one is available.

The directory (``valuechain_gui.directory``) is optional here: this module is the one place that
reads it (its partners, :func:`directory_partners`, and the user's glossary additions,
:func:`user_glossary`), so the panels work the same without it (no directory module, no directory
file, a locked or corrupt one: no directory partner, the shipped glossary, never an error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from valuechain_gui.model import Project
from valuechain_gui.model.partners import Partner

if TYPE_CHECKING:
    from valuechain_gui.analysis.matching.glossary import Glossary
    from valuechain_gui.directory.for_match import ForMatch


def _read_directory() -> ForMatch:
    """What matching reads of the directory (the file chosen in Preferences, else the user's);
    nothing when there is no directory or it cannot be read. Only read, never created."""
    from PySide6.QtCore import QSettings

    from valuechain_gui.directory import DirectoryError
    from valuechain_gui.directory.for_match import ForMatch, read_for_match
    from valuechain_gui.ui.directory.settings import directory_path

    try:
        return read_for_match(directory_path(QSettings()))
    except DirectoryError:
        return ForMatch()


def directory_partners() -> list[Partner]:
    """The partner directory's partners that have a map or competences; empty when there is no
    directory or it cannot be read."""
    return _read_directory().partners


def user_glossary() -> Glossary | None:
    """The shipped glossary plus the user's additions kept in the directory; None (the shipped
    glossary) when the directory has none or cannot be read."""
    from valuechain_gui.analysis.matching.glossary import with_additions

    pairs = _read_directory().glossary_pairs
    return with_additions(pairs) if pairs else None


def candidate_partners(project: Project, extra: list[Partner] | None = None) -> list[Partner]:
    """The project's cited partners, then those of ``extra`` (the directory's by default) that
    the project does not cite (same id, or same name and country)."""
    cited = list(project.partners.values())
    ids = {p.id for p in cited}
    keys = {(p.name.casefold(), p.country.upper()) for p in cited}
    found = list(cited)
    for partner in directory_partners() if extra is None else extra:
        key = (partner.name.casefold(), partner.country.upper())
        if partner.id in ids or key in keys:
            continue
        ids.add(partner.id)
        keys.add(key)
        found.append(partner)
    return found
