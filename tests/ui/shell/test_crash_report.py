"""Unexpected errors: logged under AppDataLocation/logs, open windows autosaved, a message shown."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from valuechain_gui.ui.shell import crash_report


class _FakeAutosaver:
    def __init__(self) -> None:
        self.calls = 0

    def autosave_now(self) -> bool:
        self.calls += 1
        return True


def _raise_and_capture():
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        return sys.exc_info()


def test_unexpected_error_is_logged_autosaved_and_told(qtbot, tmp_path, monkeypatch):
    from valuechain_gui.ui.shell.main_window import MainWindow

    monkeypatch.setattr(crash_report, "log_dir", lambda: tmp_path / "logs")
    (tmp_path / "logs").mkdir()
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    fake = _FakeAutosaver()
    monkeypatch.setattr(window.autosaver, "autosave_now", fake.autosave_now)
    shown: list[str] = []
    monkeypatch.setattr(crash_report, "show_message", lambda parent, text: shown.append(text))

    log = crash_report.report_unexpected_error(*_raise_and_capture())

    assert log is not None and log.parent == tmp_path / "logs"
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text and "_raise_and_capture" in text
    assert fake.calls == 1
    assert shown == [f"An unexpected error occurred. Your work was autosaved; details in {log}."]


def test_an_error_while_reporting_is_not_reported_again(qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(crash_report, "log_dir", lambda: tmp_path)
    shown: list[str] = []

    def failing_message(parent, text):
        shown.append(text)
        crash_report.report_unexpected_error(*_raise_and_capture())  # re-entered: plain stderr

    monkeypatch.setattr(crash_report, "show_message", failing_message)
    crash_report.report_unexpected_error(*_raise_and_capture())
    assert len(shown) == 1 and len(list(tmp_path.glob("crash-*.log"))) == 1
    assert "boom in a slot" in capsys.readouterr().err


def test_install_then_restore_puts_the_previous_hook_back(qapp):
    before = sys.excepthook
    restore = crash_report.install_excepthook()
    try:
        assert sys.excepthook is crash_report.report_unexpected_error
    finally:
        restore()
    assert sys.excepthook is before


def test_log_dir_is_under_app_data(qapp):
    QStandardPaths.setTestModeEnabled(True)  # ~/.qttest/...: the user's folders stay untouched
    try:
        folder = crash_report.log_dir()
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert folder == Path(base) / "logs" and folder.is_dir()
