"""Qt's harmless offscreen warning is dropped (ui/shell/qt_log.py): a failed screenshot prints its one
line of reason on stderr, a successful one prints nothing; other Qt messages still get through."""

from __future__ import annotations

import io

from PySide6.QtCore import QtMsgType

from valuechain_gui.ui.shell import qt_log

from test_app_cli import SAMPLE, run_cli


def test_a_failed_screenshot_prints_exactly_its_reason(tmp_path):
    out = tmp_path / "no such folder" / "out.png"
    result = run_cli(tmp_path, str(SAMPLE), "--screenshot", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{out}: the picture could not be written"]


def test_a_broken_project_prints_one_line(tmp_path):
    broken = tmp_path / "BROKEN.vchain"
    broken.write_text('{"format": "x', encoding="utf-8")
    result = run_cli(tmp_path, str(broken), "--screenshot", str(tmp_path / "out.png"))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "BROKEN.vchain" in result.stderr


def test_a_screenshot_prints_nothing(tmp_path):
    result = run_cli(tmp_path, str(SAMPLE), "--screenshot", str(tmp_path / "s.png"))
    assert result.returncode == 0
    assert result.stderr == ""


def test_other_qt_messages_still_reach_stderr():
    stream = io.StringIO()
    qt_log.handle(QtMsgType.QtWarningMsg, None,
                  "This plugin does not support propagateSizeHints()", stream)
    qt_log.handle(QtMsgType.QtWarningMsg, None, "QPainter::begin: Paint device returned 0",
                  stream)
    assert stream.getvalue() == "QPainter::begin: Paint device returned 0\n"
