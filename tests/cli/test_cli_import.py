"""``valuechain-gui import``: exit codes, warnings on stderr as FILE:ROW:COLUMN lines,
no output file after an error, ``--strict``, and export → import giving back the same chain."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.model import LinkStatus

_spec = importlib.util.spec_from_file_location(
    "vc_sheet_fixtures_cli", Path(__file__).parents[1] / "fixtures" / "sheets" / "build.py")
sheets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sheets)


def chain(project) -> dict[str, tuple[str, LinkStatus]]:
    return {link.name: (project.stage(link.stage_id).name, link.status)
            for link in project.links.values()}


def flows(project) -> set[tuple[str, str]]:
    return {(project.links[u].name, project.links[d].name) for u, d in project.flows}


def test_import_writes_a_loadable_project(tmp_path, capsys):
    sheet = sheets.french_cp1252(tmp_path)
    out = tmp_path / "filiere.vchain"
    assert main(["import", str(sheet), "-o", str(out), "--market", "Viande bovine"]) == 0
    project = load_project(out)
    assert project.target_market == "Viande bovine" and project.language == "fr"
    assert chain(project)["Abattoir"] == ("Transformation", LinkStatus.WEAK)
    assert flows(project) == {("Élevage", "Abattoir"), ("Abattoir", "Découpe"),
                              ("Découpe", "Boucheries")}
    captured = capsys.readouterr()
    assert captured.err == (  # the sheet marks no end market: the one sink is taken, and said
        f"{sheet}:End market/Marché final: no link is marked as an end market: the gap analysis "
        "takes the ends of the chain, return flows set aside: 'Boucheries' (to choose them, put "
        "yes in the "
        "'End market/Marché final' column for the chain's final uses).\n")
    assert "4 links, 3 flows" in captured.out and "Windows-1252, separator ';'" in captured.out


def test_warnings_go_to_stderr_as_file_row_column_lines(tmp_path, capsys):
    sheet = sheets.multiline_upstream(tmp_path)
    out = tmp_path / "out.vchain"
    assert main(["import", str(sheet), "-o", str(out), "--lang", "fr"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[1:] == [f"{sheet}:5:Status: unknown status 'maybe': the link was left unassessed "
                       "and the text kept in its notes (expected strong/fort, weak/faible, "
                       "missing/manquant, unassessed/à évaluer, or empty)."]
    assert err[0].startswith(f"{sheet}:End market/Marché final: no link is marked")
    fleet = load_project(out).link_by_name("Fleet supervision")
    assert fleet.notes == "Statut importé : « maybe »"


def test_strict_fails_on_warnings_and_writes_nothing(tmp_path, capsys):
    sheet = sheets.multiline_upstream(tmp_path)
    out = tmp_path / "out.vchain"
    assert main(["import", str(sheet), "-o", str(out), "--strict"]) == 1
    assert not out.exists()
    assert capsys.readouterr().err.splitlines()[1].startswith(
        f"{sheet}:5:Status: unknown status 'maybe'")


def test_error_exits_1_and_keeps_an_existing_output_untouched(tmp_path, capsys, small_project):
    sheet = sheets.write_text(tmp_path / "dup.csv", "Link;Status\nA;weak\nB;\na;strong\n", "utf-8")
    out = tmp_path / "out.vchain"
    assert main(["import", str(sheet), "-o", str(out)]) == 1
    assert not out.exists()
    assert capsys.readouterr().err == (f"{sheet}:4:Link: the link 'a' is already on row 2: a "
                                       "link must have one row only (rename or merge the rows).\n")
    save_project(small_project, out)
    previous = out.read_bytes()
    assert main(["import", str(sheet), "-o", str(out)]) == 1
    assert out.read_bytes() == previous
    assert not (tmp_path / "out.vchain.lock").exists()  # the lock went with the refusal


def test_unreadable_and_refused_files_exit_1(tmp_path, capsys):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    out = tmp_path / "o.vchain"
    assert main(["import", str(tmp_path / "old.xls"), "-o", str(out)]) == 1
    assert main(["import", str(tmp_path / "missing.csv"), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "save it as .xlsx" in err[0] and "cannot be read" in err[1]
    assert not out.exists()


def test_export_then_import_gives_back_the_same_chain(tmp_path, small_project, capsys):
    original = tmp_path / "asv.vchain"
    small_project.update_link(next(iter(small_project.links)), actors=["Valeo", "CNRS"],
                              strategic=True)
    save_project(small_project, original)
    plan = tmp_path / "plan.xlsx"
    assert main(["export", str(original), "-o", str(plan)]) == 0
    back = tmp_path / "back.vchain"
    capsys.readouterr()
    # --strict: the export's computed gap columns (reach, bottleneck...) are skipped quietly
    assert main(["import", "--strict", str(plan), "-o", str(back)]) == 0
    assert capsys.readouterr().err == ""
    project = load_project(back)
    assert chain(project) == chain(small_project)
    assert flows(project) == flows(small_project)
    used = {link.stage_id for link in small_project.links.values()}
    assert [s.name for s in project.stages] == [s.name for s in small_project.stages
                                                if s.id in used]
    for link in small_project.links.values():
        again = project.link_by_name(link.name)
        assert (again.strategic, again.end_market, again.actors) == (
            link.strategic, link.end_market, link.actors)
