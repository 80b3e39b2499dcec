"""File > Export Report… driven as a user would: the share question, the save dialog and the end
message answered by monkeypatched helpers; the written PDF read back with pdftotext; a write
that fails explains itself on one line and leaves no file."""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.ui.export import actions as export_actions
from valuechain_gui.ui.export.report import action as report_action
from valuechain_gui.ui.export.report import pdf as report_pdf


class FakeWindow(QWidget):
    """What the flow reads from the main window: ``document.project`` and ``document.path``."""

    def __init__(self, project, path=None):
        super().__init__()
        self.document = SimpleNamespace(project=project, path=path, undo_stack=QUndoStack())


@pytest.fixture
def answers(monkeypatch, tmp_path):
    state = SimpleNamespace(paths=[], share=False, boxes=[])

    def get_save_file_name(parent, caption, start, filters, selected):
        state.start = start
        return str(state.paths.pop(0)), selected

    def run_box(box):
        state.boxes.append(box.text())
        return None  # Close / Cancel

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(export_actions, "make_settings", lambda: settings)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    monkeypatch.setattr(export_actions, "ask_share_version", lambda parent: state.share)
    monkeypatch.setattr(export_actions, "run_box", run_box)
    return state


def test_export_report_writes_the_share_version_asked(qtbot, small_project, answers, tmp_path):
    small_project.update_meta(participants=["Alice Secret"])
    window = FakeWindow(small_project)
    qtbot.addWidget(window)
    answers.share = True
    answers.paths = [tmp_path / "board"]
    written = report_action.export_report(window)
    assert written == tmp_path / "board.pdf"
    assert answers.start.endswith("_report_to_share.pdf")
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "version to share with" in " ".join(text.split())
    assert "Alice" not in text
    assert answers.boxes == [f"“board.pdf” was written in {tmp_path}."]


def test_a_failed_write_says_why_on_one_line_and_writes_nothing(qtbot, small_project, answers,
                                                               tmp_path, monkeypatch):
    def refuse(path, data):
        raise SaveError("disk_full", "Cannot write {path}: {reason}.", path=str(path),
                        reason="disk full")

    monkeypatch.setattr(report_pdf, "atomic_write_bytes", refuse)
    window = FakeWindow(small_project)
    qtbot.addWidget(window)
    answers.paths = [tmp_path / "board.pdf"]
    assert report_action.export_report(window) is None
    assert len(answers.boxes) == 1 and "\n" not in answers.boxes[0]
    assert "board.pdf" in answers.boxes[0]
    assert not (tmp_path / "board.pdf").exists()
