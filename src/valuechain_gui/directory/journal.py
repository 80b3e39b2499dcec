"""Which journal a directory file gets: WAL on a local disk, the rollback journal on a network.

SQLite's WAL mode shares an index in memory-mapped shared memory, which does not work between
machines: on a network file system (NFS, SMB/CIFS, SSHFS...) the directory uses the rollback
journal (``DELETE``) with short write transactions. The file system is read from
``/proc/mounts`` (Linux): the mount point that holds the file's folder, longest prefix first.
Elsewhere (no ``/proc/mounts``), a path starting with ``\\\\`` (a Windows share) counts as
network. The environment variable ``VALUECHAIN_GUI_DIRECTORY_JOURNAL`` (``wal`` or ``delete``),
or the ``journal`` argument of :func:`~.store.open_directory`, forces a mode.
"""

from __future__ import annotations

import os
from pathlib import Path

WAL, DELETE = "wal", "delete"
ENV_VAR = "VALUECHAIN_GUI_DIRECTORY_JOURNAL"
#: File-system types of /proc/mounts that are network shares (prefix match for smb*, fuse.*).
NETWORK_TYPES = ("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "fuse.sshfs",
                 "fuse.rclone", "fuse.gvfsd-fuse", "9p", "afs", "ncpfs", "davfs", "fuse.davfs2",
                 "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs")


def _unescape(field: str) -> str:
    """A /proc/mounts field with its octal escapes (``\\040`` for a space) decoded."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_type(path: Path, mounts: str | None = None) -> str | None:
    """The file-system type of the mount holding ``path`` (``"ext4"``, ``"nfs4"``...), or None
    when /proc/mounts cannot be read. ``mounts`` is the table's text (for tests)."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(path.parent if not path.is_dir() else path)
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1]).rstrip("/") or "/"
        inside = target == point or target.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fields[2])
    return best[1] if best else None


def is_network(fs_type: str | None) -> bool:
    """True for a network file-system type of /proc/mounts."""
    if not fs_type:
        return False
    lowered = fs_type.lower()
    return lowered in NETWORK_TYPES or lowered.startswith(("nfs", "smb", "cifs", "fuse.sshfs"))


def journal_mode(path: Path, forced: str | None = None, mounts: str | None = None) -> str:
    """:data:`WAL` or :data:`DELETE` for the directory file ``path`` (see the module docstring)."""
    choice = (forced or os.environ.get(ENV_VAR, "")).strip().lower()
    if choice in (WAL, DELETE):
        return choice
    if str(path).startswith(("\\\\", "//")):
        return DELETE
    return DELETE if is_network(mount_type(path, mounts)) else WAL
