"""The project file (``.vchain``) on disk: open it, and save it without ever losing the old one.

Loading reads the bytes and hands them to :mod:`valuechain_gui.io.project.codec` (parse → check the
version → migrate → validate → build); every problem is a :class:`ProjectFileError` naming the file,
the JSON path and what was expected.

Both loading and saving pause the cyclic garbage collector
(:func:`~valuechain_gui.io.project.collector.collector_paused`): otherwise about half the time of
opening a large file goes to collections walking objects that are all still in use.

Saving serialises in memory, then :func:`~valuechain_gui.io.project.atomic.atomic_write_bytes` writes a
temporary file in the same folder, fsyncs it, checks it (it is exactly the bytes meant
and will open again: :mod:`valuechain_gui.io.project.save_check`), copies the previous file
to ``NAME.vchain.bak`` and replaces the target with ``os.replace``. A file of an older format
version is first kept as ``NAME.v{N}.vchain.bak`` (never overwritten). Temporary files left by a
killed save are removed by the next save (see :mod:`valuechain_gui.io.project.atomic`).

This module is the public entry point: it re-exports the in-memory functions of the codec.
"""

from __future__ import annotations

import json
import os
import re
from functools import partial
from pathlib import Path

from ...limits import MAX_FILE_BYTES
from ...model import Project
from . import migrations
from .atomic import SaveError, atomic_write_bytes
from .codec import (
    EXTENSION,
    LoadResult,
    ProjectFileError,
    ProjectFileWarning,
    dumps_project,
    loads_project,
    loads_project_with_info,
    project_from_dict,
    project_to_dict,
)
from .collector import collector_paused
from .guard import too_large
from .identity import project_id
from .save_check import check_written

def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous file is kept on save: ``NAME.vchain.bak`` beside ``path``."""
    target = Path(path)
    return target.with_name(target.name + ".bak")


def version_backup_path(path: str | os.PathLike[str], version: int) -> Path:
    """Where a file of older format ``version`` is kept: ``NAME.v{N}.vchain.bak``."""
    target = Path(path)
    name = target.name
    if name.endswith(EXTENSION):
        return target.with_name(f"{name[:-len(EXTENSION)]}.v{version}{EXTENSION}.bak")
    return target.with_name(f"{name}.v{version}.bak")


def _file_version(raw: bytes) -> int | None:
    """The format version of a project file's bytes, or None if it cannot be told."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None
    version = data.get("version") if isinstance(data, dict) else None
    return version if isinstance(version, int) and not isinstance(version, bool) else None


#: The head every file this program writes starts with (``dumps_project``): format, then version.
_HEAD = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"[^"\\]*"\s*,\s*"version"\s*:\s*'
                   rb'(\d{1,9})\s*[,}]')


def _keep_older_version(target: Path) -> None:
    """Copy an older-format file at ``target`` to ``NAME.v{N}.vchain.bak`` unless that exists.

    The version is read from the file's head when it has the usual layout (a 5,000-link file is
    then not parsed twice per save); only a file whose head says it is older, or that has
    another layout, is parsed in full.
    """
    try:
        raw = target.read_bytes()
    except OSError:
        return
    head = _HEAD.match(raw[:4096])
    if head is not None and int(head.group(1)) >= migrations.CURRENT_VERSION:
        return
    version = _file_version(raw)
    if version is None or version >= migrations.CURRENT_VERSION:
        return
    keep = version_backup_path(target, version)
    if not keep.exists():
        atomic_write_bytes(keep, raw)


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write ``project`` to ``path`` atomically; the previous file survives any failure.

    Steps: give the project its stable id if it has none (:mod:`.identity`); serialise in memory; if the file on disk is of an older format version, keep it as
    ``NAME.v{N}.vchain.bak`` (never overwritten); write a temporary file, fsync, re-read and
    validate it; copy the previous file to ``NAME.vchain.bak``; ``os.replace``.

    Raises:
        SaveError: codes ``disk_full``, ``read_only``, ``locked``, ``write_failed``,
            ``verify_failed`` (see :mod:`valuechain_gui.io.project.atomic`); the previous file is intact
            and no temporary file is left behind.
    """
    target = Path(path)
    project_id(project, create=True)  # a project made here gets its id when first written
    with collector_paused():
        try:
            data = dumps_project(project)
        except SaveError as exc:
            exc.params["path"] = str(target)
            raise SaveError(exc.code, exc.template, **exc.params) from exc
        _keep_older_version(target)
        atomic_write_bytes(target, data, backup=backup_path(target),
                           verify=partial(check_written, expected=data, project=project))


def load_project_with_info(path: str | os.PathLike[str]) -> LoadResult:
    """Open the project file at ``path``; returns a :class:`LoadResult`.

    Raises:
        ProjectFileError: ``not_found``, ``unreadable`` and every code of :func:`loads_project`;
            a file larger than :data:`~valuechain_gui.limits.MAX_FILE_BYTES` is refused
            (``too_large``) before it is read.
    """
    file = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise too_large(size, file)
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ProjectFileError("not_found", "no such file", file=file) from None
    except OSError as exc:
        raise ProjectFileError("unreadable", "cannot be read: {reason}", file=file,
                               reason=exc.strerror or str(exc)) from None
    with collector_paused():
        return loads_project_with_info(data, file)


def load_project(path: str | os.PathLike[str]) -> Project:
    """Open the project file at ``path`` (see :func:`load_project_with_info`)."""
    return load_project_with_info(path).project


__all__ = [
    "EXTENSION", "LoadResult", "ProjectFileError", "ProjectFileWarning", "SaveError",
    "backup_path", "dumps_project",
    "load_project", "load_project_with_info", "loads_project", "loads_project_with_info",
    "project_from_dict", "project_to_dict", "save_project",
    "version_backup_path",
]
