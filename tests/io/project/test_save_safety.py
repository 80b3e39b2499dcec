"""A failed save leaves the previous file byte-identical and no temporary file behind.

Full disks, read-only folders and locked targets are simulated by patching the write,
``tempfile.mkstemp`` or ``os.replace`` (as root, chmod does not stop writes, so a read-only
folder cannot be made for real).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from valuechain_gui.io.project import atomic
from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.io.project.file import load_project, save_project


@pytest.fixture
def saved(tmp_path, small_project) -> tuple[Path, bytes]:
    """``plan.vchain`` saved once, then the project changed (so the next save differs)."""
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    small_project.update_meta(pole_name="Changed after the first save")
    return target, target.read_bytes()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def raiser(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fail


class FullDiskFile:
    """Stands for the temporary file: the first write fails with ENOSPC after half the bytes."""

    def __init__(self, fd: int, mode: str) -> None:
        self._file = open(fd, mode)  # noqa: SIM115 - closed in __exit__

    def write(self, data: bytes) -> int:
        self._file.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self._file, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()


@pytest.mark.parametrize(("patch", "code"), [
    ("write_enospc", "disk_full"),
    ("fsync_enospc", "disk_full"),
    ("replace_enospc", "disk_full"),
    ("mkstemp_erofs", "read_only"),
    ("replace_erofs", "read_only"),
    ("replace_eacces", "locked"),
    ("mkstemp_eacces", "locked"),
])
def test_failed_save_keeps_the_previous_file_and_leaves_no_temp(
        saved, small_project, monkeypatch, patch, code):
    target, before = saved
    names_before = files_in(target.parent)
    if patch == "write_enospc":
        monkeypatch.setattr(atomic.os, "fdopen", FullDiskFile)
    elif patch == "fsync_enospc":
        monkeypatch.setattr(atomic.os, "fsync", raiser(errno.ENOSPC))
    elif patch.startswith("replace_"):
        errcode = {"enospc": errno.ENOSPC, "erofs": errno.EROFS, "eacces": errno.EACCES}
        monkeypatch.setattr(atomic.os, "replace", raiser(errcode[patch.split("_")[1]]))
    else:
        errcode = {"erofs": errno.EROFS, "eacces": errno.EACCES}
        monkeypatch.setattr(atomic.tempfile, "mkstemp", raiser(errcode[patch.split("_")[1]]))
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    monkeypatch.undo()
    assert info.value.code == code
    assert info.value.params["path"] == str(target)
    assert "intact" in str(info.value) or "nothing was written" in str(info.value)
    assert target.read_bytes() == before
    assert not [n for n in files_in(target.parent) if n.endswith(".tmp")]
    assert files_in(target.parent) - names_before <= {"plan.vchain.bak"}
    assert load_project(target).pole_name == ""


def test_full_disk_while_copying_the_backup_keeps_the_old_backup(saved, small_project,
                                                                  monkeypatch):
    target, before = saved
    save_project(small_project, target)  # now plan.vchain.bak holds the first version
    old_backup = (target.parent / "plan.vchain.bak").read_bytes()
    current = target.read_bytes()
    small_project.update_meta(territory="Centre")
    real_fdopen = os.fdopen
    calls = []

    def second_file_full(fd, mode="r", *args, **kwargs):
        calls.append(fd)
        if len(calls) == 2:  # 1: the new file's temp, 2: the backup's temp
            return FullDiskFile(fd, mode)
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "fdopen", second_file_full)
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    monkeypatch.undo()
    assert info.value.code == "disk_full"
    assert target.read_bytes() == current
    assert (target.parent / "plan.vchain.bak").read_bytes() == old_backup == before
    assert not [n for n in files_in(target.parent) if n.endswith(".tmp")]


def test_a_corrupted_write_is_caught_by_the_read_back_check(saved, small_project, monkeypatch):
    target, before = saved
    real_fdopen = os.fdopen

    class BitFlip:
        def __init__(self, fd, mode):
            self._file = real_fdopen(fd, mode)

        def write(self, data: bytes) -> int:
            return self._file.write(data.replace(b'"links": [', b'"links": {', 1))

        def __getattr__(self, name):
            return getattr(self._file, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._file.close()

    monkeypatch.setattr(atomic.os, "fdopen", BitFlip)
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    monkeypatch.undo()
    assert info.value.code == "verify_failed"
    assert target.read_bytes() == before
    assert not [n for n in files_in(target.parent) if n.endswith(".tmp")]


def test_a_project_json_cannot_carry_is_refused_before_touching_the_disk(saved, small_project):
    target, before = saved
    action = next(iter(small_project.actions.values()))
    action.budget = float("nan")  # bypasses the model's door (which refuses it) on purpose
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    assert info.value.code == "write_failed"
    assert str(target) in str(info.value)
    assert target.read_bytes() == before


def test_a_blank_link_name_that_would_not_load_back_is_refused(saved, small_project):
    """The read-back check validates the file: never write a file this app cannot open."""
    target, before = saved
    link = next(iter(small_project.links.values()))
    link.name = "   "  # bypasses the model's checks on purpose
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    assert info.value.code == "verify_failed"
    assert "links[0].name" in str(info.value)
    assert target.read_bytes() == before


def test_save_error_messages_are_plain_sentences(tmp_path, small_project, monkeypatch):
    monkeypatch.setattr(atomic.os, "replace", raiser(errno.ENOSPC))
    with pytest.raises(SaveError) as info:
        save_project(small_project, tmp_path / "x.vchain")
    assert str(info.value) == (f"The disk is full: {tmp_path / 'x.vchain'} was not written "
                               "(no partial file was left).")
    monkeypatch.undo()
    save_project(small_project, tmp_path / "x.vchain")
    monkeypatch.setattr(atomic.os, "replace", raiser(errno.ENOSPC))
    with pytest.raises(SaveError) as info:
        save_project(small_project, tmp_path / "x.vchain")
    assert str(info.value).endswith("was not written (the previous file is intact).")


def test_a_new_file_gets_the_usual_permissions_and_a_saved_one_keeps_its_own(tmp_path,
                                                                            small_project):
    old_mask = os.umask(0o022)
    try:
        target = tmp_path / "new.vchain"
        save_project(small_project, target)
        assert target.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
        target.chmod(0o640)
        save_project(small_project, target)
        assert target.stat().st_mode & 0o777 == 0o640
        assert (tmp_path / "new.vchain.bak").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old_mask)
