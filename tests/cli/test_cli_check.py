"""``valuechain-gui check``: the summary of a good file, one clear line for a bad one, exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.io.report.check import check_report, problems
from valuechain_gui.model import Action, ActionKind, ActionStatus, LinkStatus

V1 = Path(__file__).parent.parent / "fixtures" / "format_v1"


def test_check_of_a_good_file_prints_the_summary_and_exits_0(capsys):
    path = V1 / "full.vchain"
    assert main(["check", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == (f"{path}: Véhicules spéciaux autonomes (Pôle Mécanique Centre "
                        "(illustratif), Auvergne-Rhône-Alpes, 2026-03-12)")
    assert "Target market: Véhicules spéciaux autonomes" in lines
    assert "Stages: 3 (Composants, Intégration, Marchés finaux)" in lines
    assert ("Links: 4 (1 strong, 1 weak, 1 missing, 1 unassessed); 2 strategic, 1 end market"
            in lines)
    assert "Flows: 3" in lines
    assert ("Actions: 3 (2 live, 0 achieved, 1 obsolete: 1 link removed); "
            "1 local reinforcement, 2 alliance search") in lines
    assert "Assets (strong links): Intégration véhicule" in lines
    assert lines[-3:] == [
        "Problems: 2",
        "  - 1 link still to assess: Exploitations agricoles",
        "  - 1 detached action (its link was removed): "
        "Trouver des partenaires : Téléopération [Téléopération]",
    ]


def test_check_lists_actions_without_owner_or_deadline_and_missing_end_markets(
        tmp_path, small_project, capsys):
    # small_project: sensor weak, software missing, vehicle strong, farms unassessed (end market)
    farms = small_project.link_by_name("Farms")
    small_project.update_link(farms.id, end_market=False)
    local, alliance = small_project.actions.values()
    small_project.update_action(local.id, owner="Ana")
    small_project.update_action(alliance.id, deadline=date(2026, 9, 1))
    target = tmp_path / "p.vchain"
    save_project(small_project, target)
    assert main(["check", str(target)]) == 0
    out = capsys.readouterr().out
    assert ("1 live action without an owner: Find partners for Perception software "
            "[Perception software]") in out
    assert ("1 live action without a deadline: Reinforce LiDAR sensors [LiDAR sensors]") in out
    assert "0 end markets" in out  # none marked: Farms, with no downstream flow, is taken
    assert ("End markets: Farms (no link is marked as an end market: the ends of the chain are "
            "taken, return flows set aside)") in out.splitlines()
    assert "no end market" not in out
    no_end = ("no end market: flag at least one link as an end market (a final use of the "
              "chain); none is marked and every link flows into another")
    # a flow back to an earlier stage is a return flow: Farms, which then only feeds the chain
    # back, gives way to the link that feeds it
    lidar = small_project.link_by_name("LiDAR sensors")
    small_project.add_flow(farms.id, lidar.id)
    assert no_end not in problems(small_project)
    # a loop inside one stage, with no flow marked as a return flow, leaves no end market
    small_project.update_links({i: {"stage_id": lidar.stage_id} for i in small_project.links})
    assert no_end in problems(small_project)


def test_done_or_obsolete_actions_need_no_owner(small_project):
    local, alliance = small_project.actions.values()
    small_project.update_action(local.id, status=ActionStatus.DONE)
    small_project.set_status([alliance.link_id], LinkStatus.STRONG)  # alliance becomes obsolete
    assert [p for p in problems(small_project) if "owner" in p or "deadline" in p] == []


def test_a_clean_project_has_no_problems_and_long_lists_are_cut(small_project):
    for action in small_project.actions.values():
        small_project.update_action(action.id, owner="Ana", deadline=date(2026, 1, 1))
    small_project.set_status([small_project.link_by_name("Farms").id], LinkStatus.STRONG)
    assert check_report(small_project, "p.vchain").endswith("Problems: none")
    stage = small_project.stages[0].id
    small_project.add_links([small_project.make_link(f"Link {i:02d}", stage) for i in range(15)])
    text = check_report(small_project, "p.vchain")
    assert ("15 links still to assess: Link 00, Link 01, Link 02, Link 03, Link 04, Link 05, "
            "Link 06, Link 07, Link 08, Link 09, Link 10, Link 11 and 3 more") in text


def test_detached_and_achieved_actions_are_counted(small_project):
    sensor = small_project.link_by_name("LiDAR sensors")
    local = small_project.actions_for_link(sensor.id)[0]
    small_project.update_action(local.id, status=ActionStatus.DONE)
    small_project.set_status([sensor.id], LinkStatus.STRONG)
    small_project.add_action(Action(link_id="gone", kind=ActionKind.ALLIANCE_SEARCH,
                                    title="Old search", link_name="Teleoperation"))
    text = check_report(small_project, "p.vchain")
    assert ("Actions: 3 (1 live, 1 achieved, 1 obsolete: 1 link removed); "
            "1 local reinforcement, 2 alliance search") in text
    assert "1 detached action (its link was removed): Old search [Teleoperation]" in text


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "the file is empty"),
    (b"\x00\x01\xff\xfe binary", "not a text file"),
    (b'{"format": "valuechain-gui-project", "version": 1, "links": [{"id": ', "not valid JSON"),
    (b'{"format": "valuechain-gui-project", "version": 9}', "format version 9"),
    (b'{"format": "valuechain-gui-project", "version": 1, "links": [{"id": "a", "name": "A", '
     b'"stage_id": "s"}]}', "links[0].stage_id: expected the id of a stage"),
])
def test_check_of_a_broken_file_prints_one_line_and_exits_1(tmp_path, capsys, content, expected):
    target = tmp_path / "bad.vchain"
    target.write_bytes(content)
    assert main(["check", str(target)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"{target}:")
    assert expected in err
    assert "Traceback" not in err


def test_check_of_a_truncated_real_file_names_line_and_column(tmp_path, capsys):
    raw = (V1 / "full.vchain").read_bytes()
    target = tmp_path / "cut.vchain"
    target.write_bytes(raw[:1000])
    assert main(["check", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{target}:line ") and ", column " in err
    assert len(err.splitlines()) == 1


def test_check_of_a_missing_file_exits_1(tmp_path, capsys):
    assert main(["check", str(tmp_path / "none.vchain")]) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'none.vchain'}: no such file\n"


@pytest.mark.parametrize("argv", [["check"], ["check", "a.vchain", "b.vchain"],
                                  ["check", "--bogus", "a.vchain"]])
def test_check_bad_usage_exits_2(argv, capsys):
    assert main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_check_leaves_the_file_untouched(tmp_path, capsys):
    target = tmp_path / "x.vchain"
    data = json.loads((V1 / "extra_keys.vchain").read_text(encoding="utf-8"))
    target.write_text(json.dumps(data), encoding="utf-8")
    before = target.read_bytes()
    assert main(["check", str(target)]) == 0
    assert target.read_bytes() == before
    assert load_project(target).extra["workshop_room"] == "B12"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.vchain"]
