"""Save failures in the window: a full disk or a read-only folder gives a clear message with
Save As offered, the project stays modified and the file intact; a failing autosave warns in the
status bar without any dialog. Faults are injected by patching the write, since as root
chmod does not make a folder read-only (docs/architecture.md, Known pitfalls)."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from valuechain_gui.io.project import atomic
from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.io.project.file import load_project
from valuechain_gui.ui.document import autosave
from valuechain_gui.ui.document.document import open_document

from work_safety_testing import (
    answer_next_box,
    close_quietly,
    make_window,
    rename_first_link,
    saved_project_file,
    use_recovery_dir,
)

_real_replace = os.replace


def _failing_replace(folder, error_number):
    """An os.replace that fails with ``error_number`` for targets in ``folder`` only."""

    def replace(src, dst, *args, **kwargs):
        if os.path.dirname(os.path.abspath(dst)) == str(folder):
            raise OSError(error_number, os.strerror(error_number))
        return _real_replace(src, dst, *args, **kwargs)

    return replace


def _save_as_button(box: QMessageBox):
    return next(b for b in box.buttons() if b.text() == "Save &As…")


def _edited_window(qtbot, tmp_path, monkeypatch, project):
    use_recovery_dir(monkeypatch, tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    path = saved_project_file(folder, project)
    window = make_window(qtbot, tmp_path, open_document(path), interval_s=3600)
    rename_first_link(window.document, "Solid-state LiDAR")
    return window, path


def _window_failing_on_save(qtbot, tmp_path, monkeypatch, project, error_number):
    """An edited window whose saves into its folder fail with ``error_number``; also returns the
    file's path and its bytes before any save."""
    window, path = _edited_window(qtbot, tmp_path, monkeypatch, project)
    before = path.read_bytes()
    monkeypatch.setattr(atomic.os, "replace", _failing_replace(path.parent, error_number))
    return window, path, before


@pytest.mark.parametrize(("error_number", "reason"), [
    (errno.ENOSPC, "The disk is full: {path} was not written. The previous file is intact."),
    (errno.EACCES, "{path} is locked or read-only (is it open in another program?). "
                   "Nothing was written."),
], ids=["full-disk", "locked-file"])
def test_failed_save_says_why_offers_save_as_and_loses_nothing(qtbot, tmp_path, monkeypatch,
                                                               small_project, error_number,
                                                               reason):
    window, path, before = _window_failing_on_save(qtbot, tmp_path, monkeypatch, small_project,
                                                   error_number)
    seen: list[QMessageBox] = []
    answer_next_box(lambda box: QMessageBox.StandardButton.Cancel, seen)
    assert window.files.save() is False

    (box,) = seen
    assert box.text() == "The project was not saved."
    assert box.informativeText() == reason.format(path=path)
    assert _save_as_button(box) is not None
    assert window.document.is_modified() and window.isWindowModified()
    assert window.document.project.link_by_name("Solid-state LiDAR") is not None
    assert path.read_bytes() == before
    # no temporary file left behind (the lock is this window's hold on the file)
    assert sorted(p.name for p in path.parent.iterdir()) == ["plan.vchain", "plan.vchain.lock"]
    close_quietly(window)


def test_read_only_folder_on_save_then_save_as_elsewhere(qtbot, tmp_path, monkeypatch,
                                                         small_project):
    window, path, before = _window_failing_on_save(qtbot, tmp_path, monkeypatch, small_project,
                                                   errno.EROFS)
    elsewhere = tmp_path / "elsewhere.vchain"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(elsewhere), "")))
    seen: list[QMessageBox] = []
    answer_next_box(_save_as_button, seen)
    assert window.files.save() is True  # written through Save As

    assert seen[0].informativeText() == (f"The folder is read-only: {path} was not written. "
                                         "The previous file is intact.")
    assert window.document.path == elsewhere and not window.document.is_modified()
    assert load_project(elsewhere).link_by_name("Solid-state LiDAR") is not None
    assert path.read_bytes() == before
    close_quietly(window)


def test_autosave_to_an_unwritable_location_warns_in_the_status_bar(qtbot, tmp_path,
                                                                    monkeypatch, small_project):
    window, _path = _edited_window(qtbot, tmp_path, monkeypatch, small_project)
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the recovery folder should be")
    window.autosaver.directory = blocker / "recovery"

    with qtbot.waitSignal(window.autosaver.failed, timeout=5000) as failed:
        window.autosaver.set_interval(0.05)  # the timer tries, fails, and tries again later
    window.autosaver.set_interval(3600)
    assert failed.args[0].startswith("Autosave failed: ")
    assert window.statusBar().currentMessage() == failed.args[0]
    assert QApplication.activeModalWidget() is None  # no dialog, no dialog loop
    assert window.document.is_modified()
    close_quietly(window)


def test_autosave_on_a_full_disk_keeps_the_previous_recovery_file(qtbot, tmp_path, monkeypatch,
                                                                  small_project):
    window, _path = _edited_window(qtbot, tmp_path, monkeypatch, small_project)
    assert window.autosaver.autosave_now()
    data = window.autosaver.folder() / f"{window.autosaver.key}.vchain"
    first = data.read_bytes()
    rename_first_link(window.document, "MEMS LiDAR")

    def full_disk(path, content, **kwargs):
        raise SaveError("disk_full", "disk full", path=str(path), reason="No space left")

    monkeypatch.setattr(autosave, "atomic_write_bytes", full_disk)
    assert window.autosaver.autosave_now() is False
    assert window.autosaver.last_error.startswith("Autosave failed: The disk is full: ")
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert data.read_bytes() == first

    monkeypatch.undo()  # space freed: the next autosave goes through and clears the warning
    use_recovery_dir(monkeypatch, tmp_path)
    assert window.autosaver.autosave_now() is True and window.autosaver.last_error is None
    assert load_project(data).link_by_name("MEMS LiDAR") is not None
    close_quietly(window)
