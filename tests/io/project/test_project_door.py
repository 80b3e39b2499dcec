"""The project file's door: limits refused before the work, absurd positions refused with their
place, texts that cannot be saved cleaned with a warning naming the place, every refusal one
line naming the file and the place."""

from __future__ import annotations

import json
import time
from pathlib import Path

import openpyxl
import pytest

from valuechain_gui import limits
from valuechain_gui.io.excel.export import export_action_plan
from valuechain_gui.io.project.file import (
    ProjectFileError,
    dumps_project,
    load_project,
    load_project_with_info,
    loads_project,
    save_project,
)
from valuechain_gui.io.report.check import check_report

HEAD = {"format": "valuechain-gui-project", "version": 1}
STAGE = {"id": "s", "name": "Stage"}


def link(i: int, **fields) -> dict:
    return {"id": f"l{i}", "name": f"Link {i}", "stage_id": "s", **fields}


def project_bytes(**body) -> bytes:
    return json.dumps({**HEAD, "stages": [STAGE], **body}).encode()


def refusal(data: bytes, file: str = "p.vchain") -> ProjectFileError:
    started = time.monotonic()
    with pytest.raises(ProjectFileError) as caught:
        loads_project(data, file=file)
    assert time.monotonic() - started < 10  # refused before the work (generous bound)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(f"{file}:")
    return caught.value


# ------------------------------------------------------------------ positions
@pytest.mark.parametrize("position", [[0, 2e12], [1e10, 0], [-1e300, 5], [0, 1_000_001]])
def test_an_absurd_position_is_refused_with_its_place(position):
    error = refusal(project_bytes(links=[link(0), link(1, position=position)]))
    assert error.code == "invalid" and error.location == "links[1].position"
    assert str(error) == ("p.vchain:links[1].position: expected a position [x, y] with x and y "
                          "between -1,000,000 and 1,000,000 pixels")


def test_the_147_byte_project_with_a_link_at_2e12_is_refused_at_once(tmp_path):
    path = tmp_path / "far.vchain"
    path.write_bytes(b'{"format":"valuechain-gui-project","version":1,"stages":[{"id":"s","name"'
                     b':"S"}],"links":[{"id":"a","name":"A","stage_id":"s","position":[0,2e12]}]}')
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert str(caught.value).startswith(f"{path}:links[0].position: expected a position")


@pytest.mark.parametrize("number", [b"1e400", b"NaN", b"Infinity", b"-Infinity"])
def test_infinite_and_nan_positions_are_refused(number):
    data = project_bytes(links=[link(0, position=[0, 0])]).replace(b"[0, 0]",
                                                                    b"[0, " + number + b"]")
    assert refusal(data).code == "not_json"


def test_positions_at_the_bound_open():
    project = loads_project(project_bytes(links=[link(0, position=[-1e6, 1e6])]))
    assert project.links["l0"].position == (-1e6, 1e6)


# ------------------------------------------------------------------ limits
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.vchain"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on the disk
        handle.truncate(200_000_000)
    started = time.monotonic()
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert time.monotonic() - started < 1.0
    assert caught.value.code == "too_large"
    assert str(caught.value) == (f"{path}: the file is 200 MB; valuechain-gui opens project "
                                 "files of at most 100 MB (nothing was read)")


def test_content_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr("valuechain_gui.io.project.guard.MAX_FILE_BYTES", 1000)
    assert refusal(project_bytes(target_market="x" * 1000)).code == "too_large"


def test_millions_of_empty_objects_are_refused_before_parsing():
    data = project_bytes(x_unknown=[]).replace(b"[]", b"[" + b"{}," * 1_000_001 + b"{}]")
    error = refusal(data)
    assert error.code == "too_complex"
    assert str(error).startswith("p.vchain: the file holds 1,000,0")
    assert str(error).endswith(" JSON objects and lists; a project holds at most 1,000,000 "
                               "(nothing was read)")


def test_too_many_links_are_refused_naming_the_list():
    data = project_bytes(links=[link(i) for i in range(limits.MAX_LINKS + 1)])
    error = refusal(data)
    assert (error.code, error.location) == ("too_many", "links")
    assert str(error) == "p.vchain:links: too many links: 10,001 (a project holds at most 10,000)"


def test_too_many_flows_on_one_link_are_refused_at_the_flow_past_the_limit():
    n = limits.MAX_FLOWS_PER_LINK + 1
    flows = [{"upstream": f"l{i}", "downstream": "l0"} for i in range(1, n + 1)]
    error = refusal(project_bytes(links=[link(i) for i in range(n + 1)], flows=flows))
    assert (error.code, error.location) == ("too_many", f"flows[{n - 1}].downstream")
    assert "too many flows touch the link l0: 501 (at most 500 per link)" in str(error)


@pytest.mark.parametrize("body, place", [
    ({"stages": [{"id": f"s{i}", "name": "S"} for i in range(limits.MAX_STAGES + 1)]}, "stages"),
    ({"participants": ["x"] * (limits.MAX_NAMES_PER_LIST + 1)}, "participants"),
    ({"links": [link(0, actors=["a"] * (limits.MAX_NAMES_PER_LIST + 1))]}, "links[0].actors"),
    ({"partners": [{"id": f"p{i}", "name": f"P{i}"} for i in range(limits.MAX_PARTNERS + 1)]},
     "partners"),
    ({"partners": [{"id": "p", "name": "P", "map_links": [{"name": "x"}] * (
        limits.MAX_PARTNER_MAP_LINKS + 1)}]}, "partners[0].map_links"),
    ({"alliances": [{"id": "a", "partner_id": "p", "action_id": "a", "history": [
        {"stage": "identified", "on": "2026-01-01"}] * (limits.MAX_ALLIANCE_ENTRIES + 1)}]},
     "alliances[0].history"),
])
def test_other_lists_past_their_limit_are_refused_with_their_place(body, place):
    data = json.dumps({**HEAD, "stages": [STAGE], **body}).encode()
    error = refusal(data)
    assert (error.code, error.location) == ("too_many", place)


def test_a_project_at_the_link_limit_opens():
    project = loads_project(project_bytes(links=[link(i) for i in range(limits.MAX_LINKS)]))
    assert len(project.links) == limits.MAX_LINKS


# ------------------------------------------------------------------ texts cleaned on the way in
DIRTY = {"target_market": "Market\u0000 one\ud800", "participants": ["Ann\u001b"],
         "x_note": {"k\u0007": "v\uffff"}}


def dirty_file(tmp_path: Path) -> Path:
    path = tmp_path / "dirty.vchain"
    body = {**HEAD, **DIRTY, "stages": [{"id": "s", "name": "St\ufffeage"}],
            "links": [link(0, notes="a\u0085b", actors=["Acme\u0000"])],
            "actions": [{"id": "a", "link_id": "l0", "kind": "local_reinforcement",
                         "owner": "Bob\ud83d"}],
            "partners": [{"id": "p", "name": "C\u0001"}]}
    path.write_text(json.dumps(body), "utf-8")  # ASCII: every character as a \\u escape
    return path


def test_characters_that_cannot_be_saved_are_cleaned_with_a_warning_per_place(tmp_path):
    path = dirty_file(tmp_path)
    result = load_project_with_info(path)
    assert [str(w) for w in result.warnings] == [
        f"{path}:target_market: characters that cannot be saved or exported were removed "
        "(U+0000, U+D800 → U+FFFD)",
        f"{path}:participants[0]: characters that cannot be saved or exported were removed "
        "(U+001B)",
        f"{path}:x_note.k\\x07: characters that cannot be saved or exported were removed (U+0007)",
        f"{path}:x_note.k\\x07: characters that cannot be saved or exported were removed (U+FFFF)",
        f"{path}:stages[0].name: characters that cannot be saved or exported were removed "
        "(U+FFFE)",
        f"{path}:links[0].notes: characters that cannot be saved or exported were removed "
        "(U+0085)",
        f"{path}:links[0].actors[0]: characters that cannot be saved or exported were removed "
        "(U+0000)",
        f"{path}:actions[0].owner: characters that cannot be saved or exported were removed "
        "(U+D83D → U+FFFD)",
        f"{path}:partners[0].name: characters that cannot be saved or exported were removed "
        "(U+0001)",
    ]
    project = result.project
    assert project.target_market == "Market one\ufffd"
    assert project.participants == ["Ann"]
    assert project.extra == {"x_note": {"k\\x07": "v"}, "id": project.extra["id"]}
    assert project.stages[0].name == "Stage"
    assert project.links["l0"].notes == "ab" and project.links["l0"].actors == ["Acme"]
    assert project.actions["a"].owner == "Bob\ufffd"
    assert project.partners["p"].name == "C"


def test_a_cleaned_project_saves_checks_and_exports_a_workbook_that_opens(tmp_path):
    project = load_project(dirty_file(tmp_path))
    saved = tmp_path / "saved.vchain"
    save_project(project, saved)  # no UnicodeEncodeError
    assert load_project_with_info(saved).warnings == []
    assert "Market one" in check_report(project, saved)
    out = tmp_path / "plan.xlsx"
    report = export_action_plan(project, out)
    assert report.cleaned_cells == 0
    summary = openpyxl.load_workbook(out).worksheets[0]
    assert "Market one\ufffd" in [c.value for row in summary.iter_rows() for c in row]


def test_many_cleaned_places_are_counted_after_the_first_twenty():
    data = project_bytes(participants=[f"p\u0000{i}" for i in range(25)])
    warnings = load_project_with_info_bytes(data)
    assert len(warnings) == 21
    assert str(warnings[-1]) == ("x.vchain: and 5 more places with such characters were "
                                 "cleaned")


def load_project_with_info_bytes(data: bytes):
    from valuechain_gui.io.project.file import loads_project_with_info

    return loads_project_with_info(data, "x.vchain").warnings


def test_a_clean_file_has_no_warning_and_is_not_walked(monkeypatch):
    from valuechain_gui.io.project import codec as project_codec

    def walk(*_):
        raise AssertionError("a file with no escape of a refused character was walked")

    monkeypatch.setattr(project_codec, "clean_strings", walk)
    data = project_bytes(target_market="Véhicules\ttab\nline \\ backslash", links=[link(0)])
    assert load_project_with_info_bytes(data) == []


def test_the_caller_s_data_is_not_changed_by_cleaning():
    from valuechain_gui.io.project.file import project_from_dict

    data = {**HEAD, "stages": [STAGE], "target_market": "a\u0000"}
    project_from_dict(data)
    assert data["target_market"] == "a\u0000"


# ------------------------------------------------------------------ one line per refusal
def test_a_refusal_is_one_line_with_control_characters_escaped(tmp_path):
    names = [link(0, name="twin name"), link(1, name="Twin\nname")]
    path = tmp_path / "bad\nfile.vchain"
    path.write_bytes(project_bytes(links=names))
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"{tmp_path}/bad\\nfile.vchain:links[1].name: expected a unique "
                           "link name; Twin\\nname is already used")


def test_a_save_of_a_project_past_the_size_limit_is_refused(small_project, tmp_path,
                                                           monkeypatch):
    from valuechain_gui.io.project.atomic import SaveError

    monkeypatch.setattr("valuechain_gui.io.project.codec.MAX_FILE_BYTES", 500)
    with pytest.raises(SaveError) as caught:
        dumps_project(small_project)
    assert caught.value.code == "project_too_large"
    target = tmp_path / "p.vchain"
    with pytest.raises(SaveError):
        save_project(small_project, target)
    assert not target.exists()


# ------------------------------------------------------------------ stage names
def test_a_blank_stage_name_is_refused_with_its_place():
    data = json.dumps({**HEAD, "stages": [STAGE, {"id": "t", "name": "  "}]}).encode()
    error = refusal(data)
    assert (error.code, error.location) == ("invalid", "stages[1].name")
    assert "blank" in str(error)
