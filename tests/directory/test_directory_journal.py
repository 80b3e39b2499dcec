"""Choosing the journal: the rollback journal on a network file system, WAL elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuechain_gui.directory.journal import journal_mode, mount_type

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/team nfs4 rw,relatime 0 0
//nas/share /mnt/nas cifs rw 0 0
me@host:/data /home/me/remote\\040dir fuse.sshfs rw 0 0
tmpfs /mnt/team/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "fs_type", "mode"), [
    ("/home/me/partners.sqlite3", "ext4", "wal"),
    ("/mnt/team/pole/partners.sqlite3", "nfs4", "delete"),
    ("/mnt/nas/partners.sqlite3", "cifs", "delete"),
    ("/home/me/remote dir/partners.sqlite3", "fuse.sshfs", "delete"),
    ("/mnt/team/local/partners.sqlite3", "tmpfs", "wal"),  # the longest mount point wins
    ("/mnt/teamwork/partners.sqlite3", "ext4", "wal"),  # not inside /mnt/team
])
def test_the_mount_holding_the_file_decides(path, fs_type, mode, monkeypatch):
    monkeypatch.delenv("VALUECHAIN_GUI_DIRECTORY_JOURNAL", raising=False)
    assert mount_type(Path(path), MOUNTS) == fs_type
    assert journal_mode(Path(path), mounts=MOUNTS) == mode


def test_a_setting_forces_the_journal(monkeypatch):
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY_JOURNAL", "delete")
    assert journal_mode(Path("/home/me/partners.sqlite3"), mounts=MOUNTS) == "delete"
    assert journal_mode(Path("/mnt/nas/p.sqlite3"), "wal", mounts=MOUNTS) == "wal"
    monkeypatch.delenv("VALUECHAIN_GUI_DIRECTORY_JOURNAL")
    assert journal_mode(Path("//nas/share/p.sqlite3"), mounts="") == "delete"
