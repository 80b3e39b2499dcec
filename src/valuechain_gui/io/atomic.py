"""Atomic file replacement: the previous good file survives any failure.

Procedure (see DESIGN.md, "Known pitfalls / Saving"): write the new bytes to a temporary file in
the target's folder, flush and fsync it, optionally check it, copy the previous file to a backup,
then ``os.replace`` the temporary file over the target and fsync the folder. The target is never
renamed away first, so there is no moment without a file on disk; a failure at any step removes the
temporary file and leaves the target as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import ValueChainError


class SaveError(ValueChainError):
    """Writing a file failed; the previous file is intact.

    ``code`` is one of ``disk_full``, ``read_only``, ``locked``, ``write_failed``,
    ``verify_failed``; ``params`` has ``path`` and ``reason``. Saving a project also raises
    ``project_too_large`` (params ``path``, ``size_mb``, ``limit_mb``; see
    :func:`~valuechain_gui.io.project_codec.dumps_project`).
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
    kept = KEPT_PREVIOUS if target.exists() else KEPT_NOTHING
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent or ".")
        with os.fdopen(fd, "wb") as handle:
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


def _copy_atomically(source: Path, destination: Path) -> None:
    """Copy ``source`` over ``destination`` through a fsynced temporary file and ``os.replace``,
    so that a failure (e.g. a full disk) never leaves a half-written copy in place of the old one.
    Raises OSError; the temporary file is removed on failure."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp",
                                    dir=destination.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle, open(source, "rb") as original:
            shutil.copyfileobj(original, handle)
            handle.flush()
            os.fsync(handle.fileno())
        shutil.copystat(source, tmp_name)
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
