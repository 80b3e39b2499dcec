"""``valuechain-gui match``: the worked example against the illustrative partner maps, --json,
the message without partner maps, and the exit codes of bad files and bad usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"
PARTNERS = ROOT / "sample_projects" / "partners"
SENSORS = PARTNERS / "sensor_valley_cluster.vchain"
FLEET = PARTNERS / "fleet_robotics_cluster.vchain"
SENSORS_NAME = "Sensor Valley Cluster (illustrative)"
FLEET_NAME = "Fleet Robotics Cluster (illustrative)"


def _json(capsys, *maps: Path) -> list[dict]:
    args = ["match", str(EXAMPLE), "--json"]
    for path in maps:
        args += ["--with", str(path)]
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return json.loads(out)


def test_the_right_partner_comes_first_for_each_gap_with_reciprocity(capsys):
    by_link = {row["link"]: row for row in _json(capsys, FLEET, SENSORS)}
    for gap in ("Capteurs LiDAR, radar et caméras", "Calculateurs embarqués"):
        assert by_link[gap]["status"] == "missing"
        assert by_link[gap]["candidates"][0]["partner"] == SENSORS_NAME
    fleet_gap = by_link["Supervision de flotte et téléopération"]
    first = fleet_gap["candidates"][0]
    assert first["partner"] == FLEET_NAME
    assert first["evidence"][0] == {"their_link": "Fleet supervision and teleoperation",
                                    "their_status": "strong", "similarity": 100}
    assert "Châssis et structures mécaniques" in first["reciprocity"]
    # predictive maintenance is maintenance: the glossary keeps the two words apart
    maintenance = by_link["Maintenance et données terrain"]["candidates"]
    assert [(c["partner"], c["score"]) for c in maintenance] == [(FLEET_NAME, 62)]


def test_json_lists_every_weak_and_missing_link_with_the_documented_keys(capsys):
    rows = _json(capsys, SENSORS, FLEET)
    project = load_project(EXAMPLE)
    gaps = [link.name for link in project.links.values() if link.status in ("weak", "missing")]
    assert [row["link"] for row in rows] == gaps
    for row in rows:
        assert set(row) == {"link", "status", "candidates"}
        assert row["status"] in ("weak", "missing")
        scores = [c["score"] for c in row["candidates"]]
        assert scores == sorted(scores, reverse=True)
        for candidate in row["candidates"]:
            assert set(candidate) == {"partner", "score", "evidence", "reciprocity"}
            assert 0 <= candidate["score"] <= 100
            for item in candidate["evidence"]:
                assert set(item) == {"their_link", "their_status", "similarity"}
    assert next(r for r in rows if r["link"] == "Positionnement GNSS-RTK")["candidates"] == []


def test_text_output_gives_every_gap_a_row(capsys):
    assert main(["match", str(EXAMPLE), "--with", str(SENSORS), "--with", str(FLEET)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Positionnement GNSS-RTK (weak): no candidate" in lines
    at = lines.index("Supervision de flotte et téléopération (missing): 1 candidate")
    assert lines[at + 1] == f"  1. {FLEET_NAME} (score 100)"
    assert lines[at + 3].startswith("     we bring them: Châssis et structures mécaniques")


def test_without_partner_maps_it_says_there_is_nothing_to_match(capsys):
    assert main(["match", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [f"{EXAMPLE}: no partner map to match against "
                                "(give one with --with MAP)"]


def test_a_partner_is_named_by_the_file_stem_without_a_pole_name(tmp_path, capsys):
    sheet = tmp_path / "robot_makers.csv"
    sheet.write_text("Link;Stage;Status\nPerception software;Software;strong\n", "utf-8")
    assert main(["match", str(EXAMPLE), "--json", "--with", str(sheet)]) == 0
    out, err = capsys.readouterr()
    assert "robot_makers.csv:End market" in err  # the import's warnings are said, on stderr
    row = next(r for r in json.loads(out) if r["link"] == "Logiciel de perception")
    assert row["candidates"][0]["partner"] == "robot_makers"


def test_a_bad_partner_map_exits_1_naming_the_file(tmp_path, capsys):
    broken = tmp_path / "broken.vchain"
    broken.write_text("{not json", "utf-8")
    assert main(["match", str(EXAMPLE), "--with", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and str(broken) in err
    assert main(["match", str(tmp_path / "absent.vchain")]) == 1
    assert "absent.vchain" in capsys.readouterr().err


def test_bad_usage_exits_2(capsys):
    assert main(["match"]) == 2
    assert main(["match", str(EXAMPLE), "--with"]) == 2
    assert main(["match", str(EXAMPLE), "--bogus"]) == 2


def test_the_partner_maps_are_what_the_tool_writes(tmp_path):
    tool = ROOT / "tools" / "make_partner_samples.py"
    subprocess.run([sys.executable, str(tool), "--output-dir", str(tmp_path)], check=True,
                   capture_output=True)
    for path in (SENSORS, FLEET):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes()


def test_several_maps_after_one_with_read_as_a_shell_glob_gives_them(capsys):
    """``--with partners/*.vchain``: the shell expands to several maps after one --with."""
    assert main(["match", str(EXAMPLE), "--with", str(SENSORS), str(FLEET)]) == 0
    one_by_one = capsys.readouterr().out
    assert main(["match", str(EXAMPLE), "--with", str(SENSORS), "--with", str(FLEET)]) == 0
    assert capsys.readouterr().out == one_by_one
    assert f"  1. {FLEET_NAME} (score 100)" in one_by_one.splitlines()


# ------------------------------------------------------------------ with the partner directory
def _directory_with_the_two_clusters(path: Path) -> Path:
    from valuechain_gui.directory import open_directory
    from valuechain_gui.directory.sheet_import import read_partner_sheet
    from valuechain_gui.directory.sheet_load import load_into_directory

    with open_directory(path, seed=False) as opened:
        load_into_directory(opened, read_partner_sheet(PARTNERS / "directory.xlsx"))
    return path


def test_without_with_the_directory_partners_are_ranked(tmp_path, capsys):
    db = _directory_with_the_two_clusters(tmp_path / "partners.sqlite3")
    assert main(["match", str(EXAMPLE), "--db", str(db), "--json"]) == 0
    by_link = {row["link"]: row for row in json.loads(capsys.readouterr().out)}
    assert by_link["Capteurs LiDAR, radar et caméras"]["candidates"][0]["partner"] == SENSORS_NAME
    fleet = by_link["Supervision de flotte et téléopération"]["candidates"][0]
    assert fleet["partner"] == FLEET_NAME
    assert "Châssis et structures mécaniques" in fleet["reciprocity"]  # what we bring them


def test_the_users_directory_is_used_without_db_and_ignored_with_with(tmp_path, monkeypatch,
                                                                       capsys):
    db = _directory_with_the_two_clusters(tmp_path / "mine.sqlite3")
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(db))
    assert main(["match", str(EXAMPLE), "--json"]) == 0
    names = {c["partner"] for row in json.loads(capsys.readouterr().out)
             for c in row["candidates"]}
    assert {SENSORS_NAME, FLEET_NAME} <= names
    assert main(["match", str(EXAMPLE), "--json", "--with", str(FLEET)]) == 0
    names = {c["partner"] for row in json.loads(capsys.readouterr().out)
             for c in row["candidates"]}
    assert names == {FLEET_NAME}  # --with: only that map, the directory left out
    assert main(["match", str(EXAMPLE), "--json", "--with", str(FLEET), "--db", str(db)]) == 0
    names = {c["partner"] for row in json.loads(capsys.readouterr().out)
             for c in row["candidates"]}
    assert SENSORS_NAME in names  # an explicit --db adds the directory


def test_match_never_creates_a_directory(tmp_path, monkeypatch, capsys):
    default = tmp_path / "data" / "partners.sqlite3"
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(default))
    explicit = tmp_path / "team.sqlite3"
    assert main(["match", str(EXAMPLE)]) == 0
    assert main(["match", str(EXAMPLE), "--with", str(FLEET), "--db", str(explicit)]) == 0
    err = capsys.readouterr().err
    assert err == f"{explicit}: no partner directory here: matching without a directory\n"
    assert not default.exists() and not default.parent.exists() and not explicit.exists()


def test_a_damaged_directory_named_by_db_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 300)
    assert main(["match", str(EXAMPLE), "--db", str(bad)]) == 1
    assert capsys.readouterr().err.startswith(f"{bad}: this file is not a readable")


def test_the_users_glossary_additions_in_the_directory_make_a_new_correspondence(tmp_path,
                                                                                 capsys):
    from valuechain_gui.directory import open_directory
    from valuechain_gui.io.project.file import save_project
    from valuechain_gui.model import LinkStatus, Project

    theirs = Project.new(language="en", target_market="Positioning")
    theirs.update_meta(pole_name="Sat Nav Cluster")
    link = theirs.make_link("Precise satellite positioning", theirs.stages[0].id,
                            position=(0.0, 0.0))
    theirs.add_links([link])
    theirs.set_status([link.id], LinkStatus.STRONG)
    save_project(theirs, tmp_path / "satnav.vchain")
    db = tmp_path / "team.sqlite3"
    args = ["match", str(EXAMPLE), "--json", "--with", str(tmp_path / "satnav.vchain"),
            "--db", str(db)]
    with open_directory(db, seed=False):
        pass  # an empty directory: the shipped glossary only
    gnss = "Positionnement GNSS-RTK"
    assert main(args) == 0
    by_link = {row["link"]: row for row in json.loads(capsys.readouterr().out)}
    assert by_link[gnss]["candidates"] == []  # similarity 48, under the threshold
    with open_directory(db, seed=False) as directory:
        directory.add_glossary_term("GNSS-RTK", "precise satellite positioning")
    assert main(args) == 0
    by_link = {row["link"]: row for row in json.loads(capsys.readouterr().out)}
    assert [(c["partner"], c["score"]) for c in by_link[gnss]["candidates"]] == [
        ("Sat Nav Cluster", 84)]
