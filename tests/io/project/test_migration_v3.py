"""Format 2 → 3: the actions' candidate partners become cited partners and alliances.

The frozen version 2 fixtures (``tests/fixtures/format_v2/``) are opened by this version: each
candidate is cited once (by name + country), its alliance keeps the stage and governance it had,
``joint_operations`` becomes ``first_joint_operations``; the worked example of version 2 opens
as exactly the worked example this version ships.
"""

from __future__ import annotations

import json
from pathlib import Path

from valuechain_gui.io.project import migrations
from valuechain_gui.io.project.codec import project_to_dict
from valuechain_gui.io.project.file import load_project, load_project_with_info
from valuechain_gui.model import CooperationStage, Governance

FIXTURES = Path(__file__).parents[2] / "fixtures"
SAMPLES = Path(__file__).parents[3] / "sample_projects"


def _v2(**action_fields) -> dict:
    return {"format": "valuechain-gui-project", "version": 2,
            "stages": [{"id": "s", "name": "S"}],
            "links": [{"id": "l1", "name": "A", "stage_id": "s", "status": "missing"},
                      {"id": "l2", "name": "B", "stage_id": "s", "status": "missing"}],
            "actions": [{"id": "a1", "link_id": "l1", "kind": "alliance_search",
                         **action_fields},
                        {"id": "a2", "link_id": "l2", "kind": "alliance_search",
                         "candidate_partners": [
                             {"name": " bavaria  cluster", "country": "de",
                              "cooperation_stage": "joint_operations"}]}]}


def test_the_worked_example_of_version_2_opens_as_the_shipped_worked_example():
    result = load_project_with_info(FIXTURES / "format_v2" / "worked_example.vchain")
    assert (result.file_version, result.migrated) == (2, True)
    shipped = load_project(SAMPLES / "autonomous_special_vehicles.vchain")
    migrated, expected = project_to_dict(result.project), project_to_dict(shipped)
    assert migrated.pop("id") != expected.pop("id")  # the shipped file's id is its own
    assert migrated == expected
    stages = [a.stage for a in shipped.alliances.values()]
    assert len(shipped.partners) == len(stages) == 8
    assert set(stages) == {CooperationStage.IDENTIFIED, CooperationStage.CONTACTED,
                           CooperationStage.FIRST_JOINT_OPERATIONS,
                           CooperationStage.STRUCTURED_ALLIANCE}
    assert [a.governance for a in shipped.alliances.values() if a.governance] == [
        Governance.ROTATING]


def test_candidates_are_cited_once_by_name_and_country_with_their_stage_kept():
    data = _v2(candidate_partners=[
        {"name": "Bavaria Cluster", "country": "DE", "kind": "cluster",
         "cooperation_stage": "contacted", "governance": None, "contact": "x@example.invalid"},
        {"name": "Torino Lab", "country": "IT", "kind": "lab",
         "cooperation_stage": "structured_alliance", "governance": "shared"}])
    out = migrations.migrate(data, 2)
    assert out["version"] == migrations.CURRENT_VERSION
    assert "candidate_partners" not in out["actions"][0]
    assert [(p["name"], p["country"], p["kind"]) for p in out["partners"]] == [
        ("Bavaria Cluster", "DE", "cluster"), ("Torino Lab", "IT", "lab")]
    assert out["partners"][0]["contact"] == "x@example.invalid"  # unknown keys kept
    bavaria = out["partners"][0]["id"]
    assert [(a["partner_id"], a["action_id"], a["stage"], a["governance"])
            for a in out["alliances"]] == [
        (bavaria, "a1", "contacted", None),
        (out["partners"][1]["id"], "a1", "structured_alliance", "shared"),
        (bavaria, "a2", "first_joint_operations", None)]  # same partner, other spelling
    assert out["correspondences"] == []


def test_a_partner_listed_twice_for_one_action_keeps_the_further_stage():
    data = _v2(candidate_partners=[
        {"name": "Bavaria Cluster", "country": "DE", "cooperation_stage": "joint_operations"},
        {"name": "BAVARIA CLUSTER", "country": "DE", "cooperation_stage": "contacted",
         "governance": "rotating"}])
    project = migrations.migrate(data, 2)
    assert [(a["action_id"], a["stage"], a["governance"]) for a in project["alliances"]] == [
        ("a1", "first_joint_operations", "rotating"), ("a2", "first_joint_operations", None)]


def test_migrating_twice_gives_the_same_ids_and_the_input_is_not_changed():
    data = _v2(candidate_partners=[{"name": "Bavaria Cluster", "country": "DE"}])
    before = json.dumps(data)
    first, second = migrations.migrate(data, 2), migrations.migrate(data, 2)
    assert first == second and json.dumps(data) == before


def test_a_migrated_file_opens_with_its_pipeline(tmp_path):
    target = tmp_path / "old.vchain"
    target.write_text(json.dumps(_v2(candidate_partners=[
        {"name": "", "country": "FR", "cooperation_stage": "contacted"}])), encoding="utf-8")
    project = load_project(target)
    assert [p.name for p in project.partners.values()] == ["?", " bavaria  cluster"]
    assert [(a.action_id, a.stage) for a in project.alliances.values()] == [
        ("a1", CooperationStage.CONTACTED), ("a2", CooperationStage.FIRST_JOINT_OPERATIONS)]
    assert (project.settings.country, project.settings.region) == ("FR", "")
