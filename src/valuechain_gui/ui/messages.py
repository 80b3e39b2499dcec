"""User-facing texts for typed errors: error ``code`` → translated sentence.

The Qt-free layers raise :class:`~valuechain_gui.errors.ValueChainError` subclasses carrying a
stable ``code`` and ``params`` (see ``errors.py``); this module turns them into text in the
interface language with ``QCoreApplication.translate("Messages", ...)``. A code not listed here
falls back to the error's English message, so no error is ever shown empty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..errors import ValueChainError
from ..model import LinkStatus

_CONTEXT = "Messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _templates() -> dict[str, str]:
    """Translated templates keyed by error code (built at call time, in the current language)."""
    return {
        # saving (io/atomic.py SaveError)
        "disk_full": _t("The disk is full: {path} was not written. The previous file is intact."),
        "read_only": _t("The folder is read-only: {path} was not written. "
                        "The previous file is intact."),
        "locked": _t("{path} is locked or read-only (is it open in another program?). "
                     "Nothing was written."),
        "write_failed": _t("{path} could not be written ({reason}). The previous file is intact."),
        "verify_failed": _t("{path}: the written file did not read back correctly ({reason}). "
                            "The previous file is intact."),
        # model invariants
        "blank_name": _t("A name cannot be blank."),
        "duplicate_link_name": _t("A link named “{name}” already exists."),
        "self_flow": _t("A link cannot flow into itself."),
        "duplicate_flow": _t("This flow already exists."),
        "unknown_link": _t("This link no longer exists."),
        "unknown_stage": _t("This stage no longer exists."),
        # opening files (io/project_file.py ProjectFileError)
        "not_found": _t("The file does not exist (it may have been moved or deleted)."),
        "unreadable": _t("The file cannot be read ({reason})."),
        "empty": _t("The file is empty: it is not a valuechain-gui project."),
        "not_text": _t("This is not a valuechain-gui project (it is not a text file)."),
        "not_json": _t("The file is not valid JSON: it may be truncated or damaged ({message})."),
        "not_a_project": _t("This is not a valuechain-gui project file."),
        "bad_version": _t("The file has no valid format version: it is not a valuechain-gui "
                          "project, or it is damaged."),
        "newer_version": _t("This file uses format version {file_version}, written by a newer "
                            "valuechain-gui; this version reads format versions up to "
                            "{supported}. Update valuechain-gui to open it (nothing was changed)."),
        "migration_failed": _t("This file from an older version could not be converted "
                               "({message})."),
        "invalid": _t("The file contains a value that is not allowed: {message}."),
    }


def error_text(error: BaseException) -> str:
    """The message to show for ``error`` (str), in the interface language.

    A :class:`ValueChainError` with a known ``code`` gets its translated template filled from
    ``params``; its ``location`` (field, row) is appended when it has one. Other errors (an
    ``OSError`` from the system) give their own text.
    """
    if isinstance(error, ValueChainError):
        template = _templates().get(error.code)
        if template is None:
            text = error.message
        else:
            text = _fill(template, {**error.params, "message": error.message}, error.message)
        if error.location:
            text = _t("{text}\n(at {location})").format(text=text, location=error.location)
        return text
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def _fill(template: str, params: dict[str, Any], fallback: str) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return fallback


def problems_text(problems: list[Any], limit: int = 30) -> str:
    """The first ``limit`` problems, one per line (each ``FILE:ROW:COLUMN: message``)."""
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(_t("… and {n} more.").format(n=len(problems) - limit))
    return "\n".join(lines)


def status_name(status: LinkStatus) -> str:
    """The word for a link status in the interface language ("strong", "fort", ...)."""
    names = {
        LinkStatus.STRONG: QCoreApplication.translate("Status", "strong"),
        LinkStatus.WEAK: QCoreApplication.translate("Status", "weak"),
        LinkStatus.MISSING: QCoreApplication.translate("Status", "missing"),
        LinkStatus.UNASSESSED: QCoreApplication.translate("Status", "unassessed"),
    }
    return names[LinkStatus(status)]
