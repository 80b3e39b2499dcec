"""Edits of cited partners, the alliance pipeline and correspondence decisions through
DocumentEdit: each is one undo step, undo restores the model exactly, refusals push nothing."""

from __future__ import annotations

from datetime import date

from valuechain_gui.model import (
    ActionKind,
    CooperationStage,
    Decision,
    LinkStatus,
    Partner,
)
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.notifier import ProjectNotifier


def _link(project, name):
    return project.link_by_name(name).id


def test_add_candidate_cites_adds_the_alliance_and_undoes_in_one_step(qapp, small_project):
    edit = DocumentEdit.standalone(small_project)
    before = small_project.clone()
    software = _link(small_project, "Perception software")
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    assert alliance_id is not None and edit.undo_stack.count() == 1
    alliance = small_project.alliances[alliance_id]
    action = small_project.actions[alliance.action_id]
    assert (action.link_id, action.kind) == (software, ActionKind.ALLIANCE_SEARCH)
    assert [(c.stage, c.on) for c in alliance.history] == [(CooperationStage.IDENTIFIED,
                                                            date.today())]
    # the same partner (by name + country) for the weak link: cited once, local action used
    sensors = _link(small_project, "LiDAR sensors")
    other = edit.add_candidate(sensors, Partner("sensor valley", country="de"))
    assert len(small_project.partners) == 1
    assert small_project.actions[small_project.alliances[other].action_id].kind == \
        ActionKind.LOCAL_REINFORCEMENT
    edit.undo_stack.setIndex(0)
    assert small_project == before
    edit.undo_stack.setIndex(2)
    assert len(small_project.alliances) == 2


def test_add_candidate_creates_the_action_of_a_link_that_has_none(qapp, small_project):
    edit = DocumentEdit.standalone(small_project)
    farms = _link(small_project, "Farms")  # unassessed: no action
    before = small_project.clone()
    assert edit.add_candidate(farms, Partner("Agri Cluster", country="NL"))
    assert [a.kind for a in small_project.actions_for_link(farms)] == [
        ActionKind.ALLIANCE_SEARCH]
    assert edit.undo_stack.count() == 1
    edit.undo_stack.undo()
    assert small_project == before


def test_a_refused_candidate_pushes_nothing_and_says_why(qapp, small_project):
    edit = DocumentEdit.standalone(small_project)
    software = _link(small_project, "Perception software")
    partner = Partner("Sensor Valley", country="DE")
    assert edit.add_candidate(software, partner)
    before = small_project.clone()
    messages = []
    edit.message.connect(messages.append)
    assert edit.add_candidate(software, partner) is None
    assert edit.undo_stack.count() == 1 and small_project == before
    assert "Sensor Valley" in messages[0]


def test_move_validate_edit_and_remove_are_each_one_undoable_step(qapp, small_project):
    edit = DocumentEdit.standalone(small_project)
    notifier = ProjectNotifier(small_project)
    seen = []
    notifier.alliances_changed.connect(seen.append)
    alliance_id = edit.add_candidate(_link(small_project, "Perception software"),
                                     Partner("Sensor Valley", country="DE"))
    alliance = small_project.alliances[alliance_id]
    start = small_project.clone()
    assert edit.move_alliance(alliance_id, CooperationStage.VALIDATED, by="Comité",
                              note="accord")
    assert (alliance.validated_on, alliance.validated_by) == (date.today(), "Comité")
    assert not edit.move_alliance(alliance_id, CooperationStage.VALIDATED)  # already there
    assert edit.update_alliance(alliance_id, next_step="Call", next_date=date(2026, 9, 1))
    assert not edit.update_alliance(alliance_id, next_step="Call")
    assert edit.update_partner(alliance.partner_id, website="https://example.invalid")
    assert edit.remove_alliance(alliance_id)
    assert alliance_id not in small_project.alliances
    assert edit.undo_stack.count() == 5
    for _ in range(4):
        edit.undo_stack.undo()
    assert small_project == start
    assert seen and all(isinstance(ids, list) for ids in seen)


def test_correspondence_decisions_and_partner_removal_undo(qapp, small_project):
    edit = DocumentEdit.standalone(small_project)
    notifier = ProjectNotifier(small_project)
    changed = []
    notifier.correspondences_changed.connect(lambda: changed.append(1))
    partner = Partner("Sensor Valley", country="DE")
    assert edit.cite_partner(partner)
    link = _link(small_project, "LiDAR sensors")
    before = small_project.clone()
    assert edit.set_correspondence(link, partner.id, "LiDAR sensors", Decision.CONFIRMED)
    assert not edit.set_correspondence(link, partner.id, "lidar sensors", Decision.CONFIRMED)
    assert edit.set_correspondence(link, partner.id, "LiDAR sensors", Decision.REJECTED)
    assert small_project.decision(link, partner.id, "LiDAR sensors") == Decision.REJECTED
    assert edit.remove_partner(partner.id)
    assert small_project.correspondences == {} and small_project.partners == {}
    edit.undo_stack.undo()
    edit.undo_stack.undo()
    assert small_project.decision(link, partner.id, "LiDAR sensors") == Decision.CONFIRMED
    edit.undo_stack.undo()
    assert small_project == before and len(changed) == 6  # 3 edits, 3 undos


def test_removing_an_action_with_partners_and_undoing_it(qapp, small_project):
    edit = DocumentEdit.standalone(small_project)
    alliance_id = edit.add_candidate(_link(small_project, "Perception software"),
                                     Partner("Sensor Valley", country="DE"))
    action_id = small_project.alliances[alliance_id].action_id
    before = small_project.clone()
    assert edit.remove_actions([action_id])
    assert small_project.alliances == {}
    edit.undo_stack.undo()
    assert small_project == before


def test_removing_a_partner_s_link_status_keeps_its_alliance(qapp, small_project):
    edit = DocumentEdit.standalone(small_project)
    software = _link(small_project, "Perception software")
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    assert edit.set_status([software], LinkStatus.STRONG)
    assert alliance_id in small_project.alliances
