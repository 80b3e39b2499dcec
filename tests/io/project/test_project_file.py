"""Project file: frozen v1 fixtures open with exact values, round trips, typed errors with places."""

from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path
from typing import get_args

import pytest

from valuechain_gui.io.project.file import (
    ProjectFileError,
    backup_path,
    dumps_project,
    load_project,
    load_project_with_info,
    loads_project,
    project_from_dict,
    project_to_dict,
    save_project,
)
from valuechain_gui.io.project.schema import TOKEN_TYPES
from valuechain_gui.model import (
    ActionKind,
    ActionState,
    ActionStatus,
    CooperationStage,
    Governance,
    LinkStatus,
    ObsoleteReason,
    PartnerKind,
    Priority,
    Project,
    Scope,
    SearchChannel,
)

V1 = Path(__file__).parents[2] / "fixtures" / "format_v1"
V2 = Path(__file__).parents[2] / "fixtures" / "format_v2"
V3 = Path(__file__).parents[2] / "fixtures" / "format_v3"
V4 = Path(__file__).parents[2] / "fixtures" / "format_v4"


def uid(kind: str, n: int) -> str:
    return f"{kind:0>8}-0000-4000-8000-{n:012d}"


# ------------------------------------------------------------------ frozen fixtures of format v1
def test_full_v1_fixture_opens_with_every_field():
    result = load_project_with_info(V1 / "full.vchain")
    assert (result.file_version, result.migrated) == (1, True)
    p = result.project
    assert (p.settings.missing_weight, p.settings.weak_weight) == (1.0, 0.6)  # added by 1 → 2
    assert p.target_market == "Véhicules spéciaux autonomes"
    assert p.pole_name == "Pôle Mécanique Centre (illustratif)"
    assert p.territory == "Auvergne-Rhône-Alpes"
    assert p.participants == ["Claire Martin", "Jean Dupont"]
    assert p.date == date(2026, 3, 12)
    assert p.language == "fr"
    assert [(s.id, s.name) for s in p.stages] == [
        (uid("5", 1), "Composants"), (uid("5", 2), "Intégration"), (uid("5", 3), "Marchés finaux")]
    lidar = p.links[uid("1", 1)]
    assert lidar.name == "Capteurs LiDAR"
    assert lidar.stage_id == uid("5", 1)
    assert lidar.status is LinkStatus.WEAK
    assert (lidar.strategic, lidar.end_market) == (True, False)
    assert lidar.actors == ["Optronic SA", "Lab LIMOS"]
    assert lidar.notes == "Deux fournisseurs\nà consolider"
    assert lidar.position == (40.0, 120.5)
    assert [link.status for link in p.links.values()] == [
        LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.STRONG, LinkStatus.UNASSESSED]
    assert p.links[uid("1", 4)].end_market is True
    assert list(p.flows) == [(uid("1", 1), uid("1", 3)), (uid("1", 2), uid("1", 3)),
                             (uid("1", 3), uid("1", 4))]
    local, alliance, detached = p.actions.values()
    assert local.kind is ActionKind.LOCAL_REINFORCEMENT
    assert (local.title, local.owner, local.partners) == (
        "Renforcer : Capteurs LiDAR", "Claire Martin", "Optronic SA; Lab LIMOS")
    assert (local.start, local.deadline) == (date(2026, 4, 1), date(2026, 12, 15))
    assert local.budget == 45000.0
    assert (local.funding_source, local.indicator) == ("Région AURA", "2 fournisseurs qualifiés")
    assert (local.priority, local.status) == (Priority.HIGH, ActionStatus.IN_PROGRESS)
    assert local.notes == "Projet R&D collaboratif"
    assert alliance.scope is Scope.EUROPEAN
    assert alliance.search_channels == [SearchChannel.PATENTS, SearchChannel.TRADE_FAIRS]
    bavaria, torino = p.alliances_of_action(alliance.id)
    assert (p.partners[bavaria.partner_id].name, p.partners[bavaria.partner_id].country,
            p.partners[bavaria.partner_id].kind, bavaria.stage, bavaria.governance) == (
        "Automotive Cluster Bavaria", "DE", PartnerKind.CLUSTER, CooperationStage.CONTACTED, None)
    assert (p.partners[torino.partner_id].kind, torino.stage, torino.governance) == (
        PartnerKind.LAB, CooperationStage.STRUCTURED_ALLIANCE, Governance.ROTATING)
    assert detached.link_name == "Téléopération"
    assert detached.budget == 1200
    assert p.action_state(local) == (ActionState.LIVE, None)
    assert p.action_state(alliance) == (ActionState.LIVE, None)
    assert p.action_state(detached) == (ActionState.OBSOLETE, ObsoleteReason.LINK_REMOVED)


def test_empty_v1_fixture_opens_as_an_empty_english_project():
    p = load_project(V1 / "empty.vchain")
    assert (p.target_market, p.language, p.date) == ("", "en", None)
    assert (p.stages, p.links, p.flows, p.actions, list(p.extra)) == ([], {}, {}, {}, ["id"])


def test_unknown_keys_at_every_level_are_kept_on_load():
    p = load_project(V1 / "extra_keys.vchain")
    assert p.extra.pop("id")  # given by the migration to version 4
    assert p.extra == {"workshop_room": "B12",
                       "history": [{"saved_by": "a later version", "at": "2027-01-01T10:00:00"}]}
    assert p.stages[0].extra == {"colour": "#336699"}
    assert p.stages[1].extra == {}
    assert p.links["ln-1"].extra == {"maturity": {"trl": 4, "source": "survey 2025"}}
    assert next(iter(p.flows.values())).extra == {"volume": 3.5}
    assert p.actions["ac-1"].extra == {"tags": ["radar", "eu"]}
    cited = p.partners[p.alliances_of_action("ac-1")[0].partner_id]
    assert cited.extra == {"contact": "info@example.invalid"}


def test_unknown_keys_survive_load_save_load(tmp_path):
    target = tmp_path / "copy.vchain"
    save_project(load_project(V1 / "extra_keys.vchain"), target)
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["workshop_room"] == "B12"
    assert written["links"][0]["maturity"] == {"trl": 4, "source": "survey 2025"}
    assert written["flows"][0]["volume"] == 3.5
    assert written["partners"][0]["contact"] == "info@example.invalid"
    assert load_project(target) == load_project(V1 / "extra_keys.vchain")


def test_writer_output_of_the_full_fixture_is_byte_identical():
    """The v4 writer must not drift: a change here needs a format version bump and a migration."""
    raw = (V4 / "full.vchain").read_bytes()
    assert dumps_project(loads_project(raw)) == raw
    # the v4 fixture is the v3 one migrated: the same content and its new id
    migrated = loads_project((V3 / "full.vchain").read_bytes())
    assert dumps_project(migrated) == raw
    project = loads_project((V3 / "full.vchain").read_bytes())
    assert (project.settings.missing_weight, project.settings.weak_weight) == (0.9, 0.5)
    # the v3 fixture is the v2 one migrated, with a pipeline history, an operation, a partner's
    # map and two correspondence decisions added: nothing else differs
    v2 = load_project(V2 / "full.vchain")
    assert project.partners.keys() == v2.partners.keys()
    assert project.alliances.keys() == v2.alliances.keys()
    assert (project.stages, project.links, project.flows, project.actions) == (
        v2.stages, v2.links, v2.flows, v2.actions)
    alliance = next(iter(project.alliances.values()))
    assert [(c.stage.value, c.on, c.by) for c in alliance.history] == [
        ("identified", date(2026, 2, 1), ""),
        ("validated", date(2026, 3, 10), "Comité des adhérents")]
    assert (alliance.validated_on, alliance.validated_by) == (date(2026, 3, 10),
                                                              "Comité des adhérents")
    assert [(o.kind.value, o.done) for o in alliance.operations] == [("b2b_meetings", True)]
    assert [d.decision.value for d in project.correspondences.values()] == ["confirmed",
                                                                           "rejected"]
    assert project.partners[alliance.partner_id].map_links[0].name == "LiDAR sensors"


# ------------------------------------------------------------------ round trips and layout
def test_save_then_load_gives_an_equal_project(tmp_path, small_project):
    small_project.update_meta(date=date(2026, 1, 5), participants=["Ana", "Bruno"])
    action = next(iter(small_project.actions.values()))
    small_project.update_action(action.id, owner="Ana", budget=1500.0, deadline=date(2026, 6, 30))
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    loaded = load_project(target)
    assert loaded == small_project
    assert loaded.actions[action.id].owner == "Ana"
    assert loaded.actions[action.id].deadline == date(2026, 6, 30)


def test_file_is_utf8_json_with_format_name_and_version_first(tmp_path, small_project):
    small_project.update_meta(target_market="Véhicules autonomes")
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    text = target.read_bytes().decode("utf-8")
    assert "Véhicules autonomes" in text  # not \u00e9 escapes
    data = json.loads(text)
    assert list(data)[:3] == ["format", "version", "target_market"]
    assert (data["format"], data["version"]) == ("valuechain-gui-project", 4)
    assert data["id"] == small_project.extra["id"]  # given on the first save, kept after
    assert data["links"][0]["position"] == [200.0, 0.0]
    assert data["settings"] == {"missing_weight": 1.0, "weak_weight": 0.6, "country": "FR",
                                "region": ""}
    assert (data["partners"], data["alliances"], data["correspondences"]) == ([], [], [])
    # "{", 17 top-level keys (the id last), 6 stages, 4 links, 3 flows, 2 actions, 4 list ends, "}"
    assert text.count("\n") == 1 + 17 + 6 + 4 + 3 + 2 + 4 + 1


def test_second_save_keeps_the_previous_file_as_bak(tmp_path, small_project):
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    first = target.read_bytes()
    small_project.update_meta(pole_name="Pôle X")
    save_project(small_project, target)
    assert backup_path(target) == tmp_path / "plan.vchain.bak"
    assert (tmp_path / "plan.vchain.bak").read_bytes() == first
    assert load_project(target).pole_name == "Pôle X"


def test_dict_round_trip_and_byte_order_mark(small_project):
    assert project_from_dict(project_to_dict(small_project)) == small_project
    assert loads_project(b"\xef\xbb\xbf" + dumps_project(small_project)) == small_project


def test_file_tokens_are_exactly_the_model_enums_values():
    for literal, enum in TOKEN_TYPES:
        assert get_args(literal) == tuple(member.value for member in enum), enum


def test_missing_optional_fields_take_their_defaults():
    data = {"format": "valuechain-gui-project", "version": 1,
            "stages": [{"id": "s", "name": "Components"}],
            "links": [{"id": "l", "name": "Radar", "stage_id": "s"}],
            "actions": [{"id": "a", "link_id": "l", "kind": "local_reinforcement"}]}
    p = project_from_dict(data)
    assert (p.language, p.links["l"].status, p.links["l"].position) == (
        "fr", LinkStatus.UNASSESSED, (0.0, 0.0))
    assert (p.actions["a"].status, p.actions["a"].priority) == (ActionStatus.PROPOSED, None)


# ------------------------------------------------------------------ errors: code, place, expectation
def _full_dict() -> dict:
    return json.loads((V1 / "full.vchain").read_text(encoding="utf-8"))


def _mutate(change) -> bytes:
    data = _full_dict()
    change(data)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


BAD_CONTENT = [
    (lambda d: d["links"][2].update(status="fort"), "links[2].status",
     "expected one of strong, weak, missing, unassessed"),
    (lambda d: d["links"][0].update(position=[1]), "links[0].position", "[x, y]"),
    (lambda d: d["links"][0].update(strategic="yes"), "links[0].strategic", "true or false"),
    (lambda d: d["links"][0].pop("name"), "links[0].name", "required"),
    (lambda d: d["actions"][0].update(budget="45 000"), "actions[0].budget", "a number"),
    (lambda d: d["actions"][0].update(deadline="15/12/2026"), "actions[0].deadline", "YYYY-MM-DD"),
    (lambda d: d["actions"][0].update(start="2026-W01-1"), "actions[0].start", "YYYY-MM-DD"),
    (lambda d: d["actions"][0].update(start="2026-02-30"), "actions[0].start", "YYYY-MM-DD"),
    (lambda d: d.update(date=20260312), "date", "expected text"),
    (lambda d: d["actions"][1]["candidate_partners"][1].update(governance="chaos"),
     "alliances[1].governance", "expected one of shared, rotating, neutral_third_party"),
    (lambda d: d["actions"][1].update(search_channels=["fax"]), "actions[1].search_channels[0]",
     "market_data"),
    (lambda d: d.update(language="de"), "language", "expected one of fr, en"),
    (lambda d: d.update(links={}), "links", "expected a list"),
    (lambda d: d["links"].append(5), "links[4]", "expected an object"),
    (lambda d: d["links"][1].update(id=d["links"][0]["id"]), "links[1].id", "no other link"),
    (lambda d: d["links"][1].update(name=" capteurs LIDAR "), "links[1].name", "unique link name"),
    (lambda d: d["links"][1].update(name="  "), "links[1].name", "non-blank"),
    (lambda d: d["links"][1].update(stage_id="nowhere"), "links[1].stage_id", "id of a stage"),
    (lambda d: d["stages"][1].update(id=d["stages"][0]["id"]), "stages[1].id", "no other stage"),
    (lambda d: d["flows"][1].update(downstream="ghost"), "flows[1].downstream", "id of a link"),
    (lambda d: d["flows"][0].update(downstream=d["flows"][0]["upstream"]), "flows[0]",
     "cannot flow into itself"),
    (lambda d: d["flows"].append(dict(d["flows"][0])), "flows[3]", "listed twice"),
    (lambda d: d["actions"][2].update(id=d["actions"][0]["id"]), "actions[2].id",
     "no other action"),
]


@pytest.mark.parametrize(("change", "location", "expected"), BAD_CONTENT)
def test_invalid_content_names_the_json_path_and_what_was_expected(change, location, expected):
    with pytest.raises(ProjectFileError) as info:
        loads_project(_mutate(change), file="plan.vchain")
    error = info.value
    assert (error.code, error.location) == ("invalid", location)
    assert expected in error.message
    assert str(error).startswith(f"plan.vchain:{location}: ")


BAD_FILES = [
    (b"", "empty", None),
    (b"  \n", "empty", None),
    (b"\x89PNG\r\n\x1a\n\x00\x00\xff", "not_text", "byte 0"),
    (b'{"format": "valuechain-gui-project",\n "version": 1,\n "links": [', "not_json",
     "line 3, column 12"),
    (b"[1, 2]", "not_a_project", None),
    (b'{"format": "drawio", "version": 1}', "not_a_project", "format"),
    (b'{"format": "valuechain-gui-project"}', "bad_version", "version"),
    (b'{"format": "valuechain-gui-project", "version": "1"}', "bad_version", "version"),
    (b'{"format": "valuechain-gui-project", "version": 0}', "bad_version", "version"),
    (b'{"format": "valuechain-gui-project", "version": 1, "budget": NaN}', "not_json", None),
    (b"[" * 50000, "not_json", None),
]


@pytest.mark.parametrize(("data", "code", "location"), BAD_FILES)
def test_broken_files_give_a_typed_error(data, code, location):
    with pytest.raises(ProjectFileError) as info:
        loads_project(data, file="x.vchain")
    assert (info.value.code, info.value.location) == (code, location)
    assert str(info.value).startswith("x.vchain")


def test_truncated_file_reports_line_and_column(tmp_path):
    raw = (V1 / "full.vchain").read_bytes()
    target = tmp_path / "cut.vchain"
    target.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(ProjectFileError) as info:
        load_project(target)
    assert info.value.code == "not_json"
    last_line = raw[: len(raw) // 2].count(b"\n") + 1  # the error is where the file stops
    assert info.value.params["line"] == last_line == 24
    assert str(info.value).startswith(f"{target}:line 24, column ")


def test_newer_version_is_refused_naming_both_versions(tmp_path):
    target = tmp_path / "future.vchain"
    data = _full_dict()
    data["version"] = 7
    data["hologram"] = {"keep": True}
    target.write_text(json.dumps(data), encoding="utf-8")
    before = target.read_bytes()
    with pytest.raises(ProjectFileError) as info:
        load_project(target)
    error = info.value
    assert (error.code, error.location) == ("newer_version", "version")
    assert (error.params["file_version"], error.params["supported"]) == (7, 4)
    assert "format version 7" in error.message and "up to 4" in error.message
    assert target.read_bytes() == before


def test_missing_file_and_folder_give_not_found_and_unreadable(tmp_path):
    with pytest.raises(ProjectFileError) as info:
        load_project(tmp_path / "nope.vchain")
    assert info.value.code == "not_found"
    assert str(info.value) == f"{tmp_path / 'nope.vchain'}: no such file"
    with pytest.raises(ProjectFileError) as info:
        load_project(tmp_path)
    assert info.value.code == "unreadable"


def test_several_problems_are_counted_in_the_message():
    def change(d):
        d["links"][0]["status"] = "fort"
        d["links"][1]["status"] = "faible"

    with pytest.raises(ProjectFileError) as info:
        loads_project(_mutate(change))
    assert info.value.location == "links[0].status"
    assert info.value.message.endswith("(and 1 more problems)")


def test_loaded_project_is_usable_through_model_operations():
    p = load_project(V1 / "full.vchain")
    radar = p.make_link("Radar", p.stages[0].id)
    p.add_link(radar)
    p.add_flow(radar.id, uid("1", 3))
    assert p.upstream_of(uid("1", 3)) == sorted([uid("1", 1), uid("1", 2), radar.id])
    assert p.link_by_name("capteurs lidar").id == uid("1", 1)
    change = p.set_status([radar.id], LinkStatus.MISSING)
    assert change.created[0].kind is ActionKind.ALLIANCE_SEARCH


def test_an_empty_new_project_round_trips(tmp_path):
    project = Project.new("fr", "Hydrogène")
    save_project(project, tmp_path / "h.vchain")
    assert load_project(tmp_path / "h.vchain") == project


def test_a_blank_stage_name_is_refused_as_the_model_refuses_it(small_project):
    """The loader accepts what model operations accept, and no more: a stage needs a name."""
    data = project_to_dict(small_project)
    data["stages"][0]["name"] = ""
    with pytest.raises(ProjectFileError) as refused:
        project_from_dict(data)
    assert refused.value.location == "stages[0].name"


def test_temp_files_of_killed_saves_are_removed_at_the_next_save(tmp_path, small_project):
    """Whatever their age: no live process holds them (a live save's temporary file is kept,
    tests/io/project/test_save_leftovers.py proves it with a real second process)."""
    target = tmp_path / "plan.vchain"
    old_tmp = tmp_path / ".plan.vchain.k1ll3d_0.tmp"
    recent_tmp = tmp_path / ".plan.vchain.k1ll3d_1.tmp"
    other_tmp = tmp_path / ".other.vchain.x.tmp"
    for path in (old_tmp, recent_tmp, other_tmp):
        path.write_bytes(b"{half a proj")
    day_ago = time.time() - 86400
    os.utime(old_tmp, (day_ago, day_ago))
    os.utime(other_tmp, (day_ago, day_ago))
    save_project(small_project, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.vchain.x.tmp", "plan.vchain"]
