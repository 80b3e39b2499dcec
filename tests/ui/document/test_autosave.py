"""Autosave: a recovery file after the interval when modified, on focus loss, never when clean;
removed on save and on clean close; untitled projects covered; a failure of any kind is
caught, logged and shown once."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication

from valuechain_gui.io.project.file import load_project
from valuechain_gui.ui.document.autosave import path_key
from valuechain_gui.ui.document.commands.stages import AddStageCommand
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.document.edit import LANE_GRID

from work_safety_testing import (
    close_quietly,
    make_window,
    rename_first_link,
    saved_project_file,
    use_recovery_dir,
)


def _data_files(folder):
    return sorted(p.name for p in folder.glob("*.vchain")) if folder.exists() else []


@pytest.fixture
def edited(qtbot, tmp_path, monkeypatch, small_project):
    """(window, recovery folder, project file): a window on a saved copy of ``small_project``
    whose first link was renamed "Solid-state LiDAR", with a one-hour autosave interval (only
    what a test triggers autosaves). The test closes the window."""
    folder = use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    window = make_window(qtbot, tmp_path, open_document(path), interval_s=3600)
    rename_first_link(window.document, "Solid-state LiDAR")
    return window, folder, path


def test_modified_project_is_autosaved_after_the_interval(qtbot, tmp_path, monkeypatch,
                                                          small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    window = make_window(qtbot, tmp_path, open_document(path))
    window.autosaver.set_interval(0.1)
    rename_first_link(window.document, "Solid-state LiDAR")

    key = path_key(path)
    qtbot.waitUntil(lambda: (folder / f"{key}.json").exists(), timeout=5000)
    assert load_project(folder / f"{key}.vchain") == window.document.project
    info = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    assert info["original"] == str(path.absolute())
    assert info["counts"] == {"links": 4, "flows": 3, "actions": 2}
    assert load_project(path).link_by_name("Solid-state LiDAR") is None  # user's file untouched
    close_quietly(window)


def test_clean_project_is_never_autosaved(qtbot, tmp_path, monkeypatch, small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path, open_document(saved_project_file(tmp_path,
                                                                          small_project)))
    window.autosaver.set_interval(0.05)
    for _ in range(3):
        with qtbot.waitSignal(window.autosaver.timer.timeout, timeout=2000):
            pass
    assert _data_files(folder) == []
    assert window.autosaver.autosave_now() is False
    close_quietly(window)


def test_only_changes_since_the_last_autosave_are_written(qtbot, tmp_path, monkeypatch,
                                                         small_project):
    use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path, open_document(saved_project_file(tmp_path,
                                                                          small_project)))
    rename_first_link(window.document, "A")
    assert window.autosaver.autosave_now() is True
    assert window.autosaver.autosave_now() is False  # still modified, but nothing new
    rename_first_link(window.document, "B")
    assert window.autosaver.autosave_now() is True
    close_quietly(window)


def test_window_losing_focus_triggers_autosave(edited):
    window, folder, path = edited
    assert _data_files(folder) == []
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert _data_files(folder) == [f"{path_key(path)}.vchain"]
    close_quietly(window)


def test_application_going_inactive_triggers_autosave(edited):
    window, folder, _path = edited
    QGuiApplication.instance().applicationStateChanged.emit(
        Qt.ApplicationState.ApplicationInactive)
    assert len(_data_files(folder)) == 1
    close_quietly(window)


def test_untitled_project_is_autosaved_under_an_untitled_key(qtbot, tmp_path, monkeypatch):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path, interval_s=3600)  # a new untitled project
    window.document.undo_stack.push(
        AddStageCommand(window.document.project, "Recycling", grid=LANE_GRID))
    assert window.autosaver.autosave_now() is True
    (data,) = _data_files(folder)
    assert data.startswith("untitled-")
    info = json.loads((folder / data.replace(".vchain", ".json")).read_text(encoding="utf-8"))
    assert info["original"] is None
    assert [s.name for s in load_project(folder / data).stages][-1] == "Recycling"
    close_quietly(window)


def test_saving_removes_the_recovery_file(edited):
    window, folder, path = edited
    window.autosaver.autosave_now()
    assert len(_data_files(folder)) == 1
    assert window.files.save() is True
    assert _data_files(folder) == []
    assert load_project(path).link_by_name("Solid-state LiDAR") is not None
    close_quietly(window)


def test_clean_close_after_discard_removes_the_recovery_file(edited):
    window, folder, _path = edited
    window.autosaver.autosave_now()
    assert len(_data_files(folder)) == 1
    assert list(folder.glob("*.lock"))  # held while the window follows the project
    close_quietly(window)  # the user answered Discard
    assert _data_files(folder) == []
    assert list(folder.glob("*.lock")) == []


def test_new_project_after_discard_removes_the_old_recovery_file(edited):
    window, folder, _path = edited
    window.autosaver.autosave_now()
    window.files.maybe_save = lambda: True  # Discard
    window.files.new_project()
    assert _data_files(folder) == []
    close_quietly(window)


def test_save_as_of_an_untitled_project_moves_autosave_to_the_file_key(qtbot, tmp_path,
                                                                       monkeypatch):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path, interval_s=3600)
    window.document.undo_stack.push(
        AddStageCommand(window.document.project, "Recycling", grid=LANE_GRID))
    window.autosaver.autosave_now()
    assert _data_files(folder)[0].startswith("untitled-")
    target = tmp_path / "new.vchain"
    window.document.save(target)
    assert _data_files(folder) == []
    window.document.undo_stack.push(
        AddStageCommand(window.document.project, "Reuse", grid=LANE_GRID))
    window.autosaver.autosave_now()
    assert _data_files(folder) == [f"{path_key(target)}.vchain"]
    close_quietly(window)


def test_preference_sets_the_interval(qtbot, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path, interval_s=45)
    assert window.autosaver.interval_s() == 45
    close_quietly(window)


def test_preferences_dialog_saves_interval_and_language_and_shows_the_folder(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from valuechain_gui.ui.shell.preferences import PreferencesDialog

    folder = use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    assert window.menus.act_preferences in window.menus.edit_menu.actions()
    assert window.autosaver.interval_s() == 30  # the default

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.recovery_field.text() == str(folder)
        dialog.interval_spin.setValue(90)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.menus.act_preferences.trigger()
    assert window.autosaver.interval_s() == 90  # applied at once
    assert window.settings.value("autosave/interval_s") in (90, "90")
    assert window.settings.value("ui/language") == "fr"  # read by i18n at the next start
    close_quietly(window)


def test_a_window_never_autosaved_leaves_no_file(qtbot, tmp_path, monkeypatch):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    close_quietly(window)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_same_file_in_two_instances_autosaves_under_distinct_keys(qtbot, tmp_path, monkeypatch,
                                                                   small_project):
    from valuechain_gui.ui.document.autosave import session_lock, write_recovery

    folder = use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    key = path_key(path)
    write_recovery(small_project, key, path, folder)  # the other instance's autosave
    other_instance = session_lock(key, folder)
    assert other_instance.tryLock(0)
    theirs = (folder / f"{key}.vchain").read_bytes()
    window = make_window(qtbot, tmp_path, open_document(path))
    rename_first_link(window.document, "Solid-state LiDAR")
    assert window.autosaver.autosave_now()
    assert window.autosaver.key.startswith(key + "-")
    assert (folder / f"{key}.vchain").read_bytes() == theirs
    other_instance.unlock()
    close_quietly(window)


def test_stale_session_locks_without_recovery_files_are_cleaned(tmp_path):
    import subprocess
    import sys

    from valuechain_gui.ui.shell.recovery import orphaned_entries

    folder = tmp_path / "recovery"
    folder.mkdir()
    crash = ("import os, sys; from PySide6.QtCore import QLockFile\n"
             "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
             "assert lock.tryLock(0); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", crash, str(folder / "untitled-x.lock")], check=True,
                   timeout=60)
    assert (folder / "untitled-x.lock").exists()
    assert orphaned_entries(folder) == []
    assert list(folder.iterdir()) == []


def test_an_autosave_failure_of_any_kind_is_caught_logged_and_shown_once(
        qtbot, edited, monkeypatch, caplog, english):
    """Text UTF-8 cannot carry (a lone surrogate) made turning the project into bytes raise
    UnicodeEncodeError out of the timer, into the "Unexpected error" dialog."""
    from valuechain_gui.io.project import codec as project_codec

    window, folder, path = edited
    assert window.autosaver.autosave_now()
    key = window.autosaver.key
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix != ".lock"}

    def cannot_encode(project):
        raise UnicodeEncodeError("utf-8", "LiDAR \ud800", 6, 7, "surrogates not allowed")

    monkeypatch.setattr(project_codec, "dumps_project", cannot_encode)
    rename_first_link(window.document, "MEMS LiDAR")
    shown = []
    window.autosaver.failed.connect(shown.append)
    with caplog.at_level("DEBUG", logger="valuechain_gui.ui.document.autosave"):
        window.autosaver.set_interval(0.05)  # the timer's tries: no exception leaves the slot
        for _ in range(3):
            with qtbot.waitSignal(window.autosaver.timer.timeout, timeout=5000):
                pass
        assert window.autosaver.autosave_now() is False
    window.autosaver.set_interval(3600)

    expected = ("Autosave failed: the project could not be converted to a file "
                "(UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in "
                "position 6: surrogates not allowed). Your changes are still open here; "
                "save the project to keep them.")
    assert shown == [expected]  # once, not at every try
    assert window.statusBar().currentMessage() == expected
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert [r.getMessage() for r in warnings] == [expected]
    assert warnings[0].exc_info is not None  # the traceback is in the log
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix != ".lock"} == before
    assert window.document.is_modified() and window.autosaver.key == key

    monkeypatch.undo()  # the text was cleaned: the next autosave goes through
    use_recovery_dir(monkeypatch, folder.parent)
    assert window.autosaver.autosave_now() is True and window.autosaver.last_error is None
    assert load_project(folder / f"{key}.vchain").link_by_name("MEMS LiDAR") is not None
    close_quietly(window)


def test_a_project_file_name_that_is_not_utf8_is_autosaved_and_offered(tmp_path, small_project):
    """On Linux a file name may hold bytes that are not UTF-8 (an old Latin-1 disk): Python
    reads them as lone surrogates, which made writing the sidecar raise."""
    from valuechain_gui.ui.document.autosave import write_recovery
    from valuechain_gui.ui.shell.recovery_scan import scan_recovery

    original = tmp_path / os.fsdecode(b"fa\xe7ade.vchain")
    folder = tmp_path / "recovery"
    write_recovery(small_project, path_key(original), original, folder)
    (entry,) = scan_recovery(folder).entries
    assert entry.original == original
    assert os.fsencode(entry.original).endswith(b"/fa\xe7ade.vchain")
