"""The gap panel as a tab behind the action plan (the window's default layout): Qt keeps such a
dock "visible", moved out of sight, yet the panel neither computes the joint what-if nor updates
its table for it; brought to the front, it shows the current ranking and joint what-if."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from valuechain_gui.analysis import gaps as gaps_module
from valuechain_gui.analysis.gaps import GapAnalyzer
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.gaps.table_model import COL_LINK
from valuechain_gui.ui.gaps.texts import joint_text
from valuechain_gui.ui.shell.main_window import MainWindow

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")
CERTIFICATION = "Certification et sécurité fonctionnelle"


#: numbers formatted the English way unless a test says otherwise (see conftest.py)
pytestmark = pytest.mark.usefixtures("english_locale")



def names(dock) -> list[str]:
    return [dock.model.index(row, COL_LINK).data() for row in range(dock.model.rowCount())]


def fresh_view(status: LinkStatus) -> tuple[list[str], str]:
    """The ranking and the joint what-if text of a freshly loaded sample after the retag."""
    project = load_project(SAMPLE)
    project.set_status([project.link_by_name(CERTIFICATION).id], status)
    analyzer = GapAnalyzer(project)
    ranking = [project.links[gap.link_id].name for gap in analyzer.report().gaps]
    return ranking, joint_text(project, analyzer.joint_what_if())[0]


@pytest.fixture
def window(qapp, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(load_project(SAMPLE)), language="en", settings=settings,
                        remember_layout=False)
    window.resize(1400, 900)
    window.show()
    yield window
    window.document.undo_stack.clear()  # closing asks nothing
    window.close()
    window.deleteLater()


def test_a_gap_panel_behind_the_plan_computes_nothing_and_is_current_once_brought_forward(
        qtbot, window, monkeypatch):
    dock = window.docks.gaps_dock
    dock.raise_()
    qtbot.waitUntil(lambda: dock.is_shown() and dock.report is not None
                    and not dock.is_pending() and dock.joint_label.text() != "")
    before_names, before_joint = names(dock), dock.joint_label.text()
    window.docks.plan_dock.raise_()  # the gap panel is a tab behind the plan again
    qtbot.waitUntil(lambda: not dock.is_shown())
    assert dock.isVisible()  # what Qt says of a tab behind another: not what the user sees
    expected_names, expected_joint = fresh_view(LinkStatus.STRONG)
    assert expected_names != before_names and expected_joint != before_joint
    calls: list[int] = []
    original = gaps_module.GapAnalyzer.joint_what_if
    monkeypatch.setattr(gaps_module.GapAnalyzer, "joint_what_if",
                        lambda self: calls.append(1) or original(self))
    project = window.document.project
    certification = project.link_by_name(CERTIFICATION).id
    assert window.document.edit.set_status([certification], LinkStatus.STRONG)
    qtbot.waitUntil(lambda: not window.document.gap_reports.is_scheduled())
    assert calls == [] and dock.is_pending()
    assert names(dock) == before_names and dock.joint_label.text() == before_joint

    dock.raise_()
    qtbot.waitUntil(lambda: not dock.is_pending() and names(dock) == expected_names)
    assert dock.joint_label.text() == expected_joint
    assert calls == [1]
