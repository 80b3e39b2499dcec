"""Model invariants and the action-plan rules."""

from __future__ import annotations

import pytest

from valuechain_gui.errors import ModelError
from valuechain_gui.model import (
    ActionKind,
    ActionState,
    ActionStatus,
    EventKind,
    LinkStatus,
    ObsoleteReason,
    Project,
)


def by_name(project: Project, name: str):
    link = project.link_by_name(name)
    assert link is not None
    return link


def test_new_project_has_six_named_stages_in_french():
    project = Project.new("fr")
    assert [s.name for s in project.stages] == [
        "Recherche", "Composants", "Sous-systèmes", "Intégration", "Distribution et services",
        "Marchés finaux"]


def test_a_link_is_an_end_market_only_when_marked_never_by_its_stage(small_project):
    assert by_name(small_project, "Farms").end_market is True  # marked by the fixture
    assert by_name(small_project, "LiDAR sensors").end_market is False
    last = small_project.stages[-1].id
    assert small_project.make_link("Mines", last).end_market is False


def test_settings_are_project_meta_undone_exactly(small_project):
    before = small_project.clone()
    old = small_project.update_meta(settings=small_project.settings.with_weights(0.8, 0.3))
    assert (small_project.settings.missing_weight, small_project.settings.weak_weight) == (0.8, 0.3)
    assert small_project != before and small_project.clone() == small_project
    small_project.update_meta(**old)
    assert small_project == before
    with pytest.raises(ModelError):
        small_project.update_meta(settings={"missing_weight": 1.0})


def test_duplicate_link_name_is_refused_case_and_space_insensitively(small_project):
    stage = small_project.stages[0].id
    with pytest.raises(ModelError) as info:
        small_project.add_link(small_project.make_link("  lidar   SENSORS ", stage))
    assert info.value.code == "duplicate_link_name"
    assert len(small_project.links) == 4


def test_rename_to_existing_name_is_refused_and_changes_nothing(small_project):
    link = by_name(small_project, "Farms")
    with pytest.raises(ModelError):
        small_project.update_link(link.id, name="Perception software")
    assert link.name == "Farms"
    assert small_project.link_by_name("Farms") is link


def test_self_flow_and_duplicate_flow_are_refused(small_project):
    a = by_name(small_project, "LiDAR sensors").id
    b = by_name(small_project, "Perception software").id
    with pytest.raises(ModelError) as info:
        small_project.add_flow(a, a)
    assert info.value.code == "self_flow"
    with pytest.raises(ModelError) as info:
        small_project.add_flow(a, b)
    assert info.value.code == "duplicate_flow"
    assert len(small_project.flows) == 3


def test_weak_creates_local_reinforcement_and_missing_alliance_search(small_project):
    kinds = {small_project.action_link_name(a): a.kind for a in small_project.actions.values()}
    assert kinds == {"LiDAR sensors": ActionKind.LOCAL_REINFORCEMENT,
                     "Perception software": ActionKind.ALLIANCE_SEARCH}
    action = next(iter(small_project.actions.values()))
    assert action.title == "Reinforce LiDAR sensors"


def test_revert_status_removes_exactly_the_created_action(small_project):
    link = by_name(small_project, "Farms")
    before = small_project.clone()
    change = small_project.set_status([link.id], LinkStatus.MISSING)
    assert len(small_project.actions) == 3
    small_project.revert_status(change)
    assert small_project == before
    small_project.reapply_status(change)
    assert small_project.actions[change.created[0].id].kind == ActionKind.ALLIANCE_SEARCH


def test_retag_keeps_typed_owner_and_revives_action(small_project):
    link = by_name(small_project, "LiDAR sensors")
    (action,) = small_project.actions_for_link(link.id)
    small_project.update_action(action.id, owner="Marie Dupont")
    small_project.set_status([link.id], LinkStatus.MISSING)
    assert small_project.action_state(action) == (ActionState.OBSOLETE,
                                                   ObsoleteReason.LINK_RETAGGED)
    assert len(small_project.actions_for_link(link.id)) == 2
    small_project.set_status([link.id], LinkStatus.WEAK)
    assert small_project.action_state(action) == (ActionState.LIVE, None)
    assert action.owner == "Marie Dupont"
    assert len(small_project.actions_for_link(link.id)) == 2  # no third action


def test_done_action_on_strong_link_is_achieved(small_project):
    link = by_name(small_project, "LiDAR sensors")
    (action,) = small_project.actions_for_link(link.id)
    small_project.set_status([link.id], LinkStatus.STRONG)
    assert small_project.action_state(action) == (ActionState.OBSOLETE,
                                                   ObsoleteReason.LINK_STRONG_NOT_DONE)
    small_project.update_action(action.id, status=ActionStatus.DONE)
    assert small_project.action_state(action) == (ActionState.ACHIEVED, None)


def test_removing_a_link_removes_its_flows_keeps_its_actions_and_restores(small_project):
    before = small_project.clone()
    link = by_name(small_project, "Perception software")
    (action,) = small_project.actions_for_link(link.id)
    record = small_project.remove_links([link.id])
    assert len(small_project.flows) == 1
    assert action.id in small_project.actions
    assert small_project.action_state(action) == (ActionState.OBSOLETE,
                                                   ObsoleteReason.LINK_REMOVED)
    assert small_project.action_link_name(action) == "Perception software"
    small_project.restore_links(record)
    assert small_project == before


def test_remove_stage_moving_links_and_undo(small_project):
    before = small_project.clone()
    stage = small_project.stages[1]
    record = small_project.remove_stage(stage.id, move_links_to=small_project.stages[2].id)
    assert by_name(small_project, "LiDAR sensors").stage_id == small_project.stages[1].id
    assert len(small_project.stages) == 5
    small_project.restore_stage(record)
    assert small_project == before


def test_remove_stage_with_its_links_and_undo(small_project):
    before = small_project.clone()
    record = small_project.remove_stage(small_project.stages[2].id)
    assert small_project.link_by_name("Perception software") is None
    assert len(small_project.flows) == 1
    small_project.restore_stage(record)
    assert small_project == before


def test_observers_hear_each_change(small_project):
    events = []
    unsubscribe = small_project.subscribe(events.append)
    link = by_name(small_project, "Farms")
    small_project.set_status([link.id], LinkStatus.WEAK)
    assert [e.kind for e in events] == [EventKind.LINK_CHANGED, EventKind.ACTION_ADDED]
    assert events[0].fields == ("status",)
    unsubscribe()
    small_project.update_link(link.id, notes="x")
    assert len(events) == 2


def test_update_links_checks_all_before_changing_any(small_project):
    a = by_name(small_project, "LiDAR sensors")
    b = by_name(small_project, "Farms")
    with pytest.raises(ModelError):
        small_project.update_links({a.id: {"name": "Radar"}, b.id: {"name": "radar"}})
    assert (a.name, b.name) == ("LiDAR sensors", "Farms")
    assert small_project.link_by_name("Radar") is None
