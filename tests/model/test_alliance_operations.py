"""The partners a project cites, its alliance pipeline and its correspondence decisions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from valuechain_gui import limits
from valuechain_gui.errors import ModelError
from valuechain_gui.model import (
    ActionKind,
    Alliance,
    CooperationStage,
    Decision,
    EventKind,
    Governance,
    Operation,
    OperationKind,
    Partner,
    PartnerMapLink,
    Project,
)

DAY = date(2026, 5, 4)


def _search(project: Project):
    return next(project.iter_actions(ActionKind.ALLIANCE_SEARCH))


def _cited(project: Project, name: str = "Bavaria Cluster", country: str = "DE") -> Partner:
    partner = Partner(name, country=country)
    project.cite_partner(partner)
    return partner


def _alliance(project: Project, partner: Partner, **fields) -> Alliance:
    alliance = Alliance(partner.id, _search(project).id, **fields)
    project.add_alliance(alliance)
    return alliance


def test_cited_partners_are_unique_by_name_and_country(small_project):
    partner = _cited(small_project)
    assert small_project.find_partner(" bavaria   CLUSTER ", "de") is partner
    with pytest.raises(ModelError) as info:
        small_project.cite_partner(Partner("BAVARIA cluster", country="DE"))
    assert info.value.code == "duplicate_partner"
    _cited(small_project, "Bavaria Cluster", "AT")  # same name elsewhere: another partner
    assert len(small_project.partners) == 2
    with pytest.raises(ModelError) as info:
        small_project.cite_partner(Partner("  "))
    assert info.value.code == "blank_name"


def test_partner_fields_are_cleaned_and_checked_at_the_door(small_project):
    small_project.take_cleaned_places()
    partner = Partner("Lab\x00", country="FR", competences=["LiDAR\x01"],
                      map_links=[PartnerMapLink("Radar\x02", "Parts", "strong")])
    small_project.cite_partner(partner)
    assert (partner.name, partner.competences, partner.map_links[0].name) == (
        "Lab", ["LiDAR"], "Radar")
    assert partner.map_links[0].status.value == "strong"
    assert small_project.take_cleaned_places() == [
        "partners[0].name", "partners[0].competences[0]", "partners[0].map_links[0].name"]
    with pytest.raises(ModelError) as info:
        small_project.update_partner(partner.id, sectors=["space_tourism"])
    assert info.value.code == "bad_value"
    with pytest.raises(ModelError) as info:
        small_project.update_partner(partner.id, colour="red")
    assert info.value.code == "unknown_field"


def test_an_alliance_needs_a_cited_partner_and_an_action_and_is_unique_per_action(small_project):
    partner = _cited(small_project)
    action = _search(small_project)
    with pytest.raises(ModelError) as info:
        small_project.add_alliance(Alliance("nobody", action.id))
    assert info.value.code == "unknown_partner"
    with pytest.raises(ModelError) as info:
        small_project.add_alliance(Alliance(partner.id, "no-action"))
    assert info.value.code == "unknown_action"
    _alliance(small_project, partner)
    with pytest.raises(ModelError) as info:
        small_project.add_alliance(Alliance(partner.id, action.id))
    assert info.value.code == "duplicate_alliance"
    assert [a.partner_id for a in small_project.alliances_of_action(action.id)] == [partner.id]
    assert small_project.alliances_of_partner(partner.id)[0].action_id == action.id


def test_moving_to_validated_records_the_validation_and_the_dated_history(small_project):
    alliance = _alliance(small_project, _cited(small_project))
    old = small_project.set_alliance_stage(alliance.id, CooperationStage.VALIDATED,
                                           datetime(2026, 5, 4, 9, 30), "Comité", "unanime")
    assert (alliance.stage, alliance.validated_on, alliance.validated_by,
            alliance.validation_note) == (CooperationStage.VALIDATED, DAY, "Comité", "unanime")
    assert [(c.stage, c.on, c.by) for c in alliance.history] == [
        (CooperationStage.VALIDATED, DAY, "Comité")]
    small_project.set_alliance_stage(alliance.id, "contacted", date(2026, 6, 1))
    assert alliance.validated_on == DAY  # a later stage keeps the validation
    assert len(alliance.history) == 2
    small_project.update_alliance(alliance.id, **old)
    assert (alliance.stage, alliance.history, alliance.validated_on) == (
        CooperationStage.IDENTIFIED, [], None)


def test_alliance_fields_go_through_the_door(small_project):
    alliance = _alliance(small_project, _cited(small_project))
    small_project.update_alliance(
        alliance.id, governance="rotating", next_step="Visit\x00", next_date=DAY,
        operations=[Operation(OperationKind.B2B_MEETINGS, DAY, True, "Munich")])
    assert (alliance.governance, alliance.next_step) == (Governance.ROTATING, "Visit")
    with pytest.raises(ModelError) as info:
        small_project.update_alliance(alliance.id, next_date="tomorrow")
    assert info.value.code == "bad_date"
    with pytest.raises(ModelError) as info:
        small_project.update_alliance(alliance.id, operations=[
            Operation(OperationKind.JOINT_CALL)] * (limits.MAX_ALLIANCE_ENTRIES + 1))
    assert info.value.code == "too_many"
    assert len(alliance.operations) == 1


def test_removing_a_partner_takes_its_alliances_and_decisions_and_restore_puts_them_back(
        small_project):
    first, second = _cited(small_project), _cited(small_project, "Torino Lab", "IT")
    _alliance(small_project, first)
    _alliance(small_project, second)
    link = next(iter(small_project.links))
    small_project.set_correspondence(link, first.id, "LiDAR sensors", Decision.CONFIRMED)
    small_project.set_correspondence(link, second.id, "Radar", Decision.REJECTED)
    before = small_project.clone()
    events = []
    small_project.subscribe(events.append)
    record = small_project.remove_partner(first.id)
    assert list(small_project.partners) == [second.id]
    assert [a.partner_id for a in small_project.alliances.values()] == [second.id]
    assert [c.partner_id for c in small_project.correspondences.values()] == [second.id]
    assert [e.kind for e in events] == [EventKind.CORRESPONDENCES_CHANGED,
                                        EventKind.ALLIANCE_REMOVED, EventKind.PARTNER_REMOVED]
    small_project.restore_partner(record)
    assert small_project == before
    assert list(small_project.partners) == list(before.partners)


def test_removing_a_link_takes_its_decisions_and_restoring_it_brings_them_back(small_project):
    partner = _cited(small_project)
    link = next(iter(small_project.links))
    small_project.set_correspondence(link, partner.id, "LiDAR sensors", "confirmed")
    before = small_project.clone()
    record = small_project.remove_links([link])
    assert small_project.correspondences == {}
    small_project.restore_links(record)
    assert small_project == before


def test_an_action_with_alliances_is_removed_with_them(small_project):
    alliance = _alliance(small_project, _cited(small_project))
    before = small_project.clone()
    with pytest.raises(ModelError) as info:
        small_project.remove_action(alliance.action_id)
    assert info.value.code == "action_has_alliances"
    record = small_project.remove_action_and_alliances(alliance.action_id)
    assert small_project.alliances == {} and alliance.action_id not in small_project.actions
    small_project.restore_action(record)
    assert small_project == before


def test_a_decision_is_keyed_by_their_link_name_and_none_forgets_it(small_project):
    partner = _cited(small_project)
    link = next(iter(small_project.links))
    assert small_project.set_correspondence(link, partner.id, "LiDAR sensors",
                                            Decision.CONFIRMED) is None
    assert small_project.decision(link, partner.id, " lidar  SENSORS") is Decision.CONFIRMED
    assert small_project.set_correspondence(link, partner.id, "LIDAR sensors",
                                            Decision.REJECTED) is Decision.CONFIRMED
    assert len(small_project.correspondences) == 1
    assert small_project.set_correspondence(link, partner.id, "LiDAR sensors",
                                            None) is Decision.REJECTED
    assert small_project.correspondences == {}
    with pytest.raises(ModelError) as info:
        small_project.set_correspondence("gone", partner.id, "x", Decision.CONFIRMED)
    assert info.value.code == "unknown_link"


def test_clone_and_equality_cover_the_pipeline(small_project):
    alliance = _alliance(small_project, _cited(small_project))
    other = small_project.clone()
    assert other == small_project
    other.set_alliance_stage(alliance.id, CooperationStage.CONTACTED, DAY)
    assert other != small_project
    assert small_project.alliances[alliance.id].stage == CooperationStage.IDENTIFIED
    assert other.find_partner("Bavaria Cluster", "DE") is not None


def test_the_limit_on_cited_partners_is_kept(small_project, monkeypatch):
    from valuechain_gui.model import alliance_operations

    monkeypatch.setattr(alliance_operations, "MAX_PARTNERS", 2)
    _cited(small_project, "A")
    _cited(small_project, "B")
    with pytest.raises(ModelError) as info:
        _cited(small_project, "C")
    assert (info.value.code, info.value.params["what"]) == ("too_many", "partners")
