"""The "Open Recent" list, kept in QSettings (key ``recent/files``, most recent first, max 10)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_KEY = "recent/files"
MAX_RECENT = 10


class RecentFiles:
    """Most-recently-used project paths.

    Args:
        settings: where the list is stored (default: the application's QSettings).
        limit: how many paths are kept (10).
    """

    def __init__(self, settings: QSettings | None = None, limit: int = MAX_RECENT) -> None:
        self._settings = settings if settings is not None else QSettings()
        self._limit = limit

    def paths(self) -> list[Path]:
        """The stored paths, most recent first (may include files that no longer exist)."""
        value = self._settings.value(SETTINGS_KEY, [])
        if isinstance(value, str):  # QSettings returns a lone string for a 1-item list
            value = [value]
        return [Path(p) for p in (value or []) if p]

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(SETTINGS_KEY, [str(p) for p in paths[: self._limit]])
        self._settings.sync()

    def add(self, path: Path) -> None:
        """Put ``path`` first (absolute), removing an older entry for it; keeps at most ``limit``."""
        path = Path(path).absolute()
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: Path) -> None:
        """Remove ``path`` from the list."""
        path = Path(path).absolute()
        self._store([p for p in self.paths() if p != path])

    def prune(self) -> list[Path]:
        """Remove entries whose file no longer exists; returns the removed paths."""
        paths = self.paths()
        missing = [p for p in paths if not p.is_file()]
        if missing:
            self._store([p for p in paths if p.is_file()])
        return missing

    def clear(self) -> None:
        """Forget every entry."""
        self._store([])
