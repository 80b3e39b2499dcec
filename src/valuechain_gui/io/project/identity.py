"""A project's stable id: the top-level ``id`` key of its file (format version 4).

Every project written by this version has one: a file of an older format gets it from the
migration to version 4, a project made here (new, imported, from a template) on its first save.
It names the project across copies and machines: co-editing uses it as the project's default
room. It is file metadata, like the format version, not something the user edits: it is kept
among the project's unknown keys and never goes through the undo stack.
"""

from __future__ import annotations

from ...model import Project, new_id

#: The top-level key of the project's id.
ID_KEY = "id"


def project_id(project: Project, create: bool = False) -> str | None:
    """The project's stable id (created and kept in the project if ``create``), or None."""
    value = project.extra.get(ID_KEY)
    if isinstance(value, str) and value:
        return value
    if not create:
        return None
    project.extra[ID_KEY] = new_id()
    return project.extra[ID_KEY]
