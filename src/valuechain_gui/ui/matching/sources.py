"""Where the partners to rank come from: the partners the project cites, then the partner
directory's when one is available.

The directory (``valuechain_gui.directory``) is optional here: :func:`directory_partners` is the
one place that reads it, so the panel works the same without it (no directory module, no
directory file, a locked or corrupt one: no directory partner, never an error).
"""

from __future__ import annotations

from valuechain_gui.model import Project
from valuechain_gui.model.partners import Partner


def directory_partners() -> list[Partner]:
    """The partner directory's partners that have a map or competences (the file chosen in
    Preferences, else the user's); empty when there is no directory or it cannot be read. The
    directory is only read, never created."""
    from PySide6.QtCore import QSettings

    from valuechain_gui.directory import DirectoryError
    from valuechain_gui.directory.for_match import partners_for_match
    from valuechain_gui.ui.directory.settings import directory_path

    try:
        partners, _warnings = partners_for_match(directory_path(QSettings()))
    except DirectoryError:
        return []
    return partners


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
