"""The partner directory: a SQLite file (standard library) shared by a pôle team; no Qt.

:func:`open_directory` opens (or creates) it and returns a :class:`Directory`; every failure is
a :class:`DirectoryError` with a code (``locked``, ``corrupt``, ``newer``, ``unreadable``,
``missing``, ``duplicate``) and a one-line message naming the file. See ``docs/directory.md``.
"""

from __future__ import annotations

from .errors import DirectoryError
from .paths import default_directory_path
from .rows import Validation
from .store import Directory, open_directory

__all__ = ["Directory", "DirectoryError", "Validation", "default_directory_path",
           "open_directory"]
