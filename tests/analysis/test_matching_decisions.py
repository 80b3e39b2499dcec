"""Matching against cited partners: the group's decisions, competence tags, partners' scopes."""

from __future__ import annotations

import json

import pytest

from valuechain_gui.analysis.matching import match_gaps, partner_from_map, scope_of
from valuechain_gui.analysis.matching.matcher import Evidence
from valuechain_gui.cli import main as cli_main
from valuechain_gui.io.project.file import save_project
from valuechain_gui.model import (
    Correspondence,
    Decision,
    LinkStatus,
    Partner,
    PartnerMapLink,
    Scope,
)

from .matching_projects import project_of


def _partner(name: str, links: dict[str, str], **fields) -> Partner:
    return Partner(name, map_links=[PartnerMapLink(n, "", LinkStatus(s)) for n, s in
                                    links.items()], **fields)


def test_confirmed_and_rejected_decisions_change_the_ranking():
    ours = project_of({"Logiciel de perception": "missing", "Châssis": "strong"})
    gap = ours.link_by_name("Logiciel de perception").id
    close = _partner("Close", {"Perception software": "strong"})
    partial = _partner("Partial", {"Perception and mapping software": "strong"})
    far = _partner("Far", {"Mapping": "strong"})
    partners = [close, partial, far]
    ranked = match_gaps(ours, partners)[0]
    assert [c.partner for c in ranked.candidates] == ["Close", "Partial"]
    assert ranked.link_id == gap
    decisions = [Correspondence(gap, close.id, "perception SOFTWARE", Decision.REJECTED),
                 Correspondence(gap, far.id, "Mapping", Decision.CONFIRMED)]
    ranked = match_gaps(ours, partners, decisions=decisions)[0]
    assert [(c.partner, c.score) for c in ranked.candidates] == [("Far", 100),
                                                                ("Partial", partial_score(ours))]
    assert ranked.candidates[0].evidence[0].confirmed


def partial_score(ours) -> int:
    return match_gaps(ours, [_partner("Partial", {"Perception and mapping software": "strong"})]
                      )[0].candidates[0].score


def test_a_rejected_correspondence_is_no_reciprocity_and_a_confirmed_one_is():
    ours = project_of({"Capteurs": "missing", "Châssis": "strong", "Batteries": "strong"})
    chassis = ours.link_by_name("Châssis").id
    batteries = ours.link_by_name("Batteries").id
    partner = _partner("P", {"Sensors": "strong", "Chassis": "missing", "Energy": "weak"})
    assert match_gaps(ours, [partner])[0].candidates[0].reciprocity == ("Châssis",)
    decisions = [Correspondence(chassis, partner.id, "Chassis", Decision.REJECTED),
                 Correspondence(batteries, partner.id, "Energy", Decision.CONFIRMED)]
    candidate = match_gaps(ours, [partner], decisions=decisions)[0].candidates[0]
    assert candidate.reciprocity == ("Batteries",)


def test_a_competence_tag_is_evidence_and_makes_a_candidate():
    ours = project_of({"Capteurs LiDAR": "missing"})
    tagged = Partner("Photonics Lab", competences=["LiDAR sensors", "optics"])
    (candidate,) = match_gaps(ours, [tagged])[0].candidates
    assert candidate.score == 100 and candidate.partner_id == tagged.id
    assert candidate.evidence == (Evidence(similarity=100, competence="LiDAR sensors"),)
    assert match_gaps(ours, [tagged])[0].as_json()["candidates"][0]["evidence"] == [
        {"competence": "LiDAR sensors"}]


@pytest.mark.parametrize("country, region, expected", [
    ("FR", "Centre-Val de Loire", Scope.REGIONAL),
    ("fr", "centre val de loire", Scope.REGIONAL),
    ("FR", "Bretagne", Scope.NATIONAL),
    ("DE", "Bavaria", Scope.EUROPEAN),
    ("NO", "", Scope.EUROPEAN),
    ("KR", "", Scope.INTERNATIONAL),
    ("", "", None),
    ("Germany", "", None),
])
def test_scope_of_a_partner_relative_to_our_territory(country, region, expected):
    ours = project_of({"A": "missing"})
    ours.update_meta(settings=ours.settings.__class__(region="Centre-Val de Loire"))
    assert scope_of(Partner("P", country=country, region=region), ours) is expected


def test_the_project_territory_stands_for_a_region_not_set_in_the_settings():
    ours = project_of({"Radar": "missing"})
    ours.update_meta(territory="Bretagne")
    assert scope_of(Partner("P", country="FR", region="bretagne"), ours) is Scope.REGIONAL
    assert match_gaps(ours, [Partner("P", country="FR", region="Bretagne",
                                     competences=["Radar"])])[0].candidates[0].scope == \
        Scope.REGIONAL


def test_partner_from_map_keeps_names_stages_and_statuses():
    theirs = project_of({"Sensors": "strong", "Chassis": "missing"}, "Sensor Valley")
    partner = partner_from_map("Sensor Valley", theirs)
    assert [(l.name, l.stage, l.status) for l in partner.map_links] == [
        ("Sensors", theirs.stages[0].name, LinkStatus.STRONG),
        ("Chassis", theirs.stages[0].name, LinkStatus.MISSING)]
    assert (partner.country, partner.competences) == ("", [])


def test_match_without_maps_ranks_the_cited_partners_with_the_decisions(tmp_path, capsys):
    ours = project_of({"Capteurs LiDAR": "missing"})
    gap = ours.link_by_name("Capteurs LiDAR").id
    good = _partner("Sensor Valley", {"LiDAR sensors": "strong"}, country="DE")
    other = Partner("Optics Lab", competences=["LiDAR"], country="FR")
    ours.cite_partner(good)
    ours.cite_partner(other)
    ours.set_correspondence(gap, good.id, "LiDAR sensors", Decision.REJECTED)
    path = tmp_path / "ours.vchain"
    save_project(ours, path)
    assert cli_main(["match", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [c["partner"] for c in printed[0]["candidates"]] == ["Optics Lab"]
