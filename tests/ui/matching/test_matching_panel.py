"""Find partners for a gap from the GUI: the ranked candidates with their evidence and
reciprocity, confirm/reject a correspondence, and a candidate put into the link's action, each
one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from valuechain_gui.model import CooperationStage, PartnerKind
from valuechain_gui.model.partners import Decision, Partner
from valuechain_gui.model.project import name_key
from valuechain_gui.ui.canvas.interactions.menus import build_context_menu
from valuechain_gui.ui.matching.panel import (
    COL_ACTION,
    COL_BRING,
    COL_PARTNER,
    COL_SCOPE,
    COL_SCORE,
)

from partner_maps_testing import link_id, partner_window  # noqa: F401 - fixture

SENSORS = "Capteurs LiDAR, radar et caméras"
FLEET_LINK = "Supervision de flotte et téléopération"


def _find(window, name):
    window.scene.select_links([link_id(window, name)])
    assert window.partners.act_find.isEnabled()
    window.partners.act_find.trigger()
    dock = window.docks.matching_dock
    assert dock.link_id == link_id(window, name) and dock.isVisible()
    return dock


def test_the_right_partner_first_with_its_evidence(partner_window):
    dock = _find(partner_window, SENSORS)
    assert dock.title_label.text() == f"Partners for “{SENSORS}” (missing)"
    top = dock.tree.topLevelItem(0)
    assert top.text(COL_PARTNER) == "1. Sensor Valley Cluster (illustrative)"
    assert top.text(COL_SCORE) == "100"
    evidence = top.child(0)
    assert (evidence.text(COL_PARTNER), evidence.text(COL_SCORE),
            evidence.text(COL_BRING)) == ("LiDAR, radar and camera sensors", "100", "proposed")


def test_reciprocity_shows_our_strong_chassis_to_the_fleet_cluster(partner_window):
    dock = _find(partner_window, FLEET_LINK)
    top = dock.tree.topLevelItem(0)
    assert top.text(COL_PARTNER) == "1. Fleet Robotics Cluster (illustrative)"
    assert "Châssis et structures mécaniques" in top.text(COL_BRING)


def test_the_card_menu_and_the_shortcut_offer_find_partners(partner_window):
    window = partner_window
    assert window.partners.act_find.shortcut().toString() == "Ctrl+Shift+M"
    card = window.scene.card(link_id(window, SENSORS))
    menu = build_context_menu(window.view.interactions, card.sceneBoundingRect().center())
    assert window.partners.act_find in menu.actions()
    window.scene.select_links([])
    assert not window.partners.find_partners()
    assert "Select one weak or missing link" in window.statusBar().currentMessage()


def test_confirm_then_reject_a_correspondence_each_one_undo_step(partner_window):
    window = partner_window
    project, stack = window.document.project, window.document.undo_stack
    dock = _find(window, SENSORS)
    ours = link_id(window, SENSORS)
    assert dock.select_candidate(window.sensor_id, "LiDAR, radar and camera sensors")
    before = stack.count()
    dock.confirm_button.click()
    key = (ours, window.sensor_id, name_key("LiDAR, radar and camera sensors"))
    assert project.correspondences[key].decision is Decision.CONFIRMED
    assert stack.count() == before + 1
    assert dock.tree.topLevelItem(0).child(0).text(COL_BRING) == "confirmed"
    assert dock.select_candidate(window.sensor_id, "LiDAR, radar and camera sensors")
    dock.reject_button.click()
    assert project.correspondences[key].decision is Decision.REJECTED
    # rejected: never evidence, so Sensor Valley is no longer a candidate for our sensors
    names = [dock.tree.topLevelItem(i).text(COL_PARTNER)
             for i in range(dock.tree.topLevelItemCount())]
    assert not any("Sensor Valley" in name for name in names)
    stack.undo()
    assert project.correspondences[key].decision is Decision.CONFIRMED
    stack.undo()
    assert key not in project.correspondences
    assert "Sensor Valley" in dock.tree.topLevelItem(0).text(COL_PARTNER)


def test_add_to_the_action_in_one_undo_step(partner_window):
    window = partner_window
    project, stack = window.document.project, window.document.undo_stack
    dock = _find(window, FLEET_LINK)
    ours = link_id(window, FLEET_LINK)
    assert dock.select_candidate(window.fleet_id)
    before = stack.count()
    alliance_id = dock.add_selected()
    assert alliance_id and stack.count() == before + 1
    alliance = project.alliances[alliance_id]
    assert alliance.partner_id == window.fleet_id and alliance.stage is CooperationStage.IDENTIFIED
    assert project.actions[alliance.action_id].link_id == ours
    assert dock.tree.topLevelItem(0).text(COL_ACTION) == "identified"
    assert dock.select_candidate(window.fleet_id) and not dock.add_button.isEnabled()
    stack.undo()
    assert alliance_id not in project.alliances
    assert dock.tree.topLevelItem(0).text(COL_ACTION) == ""


def test_a_strong_link_gets_no_candidates(partner_window):
    dock = _find(partner_window, "Hydraulique mobile")
    assert dock.tree.topLevelItemCount() == 0
    assert "not weak or missing" in dock.note_label.text()


def test_the_gap_panel_offers_find_partners_for_its_selected_gap(partner_window, qtbot):
    window = partner_window
    gaps = window.docks.gaps_dock
    gaps.show()
    gaps.raise_()
    assert window.partners.act_find in gaps.view.actions()
    ours = link_id(window, SENSORS)
    qtbot.waitUntil(lambda: gaps.select_gap(ours))
    window.partners.act_find.trigger()
    assert window.docks.matching_dock.link_id == ours


def test_a_competence_tag_is_evidence_and_can_be_rejected(partner_window):
    window = partner_window
    project = window.document.project
    lab = Partner("Safety Lab (illustrative)", kind=PartnerKind.LAB, country="DE",
                  competences=["Functional safety certification"])
    assert window.document.edit.cite_partner(lab)
    dock = _find(window, "Certification et sécurité fonctionnelle")
    top = dock.tree.topLevelItem(0)
    assert top.text(COL_PARTNER) == "1. Safety Lab (illustrative)"
    assert top.text(COL_SCOPE) == "European"  # Germany, seen from a French pôle
    assert top.child(0).text(COL_PARTNER) == "competence: Functional safety certification"
    dock.tree.setCurrentItem(top.child(0))
    assert dock.reject_button.isEnabled()
    dock.reject_button.click()
    assert project.decision(dock.link_id, lab.id, "Functional safety certification") \
        is Decision.REJECTED
    assert dock.tree.topLevelItemCount() == 0


def test_a_hidden_panel_ranks_again_when_shown(partner_window, qtbot):
    window = partner_window
    dock = _find(window, SENSORS)
    window.docks.plan_dock.raise_()
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())  # its tab is behind the plan's
    window.document.edit.remove_partner(window.sensor_id)
    assert dock.tree.topLevelItemCount() == 1  # not ranked while hidden
    dock.raise_()
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() == 0)
