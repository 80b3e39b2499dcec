"""The "Critical gaps" panel: ranking of the French sample, follow-up of retags
through the undo stack, highlight of what depends on a gap, criticality badges, notes, formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack

from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.canvas import ChainScene
from valuechain_gui.ui.document.commands.links import (
    AddFlowCommand,
    MoveLinksCommand,
    SetStatusCommand,
)
from valuechain_gui.ui.gaps.dock import GapsDock
from valuechain_gui.ui.gaps.table_model import (
    COL_BOTTLENECK,
    COL_GAIN,
    COL_LINK,
    COL_RANK,
    COL_REACH_LINKS,
    COL_SCORE,
    LINK_ID_ROLE,
    format_percent,
    format_points,
)

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")
CERTIFICATION = "Certification et sécurité fonctionnelle"
ACTUATORS = "Actionneurs drive-by-wire (direction, freinage)"
SUPERVISION = "Supervision de flotte et téléopération"
COMPUTERS = "Calculateurs embarqués"
END_MARKETS = ("Agriculture", "Carrières et mines", "Logistique et ports", "Aéroports")


#: numbers formatted the English way unless a test says otherwise (see conftest.py)
pytestmark = pytest.mark.usefixtures("english_locale")



def cell(dock: GapsDock, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dock.model.index(row, column).data(role)


def names(dock: GapsDock) -> list[str]:
    return [cell(dock, row, COL_LINK) for row in range(dock.model.rowCount())]


def shown_dock(qtbot, project: Project) -> tuple[GapsDock, ChainScene, QUndoStack]:
    stack = QUndoStack()
    scene = ChainScene(project, notifier=ProjectNotifier(project))
    dock = GapsDock()
    qtbot.addWidget(dock)
    dock.resize(760, 420)
    dock.set_scene(scene)
    dock.show()
    qtbot.waitUntil(lambda: dock.report is not None and not dock.is_pending())
    dock._keep = (scene, stack)  # keep them alive as long as the dock
    return dock, scene, stack


@pytest.fixture
def sample(qtbot):
    project = load_project(SAMPLE)
    dock, scene, stack = shown_dock(qtbot, project)
    return project, dock, scene, stack


def test_sample_top_three_and_bottleneck(sample):
    project, dock, scene, _stack = sample
    assert names(dock)[:3] == [CERTIFICATION, SUPERVISION, COMPUTERS]  # the missing ones
    assert [cell(dock, r, COL_RANK) for r in range(3)] == ["1", "2", "3"]
    assert dock.model.rowCount() == 10  # the sample's ten weak or missing links
    assert cell(dock, 0, COL_BOTTLENECK) == "yes"
    assert cell(dock, 1, COL_BOTTLENECK) == "" and cell(dock, 2, COL_BOTTLENECK) == ""
    tip = cell(dock, 0, COL_BOTTLENECK, Qt.ItemDataRole.ToolTipRole)
    assert all(market in tip for market in END_MARKETS)
    # completeness 0 %: certification, missing, stands between every source and every market;
    # fixing it alone restores all four markets on both shares
    assert dock.completeness_label.text() == "Completeness: <b>0%</b>"
    assert cell(dock, 0, COL_GAIN) == "+100 pts"
    assert cell(dock, 1, COL_GAIN) == "0 pts"
    assert cell(dock, 0, COL_SCORE) == "90.8"
    assert "0 of 4" in dock.completeness_label.toolTip()
    assert not dock.notes_label.isVisible()
    assert dock.end_markets_label.text() == (
        "End markets: Agriculture, Carrières et mines, Aéroports, Logistique et ports")
    # the joint what-if: finding certification is all it takes to reach each market
    assert dock.joint_label.text().splitlines()[1:] == [
        f"• To reach {market}: fix {CERTIFICATION}" for market in
        ("Agriculture", "Carrières et mines", "Aéroports", "Logistique et ports")]


def test_retag_through_undo_stack_updates_the_panel(qtbot, sample):
    project, dock, _scene, stack = sample
    certification = project.link_by_name(CERTIFICATION).id
    stack.push(SetStatusCommand(project, [certification], LinkStatus.STRONG))
    assert project.links[certification].status == LinkStatus.STRONG
    assert dock.is_pending()  # the retag itself does not wait for the analysis
    qtbot.waitUntil(lambda: not dock.is_pending() and names(dock)[0] == SUPERVISION)
    assert CERTIFICATION not in names(dock)
    assert dock.model.rowCount() == 9
    assert dock.completeness_label.text() == "Completeness: <b>100%</b>"
    assert not dock.joint_label.isVisible()  # every market is reached without a gap
    stack.undo()
    qtbot.waitUntil(lambda: not dock.is_pending() and names(dock)[0] == CERTIFICATION)
    assert dock.completeness_label.text() == "Completeness: <b>0%</b>"
    stack.redo()
    qtbot.waitUntil(lambda: not dock.is_pending() and names(dock)[0] == SUPERVISION)


def downstream_by_flows(project: Project, link_id: str) -> set[str]:
    """What depends on ``link_id``, walked here independently of the analysis."""
    seen, todo = set(), [link_id]
    while todo:
        for other in project.downstream_of(todo.pop()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen - {link_id}


def test_selecting_a_gap_highlights_exactly_its_downstream(qtbot, sample):
    project, dock, scene, _stack = sample
    actuators = project.link_by_name(ACTUATORS).id
    dock.view.selectRow(4)
    assert cell(dock, 4, COL_LINK, LINK_ID_ROLE) == actuators
    expected = downstream_by_flows(project, actuators) | {actuators}
    assert len(expected) == 13  # itself and 12 of the 26 other links
    lit = {i for i in project.links if not scene.is_dimmed(i)}
    assert lit == expected
    assert project.link_by_name("Plateforme véhicule électrifiée").id in lit
    assert project.link_by_name("Capteurs LiDAR, radar et caméras").id not in lit
    assert scene.selected_link_ids() == [actuators]
    assert dock.highlighted_ids() == expected
    # a retag keeps the selection and the highlight
    stack = dock._keep[1]
    sites = project.link_by_name("Sites d'essais").id
    stack.push(SetStatusCommand(project, [sites], LinkStatus.STRONG))
    qtbot.waitUntil(lambda: not dock.is_pending() and dock.model.rowCount() == 9)
    assert dock.selected_link_id() == actuators
    assert {i for i in project.links if not scene.is_dimmed(i)} == expected
    # a new flow from the actuators widens what depends on them
    lidar = project.link_by_name("Capteurs LiDAR, radar et caméras").id
    stack.push(AddFlowCommand(project, actuators, lidar))
    qtbot.waitUntil(lambda: not dock.is_pending() and not scene.is_dimmed(lidar))
    assert {i for i in project.links if not scene.is_dimmed(i)} == (
        downstream_by_flows(project, actuators) | {actuators})
    dock.clear_button.click()
    assert not any(scene.is_dimmed(i) for i in project.links)
    assert dock.selected_link_id() is None


def test_highlight_ends_when_the_gap_is_fixed(qtbot, sample):
    project, dock, scene, stack = sample
    certification = project.link_by_name(CERTIFICATION).id
    assert dock.select_gap(certification)
    assert any(scene.is_dimmed(i) for i in project.links)
    stack.push(SetStatusCommand(project, [certification], LinkStatus.STRONG))
    qtbot.waitUntil(lambda: not dock.is_pending() and CERTIFICATION not in names(dock))
    assert not any(scene.is_dimmed(i) for i in project.links)
    assert dock.selected_link_id() is None


def test_show_criticality_on_cards(qtbot, sample):
    project, dock, scene, stack = sample
    certification = project.link_by_name(CERTIFICATION).id
    actuators = project.link_by_name(SUPERVISION).id
    assert scene.card(certification).badge is None
    dock.criticality_box.setChecked(True)
    assert scene.card(certification).badge == 1
    assert scene.card(actuators).badge == 2
    assert scene.card(project.link_by_name("Agriculture").id).badge is None  # strong: not a gap
    stack.push(SetStatusCommand(project, [certification], LinkStatus.STRONG))
    qtbot.waitUntil(lambda: scene.card(actuators).badge == 1)
    assert scene.card(certification).badge is None
    dock.criticality_box.setChecked(False)
    assert all(card.badge is None for card in scene.cards())


def test_hidden_panel_recomputes_when_shown(qtbot, sample):
    project, dock, _scene, stack = sample
    dock.hide()
    certification = project.link_by_name(CERTIFICATION).id
    stack.push(SetStatusCommand(project, [certification], LinkStatus.STRONG))
    qtbot.waitUntil(lambda: not dock.reports.is_scheduled())
    assert dock.is_pending() and names(dock)[0] == CERTIFICATION  # not computed while hidden
    dock.show()
    qtbot.waitUntil(lambda: not dock.is_pending() and names(dock)[0] == SUPERVISION)


def test_moving_cards_does_not_recompute(sample):
    project, dock, _scene, stack = sample
    link = project.link_by_name(ACTUATORS).id
    x, y = project.links[link].position
    stack.push(MoveLinksCommand(project, {link: (x + 40.0, y)}))
    assert project.links[link].position == (x + 40.0, y)
    assert not dock.is_pending()


def test_notes_no_end_market_empty_chain_and_loop(qtbot):
    project = Project.new(language="en")
    dock, _scene, stack = shown_dock(qtbot, project)
    assert dock.notes_label.text().startswith("The chain has no link yet")
    s = project.stages
    # a loop inside one stage, no flow marked as a return flow: no end of the chain at all
    links = [project.make_link(name, s[i].id) for name, i in (("Recycling", 0), ("Materials", 0))]
    project.add_links(links)
    a, b = links[0].id, links[1].id
    stack.push(AddFlowCommand(project, a, b))
    stack.push(AddFlowCommand(project, b, a))
    qtbot.waitUntil(lambda: not dock.is_pending())
    text = dock.notes_label.text()
    assert "The flows form a loop with no source (Recycling, Materials)" in text
    assert "stage (Recycling, Materials) are used as sources" in text
    assert "No end market: no link is marked as one and every link flows into another" in text
    assert not dock.end_markets_label.isVisible()
    assert dock.completeness_label.text() == "Completeness: <b>0%</b>"


def test_formats_follow_the_locale():
    assert format_points(0.4) == "+40 pts"
    assert format_points(0.125) == "+12.5 pts"
    assert format_points(0.0) == "0 pts"
    assert format_percent(0.4615) == "46%"
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    assert format_points(0.125) == "+12,5 pts"


def test_main_window_docks_the_panel_and_follows_the_document(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from valuechain_gui.ui.document.document import Document
    from valuechain_gui.ui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(load_project(SAMPLE)), language="en", settings=settings,
                        remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    dock = window.docks.gaps_dock
    assert dock.toggleViewAction() in window.menus.docks_menu.actions()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    dock.raise_()  # a tab behind the plan at first: nothing shown until brought forward
    qtbot.waitUntil(lambda: dock.report is not None and not dock.is_pending())
    assert names(dock)[0] == CERTIFICATION
    dock.view.selectRow(0)
    certification = window.document.project.link_by_name(CERTIFICATION).id
    assert window.scene.selected_link_ids() == [certification]
    window.views.clear_highlight()  # View > Clear highlight: the panel lets go of its row
    assert dock.selected_link_id() is None
    window.set_document(Document(Project.new(language="en")))
    assert dock.scene is window.scene
    qtbot.waitUntil(lambda: not dock.is_pending() and dock.model.rowCount() == 0)
    assert dock.notes_label.text().startswith("The chain has no link yet")
    window.document.undo_stack.clear()
    window.close()


def test_sorting_by_a_column_keeps_the_selection_and_survives_a_retag(qtbot, sample):
    project, dock, _scene, stack = sample
    actuators = project.link_by_name(ACTUATORS).id
    assert dock.select_gap(actuators)
    dock.view.sortByColumn(COL_REACH_LINKS, Qt.SortOrder.DescendingOrder)
    assert names(dock)[0] == "Calculateurs embarqués"  # 13 of 26 other links downstream: 50%
    assert cell(dock, 0, COL_REACH_LINKS) == "50%"
    assert dock.selected_link_id() == actuators
    assert cell(dock, dock.view.currentIndex().row(), COL_LINK) == ACTUATORS
    sites = project.link_by_name("Sites d'essais").id
    stack.push(SetStatusCommand(project, [sites], LinkStatus.STRONG))
    qtbot.waitUntil(lambda: not dock.is_pending() and dock.model.rowCount() == 9)
    reaches = [dock.model.gaps[row].reach_links for row in range(9)]
    assert reaches == sorted(reaches, reverse=True)
    assert dock.selected_link_id() == actuators


def test_columns_fit_their_contents_when_the_rows_change_not_after_each_retag(qtbot, sample):
    project, dock, _scene, stack = sample
    view, header = dock.view, dock.view.horizontalHeader()
    shown = [c for c in range(dock.model.columnCount()) if c != COL_LINK]
    assert all(view.columnWidth(c) >= view.sizeHintForColumn(c) for c in shown)
    assert all(header.sectionResizeMode(c) != header.ResizeMode.ResizeToContents
               for c in range(dock.model.columnCount()))
    strong = next(i for i, link in project.links.items() if link.status == LinkStatus.STRONG)
    stack.push(SetStatusCommand(project, [strong], LinkStatus.MISSING))  # one more row
    qtbot.waitUntil(lambda: not dock.is_pending() and dock.model.rowCount() == 11)
    assert all(view.columnWidth(c) >= view.sizeHintForColumn(c) for c in shown)
