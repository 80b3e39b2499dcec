"""Which directory file the window uses: Preferences' ``directory/path``, else the default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from valuechain_gui.directory import default_directory_path

__all__ = ["PATH_KEY", "default_directory_path", "directory_path"]

PATH_KEY = "directory/path"


def directory_path(settings: QSettings) -> Path:
    """The directory file chosen in Preferences, or the user's default one."""
    value = str(settings.value(PATH_KEY, "") or "").strip()
    return Path(value).expanduser() if value else default_directory_path()
