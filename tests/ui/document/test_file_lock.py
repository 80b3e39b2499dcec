"""One writer per project file: a file open in another instance is offered read-only; a lock
left by a crashed process does not block."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QMessageBox

from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.io.project.file import load_project
from valuechain_gui.ui.document import file_lock
from valuechain_gui.ui.document.file_lock import lock_holder, lock_path, make_lock

from work_safety_testing import (
    answer_next_box,
    close_quietly,
    make_window,
    rename_first_link,
    saved_project_file,
    use_recovery_dir,
)


@contextmanager
def held_by_another_process(path) -> Iterator[int]:
    """``path``'s lock held by a live child process (another instance) while inside; its PID."""
    hold = ("import sys; from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
            "print(lock.tryLock(0), flush=True); sys.stdin.read()\n")
    child = subprocess.Popen([sys.executable, "-c", hold, str(lock_path(path))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "True"
        yield child.pid
    finally:
        child.stdin.close()
        child.wait(timeout=60)


def _read_only_button(box: QMessageBox):
    return next(b for b in box.buttons() if b.text() == "Open &Read-Only")


def test_file_open_in_another_instance_is_offered_read_only(qtbot, tmp_path, monkeypatch,
                                                            small_project):
    use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    with held_by_another_process(path) as other_pid:  # a second instance holds the file
        window = make_window(qtbot, tmp_path)
        seen: list[QMessageBox] = []
        answer_next_box(_read_only_button, seen)
        assert window.files.load_path(path) is True
        _check_read_only_then_save_as(window, path, small_project, tmp_path)
    assert seen[0].text() == "“plan.vchain” is already open in another valuechain-gui window."
    assert f"(Process {other_pid} on " in seen[0].informativeText()
    close_quietly(window)
    assert not lock_path(tmp_path / "my copy.vchain").exists()  # released on close


def _check_read_only_then_save_as(window, path, small_project, tmp_path) -> None:
    document = window.document
    assert document.read_only and document.project == small_project
    assert not window.menus.act_save.isEnabled() and window.menus.act_save_as.isEnabled()
    assert "(read-only)" in window.windowTitle()

    rename_first_link(document, "Solid-state LiDAR")
    before = path.read_bytes()
    try:
        document.save()
    except SaveError as exc:
        assert exc.code == "locked"
    else:
        raise AssertionError("a read-only document was saved over the other instance's file")
    assert path.read_bytes() == before and document.is_modified()

    copy = tmp_path / "my copy.vchain"
    assert window.files.save_to(copy) is True  # Save As is allowed
    assert not document.read_only and window.menus.act_save.isEnabled()
    assert "(read-only)" not in window.windowTitle()
    assert load_project(copy).link_by_name("Solid-state LiDAR") is not None
    assert lock_holder(copy) is not None and lock_holder(copy).pid == os.getpid()
    assert path.read_bytes() == before


def test_cancel_keeps_the_current_project(qtbot, tmp_path, monkeypatch, small_project):
    use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    window = make_window(qtbot, tmp_path)
    current = window.document
    seen: list[QMessageBox] = []
    with held_by_another_process(path):
        answer_next_box(lambda box: QMessageBox.StandardButton.Cancel, seen)
        assert window.files.load_path(path) is False
    assert len(seen) == 1 and window.document is current
    close_quietly(window)


def test_reopening_the_file_open_in_this_window_asks_nothing(qtbot, tmp_path, monkeypatch,
                                                             small_project):
    use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    window = make_window(qtbot, tmp_path)
    assert window.files.load_path(path) is True
    asked: list[object] = []
    monkeypatch.setattr(file_lock, "ask_open_read_only", lambda *a: asked.append(a) or False)
    assert window.files.load_path(path) is True  # File > Open of the same file again
    assert asked == []
    assert not window.document.read_only and window.menus.act_save.isEnabled()
    assert lock_holder(path) is not None and lock_holder(path).pid == os.getpid()
    close_quietly(window)
    assert not lock_path(path).exists()


def test_a_leftover_lock_naming_this_process_does_not_block(qtbot, tmp_path, monkeypatch,
                                                            small_project):
    """A crashed run's lock whose PID is now ours (PIDs are reused) is not another window."""
    use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    crash = ("import os, sys; from PySide6.QtCore import QLockFile\n"
             "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
             "assert lock.tryLock(0); os._exit(0)  # dies holding it\n")
    subprocess.run([sys.executable, "-c", crash, str(lock_path(path))], check=True, timeout=60)
    lines = lock_path(path).read_text().split("\n")
    lock_path(path).write_text("\n".join([str(os.getpid())] + lines[1:]))  # our PID now
    window = make_window(qtbot, tmp_path)
    asked: list[object] = []
    monkeypatch.setattr(file_lock, "ask_open_read_only", lambda *a: asked.append(a) or False)
    assert window.files.load_path(path) is True
    assert asked == [] and not window.document.read_only and window.menus.act_save.isEnabled()
    second = make_lock(path)
    assert not second.tryLock(0)  # the window really holds the file now
    close_quietly(window)


def test_opening_a_free_file_takes_its_lock_and_close_releases_it(qtbot, tmp_path,
                                                                   monkeypatch, small_project):
    use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    window = make_window(qtbot, tmp_path)
    assert window.files.load_path(path) is True  # no question asked
    assert not window.document.read_only and window.menus.act_save.isEnabled()
    assert lock_path(path).exists() and lock_holder(path).pid == os.getpid()
    second = make_lock(path)
    assert not second.tryLock(0)  # another instance would be refused
    close_quietly(window)
    assert not lock_path(path).exists() and lock_holder(path) is None


def test_lock_left_by_a_crashed_process_does_not_block(qtbot, tmp_path, monkeypatch,
                                                       small_project):
    use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    crash = ("import os, sys; from PySide6.QtCore import QLockFile\n"
             "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
             "assert lock.tryLock(0); os._exit(0)  # dies holding it\n")
    subprocess.run([sys.executable, "-c", crash, str(lock_path(path))], check=True, timeout=60)
    assert lock_path(path).exists()  # the dead process's lock is still on disk
    window = make_window(qtbot, tmp_path)
    assert window.files.load_path(path) is True  # no warning: its PID is dead
    assert not window.document.read_only
    assert lock_holder(path).pid == os.getpid()
    close_quietly(window)


def test_live_process_holding_the_lock_is_named(tmp_path, small_project):
    path = saved_project_file(tmp_path, small_project)
    hold = ("import sys; from PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
            "print(lock.tryLock(0), flush=True); sys.stdin.read()\n")
    child = subprocess.Popen([sys.executable, "-c", hold, str(lock_path(path))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "True"
        holder = lock_holder(path)
        assert holder is not None and holder.pid == child.pid
    finally:
        child.stdin.close()
        child.wait(timeout=60)
    assert lock_holder(path) is None  # it quit and released the lock


def test_start_up_with_a_file_open_elsewhere_offers_read_only(qapp, tmp_path, monkeypatch,
                                                              small_project):
    """The command-line path ``valuechain-gui plan.vchain`` asks before opening the window."""
    from PySide6.QtCore import QLocale, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from valuechain_gui.ui.shell import app as app_module
    from valuechain_gui.ui.text import i18n
    from valuechain_gui.ui.shell import main_window as main_window_module

    use_recovery_dir(monkeypatch, tmp_path)
    ini = str(tmp_path / "settings.ini")
    for module in (app_module, main_window_module):
        monkeypatch.setattr(module, "QSettings",
                            lambda *a: QSettings(ini, QSettings.Format.IniFormat))
    path = saved_project_file(tmp_path, small_project)
    boxes: list[QMessageBox] = []
    answer_next_box(_read_only_button, boxes)
    seen = {}

    def inspect(tries: int = 0) -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "main_window" and w.isVisible()
                       and w.document.path == path), None)
        if window is None:  # still asking: the window comes after the answer
            if tries < 500:
                QTimer.singleShot(10, lambda: inspect(tries + 1))
            return
        seen["read_only"] = window.document.read_only
        seen["save_enabled"] = window.menus.act_save.isEnabled()
        seen["path"] = window.document.path
        close_quietly(window)

    QTimer.singleShot(0, inspect)
    saved_locale = QLocale()
    try:
        with held_by_another_process(path):
            assert app_module.run_app(path, lang="en") == 0
    finally:
        QLocale.setDefault(saved_locale)
        # run_app leaves its translators on the shared QApplication: later tests expect none
        i18n.remove_translators(qapp, getattr(qapp, "_vcg_translators", []))
    assert len(boxes) == 1 and boxes[0].windowTitle() == "File already open"
    assert seen == {"read_only": True, "save_enabled": False, "path": path}
