"""Crash recovery: what a crash leaves behind is offered at the next start; Restore gives the
autosaved project, Compare shows times and counts, Discard deletes; live instances' files and
cleanly closed projects are not offered."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.document.autosave import path_key, session_lock, untitled_key, write_recovery
from valuechain_gui.ui.document.commands.links import AddLinkCommand, SetStatusCommand
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.recovery import offer_recovery, orphaned_entries
from valuechain_gui.ui.text import i18n

from work_safety_testing import (
    close_quietly,
    make_window,
    rename_first_link,
    saved_project_file,
    use_recovery_dir,
)

CRASHING_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from valuechain_gui.ui.document import autosave
    folder = Path(sys.argv[1])
    autosave.recovery_dir = lambda: folder
    from valuechain_gui.io.project.file import dumps_project
    from valuechain_gui.ui.shell.app import make_application
    from valuechain_gui.ui.document.commands.links import RenameLinkCommand, SetStatusCommand
    from valuechain_gui.ui.document.document import open_document
    from valuechain_gui.ui.shell.main_window import MainWindow
    app = make_application()
    document = open_document(Path(sys.argv[2]))
    window = MainWindow(document, language="en", remember_layout=False,
                        settings=QSettings(sys.argv[3], QSettings.Format.IniFormat))
    ids = list(document.project.links)
    document.undo_stack.push(RenameLinkCommand(document.project, ids[0], "Renamed, then crash"))
    document.undo_stack.push(SetStatusCommand(document.project, [ids[3]], "missing"))
    assert window.autosaver.autosave_now()
    Path(sys.argv[4]).write_bytes(dumps_project(document.project))
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_killed_instance_is_offered_and_restore_gives_the_autosaved_project(
        qtbot, tmp_path, monkeypatch, small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    expected_file = tmp_path / "expected.vchain"
    child = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD, str(folder), str(path),
         str(tmp_path / "child.ini"), str(expected_file)],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.returncode == -9, child.stderr  # really killed, no clean close
    assert list(folder.glob("*.lock"))  # its session lock is left behind, PID dead
    expected = load_project(expected_file)

    window = make_window(qtbot, tmp_path)  # the next start
    dialog = offer_recovery(window, run=False)
    assert dialog is not None and [e.original for e in dialog.entries] == [path.absolute()]
    dialog.restore_selected()

    document = window.document
    assert document.project == expected
    assert document.project.link_by_name("Renamed, then crash") is not None
    assert document.path == path.absolute() and document.is_modified()
    assert "(recovered)" in window.windowTitle()
    assert load_project(path) == small_project  # the user's file was never touched
    assert not dialog.isVisible()  # nothing left to decide
    close_quietly(window)


def test_live_instance_recovery_file_is_not_offered(qtbot, tmp_path, monkeypatch,
                                                    small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    key = path_key(tmp_path / "plan.vchain")
    write_recovery(small_project, key, tmp_path / "plan.vchain", folder)
    other_instance = session_lock(key, folder)
    assert other_instance.tryLock(0)
    assert orphaned_entries(folder) == []
    other_instance.unlock()  # that instance quits without cleaning (crash after unlock)
    assert [e.key for e in orphaned_entries(folder)] == [key]


def test_own_window_autosave_is_not_offered_to_itself(qtbot, tmp_path, monkeypatch,
                                                      small_project):
    use_recovery_dir(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path, open_document(saved_project_file(tmp_path,
                                                                          small_project)))
    rename_first_link(window.document, "Solid-state LiDAR")
    assert window.autosaver.autosave_now()
    assert offer_recovery(window, run=False) is None
    close_quietly(window)


def test_untitled_project_is_restored_untitled_and_modified(qtbot, tmp_path, monkeypatch,
                                                            small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    key = untitled_key()
    write_recovery(small_project, key, None, folder)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)
    assert dialog.compare_selected().splitlines()[-1] == (
        "This project was never saved: there is no file on disk.")
    dialog.restore_selected()
    assert window.document.project == small_project
    assert window.document.path is None and window.document.is_modified()
    assert window.windowTitle().startswith("Untitled (recovered)")
    # autosave goes on in the same entry, so a second crash still leaves the work behind
    window.document.undo_stack.push(SetStatusCommand(window.document.project,
                                                     list(small_project.links)[:1], "strong"))
    assert window.autosaver.autosave_now() and window.autosaver.key == key
    assert load_project(folder / f"{key}.vchain") == window.document.project
    close_quietly(window)


def test_compare_shows_time_and_counts_of_recovery_and_file(qtbot, tmp_path, monkeypatch,
                                                            small_project, english):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    newer = small_project.clone()
    newer.add_link(newer.make_link("Fleet maintenance", newer.stages[4].id))
    newer.add_flow(list(newer.links)[2], list(newer.links)[4])
    newer.set_status([list(newer.links)[4]], LinkStatus.WEAK)
    write_recovery(newer, path_key(path), path, folder)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)
    text = dialog.compare_selected()
    recovery_line, file_line, verdict = text.splitlines()
    assert recovery_line.startswith("Recovery file: autosaved ")
    assert recovery_line.endswith("5 links, 4 flows, 3 actions.")
    assert file_line.startswith(f"File on disk ({path.absolute()}): saved ")
    assert file_line.endswith("4 links, 3 flows, 2 actions.")
    assert verdict == "The recovery file is newer than the file on disk."
    assert dialog.details.text() == text
    close_quietly(window)


def test_discard_deletes_the_recovery_files(qtbot, tmp_path, monkeypatch, small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    write_recovery(small_project, untitled_key(), None, folder)
    write_recovery(small_project, path_key(tmp_path / "a.vchain"), tmp_path / "a.vchain", folder)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)
    assert len(dialog.entries) == 2
    dialog.discard_selected()
    assert len(dialog.entries) == 1 and dialog.isVisible()
    dialog.discard_selected()
    assert list(folder.glob("*.vchain")) == [] and list(folder.glob("*.json")) == []
    assert not dialog.isVisible()
    assert offer_recovery(window, run=False) is None  # not offered again
    close_quietly(window)


def test_decide_later_keeps_the_entries(qtbot, tmp_path, monkeypatch, small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    write_recovery(small_project, untitled_key(), None, folder)
    window = make_window(qtbot, tmp_path)
    offer_recovery(window, run=False).later_button.click()
    assert len(orphaned_entries(folder)) == 1
    close_quietly(window)


def test_restore_opens_a_new_window_when_the_current_one_has_work(qtbot, tmp_path, monkeypatch,
                                                                  small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    write_recovery(small_project, untitled_key(), None, folder)
    window = make_window(qtbot, tmp_path)
    stage = window.document.project.stages[0].id
    window.document.undo_stack.push(AddLinkCommand(
        window.document.project, window.document.project.make_link("Batteries", stage)))
    current = window.document
    dialog = offer_recovery(window, run=False)
    dialog.restore_selected()
    assert window.document is current  # the work in progress stays where it is
    (other,) = window.restored_windows
    assert other.document.project == small_project and other.isVisible()
    close_quietly(other)
    close_quietly(window)


def test_damaged_recovery_file_is_reported_and_can_be_discarded(qtbot, tmp_path, monkeypatch,
                                                                small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    key = untitled_key()
    write_recovery(small_project, key, None, folder)
    (folder / f"{key}.vchain").write_bytes(b'{"format": "valuechain-gui", "vers')
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)
    assert dialog.restore_selected() is None
    assert dialog.details.text().startswith("This recovery file cannot be read:")
    assert len(dialog.entries) == 1 and window.document.project.links == {}
    dialog.discard_selected()
    assert list(folder.glob(f"{key}.*")) == []
    close_quietly(window)


def test_saving_a_restored_project_clears_recovered_and_removes_the_entry(
        qtbot, tmp_path, monkeypatch, small_project):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    path = saved_project_file(tmp_path, small_project)
    newer = small_project.clone()
    newer.update_meta(territory="Auvergne-Rhône-Alpes")
    write_recovery(newer, path_key(path), path, folder)
    window = make_window(qtbot, tmp_path)
    offer_recovery(window, run=False).restore_selected()
    assert window.files.save() is True
    assert load_project(path) == newer
    assert "(recovered)" not in window.windowTitle() and not window.document.is_modified()
    assert list(folder.glob("*.vchain")) == []
    close_quietly(window)


def test_start_up_offers_the_recovery_and_restores_it(qapp, tmp_path, monkeypatch,
                                                      small_project):
    """The real start-up path: ``run_app`` shows the recovery dialog after the window."""
    from PySide6.QtCore import QLocale, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from valuechain_gui.ui.shell import app as app_module
    from valuechain_gui.ui.shell import main_window as main_window_module
    from valuechain_gui.ui.shell.recovery import RecoveryDialog

    folder = use_recovery_dir(monkeypatch, tmp_path)
    ini = str(tmp_path / "settings.ini")
    for module in (app_module, main_window_module):
        monkeypatch.setattr(module, "QSettings",
                            lambda *a: QSettings(ini, QSettings.Format.IniFormat))
    write_recovery(small_project, untitled_key(), None, folder)
    seen = {}

    def answer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            if tries < 500:
                QTimer.singleShot(10, lambda: answer(tries + 1))
            else:  # never offered: end run_app so the assertions below fail instead of hanging
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, main_window_module.MainWindow):
                        close_quietly(widget)
                QApplication.exit(0)
            return
        seen["entries"] = len(dialog.entries)
        document = dialog.restore_selected()
        window = dialog.parent()
        seen["restored"] = window.document is document
        seen["title"] = window.windowTitle()
        seen["project"] = window.document.project.clone()
        QTimer.singleShot(0, lambda: close_quietly(window))

    QTimer.singleShot(0, answer)
    saved_locale = QLocale()
    try:
        assert app_module.run_app(None, lang="en") == 0
    finally:
        QLocale.setDefault(saved_locale)
        # run_app leaves its translators on the shared QApplication: later tests expect none
        i18n.remove_translators(qapp, getattr(qapp, "_vcg_translators", []))
    assert seen["entries"] == 1 and seen["restored"]
    assert seen["title"].startswith("Untitled (recovered)")
    assert seen["project"] == small_project
