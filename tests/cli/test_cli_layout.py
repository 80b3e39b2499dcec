"""``valuechain-gui layout PROJECT [-o OUT]``: after it, on the battery chain, the worked example
and a 1,000-link chain, no two cards overlap, every flow that is not a return flow goes to a card
strictly to the right, and the return flows are marked in the saved file; exit codes 0/1/2."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.io.sheets.importer import import_spreadsheet

_spec = importlib.util.spec_from_file_location(
    "vc_chains_cli_layout", Path(__file__).parents[1] / "analysis" / "chains.py")
chains = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(chains)
assert_reads_left_to_right, chain_with_stage_chains = (chains.assert_reads_left_to_right,
                                                       chains.chain_with_stage_chains)

SAMPLES = Path(__file__).parents[2] / "sample_projects"
WORKED = SAMPLES / "autonomous_special_vehicles.vchain"


def saved_returns(path: Path) -> list[tuple[str, str]]:
    """The flows saved with ``"return": true`` (names), read from the file's JSON itself."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {link["id"]: link["name"] for link in data["links"]}
    assert all(flow.get("return", True) is True for flow in data["flows"])  # no "return": false
    return [(names[f["upstream"]], names[f["downstream"]]) for f in data["flows"] if "return" in f]


def laid_out(tmp_path: Path, project, name: str) -> tuple[Path, object]:
    source = tmp_path / f"{name}.vchain"
    save_project(project, source)
    out = tmp_path / f"{name}_laid_out.vchain"
    assert main(["layout", str(source), "-o", str(out)]) == 0
    return out, load_project(out)


def test_battery_chain(tmp_path, capsys):
    imported = import_spreadsheet(SAMPLES / "battery_chain.csv").project
    for flow in imported.flows.values():  # as an older file would have it: nothing marked
        flow.is_return = False
    out, project = laid_out(tmp_path, imported, "battery")
    assert_reads_left_to_right(project)
    assert saved_returns(out) == [("Battery recycling", "Cathode active materials")]
    fabrication = [link.position[0] for link in project.links.values()
                   if project.stage(link.stage_id).name == "Fabrication"]
    assert len(set(fabrication)) == 5  # five chained links, five sub-columns
    assert capsys.readouterr().out == f"{out}: 9 links laid out, 1 return flow\n"


def test_worked_example_keeps_its_content_and_only_moves_cards(tmp_path):
    original = load_project(WORKED)
    out, project = laid_out(tmp_path, original, "worked")
    assert_reads_left_to_right(project)
    assert saved_returns(out) == [("Maintenance et données terrain", "Logiciel de perception")]
    assert [link.name for link in project.links.values()] == [
        link.name for link in original.links.values()]
    assert list(project.flows) == list(original.flows)
    assert (project.actions.keys(), len(project.stages)) == (original.actions.keys(),
                                                            len(original.stages))


def test_a_thousand_link_chain(tmp_path):
    built = chain_with_stage_chains(1000)
    out, project = laid_out(tmp_path, built, "synthetic")
    assert_reads_left_to_right(project)
    returns = saved_returns(out)
    assert returns and len(returns) == sum(flow.is_return for flow in project.flows.values())


def test_without_output_the_project_is_laid_out_in_place_and_the_old_file_kept(tmp_path):
    target = tmp_path / "worked.vchain"
    shutil.copy(WORKED, target)
    before = target.read_bytes()
    assert main(["layout", str(target)]) == 0
    assert target.read_bytes() != before
    assert_reads_left_to_right(load_project(target))
    assert before in [p.read_bytes() for p in tmp_path.iterdir() if p != target]  # the backup


@pytest.mark.parametrize("output", ["out.xlsx", "out"])
def test_an_output_that_is_not_a_project_file_is_bad_usage(tmp_path, capsys, output):
    target = tmp_path / "worked.vchain"
    shutil.copy(WORKED, target)
    assert main(["layout", str(target), "-o", str(tmp_path / output)]) == 2
    assert "must be a project file ending in .vchain" in capsys.readouterr().err
    assert not (tmp_path / output).exists()


def test_a_spreadsheet_or_a_broken_project_is_bad_input_and_nothing_is_written(tmp_path, capsys):
    out = tmp_path / "out.vchain"
    assert main(["layout", str(SAMPLES / "battery_chain.csv"), "-o", str(out)]) == 1
    assert "spreadsheet" in capsys.readouterr().err
    broken = tmp_path / "broken.vchain"
    broken.write_text('{"format": "valuechain", "version": 2, "links": [', encoding="utf-8")
    assert main(["layout", str(broken), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(broken) in err and err.count("\n") == 1
    assert not out.exists()
    assert main(["layout", "--nope"]) == 2
