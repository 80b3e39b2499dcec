"""The recomposed-chain panel: our links by stage beside the partners' statuses, the check per
partner, and the completeness alone and with the selected partners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.matching.attach_map import attach_map
from valuechain_gui.ui.recomposed.table_model import HEADER_ROLE, STATUS_ROLE

from partner_maps_testing import link_id, partner_window  # noqa: F401 - fixture

_Display = Qt.ItemDataRole.DisplayRole


def _dock(window, qtbot):
    dock = window.docks.recomposed_dock
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.chain is not None and len(dock.chain.partner_ids) == 2)
    return dock


def test_rows_by_stage_and_one_column_per_partner(partner_window, qtbot):
    dock = _dock(partner_window, qtbot)
    model = dock.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Our link", "Sensor Valley Cluster (illustrative)",
        "Fleet Robotics Cluster (illustrative)", "In the alliance"]
    assert model.index(0, 0).data(HEADER_ROLE) and model.index(0, 0).data(_Display) == "Recherche"
    assert dock.view.columnSpan(0, 0) == 4
    row = model.link_row(link_id(partner_window, "Capteurs LiDAR, radar et caméras"))
    assert model.index(row, 0).data(STATUS_ROLE) == LinkStatus.MISSING
    assert model.index(row, 1).data(_Display) == "LiDAR, radar and camera sensors"
    assert model.index(row, 1).data(STATUS_ROLE) == LinkStatus.STRONG
    assert model.index(row, 2).data(STATUS_ROLE) == LinkStatus.WEAK
    assert model.index(row, 3).data(STATUS_ROLE) == LinkStatus.STRONG
    certification = model.link_row(link_id(partner_window,
                                            "Certification et sécurité fonctionnelle"))
    assert model.index(certification, 1).data(STATUS_ROLE) is None
    assert model.index(certification, 3).data(STATUS_ROLE) == LinkStatus.MISSING


def test_the_check_per_partner_and_the_two_figures(partner_window, qtbot):
    dock = _dock(partner_window, qtbot)
    text = dock.summary_label.text()
    assert "<b>0\u202f%</b> alone, <b>0\u202f%</b> with" in text and "<b>17 of 27</b>" in text
    dock.checks[partner_window.fleet_id].setChecked(False)
    # Fleet Robotics brought fleet supervision and maintenance: 15 strong somewhere.
    assert "<b>15 of 27</b>" in dock.summary_label.text()
    assert dock.chain.selected == frozenset({partner_window.sensor_id})


def test_a_partner_strong_in_certification_completes_the_chain(partner_window, qtbot, tmp_path):
    dock = _dock(partner_window, qtbot)
    sheet = tmp_path / "safety_cluster.csv"
    sheet.write_text("Link;Stage;Status\nCertification and functional safety;Integration;strong\n",
                     encoding="utf-8")
    assert attach_map(partner_window.document, sheet)
    qtbot.waitUntil(lambda: len(dock.chain.partner_ids) == 3)
    assert dock.chain.completeness_with == 1.0
    assert "<b>100\u202f%</b> with" in dock.summary_label.text()
    partner_window.document.undo_stack.undo()  # the citation goes, and its column
    qtbot.waitUntil(lambda: len(dock.chain.partner_ids) == 2)
    assert dock.model.columnCount() == 4


def test_clicking_a_row_selects_its_card(partner_window, qtbot):
    dock = _dock(partner_window, qtbot)
    ours = link_id(partner_window, "Calculateurs embarqués")
    index = dock.model.index(dock.model.link_row(ours), 1)
    dock.view.clicked.emit(index)
    assert partner_window.scene.selected_link_ids() == [ours]


def test_a_hidden_panel_computes_when_shown(partner_window, qtbot):
    dock = _dock(partner_window, qtbot)
    partner_window.docks.plan_dock.raise_()
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())
    partner_window.document.edit.remove_partner(partner_window.fleet_id)
    assert not dock._timer.isActive()  # nothing scheduled behind the plan's tab
    QCoreApplication.processEvents()
    assert len(dock.chain.partner_ids) == 2
    dock.raise_()
    qtbot.waitUntil(lambda: len(dock.chain.partner_ids) == 1)
