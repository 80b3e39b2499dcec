"""Export flows driven as a user would: dialogs answered by monkeypatched QFileDialog/QMessageBox
helpers; the written workbook read back with openpyxl, maps and prints checked on disk."""

from __future__ import annotations

import re
from datetime import date, datetime
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from valuechain_gui.io.excel import export as excel_export
from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.model import Action, ActionKind, Project
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.export import actions as export_actions
from valuechain_gui.ui.plan.action_form import ActionForm, push_form_changes
from valuechain_gui.ui.plan.dock import PlanDock
from valuechain_gui.ui.plan.table_model import COL_OWNER, TAB_LOCAL


class FakeWindow(QWidget):
    """What the flows read from the main window: ``document.project`` and ``document.path``."""

    def __init__(self, project, path=None):
        super().__init__()
        self.document = SimpleNamespace(project=project, path=path, undo_stack=QUndoStack())


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """Scripted answers to the dialogs; records the message boxes shown."""
    state = SimpleNamespace(paths=[], share=False, boxes=[], click="", opened=[])
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(export_actions, "make_settings", lambda: settings)

    def get_save_file_name(parent, caption, start, filters, selected):
        state.start = start
        path, chosen = state.paths.pop(0)
        return str(path), chosen or selected

    def run_box(box):
        state.boxes.append(box.text())
        wanted = state.click if not callable(state.click) else state.click(box)
        for button in box.buttons():
            if button.text() == wanted:
                return button
        return None

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    monkeypatch.setattr(export_actions, "ask_share_version", lambda parent: state.share)
    monkeypatch.setattr(export_actions, "run_box", run_box)
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: state.opened.append(url.toLocalFile()) or True))
    state.settings = settings
    return state


def _table(ws):
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    return [dict(zip(header, row)) for row in rows[1:] if any(v is not None for v in row)]


def test_edits_made_in_the_dock_reach_the_workbook(qtbot, small_project, answers, tmp_path):
    project = small_project
    stack = QUndoStack()
    dock = PlanDock(project, DocumentEdit(project, stack))
    qtbot.addWidget(dock)
    dock.show()
    view = dock.views[TAB_LOCAL]
    index = view.model().index(0, COL_OWNER)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: view.indexWidget(index) is not None)
    qtbot.keyClicks(view.indexWidget(index), "Élodie Martin")
    qtbot.keyClick(view.indexWidget(index), Qt.Key.Key_Return)
    action = next(project.iter_actions(ActionKind.LOCAL_REINFORCEMENT))
    qtbot.waitUntil(lambda: action.owner == "Élodie Martin")
    form = ActionForm(project, action.id, dock)
    form.deadline_edit.set_value(date(2027, 3, 31))
    form.budget_edit.set_value(12500.5)
    push_form_changes(DocumentEdit(project, stack), action.id, form.changes())
    assert stack.count() == 2

    window = FakeWindow(project)
    qtbot.addWidget(window)
    answers.paths = [(tmp_path / "plan", "")]  # typed without extension
    answers.click = "Open file"
    written = export_actions.export_action_plan(window)
    assert written == tmp_path / "plan.xlsx"
    assert answers.opened == [str(written)]
    assert answers.settings.value(export_actions.SETTINGS_KEY) == str(tmp_path)
    workbook = load_workbook(written)
    assert "Map" in workbook.sheetnames
    assert len(workbook["Map"]._images) == 1
    rows = _table(workbook["Local reinforcement"])
    assert len(rows) == 1
    row = rows[0]
    assert row["Owner"] == "Élodie Martin"
    assert isinstance(row["Deadline"], datetime) and row["Deadline"].date() == date(2027, 3, 31)
    assert isinstance(row["Budget (€)"], (int, float)) and row["Budget (€)"] == 12500.5


def test_locked_file_is_explained_and_another_name_can_be_chosen(qtbot, small_project, answers,
                                                                 tmp_path, monkeypatch):
    real = excel_export.export_action_plan
    calls = []

    def flaky(project, path, **kwargs):
        calls.append(path)
        if len(calls) == 1:
            raise SaveError("locked", "{path} is locked", path=str(path), reason="EACCES")
        return real(project, path, **kwargs)

    monkeypatch.setattr(excel_export, "export_action_plan", flaky)
    window = FakeWindow(small_project)
    qtbot.addWidget(window)
    answers.paths = [(tmp_path / "open_in_excel.xlsx", ""), (tmp_path / "plan2.xlsx", "")]
    answers.click = lambda box: ("Choose another name…" if "open in another program" in box.text()
                                 else "Open folder")
    written = export_actions.export_action_plan(window)
    assert written == tmp_path / "plan2.xlsx"
    assert "“open_in_excel.xlsx” is open in another program (Excel?)" in answers.boxes[0]
    assert not (tmp_path / "open_in_excel.xlsx").exists()
    assert answers.opened == [str(tmp_path)]


def test_giving_up_after_an_error_writes_nothing(qtbot, small_project, answers, tmp_path,
                                                monkeypatch):
    def read_only(project, path, **kwargs):
        raise SaveError("read_only", "{path}", path=str(path), reason="EROFS")

    monkeypatch.setattr(excel_export, "export_action_plan", read_only)
    window = FakeWindow(small_project)
    qtbot.addWidget(window)
    answers.paths = [(tmp_path / "plan.xlsx", "")]
    answers.click = "Cancel"
    assert export_actions.export_action_plan(window) is None
    assert "is read-only" in answers.boxes[0]


def test_share_version_leaves_names_and_budgets_out(qtbot, small_project, answers, tmp_path):
    project = small_project
    project.update_meta(participants=["Alice Secret"])
    action = next(project.iter_actions())
    project.update_action(action.id, budget=99999.0, notes="internal note")
    window = FakeWindow(project, tmp_path / "chain.vchain")
    qtbot.addWidget(window)
    answers.share = True
    answers.paths = [(tmp_path / "shared.xlsx", "")]
    written = export_actions.export_action_plan(window)
    assert answers.start.endswith("chain_action_plan_to_share.xlsx")
    cells = [str(v) for ws in load_workbook(written) for row in ws.iter_rows(values_only=True)
             for v in row if v is not None]
    assert not any("Alice Secret" in c or "internal note" in c or "99999" in c for c in cells)


def test_zero_and_500_action_plans_with_long_texts_export(qtbot, answers, tmp_path,
                                                         small_project):
    empty = Project.new("en", "Empty market")
    report = export_actions.write_action_plan(empty, tmp_path / "empty.xlsx", False)
    assert report.path.exists()
    link = small_project.link_by_name("LiDAR sensors")
    long_text = "Lorem ipsum dolor sit amet. " * 180  # about 5,000 characters
    for i in range(500):
        small_project.add_action(Action(link_id=link.id, kind=ActionKind.LOCAL_REINFORCEMENT,
                                        title=f"Action {i}", notes=long_text,
                                        indicator=long_text))
    report = export_actions.write_action_plan(small_project, tmp_path / "big.xlsx", False)
    rows = _table(load_workbook(report.path, read_only=True)["Local reinforcement"])
    assert len(rows) == 501
    assert any(row.get("Notes") == long_text for row in rows)


@pytest.mark.parametrize("filter_label,suffix", [("PNG picture (*.png)", ".png"),
                                                 ("SVG drawing (*.svg)", ".svg"),
                                                 ("PDF document (*.pdf)", ".pdf")])
def test_export_map_in_each_format(qtbot, small_project, answers, tmp_path, monkeypatch,
                                   filter_label, suffix):
    monkeypatch.setattr(export_actions, "ask_png_width", lambda parent: 1000)
    monkeypatch.setattr(export_actions, "ask_pdf_page", lambda parent: ("A3", False))
    window = FakeWindow(small_project)
    qtbot.addWidget(window)
    answers.paths = [(tmp_path / "map", filter_label)]
    written = export_actions.export_map(window)
    assert written == tmp_path / f"map{suffix}"
    data = written.read_bytes()
    if suffix == ".png":
        with Image.open(written) as image:
            assert image.width == 1000
    elif suffix == ".svg":
        assert b"Perception" in data and b"software" in data  # the name, wrapped
    else:
        assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
        box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", data)
        assert box is not None and round(float(box.group(2))) == 1191  # A3 portrait height


def test_print_uses_the_pdf_layout_and_cancel_prints_nothing(qtbot, small_project, tmp_path,
                                                            monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    export_actions.print_project(small_project, printer)
    data = (tmp_path / "printed.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert b"/MediaBox" in data
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window = FakeWindow(small_project)
    qtbot.addWidget(window)
    assert export_actions.print_map(window) is False


def test_progress_dialog_follows_the_export_and_the_end_message_counts_cleaned_cells(
        qtbot, small_project, tmp_path, monkeypatch):
    values = []

    class RecordingProgress(export_actions.QProgressDialog):
        def setValue(self, value):  # noqa: N802 - Qt's name
            values.append((value, self.maximum()))
            super().setValue(value)

    real = excel_export.export_action_plan

    def with_steps(project, path, **kwargs):
        report = real(project, path, **kwargs)
        for done in (0, 250, 500):
            kwargs["progress"](done, 500)
        return report

    monkeypatch.setattr(export_actions, "QProgressDialog", RecordingProgress)
    monkeypatch.setattr(excel_export, "export_action_plan", with_steps)
    action = next(small_project.iter_actions())
    action.owner = "Capteurs\x07LiDAR"  # refused by Excel; set past the model's door on purpose
    report = export_actions.write_action_plan(small_project, tmp_path / "p.xlsx", False)
    assert values[-3:] == [(0, 500), (250, 500), (500, 500)]
    assert report.cleaned_cells == 1
    assert "1 cell(s) contained characters Excel refuses" in export_actions.plan_details(report)
