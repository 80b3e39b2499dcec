"""The whole partner workflow from the window, as a user does it on the worked example with the
two illustrative partner maps attached: find candidates for a missing link, add the best one to
the link's action, validate it, export the workbook."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from valuechain_gui.model import CooperationStage
from valuechain_gui.ui.export import actions as export_actions
from valuechain_gui.ui.matching.panel import COL_PARTNER

from partner_maps_testing import link_id, partner_window  # noqa: F401 - fixture

MISSING = "Supervision de flotte et téléopération"
FLEET = "Fleet Robotics Cluster (illustrative)"


def test_find_add_validate_export(partner_window, monkeypatch, tmp_path):
    window = partner_window
    project = window.document.project
    # 1. find candidates for the missing link (selected on the map, Partners menu)
    window.scene.select_links([link_id(window, MISSING)])
    assert window.partners.find_partners()
    dock = window.docks.matching_dock
    assert dock.tree.topLevelItem(0).text(COL_PARTNER) == f"1. {FLEET}"
    # 2. add the best candidate to the link's action (an alliance search, identified)
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))
    alliance_id = dock.add_selected()
    action = project.actions[project.alliances[alliance_id].action_id]
    assert action.link_id == link_id(window, MISSING) and action.kind.value == "alliance_search"
    # 3. the member companies validate it
    assert window.document.edit.move_alliance(alliance_id, CooperationStage.VALIDATED,
                                              by="Comité des adhérents")
    alliance = project.alliances[alliance_id]
    assert alliance.stage is CooperationStage.VALIDATED
    assert alliance.validated_by == "Comité des adhérents" and alliance.validated_on is not None
    assert [change.stage for change in alliance.history][-2:] == [
        CooperationStage.IDENTIFIED, CooperationStage.VALIDATED]
    # 4. export the workbook: the partner is in it
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (str(target), "")))
    monkeypatch.setattr(export_actions, "ask_share_version", lambda parent: False)
    monkeypatch.setattr(export_actions, "show_done", lambda *args: None)
    assert export_actions.export_action_plan(window) == target
    workbook = load_workbook(target)
    cells = [str(value) for sheet in workbook.worksheets
             for row in sheet.iter_rows(values_only=True) for value in row if value is not None]
    assert FLEET in cells
