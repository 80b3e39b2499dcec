"""Damaged recovery entries: each entry is read on its own; a damaged one is moved to the
``damaged/`` folder and named in the recovery dialog (file and what is wrong, one line, control
characters escaped) while the good entries of the same folder are still offered."""

from __future__ import annotations

import json
import os
import unicodedata

import pytest

from valuechain_gui.ui.document.autosave import path_key, session_lock, untitled_key, write_recovery
from valuechain_gui.ui.shell.recovery import offer_recovery, orphaned_entries
from valuechain_gui.ui.shell.recovery_scan import scan_recovery
from valuechain_gui.ui.text import i18n

from work_safety_testing import close_quietly, make_window, saved_project_file, use_recovery_dir


def _damage_sidecar(folder, key, change):
    """Rewrite ``KEY.json`` in ``folder`` with ``change(info)`` applied (info: the dict)."""
    path = folder / f"{key}.json"
    info = json.loads(path.read_text(encoding="utf-8"))
    change(info)
    path.write_text(json.dumps(info), encoding="utf-8")


def _good_and_bad(tmp_path, monkeypatch, project):
    """A recovery folder with one good untitled entry and one more entry whose sidecar the test
    damages; returns (folder, good key, bad key)."""
    folder = use_recovery_dir(monkeypatch, tmp_path)
    good, bad = untitled_key(), untitled_key()
    write_recovery(project, good, None, folder)
    write_recovery(project, bad, tmp_path / "plan.vchain", folder)
    return folder, good, bad


def _one_line(text: str) -> bool:
    return "\n" not in text and not any(
        unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in text)


@pytest.mark.parametrize("change, expected", [
    (lambda i: i.update(saved_at="2024-05-14T09:30:00"),
     "saved_at: the time has no time zone (expected a date and time such as "
     "2024-05-14T09:30:00+00:00)"),
    (lambda i: i["counts"].update(links=2**31),
     "counts.links: expected a whole number from 0 to 2147483647"),
    (lambda i: i["counts"].update(actions=-1),
     "counts.actions: expected a whole number from 0 to 2147483647"),
    (lambda i: i["counts"].update(flows=True),
     "counts.flows: expected a whole number from 0 to 2147483647"),
    (lambda i: i.update(saved_at=20240514), "saved_at: expected a date and time such as "
     "2024-05-14T09:30:00+00:00"),
    (lambda i: i.pop("counts"), "counts: a required field is missing"),
    (lambda i: i.update(title=["a", "list"]), "title: expected text"),
    (lambda i: i.update(version="1"), "version: expected a whole number from 1"),
    (lambda i: i.update(original=""), "original: expected the path of the project file, or "
     "null"),
], ids=["naive time", "count 2^31", "negative count", "bool count", "number time",
        "no counts", "list title", "text version", "empty original"])
def test_a_damaged_sidecar_is_set_aside_and_the_good_entry_offered(
        qtbot, tmp_path, monkeypatch, small_project, english, change, expected):
    folder, good, bad = _good_and_bad(tmp_path, monkeypatch, small_project)
    _damage_sidecar(folder, bad, change)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)

    assert [e.key for e in dialog.entries] == [good]
    moved = folder / "damaged" / f"{bad}.json"
    assert [item.text() for item in _items(dialog.damaged_list)] == [
        f"{bad}.json: {expected}"]
    assert dialog.damaged_list.item(0).toolTip() == f"{moved}: {expected}"
    assert dialog.damaged_label.text().startswith(
        f"1 damaged recovery file set aside in {folder / 'damaged'} ")
    assert sorted(p.name for p in folder.iterdir()) == ["damaged", f"{good}.json",
                                                        f"{good}.vchain"]
    assert sorted(p.name for p in (folder / "damaged").iterdir()) == [f"{bad}.json",
                                                                      f"{bad}.vchain"]
    dialog.restore_selected()  # the good entry is restored as usual
    assert window.document.project == small_project
    close_quietly(window)


def _items(list_widget):
    return [list_widget.item(row) for row in range(list_widget.count())]


def test_json_nested_100000_deep_is_set_aside(qtbot, tmp_path, monkeypatch, small_project,
                                              english):
    folder, good, bad = _good_and_bad(tmp_path, monkeypatch, small_project)
    deep = "[" * 100_000 + "]" * 100_000
    (folder / f"{bad}.json").write_text(deep, encoding="utf-8")
    assert [e.key for e in orphaned_entries(folder)] == [good]
    assert (folder / "damaged" / f"{bad}.json").read_text(encoding="utf-8") == deep

    worse = untitled_key()
    write_recovery(small_project, worse, None, folder)
    (folder / f"{worse}.json").write_text('{"counts": ' + deep + "}", encoding="utf-8")
    found = scan_recovery(folder)
    assert [e.key for e in found.entries] == [good]
    assert [d.text(full_path=False) for d in found.damaged] == [
        f"{worse}.json: not valid JSON: nested too deeply"]


@pytest.mark.parametrize("raw, expected", [
    (b'{"format": "valuechain-gui-recovery", "vers', "not valid JSON at line 1, column 39: "
     "it may be truncated"),
    (b'{"title": "Fa\xe7ade"}', "not UTF-8 text (byte 13)"),
    (b'["valuechain-gui-recovery"]', "not a recovery sidecar (expected a JSON object with "
     "“format”: “valuechain-gui-recovery”)"),
    (b'{"format": "valuechain-gui-recovery", "version": 1, "original": null, '
     b'"saved_at": "2024-05-14T09:30:00+00:00", "counts": {"links": 1' + b"0" * 5000 + b"}}",
     "not valid JSON (Exceeds the limit (4300 digits) for integer string conversion: "
     "value has 5001 digits; use sys.set_int_max_str_digits() to increase the limit)"),
], ids=["truncated", "latin-1", "a list", "5001 digits"])
def test_unreadable_sidecars_are_set_aside_with_what_is_wrong(tmp_path, small_project, english,
                                                              raw, expected):
    folder = tmp_path / "recovery"
    good, bad = untitled_key(), untitled_key()
    write_recovery(small_project, good, None, folder)
    write_recovery(small_project, bad, None, folder)
    (folder / f"{bad}.json").write_bytes(raw)
    found = scan_recovery(folder)
    assert [e.key for e in found.entries] == [good]
    assert [d.text(full_path=False) for d in found.damaged] == [f"{bad}.json: {expected}"]


def test_a_sidecar_whose_project_copy_is_missing_is_set_aside(tmp_path, small_project, english):
    folder = tmp_path / "recovery"
    good, bad = untitled_key(), untitled_key()
    write_recovery(small_project, good, None, folder)
    write_recovery(small_project, bad, None, folder)
    (folder / f"{bad}.vchain").unlink()
    found = scan_recovery(folder)
    assert [e.key for e in found.entries] == [good]
    assert [d.text() for d in found.damaged] == [
        f"{folder / 'damaged' / bad}.json: its project copy {bad}.vchain is missing"]


def test_a_missing_sidecar_is_no_damage(tmp_path, small_project):
    """A crash between the project copy and its sidecar of a first autosave: still offered."""
    folder = tmp_path / "recovery"
    key = untitled_key()
    write_recovery(small_project, key, None, folder)
    (folder / f"{key}.json").unlink()
    found = scan_recovery(folder)
    assert [(e.key, e.counts, e.original) for e in found.entries] == [(key, None, None)]
    assert found.damaged == []


def test_only_damaged_entries_are_told_and_the_dialog_offers_close(qtbot, tmp_path,
                                                                   monkeypatch, small_project,
                                                                   english):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    key = untitled_key()
    write_recovery(small_project, key, None, folder)
    _damage_sidecar(folder, key, lambda i: i["counts"].update(links=2**31))
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)
    assert dialog.entries == [] and dialog.isVisible()
    assert dialog.table.isHidden() and dialog.restore_button.isHidden()
    assert dialog.later_button.text() == "&Close"
    assert dialog.damaged_list.count() == 1
    dialog.later_button.click()
    assert offer_recovery(window, run=False) is None  # told once: nothing is left to offer
    close_quietly(window)


def test_names_with_control_characters_are_escaped_on_one_line(qtbot, tmp_path, monkeypatch,
                                                               small_project, english):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    good = untitled_key()
    write_recovery(small_project, good, None, folder)
    _damage_sidecar(folder, good, lambda i: i.update(title="Robots\nagricoles\x1b[31m"))
    (folder / "notes\x1b[2J.json").write_text("{}", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)

    assert dialog.table.item(0, 0).text() == "Untitled (Robots\\nagricoles\\x1b[31m)"
    (line,) = [item.text() for item in _items(dialog.damaged_list)]
    assert line == ("notes\\x1b[2J.json: not a name autosave writes (expected letters, "
                    "digits, “-” and “_” before the extension)")
    assert (folder / "damaged" / "notes\x1b[2J.json").exists()
    close_quietly(window)


def test_a_live_instance_entry_is_never_set_aside(tmp_path, small_project):
    folder = tmp_path / "recovery"
    key = path_key(tmp_path / "plan.vchain")
    write_recovery(small_project, key, tmp_path / "plan.vchain", folder)
    (folder / f"{key}.json").write_text("{", encoding="utf-8")  # being rewritten, say
    other_instance = session_lock(key, folder)
    assert other_instance.tryLock(0)
    found = scan_recovery(folder)
    assert found.entries == [] and found.damaged == []
    assert (folder / f"{key}.json").exists() and not (folder / "damaged").exists()
    other_instance.unlock()


def test_a_second_damage_of_the_same_file_keeps_the_first(tmp_path, small_project):
    folder = tmp_path / "recovery"
    key = path_key(tmp_path / "plan.vchain")
    for text in ("first", "second"):
        write_recovery(small_project, key, tmp_path / "plan.vchain", folder)
        (folder / f"{key}.json").write_text(text, encoding="utf-8")
        scan_recovery(folder)
    assert (folder / "damaged" / f"{key}.json").read_text(encoding="utf-8") == "first"
    assert (folder / "damaged" / f"{key}~2.json").read_text(encoding="utf-8") == "second"
    assert (folder / "damaged" / f"{key}~2.vchain").exists()


def test_a_damaged_entry_that_cannot_be_moved_is_still_told(tmp_path, monkeypatch,
                                                            small_project, english):
    folder = tmp_path / "recovery"
    good, bad = untitled_key(), untitled_key()
    write_recovery(small_project, good, None, folder)
    write_recovery(small_project, bad, None, folder)
    (folder / f"{bad}.json").write_text("[]", encoding="utf-8")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr(os, "replace", refuse)
    found = scan_recovery(folder)
    assert [e.key for e in found.entries] == [good]
    assert [d.text() for d in found.damaged] == [
        f"{folder / bad}.json: not a recovery sidecar (expected a JSON object with “format”: "
        "“valuechain-gui-recovery”) (it could not be moved: Permission denied)"]


def test_damaged_project_copy_restore_message_names_the_file_on_one_line(
        qtbot, tmp_path, monkeypatch, small_project, english):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    key = untitled_key()
    write_recovery(small_project, key, None, folder)
    (folder / f"{key}.vchain").write_bytes(b'{"format": "valuechain-gui", "vers')
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)
    assert dialog.restore_selected() is None
    text = dialog.details.text()
    assert text.startswith(f"This recovery file cannot be read: {folder / key}.vchain: ")
    assert "line 1, column 30" in text and _one_line(text)
    assert len(dialog.entries) == 1  # still there, for Discard
    close_quietly(window)


def test_compare_of_a_damaged_copy_without_sidecar_names_the_file_on_one_line(
        qtbot, tmp_path, monkeypatch, small_project, english):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    key = untitled_key()
    write_recovery(small_project, key, None, folder)
    (folder / f"{key}.json").unlink()
    (folder / f"{key}.vchain").write_bytes(b"\x00\x01binary")
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window, run=False)
    first = dialog.compare_selected().splitlines()[0]
    assert first.startswith(f"Recovery file {folder / key}.vchain: autosaved ")
    assert ", cannot be read: " in first and "line 1, column 1" in first and _one_line(first)
    close_quietly(window)


def test_start_up_with_a_damaged_sidecar_offers_the_good_entry(qapp, tmp_path, monkeypatch,
                                                               small_project):
    """The real start-up path: no "Unexpected error", the dialog offers the good entry."""
    from PySide6.QtCore import QLocale, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from valuechain_gui.ui.shell import app as app_module
    from valuechain_gui.ui.shell import crash_report
    from valuechain_gui.ui.shell import main_window as main_window_module
    from valuechain_gui.ui.shell.recovery import RecoveryDialog

    folder, good, bad = _good_and_bad(tmp_path, monkeypatch, small_project)
    _damage_sidecar(folder, bad, lambda i: i.update(saved_at="2024-05-14T09:30:00"))
    ini = str(tmp_path / "settings.ini")
    for module in (app_module, main_window_module):
        monkeypatch.setattr(module, "QSettings",
                            lambda *a: QSettings(ini, QSettings.Format.IniFormat))
    errors: list[str] = []
    monkeypatch.setattr(crash_report, "show_message", lambda parent, text: errors.append(text))
    seen = {}

    def close_all() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, main_window_module.MainWindow):
                close_quietly(widget)

    def answer(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            if tries < 500 and not errors:
                QTimer.singleShot(10, lambda: answer(tries + 1))
            else:  # never offered: end run_app so the assertions below fail instead of hanging
                close_all()
                QApplication.exit(0)
            return
        seen["entries"] = [e.key for e in dialog.entries]
        seen["damaged"] = [d.key for d in dialog.damaged]
        dialog.reject()
        QTimer.singleShot(0, close_all)

    QTimer.singleShot(0, answer)
    saved_locale = QLocale()
    try:
        assert app_module.run_app(None, lang="en") == 0
    finally:
        QLocale.setDefault(saved_locale)
        # run_app leaves its translators on the shared QApplication: later tests expect none
        i18n.remove_translators(qapp, getattr(qapp, "_vcg_translators", []))
    assert errors == []
    assert seen == {"entries": [good], "damaged": [bad]}
