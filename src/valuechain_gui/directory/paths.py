"""Where the partner directory lives by default: ``partners.sqlite3`` in the user's data folder.

The folder is :func:`platformdirs.user_data_dir` for the application (``~/.local/share/valuechain_gui``
on Linux, ``%LOCALAPPDATA%\\valuechain_gui`` on Windows, ``~/Library/Application Support/...`` on
macOS), the same for the command line and the window. The environment variable
``VALUECHAIN_GUI_DIRECTORY`` names another file (used by tests and by a team that keeps one
directory on a shared drive without passing ``--db`` every time).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "valuechain_gui"
FILE_NAME = "partners.sqlite3"
ENV_VAR = "VALUECHAIN_GUI_DIRECTORY"


def default_directory_path() -> Path:
    """The partner directory file used when none is given (the file may not exist yet)."""
    given = os.environ.get(ENV_VAR, "").strip()
    if given:
        return Path(given).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME
