"""Spreadsheet import, hardened: the export's summary sheet, rows after long blank runs, merged
status cells, characters no file may hold (cleaned with a located warning), plural counts, one-line
refusals, and the limits of ``io/sheets/limits.py`` met by ordinary-looking files."""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from valuechain_gui.io.excel.export import export_action_plan
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.io.sheets.limits import MAX_CELLS, MAX_FLOWS, MAX_LINKS, MAX_ROWS
from valuechain_gui.io.sheets.importer import ImportFailed, import_spreadsheet
from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.text_safety import has_refused

_spec = importlib.util.spec_from_file_location(
    "vc_sheet_fixtures_hard", Path(__file__).parents[2] / "fixtures" / "sheets" / "build.py")
sheets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sheets)


def names(result) -> list[str]:
    return [link.name for link in result.project.links.values()]


def failure(path) -> ImportFailed:
    with pytest.raises(ImportFailed) as info:
        import_spreadsheet(path)
    return info.value


def csv_file(tmp_path: Path, text: str, name: str = "chain.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ the export's summary sheet
@pytest.mark.parametrize("language", ["fr", "en"])
def test_reimported_export_takes_market_pole_and_territory_from_its_summary(tmp_path, language):
    project = Project.new(language=language, target_market="Véhicules spéciaux autonomes")
    project.update_meta(pole_name="Pôle Mov'eo", territory="Normandie et Île-de-France")
    stage = project.stages[0].id
    project.add_links([project.make_link("LiDAR", stage), project.make_link("Radar", stage)])
    path = tmp_path / "plan d'action 2026.xlsx"
    export_action_plan(project, path)
    back = import_spreadsheet(path).project
    assert (back.target_market, back.pole_name, back.territory) == (
        "Véhicules spéciaux autonomes", "Pôle Mov'eo", "Normandie et Île-de-France")
    # the command line's --market still wins
    assert import_spreadsheet(path, market="Autre").project.target_market == "Autre"


def test_a_workbook_without_summary_keeps_the_file_name_as_market(tmp_path):
    path = sheets.workbook(tmp_path / "capteurs.xlsx", {"Links": [["Link"], ["A"]]})
    project = import_spreadsheet(path).project
    assert (project.target_market, project.pole_name, project.territory) == ("capteurs", "", "")


# ------------------------------------------------------------------ blank runs
def test_links_after_long_blank_runs_are_all_imported(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Maillons"
    sheet.append(["Maillon", "Statut", "Marché final"])
    sheet.append(["Capteurs", "fort"])
    sheet["A1004"], sheet["B1004"] = "Logiciel", "faible"
    sheet["A2500"], sheet["B2500"], sheet["C2500"] = "Intégration", "manquant", "oui"
    book.save(tmp_path / "sparse.xlsx")
    result = import_spreadsheet(tmp_path / "sparse.xlsx")
    assert names(result) == ["Capteurs", "Logiciel", "Intégration"]
    assert result.project.link_by_name("Intégration").status == LinkStatus.MISSING
    assert result.project.link_by_name("Intégration").end_market
    assert result.problems == []


# ------------------------------------------------------------------ merged status cells
def test_status_merged_over_rows_fills_down_with_a_warning(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Value chain"
    for row in (["Link", "Status", "End market"], ["LiDAR", "weak"], ["Radar", None],
                ["GNSS", None], ["Perception", None], ["Fleet", "strong", "yes"]):
        sheet.append(row)
    sheet.merge_cells("B2:B4")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    result = import_spreadsheet(path)
    statuses = {link.name: link.status for link in result.project.links.values()}
    assert statuses == {"LiDAR": LinkStatus.WEAK, "Radar": LinkStatus.WEAK,
                        "GNSS": LinkStatus.WEAK, "Perception": LinkStatus.UNASSESSED,
                        "Fleet": LinkStatus.STRONG}
    [problem] = result.problems
    assert str(problem) == (f"{path}:3:Status: empty status on rows 3 to 4: put in the status of "
                            "row 2, 'weak' (its Status cell is merged over these rows); type the "
                            "status if that is wrong.")
    assert len(result.project.actions) == 3  # each weak link has its action, as if tagged


# ------------------------------------------------------------------ refused characters
def test_escape_in_a_csv_link_name_is_removed_with_a_located_warning(tmp_path):
    path = csv_file(tmp_path, "Link;Upstream;Notes;End market\nLiDAR\x1b sensors;;;\n"
                              "Perception;LiDAR sensors;ok\x07;yes\n")
    result = import_spreadsheet(path)
    assert names(result) == ["LiDAR sensors", "Perception"]
    assert len(result.project.flows) == 1
    assert [str(p) for p in result.problems] == [
        f"{path}:2:Link: the link name 'LiDAR sensors' held characters no file may hold "
        "(U+001B): they were removed.",
        f"{path}:3:Notes: this cell of the link 'Perception' held characters no file may hold "
        "(U+0007): they were removed."]
    assert result.problems[0].params["characters"] == ["U+001B"]


def test_nul_in_a_csv_cell_is_cleaned_not_refused(tmp_path):
    path = csv_file(tmp_path, "Link;Notes;End market\nA;x\x00y;yes\n")
    result = import_spreadsheet(path)
    assert result.project.link_by_name("A").notes == "xy"
    assert [p.code for p in result.problems] == ["refused_characters"]


@pytest.mark.parametrize("escaped, kept, warned", [
    ("_xD800_", "\ufffd", True), ("_xDFFF_", "\ufffd", True), ("_xFFFE_", "", True),
    ("_xFFFF_", "", True), ("_x0000_", "", True), ("_x001B_", "", True),
    ("_xD83D__xDE00_", "\U0001F600", False),
])
def test_workbook_escapes_of_refused_characters_are_cleaned(tmp_path, escaped, kept, warned):
    """``_xD800_`` read as a lone surrogate made the save fail later (UnicodeEncodeError); U+FFFE,
    U+FFFF and NUL made a project whose export Excel and LibreOffice refuse to open."""
    path = sheets.workbook(tmp_path / "w.xlsx", {"Links": [
        ["Link", "Notes", "End market"], [f"Cap{escaped}teurs", f"note{escaped}", "yes"]]})
    result = import_spreadsheet(path)
    link = next(iter(result.project.links.values()))
    assert (link.name, link.notes) == (f"Cap{kept}teurs", f"note{kept}")
    assert [(p.row, p.column, p.code) for p in result.problems] == (
        [(2, "Link", "refused_characters"), (2, "Notes", "refused_characters")] if warned else [])
    saved = tmp_path / "w.vchain"
    save_project(result.project, saved)  # strict UTF-8: a lone surrogate would raise here
    json.loads(saved.read_text(encoding="utf-8"))
    assert not has_refused(json.dumps(load_project(saved).links[link.id].name,
                                      ensure_ascii=False))
    export_action_plan(result.project, tmp_path / "again.xlsx")
    assert openpyxl.load_workbook(tmp_path / "again.xlsx")  # an XML reader accepts it


def test_summary_values_are_cleaned_too(tmp_path):
    path = sheets.workbook(tmp_path / "w.xlsx", {
        "Summary": [["Target market", "Robots_x001B_ agricoles"]],
        "Value chain": [["Link", "End market"], ["A", "yes"]]})
    result = import_spreadsheet(path)
    assert result.project.target_market == "Robots agricoles"
    assert [(p.row, p.column, p.code) for p in result.problems] == [
        (1, "Summary!B", "refused_characters")]


# ------------------------------------------------------------------ messages
def test_refusals_are_one_line_with_control_characters_escaped(tmp_path):
    path = csv_file(tmp_path, "Link\nA\x1b\x1b\na\x1b\n", name="bad\x1bname\n.csv")
    error = failure(path)
    lines = [str(p) for p in error.problems]
    assert all("\n" not in line and "\x1b" not in line for line in lines + [str(error)])
    assert lines[-1] == (f"{tmp_path}/bad\\x1bname\\n.csv:3:Link: the link 'a' is already on row "
                         "2: a link must have one row only (rename or merge the rows).")
    assert str(error).endswith("(1 error; nothing was imported)")


def test_counts_in_import_messages_use_plural_forms(tmp_path):
    (tmp_path / "one.csv").write_bytes(b"\xef\xbb\xbfLink;End market\nCapteur\xe9;yes\n")
    [problem] = import_spreadsheet(tmp_path / "one.csv").problems
    assert problem.message == ("1 byte could not be read as UTF-8 with byte-order mark: replaced "
                               "by '\ufffd'; save the file as \"CSV UTF-8\" to keep every "
                               "character.")
    (tmp_path / "two.csv").write_bytes(b"\xef\xbb\xbfLink;End market\nCapt\xe9ur\xe9;yes\n")
    [problem] = import_spreadsheet(tmp_path / "two.csv").problems
    assert problem.message.startswith("2 bytes could not be read as UTF-8 with byte-order mark: ")
    path = csv_file(tmp_path, "Link\nA\nA\na\n", name="dup.csv")
    assert str(failure(path)).endswith("(2 errors; nothing was imported)")


# ------------------------------------------------------------------ limits met by plain files
def test_more_links_than_the_limit_are_refused_at_the_first_one_past_it(tmp_path):
    path = csv_file(tmp_path, "Link\n" + "".join(f"L{i}\n" for i in range(MAX_LINKS + 1)))
    [problem] = [p for p in failure(path).problems if p.severity == "error"]
    assert (problem.code, problem.row, problem.column) == ("too_many_links", MAX_LINKS + 2, "Link")


def test_more_rows_than_the_limit_are_refused(tmp_path):
    path = csv_file(tmp_path, "Link;Notes\n" + "".join(";x\n" for _ in range(MAX_ROWS)))
    [problem] = [p for p in failure(path).problems if p.severity == "error"]
    assert (problem.code, problem.row) == ("too_many_rows", MAX_ROWS + 1)
    assert str(problem).startswith(f"{path}:{MAX_ROWS + 1}: more than 20,000 rows hold something")


def test_more_cells_than_the_limit_are_refused(tmp_path):
    width = MAX_CELLS // 10_000 + 1
    header = "Link;Notes;" + ";".join(f"C{i}" for i in range(width)) + "\n"
    path = csv_file(tmp_path, header + "".join(f"L{n};x" + ";x" * width + "\n"
                                               for n in range(10_000)))
    [problem] = failure(path).problems
    assert problem.code == "too_many_cells" and problem.row < 10_002


def test_a_cell_past_excels_limit_is_refused_with_its_place(tmp_path):
    path = csv_file(tmp_path, "Link;Notes\nA;" + "x" * 32_768 + "\n")
    [problem] = failure(path).problems
    assert (problem.code, problem.row, problem.column) == ("cell_too_long", 2, "B")
    assert "32,768 characters" in problem.message


def test_flows_named_past_the_limit_are_refused_before_they_are_made(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Link,Downstream\n" + "\n".join(
        f'L{i},"' + ";".join(f"L{(i + k) % 10_000}" for k in range(1, 22)) + '"'
        for i in range(10_000)) + "\n", encoding="utf-8")
    [problem] = [p for p in failure(path).problems if p.severity == "error"]
    assert problem.code == "too_many_flows" and problem.params["limit"] == MAX_FLOWS


def test_flows_made_past_the_limit_are_refused(tmp_path):
    path = tmp_path / "flows.csv"
    path.write_text("Link,Downstream\n" + "\n".join(
        f'L{i},"' + ";".join(f"L{(i + k) % 10_000}" for k in range(1, 7)) + '"'
        for i in range(10_000)) + "\n", encoding="utf-8")  # 60,000 flows, each named once
    [problem] = [p for p in failure(path).problems if p.severity == "error"]
    assert problem.code == "too_many_flows" and problem.params["count"] == 60_000
    assert problem.params["limit"] == MAX_FLOWS == 50_000
    assert problem.row is None


def lengthened(path: Path, part: str, text: str) -> Path:
    """``path`` rewritten with ``text`` in ``part`` made 40,000 characters long (openpyxl cuts
    what it writes at Excel's limit)."""
    source = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == part:
                data = data.replace(text.encode(), text[0].encode() * 40_000)
            target.writestr(item.filename, data)
    path.write_bytes(out.getvalue())
    return path


def test_a_cover_sheet_past_a_limit_does_not_stop_the_import(tmp_path):
    path = lengthened(sheets.workbook(tmp_path / "w.xlsx", {
        "Cover": [["Our pôle", "x" * 100]], "Data": [["Link"], ["A"]]}),
        "xl/worksheets/sheet1.xml", "x" * 100)
    result = import_spreadsheet(path)
    assert result.sheet_name == "Data" and names(result) == ["A"]


def test_an_unreadable_summary_gives_a_warning_and_the_file_name(tmp_path):
    path = lengthened(sheets.workbook(tmp_path / "plan.xlsx", {
        "Summary": [["Target market", "y" * 100]],
        "Value chain": [["Link", "End market"], ["A", "yes"]]}),
        "xl/worksheets/sheet1.xml", "y" * 100)
    result = import_spreadsheet(path)
    assert result.project.target_market == "plan"
    assert [(p.code, p.params["sheet"]) for p in result.problems] == [
        ("summary_unreadable", "Summary")]
