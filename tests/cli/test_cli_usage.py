"""The command line's usage rules: what ``import -o`` refuses to write, the other kind of file
named for what it is, unknown commands, ``--version``, one escaped line per message, and counts
whose nouns agree."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from valuechain_gui import __version__, cli
from valuechain_gui.cli import main
from valuechain_gui.text_safety import escape_controls as one_line
from valuechain_gui.io.project.file_kind import FileKind, file_kind, kind_of_bytes
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.model import ActionState
from valuechain_gui.words import COUNTED, counted

_spec = importlib.util.spec_from_file_location(
    "vc_sheet_fixtures_cli_usage", Path(__file__).parents[1] / "fixtures" / "sheets" / "build.py")
sheets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sheets)

SHEET = "Link;Stage;Status;Upstream\nSensors;Components;weak;\nVehicle;Integration;strong;Sensors\n"


@pytest.fixture
def sheet(tmp_path) -> Path:
    return sheets.write_text(tmp_path / "chain.csv", SHEET, "utf-8")


@pytest.fixture
def workbook(tmp_path, small_project) -> Path:
    """A real action-plan workbook (what a user would import), and its project next to it."""
    save_project(small_project, tmp_path / "asv.vchain")
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(tmp_path / "asv.vchain"), "-o", str(out), "--no-map"]) == 0
    return out


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# ------------------------------------------------------------------ import -o: what it refuses
@pytest.mark.parametrize("name", ["plan.xlsx", "plan", "plan.vchain.json", "plan.csv"])
def test_import_output_not_a_project_name_is_bad_usage_and_writes_nothing(tmp_path, sheet,
                                                                          capsys, name):
    before = files(tmp_path)
    assert main(["import", str(sheet), "-o", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ending in .vchain" in err and name in err
    assert files(tmp_path) == before


def test_import_over_an_existing_workbook_is_refused_and_the_workbook_kept(tmp_path, sheet,
                                                                         workbook, capsys):
    before = files(tmp_path)
    assert main(["import", str(sheet), "-o", str(workbook)]) == 2
    assert files(tmp_path) == before  # no .bak, no project under the workbook's name
    assert "ending in .vchain" in capsys.readouterr().err


def test_import_onto_its_own_input_is_refused(tmp_path, workbook, capsys):
    before = files(tmp_path)
    assert main(["import", str(workbook), "-o", str(workbook)]) == 2
    assert "is the spreadsheet being imported" in capsys.readouterr().err
    # the same file under a project name (a hard link): still the input
    alias = tmp_path / "alias.vchain"
    os.link(workbook, alias)
    before = files(tmp_path)
    assert main(["import", str(workbook), "-o", str(alias)]) == 2
    assert "is the spreadsheet being imported" in capsys.readouterr().err
    assert files(tmp_path) == before


def test_import_over_an_existing_non_project_needs_force(tmp_path, sheet, capsys):
    notes = tmp_path / "notes.vchain"
    notes.write_text("my meeting notes, not a project\n", "utf-8")
    assert main(["import", str(sheet), "-o", str(notes)]) == 2
    err = capsys.readouterr().err
    assert "exists and is not a valuechain-gui project" in err and "--force" in err
    assert notes.read_text("utf-8") == "my meeting notes, not a project\n"
    assert not (tmp_path / "notes.vchain.bak").exists()
    assert main(["import", str(sheet), "-o", str(notes), "--force"]) == 0
    assert len(load_project(notes).links) == 2
    assert (tmp_path / "notes.vchain.bak").read_text("utf-8") == \
        "my meeting notes, not a project\n"


def test_import_over_an_existing_project_replaces_it_and_keeps_the_bak(tmp_path, sheet,
                                                                       small_project):
    target = tmp_path / "chain.vchain"
    save_project(small_project, target)
    old = target.read_bytes()
    assert main(["import", str(sheet), "-o", str(target)]) == 0
    assert (tmp_path / "chain.vchain.bak").read_bytes() == old
    assert sorted(link.name for link in load_project(target).links.values()) == \
        ["Sensors", "Vehicle"]


def test_an_output_name_too_long_for_its_backup_is_refused_up_front(tmp_path, sheet, capsys):
    long_name = "p" * 231 + ".vchain"  # 238 bytes: fits alone, not with ".NAME.bak.XXXXXXXX.tmp"
    assert main(["import", str(sheet), "-o", str(tmp_path / long_name)]) == 2
    err = capsys.readouterr().err
    assert "file name is too long (238 bytes)" in err and "at most 237 bytes" in err
    assert not (tmp_path / long_name).exists()
    fitting = "p" * 230 + ".vchain"  # 237 bytes: the first and every later save work
    for _ in range(3):
        assert main(["import", str(sheet), "-o", str(tmp_path / fitting)]) == 0
    assert (tmp_path / (fitting + ".bak")).exists()


# ------------------------------------------------------------------ the other kind of file
def test_a_project_given_to_import_says_open_or_export_it(tmp_path, small_project, capsys):
    project = tmp_path / "asv.vchain"
    save_project(small_project, project)
    assert main(["import", str(project), "-o", str(tmp_path / "new.vchain")]) == 1
    err = capsys.readouterr().err
    assert err == (f"{project}: this is a valuechain-gui project, not a spreadsheet: open it "
                   f"(valuechain-gui open {project}), or export it to Excel (valuechain-gui "
                   f"export {project} -o PLAN.xlsx)\n")
    assert not (tmp_path / "new.vchain").exists()


@pytest.mark.parametrize("command", [["check"], ["export", "-o", "X.xlsx"],
                                     ["render", "-o", "X.png"]])
def test_a_spreadsheet_given_as_a_project_says_import_it(tmp_path, workbook, sheet, capsys,
                                                         command):
    for given in (workbook, sheet):
        argv = [command[0], str(given), *[a.replace("X", str(tmp_path / "out"))
                                          for a in command[1:]]]
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err == (f"{given}: this is a spreadsheet, not a valuechain-gui project: import "
                       f"it (valuechain-gui import {given} -o PROJECT.vchain)\n")
    assert not list(tmp_path.glob("out.*"))


def test_file_kinds_by_content_not_by_name(tmp_path, workbook, small_project):
    disguised = tmp_path / "really_a_workbook.vchain"
    disguised.write_bytes(workbook.read_bytes())
    assert file_kind(disguised) is FileKind.SPREADSHEET
    project = tmp_path / "really_a_project.csv"
    save_project(small_project, tmp_path / "p.vchain")
    project.write_bytes((tmp_path / "p.vchain").read_bytes())
    assert file_kind(project) is FileKind.PROJECT
    damaged = b'{"format": "valuechain-gui-project", "version": 1, "links": ['
    assert kind_of_bytes(damaged) is FileKind.PROJECT  # still a project: the loader says where
    assert kind_of_bytes(b'{"links": [') is FileKind.UNKNOWN
    assert kind_of_bytes("Maillon;Statut\nA;fort\n".encode("cp1252")) is FileKind.SPREADSHEET
    assert kind_of_bytes("\ufeffMaillon\tStatut\n".encode("utf-16")) is FileKind.SPREADSHEET
    assert kind_of_bytes(b"") is FileKind.UNKNOWN
    assert kind_of_bytes(b"\x00\x01\x02binary") is FileKind.UNKNOWN


# ------------------------------------------------------------------ commands, files, version
def test_version_prints_the_version(capsys):
    with pytest.raises(SystemExit) as done:  # argparse's version action exits 0
        cli.build_parser().parse_args(["--version"])
    assert done.value.code == 0
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip().endswith(f"valuechain-gui {__version__}")


def test_an_unknown_command_is_bad_usage_listing_the_commands(capsys):
    assert main(["chekc", "plan.vchain"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown command 'chekc'" in err
    assert "open, import, export, check, layout, match, partners, render" in err


@pytest.mark.parametrize("name", ["plan.vchain", "Plan.XLSX", "macro.xlsm", "list.csv"])
def test_a_file_name_first_opens_it_even_if_missing(monkeypatch, name):
    opened = []
    monkeypatch.setitem(cli.HANDLERS, "open", lambda args: opened.append(args.project) or 0)
    assert main([name, "--lang", "fr"]) == 0
    assert opened == [Path(name)]


def test_an_existing_file_without_extension_opens(monkeypatch, tmp_path):
    opened = []
    monkeypatch.setitem(cli.HANDLERS, "open", lambda args: opened.append(args.project) or 0)
    plain = tmp_path / "atelier"
    plain.write_text("x", "utf-8")
    assert main([str(plain)]) == 0 and opened == [plain]
    assert main(["atelier"]) == 2  # not here, no known extension: an unknown command


def test_wrong_output_types_are_bad_usage_everywhere(tmp_path, small_project, capsys):
    source = tmp_path / "asv.vchain"
    save_project(small_project, source)
    assert main(["export", str(source), "-o", str(tmp_path / "plan.csv")]) == 2
    assert main(["render", str(source), "-o", str(tmp_path / "map.jpg")]) == 2
    assert main(["open", str(source), "--screenshot", str(tmp_path / "shot.gif")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all("error:" in line for line in err)
    assert "shot.gif" in err[2] and ".png, .jpg, .jpeg" in err[2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["asv.vchain"]


def test_render_suffixes_are_the_renderer_s_formats():
    from valuechain_gui.ui.export.render import FORMATS

    assert set(cli.render_map.RENDER_SUFFIXES) == set(FORMATS)


# ------------------------------------------------------------------ one escaped line
def test_control_characters_are_escaped_on_one_line(tmp_path, capsys):
    evil = tmp_path / "plan\n\x1b[31mred\x1b[0m\u202e.vchain"
    assert main(["check", str(evil)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err and "\u202e" not in err
    assert "plan\\n\\x1b[31mred\\x1b[0m\\u202e.vchain" in err
    assert one_line("a\tb\rc\u2028d") == "a\\tb\\rc\\u2028d"
    assert one_line("Élevage « bovin » – 5 €") == "Élevage « bovin » – 5 €"


def test_an_import_problem_with_control_characters_in_a_cell_stays_on_one_line(tmp_path, capsys):
    # ESC is a refused character: the importer removes it (and says so); the right-to-left
    # override is not refused, so it reaches the status message, which must escape it.
    sheet = sheets.write_text(tmp_path / "s.csv",
                              'Link;Status\nA;"so\nso\u202e\x1b[2J"\n', "utf-8")
    assert main(["import", str(sheet), "-o", str(tmp_path / "s.vchain")]) == 0
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert "\x1b" not in out + err and "\u202e" not in out + err
    assert len(lines) == 3 and "no link is marked" in lines[0]  # the end-market warning
    cleaned, status = [line for line in lines if "s.csv:2:Status:" in line]
    assert "(U+001B)" in cleaned and "removed" in cleaned
    # (the importer reads the line break as a space)
    assert "unknown status 'so so\\u202e[2J'" in status
    assert "1 link, 0 flows imported" in out


# ------------------------------------------------------------------ counts agree
def test_counts_agree_with_their_nouns(tmp_path, small_project, capsys):
    one = sheets.write_text(tmp_path / "one.csv", "Link\nAlone\n", "utf-8")
    assert main(["import", str(one), "-o", str(tmp_path / "one.vchain")]) == 0
    assert "one.vchain: 1 link, 0 flows imported" in capsys.readouterr().out
    for name in ("LiDAR sensors", "Perception software"):  # both actions lose their link
        small_project.remove_links([small_project.link_by_name(name).id])
    assert sum(small_project.action_state(a)[0] == ActionState.OBSOLETE
               for a in small_project.actions.values()) == 2
    save_project(small_project, tmp_path / "two.vchain")
    assert main(["check", str(tmp_path / "two.vchain")]) == 0
    out = capsys.readouterr().out
    assert "2 detached actions (their links were removed): " in out


def test_the_counted_phrases_exist_in_both_languages():
    assert COUNTED["fr"].keys() == COUNTED["en"].keys()
    assert counted("fr", "count.link", 0) == "0 maillon"  # French: 0 and 1 are singular
    assert counted("fr", "count.link", 2) == "2 maillons"
    assert counted("en", "count.link", 0) == "0 links"
    assert counted("en", "count.detached", 1) == "1 detached action (its link was removed)"


# ------------------------------------------------------------------ a reader that stops early
def test_a_reader_that_goes_away_stops_the_output_quietly():
    """``check PROJECT | head -2``: the pipe closes before the output is written; the command
    ends with 0 and says nothing (it printed '[Errno 32] Broken pipe' and exited 1)."""
    import subprocess
    import sys

    sample = Path(__file__).resolve().parents[2] / "sample_projects" / (
        "autonomous_special_vehicles.vchain")
    child = subprocess.Popen([sys.executable, "-m", "valuechain_gui.cli", "check", str(sample)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None
    child.stdout.close()  # the reader goes away before reading anything
    _, err = child.communicate(timeout=120)
    assert (child.returncode, err.decode()) == (0, "")
