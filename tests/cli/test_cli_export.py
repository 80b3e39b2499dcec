"""``valuechain-gui export PROJECT.vchain -o PLAN.xlsx [--lang fr|en] [--share]``."""

from __future__ import annotations

import os

import openpyxl

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import save_project


def _saved(project, tmp_path):
    path = tmp_path / "project.vchain"
    save_project(project, path)
    return path


def test_export_writes_the_workbook_and_prints_a_summary(small_project, tmp_path, capsys):
    lidar = small_project.link_by_name("LiDAR sensors")
    small_project.update_action(small_project.actions_for_link(lidar.id)[0].id,
                                owner="Claire Dubois")
    project_path = _saved(small_project, tmp_path)
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(project_path), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == (f"{out}: 8 sheets, 1 local-reinforcement and 1 "
                                    "alliance-search action")
    assert captured.err == ""
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Value chain", "Local reinforcement", "Alliance search",
                             "Alliances", "Partners", "Matches", "Map"]
    assert len(wb["Map"]._images) == 1  # the map picture, rendered offscreen
    # the owner typed on the action survived the save/load and shows in the export
    assert wb["Local reinforcement"]["D1"].value == "Owner"
    assert wb["Local reinforcement"]["D2"].value == "Claire Dubois"


def test_lang_and_share_options(small_project, tmp_path, capsys):
    small_project.update_meta(participants=["Alice Martin"])
    project_path = _saved(small_project, tmp_path)
    out = tmp_path / "partage.xlsx"
    assert main(["export", str(project_path), "-o", str(out), "--lang", "fr", "--share"]) == 0
    assert "(version to share with partners)" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Synthèse"
    cells = [c.value for ws in wb for row in ws.iter_rows() for c in row]
    assert "Alice Martin" not in cells


def test_characters_a_workbook_refuses_are_cleaned_on_opening_and_said_on_stderr(
        small_project, tmp_path, capsys):
    path = _saved(small_project, tmp_path)
    lidar = list(small_project.links).index(small_project.link_by_name("LiDAR sensors").id)
    path.write_bytes(path.read_bytes().replace(b'"notes": ""', b'"notes": "bip\\u0007"', 1))
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(path), "-o", str(out), "--no-map"]) == 0
    err = capsys.readouterr().err.strip()
    assert err == (f"{path}:links[{lidar}].notes: characters that cannot be saved or exported "
                   "were removed (U+0007)")
    cells = [c.value for row in openpyxl.load_workbook(out)["Value chain"].iter_rows()
             for c in row]
    assert "bip" in cells


def test_a_broken_project_file_gives_exit_1_and_no_workbook(tmp_path, capsys):
    broken = tmp_path / "broken.vchain"
    broken.write_text("{ not json", encoding="utf-8")
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(broken), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "broken.vchain" in err and "Traceback" not in err
    assert not out.exists()


def test_a_locked_workbook_gives_exit_1_and_keeps_the_old_file(small_project, tmp_path, capsys,
                                                               monkeypatch):
    project_path = _saved(small_project, tmp_path)
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"old workbook")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["export", str(project_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (f"{out} is locked or read-only (is it open in another program?); "
                   "nothing was written.")
    assert out.read_bytes() == b"old workbook"


def test_bad_language_is_a_usage_error(small_project, tmp_path, capsys):
    project_path = _saved(small_project, tmp_path)
    assert main(["export", str(project_path), "-o", str(tmp_path / "p.xlsx"),
                 "--lang", "de"]) == 2


def test_a_missing_output_folder_gives_exit_1_with_the_path(small_project, tmp_path, capsys):
    out = tmp_path / "no such folder" / "plan.xlsx"
    assert main(["export", str(_saved(small_project, tmp_path)), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{out} could not be written:") and "Traceback" not in err
    assert not out.parent.exists()


def test_no_map_leaves_out_the_picture_and_a_non_xlsx_output_is_bad_usage(small_project, tmp_path,
                                                                           capsys):
    project_path = _saved(small_project, tmp_path)
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(project_path), "-o", str(out), "--no-map"]) == 0
    assert "Map" not in openpyxl.load_workbook(out).sheetnames
    assert main(["export", str(project_path), "-o", str(tmp_path / "plan.csv")]) == 2
    assert "must be an Excel workbook ending in .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "plan.csv").exists()
