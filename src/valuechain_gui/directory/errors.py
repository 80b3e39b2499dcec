"""The one error a partner directory raises: :class:`DirectoryError`, with a code and the file.

Codes (stable; the window turns them into translated sentences):

- ``locked``: another program holds a write transaction past the busy timeout;
- ``corrupt``: the file is not a SQLite database, or its pages are damaged (truncated file...);
- ``newer``: written by a newer version of the application (schema version above ours);
- ``unreadable``: the file or its folder cannot be opened (permissions, a folder, a bad path);
- ``missing``: the file does not exist and the caller asked not to create it;
- ``duplicate``: another partner already has this name in this country.

The message is one line naming the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import ValueChainError
from ..text_safety import escape_controls

CODES = ("locked", "corrupt", "newer", "unreadable", "missing", "duplicate")


class DirectoryError(ValueChainError):
    """A partner directory could not be opened, read or written.

    Attributes:
        code: one of :data:`CODES`.
        path: the directory file.
        reason: the short English reason (without the file).
    """

    def __init__(self, code: str, message: str, path: Path | str) -> None:
        self.path = Path(path)
        self.reason = message
        super().__init__(code, "{text}", file=None, path=str(path), reason=message,
                         text=escape_controls(f"{path}: {message}"))

    def __str__(self) -> str:
        return self.message


def from_sqlite(exc: BaseException, path: Path) -> DirectoryError:
    """The :class:`DirectoryError` a :mod:`sqlite3` (or OS) error on ``path`` means."""
    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, OSError):
        return DirectoryError("unreadable", f"the partner directory cannot be opened "
                              f"({exc.strerror or text})", path)
    if "locked" in lowered or "busy" in lowered:
        return DirectoryError("locked", "the partner directory is busy: another window or "
                              "program is writing to it; try again in a moment", path)
    if ("not a database" in lowered or "malformed" in lowered or "corrupt" in lowered
            or isinstance(exc, sqlite3.DatabaseError) and "disk image" in lowered):
        return DirectoryError("corrupt", "this file is not a readable partner directory (damaged "
                              "or not a SQLite database); restore a copy or choose another file",
                              path)
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered \
            or "disk i/o" in lowered:
        return DirectoryError("unreadable", f"the partner directory cannot be opened or written "
                              f"({text})", path)
    return DirectoryError("corrupt", f"the partner directory cannot be read ({text})", path)
