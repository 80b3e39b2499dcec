"""Atomic file replacement: the previous good file survives any failure.

Procedure: write the new bytes to a temporary file in the target's folder, flush and fsync it,
optionally check it, copy the previous file to a backup, then ``os.replace`` the temporary file
over the target and fsync the folder. The target is never renamed away first, so there is no moment
without a file on disk; a failure at any step removes the temporary file and leaves the target as
it was.

Names are checked first: the temporary names (``.NAME.XXXXXXXX.tmp``, and for the backup
``.NAME.bak.XXXXXXXX.tmp``) are longer than the target's, so a name that fits on its own but not
with them is refused before anything is written (:func:`check_name_lengths`), rather than
working once and failing at the first save that makes a backup.

A process killed while saving leaves its temporary file behind. Each temporary file is
``flock``-ed by the process writing it until it is renamed, so the next save of the same target
removes the temporaries that no live process holds (:func:`remove_dead_temporaries`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ...errors import ValueChainError


class SaveError(ValueChainError):
    """Writing a file failed; the previous file is intact.

    ``code`` is one of ``disk_full``, ``read_only``, ``locked``, ``write_failed``,
    ``verify_failed``, ``name_too_long``; ``params`` has ``path`` and ``reason`` (for
    ``name_too_long``: ``length``, ``longest``, ``needed``, ``limit``). Saving a project also raises
    ``project_too_large`` (params ``path``, ``size_mb``, ``limit_mb``; see
    :func:`~valuechain_gui.io.project.codec.dumps_project`).
    """


def _classify(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "disk_full"
    if exc.errno in (errno.EROFS,):
        return "read_only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "locked"
    return "write_failed"


_TEMPLATES = {
    "disk_full": "The disk is full: {path} was not written ({kept}).",
    "read_only": "The folder is read-only: {path} was not written ({kept}).",
    "locked": "{path} is locked or read-only (is it open in another program?); "
              "nothing was written.",
    "write_failed": "{path} could not be written: {reason} ({kept}).",
}
#: What the messages say became of the target: it existed and is intact, or it never existed.
KEPT_PREVIOUS = "the previous file is intact"
KEPT_NOTHING = "no partial file was left"

#: Windows cannot rename a file that is still open: there the temporary file is closed first
#: (and left unlocked for that moment); elsewhere it stays open, and locked, until renamed.
_CLOSE_BEFORE_RENAME = os.name == "nt"
#: Characters ``tempfile.mkstemp`` puts in a temporary name, and how many.
_RANDOM = "[a-z0-9_]{8}"


def temp_name_pattern(name: str) -> re.Pattern[str]:
    """The names of the temporary files of a save of ``name`` (its own and its backup's)."""
    return re.compile(rf"\.{re.escape(name)}(?:\.bak)?\.{_RANDOM}\.tmp")


def name_limit(folder: Path) -> int:
    """The longest file name (bytes) the folder's file system takes; 255 when it cannot say."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def check_name_lengths(path: str | os.PathLike[str],
                       backup: str | os.PathLike[str] | None = None,
                       also: Iterable[str] = ()) -> None:
    """Refuse a target whose own name, or a name saving it writes, is too long for its folder.

    Checked: the target, its temporary file, the backup and the backup's temporary file, and
    the names in ``also`` (e.g. the lock file), all in the target's folder.

    Raises:
        SaveError: ``name_too_long`` (params ``path``, ``length``, ``longest``, ``needed``,
            ``limit``), before anything is written.
    """
    target = Path(path)
    folder = target.parent
    names = [target.name, "." + target.name + ".XXXXXXXX.tmp", *also]
    if backup is not None:
        backup_name = Path(backup).name
        names += [backup_name, "." + backup_name + ".XXXXXXXX.tmp"]
    limit = name_limit(folder if str(folder) else Path("."))
    longest = max(names, key=lambda name: len(os.fsencode(name)))
    needed = len(os.fsencode(longest))
    if needed > limit:
        length = len(os.fsencode(target.name))
        raise SaveError(
            "name_too_long",
            "the file name is too long ({length} bytes): saving it also writes {longest} "
            "({needed} bytes) and this folder takes names of at most {limit} bytes; nothing "
            "was written (choose a name at most {room} bytes long)",
            file=str(target), path=str(target), length=length, longest=_shorten(longest),
            needed=needed, limit=limit, room=length - (needed - limit))


def _shorten(name: str) -> str:
    return name if len(name) <= 40 else f"{name[:16]}…{name[-20:]}"


def atomic_write_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    backup: str | os.PathLike[str] | None = None,
    verify: Callable[[Path], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` atomically.

    Args:
        path: target file.
        data: the complete new content.
        backup: if given and the target exists, the target is first copied there (replacing the
            previous backup atomically: a failed copy leaves the previous backup as it was).
        verify: called with the fsynced temporary file's path before it replaces the target; it
            raises (any exception) to refuse the file, which then leaves the target untouched.

    Raises:
        SaveError: with code ``disk_full``, ``read_only``, ``locked`` or ``write_failed`` for an
            OSError, ``verify_failed`` when ``verify`` refused the written file.
    """
    target = Path(path)
    check_name_lengths(target, backup)
    kept = KEPT_PREVIOUS if target.exists() else KEPT_NOTHING
    tmp_name: str | None = None
    handle = None
    try:
        remove_dead_temporaries(target)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent or ".")
        handle = os.fdopen(fd, "wb")
        _hold(handle.fileno())  # until renamed: a later save knows a live save owns it
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        if verify is not None:
            try:
                verify(Path(tmp_name))
            except Exception as exc:  # noqa: BLE001 - any refusal aborts the save
                raise SaveError("verify_failed",
                                "{path}: the written file did not read back correctly ({reason}); "
                                "{kept}.",
                                path=str(target), reason=str(exc), kept=kept) from exc
        if backup is not None and target.exists():
            _copy_atomically(target, Path(backup))
        if target.exists():
            shutil.copymode(target, tmp_name)
        else:  # mkstemp makes 0600 files; a new document gets the usual permissions
            os.chmod(tmp_name, 0o666 & ~_current_umask())
        if _CLOSE_BEFORE_RENAME:
            handle.close()
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except OSError as exc:
        code = _classify(exc)
        raise SaveError(code, _TEMPLATES[code], path=str(target),
                        reason=exc.strerror or str(exc), kept=kept) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
        if handle is not None:
            try:
                handle.close()
            except OSError:
                pass


def _hold(fd: int) -> None:
    """``flock`` a temporary file while this process writes it (released when closed or when
    the process dies); best effort where flock is missing."""
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, OSError):
        pass


def remove_dead_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Delete the temporary files of saves of ``path`` whose process is gone.

    A temporary file is removed only when its ``flock`` can be taken, i.e. no live process is
    writing it (:func:`atomic_write_bytes` holds it until the rename). Errors are ignored.

    Returns:
        The paths removed.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no way to tell a live save
        return []
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    pattern = temp_name_pattern(target.name)
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder)
                 if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)]
    except OSError:
        return removed
    for name in names:
        candidate = folder / name
        try:
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(candidate)
            removed.append(candidate)
        except OSError:
            continue  # a live save holds it
        finally:
            os.close(fd)
    return removed


def _copy_atomically(source: Path, destination: Path) -> None:
    """Copy ``source`` over ``destination`` through a fsynced temporary file and ``os.replace``,
    so that a failure (e.g. a full disk) never leaves a half-written copy in place of the old one.
    Raises OSError; the temporary file is removed on failure."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp",
                                    dir=destination.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle, open(source, "rb") as original:
            _hold(handle.fileno())
            shutil.copyfileobj(original, handle)
            handle.flush()
            os.fsync(handle.fileno())
            shutil.copystat(source, tmp_name)
            if not _CLOSE_BEFORE_RENAME:
                os.replace(tmp_name, destination)
        if _CLOSE_BEFORE_RENAME:
            os.replace(tmp_name, destination)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
