"""Spreadsheet import: the example files, header/status/flag reading, problems with their
places, errors that stop the import, stages, flows, positions, workbooks and refused files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, card_position
from valuechain_gui.io.sheets.headers import HEADERS, match_header
from valuechain_gui.io.sheets.importer import ImportFailed, Problem, import_spreadsheet
from valuechain_gui.model import ActionKind, LinkStatus

_spec = importlib.util.spec_from_file_location(
    "vc_sheet_fixtures", Path(__file__).parents[2] / "fixtures" / "sheets" / "build.py")
sheets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sheets)


def csv_file(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "chain.csv") -> Path:
    return sheets.write_text(tmp_path / name, text, encoding)


def by_name(result) -> dict:
    return {link.name: link for link in result.project.links.values()}


def stage_of(result, name: str) -> str:
    return result.project.stage(by_name(result)[name].stage_id).name


def flow_names(result) -> set[tuple[str, str]]:
    links = result.project.links
    return {(links[u].name, links[d].name) for u, d in result.project.flows}


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def read_problems(result) -> list:
    """The import's problems but the warning naming the end markets the gap analysis takes
    (most sheets here mark none; tests/io/sheets/test_import_end_markets.py checks that warning)."""
    return [p for p in result.problems if p.code != "end_markets_derived"]


def failure(path, **kwargs) -> ImportFailed:
    with pytest.raises(ImportFailed) as info:
        import_spreadsheet(path, **kwargs)
    assert info.value.code == "import_failed"
    return info.value


# ------------------------------------------------------------------ example files a user would make
def test_excel_csv_utf8_with_byte_order_mark(tmp_path):
    result = import_spreadsheet(sheets.excel_csv_utf8(tmp_path))
    assert result.encoding == "utf-8-sig"
    assert result.encoding_note == "CSV, UTF-8 with byte-order mark, separator ','"
    links = by_name(result)
    assert list(links) == ["LiDAR sensors", "Perception software", "Vehicle integration"]
    assert links["LiDAR sensors"].status == LinkStatus.STRONG  # "Fort " trimmed
    assert links["Perception software"].status == LinkStatus.MISSING  # "MANQUANT"
    assert links["Vehicle integration"].status == LinkStatus.WEAK
    assert flow_names(result) == {("LiDAR sensors", "Perception software"),
                                  ("Perception software", "Vehicle integration")}
    assert [s.name for s in result.project.stages] == ["Components", "Software", "Integration"]
    assert result.project.language == "en"
    assert result.project.target_market == "excel_utf8"
    assert read_problems(result) == []
    assert result.sheet_name is None and result.ignored_columns == []


def test_french_windows_1252_semicolons_and_accents(tmp_path):
    path = sheets.french_cp1252(tmp_path)
    assert "Élevage".encode("cp1252") in path.read_bytes()
    result = import_spreadsheet(path)
    assert result.encoding == "cp1252"
    assert result.encoding_note == "CSV, Windows-1252, separator ';'"
    links = by_name(result)
    assert list(links) == ["Élevage", "Abattoir", "Découpe", "Boucheries"]
    assert [links[n].status for n in links] == [LinkStatus.STRONG, LinkStatus.WEAK,
                                                LinkStatus.MISSING, LinkStatus.UNASSESSED]
    assert flow_names(result) == {("Élevage", "Abattoir"), ("Abattoir", "Découpe"),
                                  ("Découpe", "Boucheries")}
    assert links["Élevage"].actors == ["GAEC des Prés", "Coopérative Évolution"]
    assert [links[n].strategic for n in links] == [True, False, True, False]
    assert result.project.language == "fr"
    assert [s.name for s in result.project.stages] == ["Production", "Transformation",
                                                       "Distribution"]
    # weak and missing links get their action, titled in the project's language
    titles = {a.kind: a.title for a in result.project.actions.values()}
    assert titles == {ActionKind.LOCAL_REINFORCEMENT: "Renforcer : Abattoir",
                      ActionKind.ALLIANCE_SEARCH: "Trouver des partenaires : Découpe"}
    assert read_problems(result) == []


def test_messy_headers_and_statuses(tmp_path):
    result = import_spreadsheet(sheets.messy_headers(tmp_path))
    links = by_name(result)
    assert links["Capteurs"].status == LinkStatus.STRONG
    assert links["Logiciel"].status == LinkStatus.MISSING
    assert links["Fermes"].status == LinkStatus.UNASSESSED
    assert stage_of(result, "Logiciel") == "Logiciels"  # "ÉTAPE" read as the stage column
    assert links["Fermes"].end_market is True  # "Marché\u00a0final :" read, "OUI"
    assert result.encoding == "utf-8" and read_problems(result) == []


def test_utf16_tab_separated_unicode_text(tmp_path):
    path = sheets.utf16_tab(tmp_path)
    assert path.read_bytes()[:2] == b"\xff\xfe"
    result = import_spreadsheet(path)
    assert result.encoding == "utf-16"
    assert result.encoding_note == "CSV, UTF-16 (Excel \"Unicode text\"), separator tab"
    assert flow_names(result) == {("Capteurs LiDAR", "Perception")}
    assert by_name(result)["Perception"].status == LinkStatus.MISSING


def test_quoted_multiline_upstream_and_row_numbers_after_it(tmp_path):
    path = sheets.multiline_upstream(tmp_path)
    result = import_spreadsheet(path, language="fr")
    assert flow_names(result) == {("GNSS-RTK", "Localisation"), ("LiDAR", "Localisation"),
                                  ("Localisation", "Fleet supervision")}
    # the multi-line record is row 4 as a spreadsheet shows it, so "maybe" is on row 5
    [problem] = read_problems(result)
    assert str(problem) == (f"{path}:5:Status: unknown status 'maybe': the link was left "
                            "unassessed and the text kept in its notes (expected strong/fort, "
                            "weak/faible, missing/manquant, unassessed/à évaluer, or empty).")
    assert (problem.row, problem.column, problem.code) == (5, "Status", "unknown_status")
    fleet = by_name(result)["Fleet supervision"]
    assert fleet.status == LinkStatus.UNASSESSED
    assert fleet.notes == "Statut importé : « maybe »"  # in the project's language (fr)


def test_titled_workbook_with_maillons_sheet_not_first(tmp_path):
    result = import_spreadsheet(sheets.titled_workbook(tmp_path))
    assert result.sheet_name == "Maillons"
    assert result.encoding is None
    assert result.encoding_note == "Excel workbook, sheet 'Maillons'"
    links = by_name(result)
    assert list(links) == ["Capteurs", "Logiciel", "Intégration"]
    assert links["Capteurs"].strategic is True and links["Logiciel"].strategic is True  # True, 1
    assert links["Logiciel"].end_market is False  # explicit 0
    assert links["Intégration"].end_market is False  # blank cell: not marked, whatever its stage
    assert links["Capteurs"].end_market is False
    assert links["Intégration"].status == LinkStatus.MISSING
    assert flow_names(result) == {("Capteurs", "Logiciel"), ("Logiciel", "Intégration")}
    assert result.ignored_columns == []  # "Note" is read as Notes
    assert (links["Capteurs"].notes, links["Logiciel"].notes) == ("2026", "3.5")
    assert links["Logiciel"].status == LinkStatus.UNASSESSED  # formula without a value
    formula = [p for p in read_problems(result) if p.code == "formula_not_computed"]
    assert [(p.row, p.column) for p in formula] == [(5, "Statut")]
    assert 'UPPER("faible")' in formula[0].message


def test_workbook_row_of_formulas_without_values_is_reported(tmp_path):
    path = sheets.workbook(tmp_path / "w.xlsx", {"Links": [
        ["Link", "Status"], ["A", "weak"], ["=\"B\"", "=\"fort\""], ["C", None]]})
    result = import_spreadsheet(path)
    assert list(by_name(result)) == ["A", "C"]
    assert [(p.row, p.column, p.code) for p in read_problems(result)] == [
        (3, "Link", "formula_not_computed"), (3, "Status", "formula_not_computed"),
        (3, "Link", "empty_link")]


def test_workbook_formula_with_computed_value_is_read(tmp_path):
    path = sheets.titled_workbook(tmp_path)
    sheets.with_cached_value(path, "xl/worksheets/sheet2.xml", 'UPPER("faible")', "FAIBLE")
    result = import_spreadsheet(path)
    assert by_name(result)["Logiciel"].status == LinkStatus.WEAK
    assert "formula_not_computed" not in codes(read_problems(result))


# ------------------------------------------------------------------ headers, statuses, flags
@pytest.mark.parametrize("header", [" Maillon", "Maillon\t", "MAILLON", "maillon :", "Link",
                                    "LINKS", "Nom du maillon", "Maillons\u00a0:"])
def test_link_header_variants(tmp_path, header):
    result = import_spreadsheet(csv_file(tmp_path, f"{header};Statut\nCapteurs;fort\n"))
    assert by_name(result)["Capteurs"].status == LinkStatus.STRONG


@pytest.mark.parametrize("header", ["Statut\t", "STATUT", " statut :", "Status", "État",
                                    "Statut (fort/faible/manquant)", "Statut / Status",
                                    "Status [strong, weak, missing]", "Statut*"])
def test_status_header_variants(tmp_path, header):
    result = import_spreadsheet(csv_file(tmp_path, f"Maillon;{header}\nCapteurs;faible\n"))
    assert by_name(result)["Capteurs"].status == LinkStatus.WEAK


@pytest.mark.parametrize("text, status", [
    ("Fort ", LinkStatus.STRONG), ("STRONG", LinkStatus.STRONG), (" forte", LinkStatus.STRONG),
    ("faible", LinkStatus.WEAK), ("Weak", LinkStatus.WEAK), ("MANQUANT", LinkStatus.MISSING),
    ("missing", LinkStatus.MISSING), ("à évaluer", LinkStatus.UNASSESSED),
    ("A EVALUER", LinkStatus.UNASSESSED), ("to assess", LinkStatus.UNASSESSED),
    ("unassessed", LinkStatus.UNASSESSED), ("", LinkStatus.UNASSESSED),
    ("\u00a0", LinkStatus.UNASSESSED),
])
def test_statuses_in_both_languages(tmp_path, text, status):
    result = import_spreadsheet(csv_file(tmp_path, f"Link,Status\nLiDAR,{text}\n"))
    assert by_name(result)["LiDAR"].status == status
    assert read_problems(result) == []


@pytest.mark.parametrize("text, value", [
    ("yes", True), ("Oui", True), ("x", True), ("X", True), ("1", True), ("TRUE", True),
    ("vrai", True), ("✓", True), ("no", False), ("NON", False), ("0", False), ("false", False),
    ("Faux", False),
])
def test_flags(tmp_path, text, value):
    result = import_spreadsheet(csv_file(tmp_path, f"Link,Strategic\nLiDAR,{text}\n"))
    assert by_name(result)["LiDAR"].strategic is value
    assert read_problems(result) == []


def test_headers_that_are_not_ours_stay_ignored(tmp_path):
    path = csv_file(tmp_path, "Maillon;Statut / Étape;Budget (k€);Link (old)\nA;fort;3;B\n")
    result = import_spreadsheet(path)
    # "Link (old)" is a second Link column: not read either, and said so
    assert result.ignored_columns == ["Statut / Étape", "Budget (k€)", "Link (old)"]
    assert codes(read_problems(result)) == ["duplicate_column", "ignored_columns"]
    assert by_name(result)["A"].status == LinkStatus.UNASSESSED


def test_unknown_flag_warns_and_keeps_default(tmp_path):
    path = csv_file(tmp_path, "Link;Stage;Strategic;End market\nA;S1;peut-être;\nB;S2;;bof\n")
    result = import_spreadsheet(path)
    links = by_name(result)
    assert links["A"].strategic is False
    assert links["B"].end_market is False  # not marked, though in the last stage
    assert [(p.row, p.column, p.code) for p in read_problems(result)] == [
        (2, "Strategic", "unknown_flag"), (3, "End market", "unknown_flag")]
    assert "'peut-être' is not a yes/no value" in read_problems(result)[0].message


def test_export_headers_are_the_ones_read():
    for language, words in HEADERS.items():
        for key, text in words.items():
            assert match_header(text)[0] == key, (language, text)


def test_language_from_argument_headers_and_market_from_stem(tmp_path):
    path = csv_file(tmp_path, "Maillon;Statut\nA;fort\n", name="véhicules autonomes.csv")
    assert import_spreadsheet(path).project.language == "fr"
    result = import_spreadsheet(path, language="en", market="Agri robots")
    assert result.project.language == "en" and result.project.target_market == "Agri robots"
    assert import_spreadsheet(path).project.target_market == "véhicules autonomes"


def test_ignored_and_duplicate_columns_are_listed(tmp_path):
    path = csv_file(tmp_path, "Link,Budget,Status,Status,,Owner\nA,12,weak,strong,x,Me\n")
    result = import_spreadsheet(path)
    assert result.ignored_columns == ["Budget", "Status", "E", "Owner"]
    assert by_name(result)["A"].status == LinkStatus.WEAK  # the first Status column
    assert [(p.row, p.code) for p in read_problems(result)] == [(1, "duplicate_column"),
                                                          (1, "ignored_columns")]
    assert "'Budget', 'E', 'Owner'" in read_problems(result)[1].message


# ------------------------------------------------------------------ rows, names, flows
def test_empty_link_cell_skips_the_row_with_a_warning(tmp_path):
    path = csv_file(tmp_path, "Link,Status,Notes\nA,weak,\n\n,strong,orphan note\nB,,\n")
    result = import_spreadsheet(path)
    assert list(by_name(result)) == ["A", "B"]
    [problem] = read_problems(result)  # the blank row 3 is not a problem
    assert (problem.row, problem.column, problem.code) == (4, "Link", "empty_link")
    assert str(problem).startswith(f"{path}:4:Link: this row has no link name")


def test_duplicate_link_names_are_an_error(tmp_path):
    path = csv_file(tmp_path, "Maillon;Statut\nLiDAR;fort\nRadar;faible\n lidar ;manquant\n")
    error = failure(path)
    [problem] = error.problems
    assert (problem.severity, problem.row, problem.column) == ("error", 4, "Maillon")
    assert problem.params == {"name": "lidar", "first_row": 2}
    assert "already on row 2" in problem.message
    assert str(error).startswith(f"{path}:4:Maillon: the link 'lidar' is already on row 2")


def test_no_link_column_is_an_error(tmp_path):
    path = csv_file(tmp_path, "Our chain\nName;Status\nLiDAR;strong\n")
    [problem] = failure(path).problems
    assert problem.code == "no_link_column"
    assert str(problem) == (f"{path}: no Link (Maillon) column: expected a header 'Link' or "
                            "'Maillon' in the first 20 rows (the fullest of them, row 2, reads: "
                            "'Name', 'Status').")


def test_no_link_column_in_a_workbook_names_the_sheet(tmp_path):
    path = sheets.workbook(tmp_path / "w.xlsx", {"Feuil1": [["Title"], ["Name", "Stage"]]})
    [problem] = failure(path).problems
    assert problem.message.startswith("no Link (Maillon) column: expected a header 'Link' or "
                                      "'Maillon' in the first 20 rows of sheet 'Feuil1' (the "
                                      "fullest of them, row 2, reads: 'Name', 'Stage').")


def test_header_only_is_an_error(tmp_path):
    assert codes(failure(csv_file(tmp_path, "Link;Status\n;\n")).problems) == ["no_links"]


def test_upstream_downstream_unknown_and_self(tmp_path):
    path = csv_file(tmp_path, "Link;Upstream;Downstream\n"
                              "A;;B\n"
                              "B;A; C\n"
                              "C;Nowhere;A\n"
                              "D;D;\n"
                              "E;A, B;\n")
    result = import_spreadsheet(path)
    assert flow_names(result) == {("A", "B"), ("B", "C"), ("C", "A"), ("A", "E"), ("B", "E")}
    assert len(result.project.flows) == 5  # A→B given twice, made once
    found = [(p.row, p.column, p.code) for p in read_problems(result)]
    assert found == [(4, "Upstream", "unknown_link_name"), (5, "Upstream", "self_flow"),
                     (6, "Upstream", "comma_separated")]


def test_strict_turns_warnings_into_errors(tmp_path):
    path = csv_file(tmp_path, "Link,Stage,Status,End market\nA,S,maybe,yes\n")
    assert codes(import_spreadsheet(path).problems) == ["unknown_status"]
    error = failure(path, strict=True)
    assert [(p.severity, p.code) for p in error.problems] == [("error", "unknown_status")]
    clean = csv_file(tmp_path, "Link,Stage,Status,End market\nA,S,weak,yes\n", name="clean.csv")
    assert import_spreadsheet(clean, strict=True).problems == []
    flows = csv_file(tmp_path, "Link,Stage,Upstream,End market\nA,S,,\nB,S,Nowhere,x\n",
                     name="flows.csv")
    assert [(p.severity, p.row, p.code) for p in failure(flows, strict=True).problems] == [
        ("error", 3, "unknown_link_name")]


def test_errors_list_warnings_too(tmp_path):
    path = csv_file(tmp_path, "Link,Status\nA,maybe\nA,weak\n")
    assert [(p.severity, p.code) for p in failure(path).problems] == [
        ("warning", "unknown_status"), ("error", "duplicate_link")]


# ------------------------------------------------------------------ stages and positions
def test_stages_in_order_of_first_appearance_and_filled_down(tmp_path):
    path = csv_file(tmp_path, "Link,Stage\nA,Components\nB,Software\nC,\nD,\nE, components \n"
                              "F,Integration\n")
    result = import_spreadsheet(path)
    assert [s.name for s in result.project.stages] == ["Components", "Software", "Integration"]
    assert [stage_of(result, n) for n in "ABCDEF"] == ["Components", "Software", "Software",
                                                      "Software", "Components", "Integration"]
    [problem] = read_problems(result)
    assert (problem.row, problem.column, problem.code) == (4, "Stage", "empty_stage")
    assert "rows 4 to 5" in problem.message and "'Software'" in problem.message


def test_rows_before_any_stage_go_to_the_default_stage(tmp_path):
    result = import_spreadsheet(csv_file(tmp_path, "Maillon;Étape\nA;\nB;Aval\n"))
    assert [s.name for s in result.project.stages] == ["Étape", "Aval"]
    assert codes(read_problems(result)) == ["empty_stage"]


def test_no_stage_column_one_default_stage_and_no_link_marked(tmp_path):
    result = import_spreadsheet(csv_file(tmp_path, "Link,Upstream\nA,\nB,A\nC,B\n"))
    assert [s.name for s in result.project.stages] == ["Stage"]
    assert [link.end_market for link in result.project.links.values()] == [False, False, False]
    assert codes(result.problems) == ["end_markets_derived"]  # C, the sink, is taken


def test_positions_do_not_overlap_and_follow_lanes(tmp_path):
    result = import_spreadsheet(csv_file(tmp_path, "Link,Stage\nA,S1\nB,S2\nC,S1\nD,S1\nE,S2\n"))
    positions = {link.name: link.position for link in result.project.links.values()}
    assert positions == {"A": card_position(0, 0), "C": card_position(0, 1),
                         "D": card_position(0, 2), "B": card_position(1, 0),
                         "E": card_position(1, 1)}
    boxes = list(positions.values())
    for i, (x1, y1) in enumerate(boxes):
        for x2, y2 in boxes[i + 1:]:
            assert abs(x1 - x2) >= CARD_WIDTH or abs(y1 - y2) >= CARD_HEIGHT


# ------------------------------------------------------------------ separators and encodings
def test_semicolon_file_with_commas_in_cells(tmp_path):
    result = import_spreadsheet(csv_file(tmp_path, "Link;Notes\nA;one, two, three\nB;x, y\n"))
    assert by_name(result)["A"].notes == "one, two, three"
    assert "separator ';'" in result.encoding_note


def test_comma_file_with_semicolons_in_quoted_cells(tmp_path):
    path = csv_file(tmp_path, 'Link,Actors\nA,"Valeo; Renault"\nB,"Safran; CNRS; Inria"\n')
    result = import_spreadsheet(path)
    assert by_name(result)["B"].actors == ["Safran", "CNRS", "Inria"]
    assert "separator ','" in result.encoding_note


def test_single_column_with_commas_in_names(tmp_path):
    result = import_spreadsheet(csv_file(tmp_path, "Link\nDistribution, services\nA\n"))
    assert list(by_name(result)) == ["Distribution, services", "A"]


def test_utf8_without_bom_and_utf16_without_bom(tmp_path):
    plain = import_spreadsheet(csv_file(tmp_path, "Maillon;Statut\nÉlevage;fort\n"))
    assert plain.encoding == "utf-8" and "Élevage" in by_name(plain)
    raw = (tmp_path / "le.csv")
    raw.write_bytes("Maillon\tStatut\r\nÉlevage\tfort\r\n".encode("utf-16-le"))
    result = import_spreadsheet(raw)
    assert result.encoding == "utf-16-le" and "Élevage" in by_name(result)


def test_unclosed_quote_is_reported_on_its_row(tmp_path):
    path = csv_file(tmp_path, 'Link,Notes\nA,fine\nB,"never closed\nC,lost\n')
    result = import_spreadsheet(path)
    problem = next(p for p in read_problems(result) if p.code == "unclosed_quote")
    assert problem.row == 3 and "closing quote" in problem.message


def test_bad_bytes_after_utf8_bom_are_reported(tmp_path):
    (tmp_path / "bad.csv").write_bytes(b"\xef\xbb\xbfLink\nCapteur\xe9\n")
    result = import_spreadsheet(tmp_path / "bad.csv")
    assert codes(read_problems(result)) == ["bad_bytes"] and read_problems(result)[0].params["count"] == 1


# ------------------------------------------------------------------ workbooks
def test_sheet_named_value_chain_is_chosen(tmp_path):
    path = sheets.workbook(tmp_path / "w.xlsx", {
        "Synthèse": [["Link"], ["Wrong"]],
        "Chaîne de valeur": [["Maillon"], ["Right"]]})
    result = import_spreadsheet(path)
    assert result.sheet_name == "Chaîne de valeur" and list(by_name(result)) == ["Right"]


def test_without_named_sheet_the_first_with_a_link_header(tmp_path):
    path = sheets.workbook(tmp_path / "w.xlsx", {
        "Cover": [["Our pôle"], ["2026"]], "Data": [["Link", "Status"], ["A", "weak"]]})
    result = import_spreadsheet(path)
    assert result.sheet_name == "Data" and by_name(result)["A"].status == LinkStatus.WEAK


def test_workbook_cells_of_every_type_become_text(tmp_path):
    from datetime import date, datetime

    path = sheets.workbook(tmp_path / "w.xlsx", {"Links": [
        ["Link", "Notes"], [2026, 1.5], [3.0, datetime(2026, 3, 12)], ["Z", date(2026, 1, 2)],
        [True, None]]})
    result = import_spreadsheet(path)
    assert {n: link.notes for n, link in by_name(result).items()} == {
        "2026": "1.5", "3": "2026-03-12", "Z": "2026-01-02", "TRUE": ""}


def test_workbook_line_breaks_saved_by_excel_as_x000d(tmp_path):
    path = sheets.workbook(tmp_path / "w.xlsx", {"Links": [
        ["Link", "Upstream", "Notes"], ["A", None, "cost_x005F_x0020_"], ["B", None, None],
        ["C", "A_x000D_\nB", None]]})
    result = import_spreadsheet(path)
    assert flow_names(result) == {("A", "C"), ("B", "C")}
    assert by_name(result)["A"].notes == "cost_x0020_"  # a typed "_x" stays as typed


def test_workbook_renamed_csv_is_read_as_a_workbook(tmp_path):
    path = sheets.workbook(tmp_path / "w.xlsx", {"Links": [["Link"], ["A"]]})
    renamed = tmp_path / "export.csv"
    renamed.write_bytes(path.read_bytes())
    result = import_spreadsheet(renamed)
    assert list(by_name(result)) == ["A"]
    assert result.encoding_note == "Excel workbook, sheet 'Links' (although the file is named .csv)"


# ------------------------------------------------------------------ refused and unreadable files
@pytest.mark.parametrize("name", ["chain.xls", "chain.ods"])
def test_xls_and_ods_are_refused_with_how_to_convert(tmp_path, name):
    (tmp_path / name).write_bytes(b"anything")
    [problem] = failure(tmp_path / name).problems
    assert problem.code == "unsupported_format"
    assert "save it as .xlsx or as \"CSV UTF-8\" from Excel or LibreOffice" in problem.message


@pytest.mark.parametrize("name, data, code", [
    ("empty.csv", b"", "empty_file"),
    ("blank.csv", b"\xef\xbb\xbf\r\n  \r\n", "empty_file"),
    ("garbage.csv", bytes(range(256)) * 4, "not_text"),
    ("corrupt.xlsx", b"PK\x03\x04" + b"\x00" * 200, "unreadable_workbook"),
    ("text.xlsx", b"Link\nA\n", "not_a_workbook"),
    ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "unsupported_format"),
])
def test_unreadable_files_fail_cleanly(tmp_path, name, data, code):
    (tmp_path / name).write_bytes(data)
    error = failure(tmp_path / name)
    assert codes(error.problems) == [code]
    assert str(error.problems[0]).startswith(f"{tmp_path / name}: ")


def test_truncated_workbook_fails_cleanly(tmp_path):
    path = sheets.titled_workbook(tmp_path)
    path.write_bytes(path.read_bytes()[:1500])
    assert codes(failure(path).problems) == ["unreadable_workbook"]


def test_missing_file_and_folder_fail_cleanly(tmp_path):
    assert codes(failure(tmp_path / "nope.csv").problems) == ["unreadable_file"]
    assert codes(failure(tmp_path).problems) == ["unreadable_file"]


def test_problem_rendering_leaves_out_missing_parts():
    assert str(Problem("warning", "f.csv", 3, "Statut", "m", "c", {})) == "f.csv:3:Statut: m"
    assert str(Problem("warning", "f.csv", 3, None, "m", "c", {})) == "f.csv:3: m"
    assert str(Problem("error", "f.csv", None, None, "m", "c", {})) == "f.csv: m"


# ------------------------------------------------------------------ more of the hand-made family
def test_excel_sep_line_sets_the_separator_and_is_not_a_row(tmp_path):
    path = csv_file(tmp_path, "sep=,\nLink,Notes\nA,\"x; y\"\nB,maybe\n")
    result = import_spreadsheet(path)
    assert by_name(result)["A"].notes == "x; y"
    assert result.encoding_note == "CSV, UTF-8, separator ',' (from its 'sep=' line)"
    path = csv_file(tmp_path, "sep=;\nLink;Status\nA;peut-être\n", name="s.csv")
    assert [p.row for p in read_problems(import_spreadsheet(path))] == [2]  # as Excel shows it


def test_mac_roman_csv_from_old_excel_for_mac(tmp_path):
    path = csv_file(tmp_path,
                    "Maillon;Étape;Statut\nÉlevage;Amont;fort\nDécoupe;Aval;à évaluer\n",
                    "mac_roman")
    result = import_spreadsheet(path)
    assert result.encoding == "mac_roman"
    assert list(by_name(result)) == ["Élevage", "Découpe"]
    assert stage_of(result, "Découpe") == "Aval"


def test_title_row_naming_the_sheet_is_not_the_header(tmp_path):
    path = csv_file(tmp_path, "Maillons\n\nMaillon;Étape;Statut\nCapteurs;Composants;fort\n")
    result = import_spreadsheet(path)
    assert list(by_name(result)) == ["Capteurs"] and read_problems(result) == []


def test_upstream_name_differing_in_accents_is_matched_with_a_warning(tmp_path):
    path = csv_file(tmp_path, "Maillon;Amont\nÉlevage;\nAbattoir;elevage\n")
    result = import_spreadsheet(path)
    assert flow_names(result) == {("Élevage", "Abattoir")}
    [problem] = read_problems(result)
    assert (problem.row, problem.column, problem.code) == (3, "Amont", "approximate_name")


def test_merged_stage_cells_and_table_not_in_column_a(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Value chain"
    sheet["B2"], sheet["C2"], sheet["D2"] = "Stage", "Link", "Status"
    for row, (stage, link, status) in enumerate([("Components", "LiDAR", "weak"),
                                                 (None, "Radar", "strong"),
                                                 (None, "GNSS", "missing"),
                                                 ("Software", "Perception", "")], start=3):
        sheet.cell(row, 2, stage), sheet.cell(row, 3, link), sheet.cell(row, 4, status)
    sheet.merge_cells("B3:B5")
    book.save(tmp_path / "merged.xlsx")
    result = import_spreadsheet(tmp_path / "merged.xlsx")
    assert [stage_of(result, n) for n in ("LiDAR", "Radar", "GNSS", "Perception")] == [
        "Components", "Components", "Components", "Software"]
    [problem] = read_problems(result)
    assert str(problem).startswith(f"{tmp_path / 'merged.xlsx'}:4:Stage: empty stage on rows 4 "
                                   "to 5: put in the stage of the row above, 'Components'")


def test_a_large_sheet_imports_every_row(tmp_path):
    lines = ["Link;Stage;Status;Upstream"] + [
        f"L{i};S{i % 6};{('fort', 'faible', 'manquant', '')[i % 4]};{f'L{i - 1}' if i else ''}"
        for i in range(2000)]
    path = csv_file(tmp_path, "\n".join(lines) + "\n")
    result = import_spreadsheet(path)
    assert len(result.project.links) == 2000 and len(result.project.flows) == 1999
    assert len(result.project.actions) == 1000  # one per weak or missing link


def test_openpyxl_parses_untrusted_workbooks_with_defusedxml():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True
