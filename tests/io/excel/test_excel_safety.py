"""User text is written into the workbook safely: literal, cleaned, within Excel's limits."""

from __future__ import annotations

import openpyxl
import pytest

from valuechain_gui.io.excel.export import export_action_plan
from valuechain_gui.io.excel.safety import (
    MAX_CELL_CHARS,
    clean_text,
    valid_sheet_title,
    valid_table_name,
)
from valuechain_gui.model import LinkStatus, Project

UNSAFE = ['=HYPERLINK("http://example.invalid","clic")', "@SOMME(A1)", "-20 % pertes",
          "+33 6 12 34 56 78", "=1+1",
          # what a writer could turn into a link or a number: they stay the text typed
          "https://example.invalid/pôle", "mailto:contact@example.invalid", "0612345678", "1e5"]


def _cells(path, sheet):
    wb = openpyxl.load_workbook(path)
    return [c for row in wb[sheet].iter_rows() for c in row]


def _project_with(texts: dict[str, str]) -> Project:
    project = Project.new(language="fr", target_market=texts.get("market", "Marché"))
    stage = project.stages[1].id
    link = project.make_link(texts.get("name", "Capteurs"), stage,
                             actors=[texts.get("actor", "Acme")], notes=texts.get("notes", ""))
    project.add_link(link)
    project.set_status([link.id], LinkStatus.WEAK)
    action = project.actions_for_link(link.id)[0]
    project.update_action(action.id, title=texts.get("title", "Titre"),
                          owner=texts.get("owner", ""))
    return project


def _project_past_the_door(texts: dict[str, str]) -> Project:
    """A project whose records hold ``texts`` as they are: set on the records directly, past the
    model's door that would clean them, as code holding the records could still do; the export
    must not rely on the model alone."""
    project = _project_with({})
    link = next(iter(project.links.values()))
    action = next(iter(project.actions.values()))
    for field in ("name", "notes"):
        if field in texts:
            setattr(link, field, texts[field])
    for field in ("title", "owner"):
        if field in texts:
            setattr(action, field, texts[field])
    return project


@pytest.mark.parametrize("text", UNSAFE)
def test_text_that_looks_like_a_formula_stays_literal_text(tmp_path, text):
    project = _project_with({"name": text, "actor": text, "notes": text, "title": text,
                             "owner": text, "market": text})
    path = tmp_path / "plan.xlsx"
    report = export_action_plan(project, path)
    assert report.cleaned_cells == 0
    found = [c for sheet in ("Chaîne de valeur", "Renforcement local", "Synthèse")
             for c in _cells(path, sheet) if c.value == text]
    # name, actor, notes on the chain; link, title, owner on the plan; market on the summary
    assert len(found) >= 7
    for cell in found:
        assert cell.data_type == "s", (cell.coordinate, cell.value)
    assert not any(c.data_type == "f" for c in _cells(path, "Chaîne de valeur"))
    with_formula_data = openpyxl.load_workbook(path, data_only=True)
    assert with_formula_data["Chaîne de valeur"]["A2"].value == text  # not evaluated to None


def test_characters_excel_refuses_are_removed_and_counted(tmp_path):
    project = _project_past_the_door({"name": "Capteurs\x07LiDAR",
                                      "notes": "ligne 1\nligne\t2\r\x00\x1f",
                                      "title": "Titre\x0bvertical"})
    path = tmp_path / "plan.xlsx"
    report = export_action_plan(project, path)
    # name on the chain and on the plan, notes, title, the Summary's line for the action
    # without owner or deadline ("Capteurs\x07LiDAR : Titre\x0bvertical (...)"), and the
    # Summary's end markets and joint what-if (the one link is the end market taken), and the
    # weak link's row on the Matches sheet: 8 cells
    assert report.cleaned_cells == 8
    assert report.warnings == ["8 cells contained characters Excel refuses; they were removed."]
    assert "CapteursLiDAR : Titrevertical (sans porteur, sans échéance)" in [
        c.value for c in _cells(path, "Synthèse")]
    values = [c.value for c in _cells(path, "Chaîne de valeur")]
    assert "CapteursLiDAR" in values
    assert "ligne 1\nligne\t2\r" in values or "ligne 1\nligne\t2\n" in values
    assert "Titrevertical" in [c.value for c in _cells(path, "Renforcement local")]
    assert next(iter(project.links.values())).name == "Capteurs\x07LiDAR"  # project untouched


def test_one_cleaned_cell_is_said_in_the_singular(tmp_path):
    report = export_action_plan(_project_past_the_door({"notes": "a\x01b"}),
                                tmp_path / "p.xlsx")
    assert report.warnings == ["1 cell contained characters Excel refuses; they were removed."]


def test_text_over_excels_limit_is_cut_with_a_warning_and_the_project_keeps_it(tmp_path):
    long_note = "x" * 40_000
    project = _project_with({"notes": long_note})
    path = tmp_path / "plan.xlsx"
    report = export_action_plan(project, path)
    assert report.truncated_cells == 1
    assert len(report.warnings) == 1
    assert "32,767" in report.warnings[0] and "Chaîne de valeur!I2" in report.warnings[0]
    assert "the project keeps the whole text" in report.warnings[0]
    notes = [c.value for c in _cells(path, "Chaîne de valeur")
             if isinstance(c.value, str) and c.value.startswith("x")]
    assert notes == ["x" * MAX_CELL_CHARS]
    assert next(iter(project.links.values())).notes == long_note


def test_clean_text_keeps_tab_and_line_breaks():
    assert clean_text("a\tb\nc\rd") == ("a\tb\nc\rd", False, False)
    assert clean_text("a\x08b") == ("ab", True, False)
    assert clean_text("y" * (MAX_CELL_CHARS + 1)) == ("y" * MAX_CELL_CHARS, False, True)


@pytest.mark.parametrize("title, existing, expected", [
    ("Value chain", [], "Value chain"),
    ("Plan [2026]: a/b\\c?*", [], "Plan 2026 a b c"),
    ("A" * 40, [], "A" * 31),
    ("Partners", ["partners"], "Partners (2)"),
    ("B" * 31, ["B" * 31], "B" * 27 + " (2)"),
    ("Map", ["Map", "Map (2)"], "Map (3)"),
    ("'quoted'", [], "quoted"),
    ("[]:*?/\\", [], "Sheet"),
    ("", ["Sheet"], "Sheet (2)"),
    ("Capteurs\x07LiDAR", [], "CapteursLiDAR"),
])
def test_sheet_titles_are_made_valid(title, existing, expected):
    result = valid_sheet_title(title, existing)
    assert result == expected
    assert len(result) <= 31 and not set(result) & set("[]:*?/\\")


@pytest.mark.parametrize("name, existing, expected", [
    ("tbl_links", [], "tbl_links"),
    ("A1", [], "tbl_A1"),
    ("XFD1048576", [], "tbl_XFD1048576"),
    ("R1C1", [], "tbl_R1C1"),
    ("r", [], "tbl_r"),
    ("C", [], "tbl_C"),
    ("1st plan", [], "tbl_1st_plan"),
    ("Chaîne de valeur", [], "Cha_ne_de_valeur"),
    ("tbl_links", ["TBL_LINKS"], "tbl_links_2"),
])
def test_table_names_are_valid_and_never_a_cell_reference(name, existing, expected):
    assert valid_table_name(name, existing) == expected


def test_exported_table_names_are_valid_and_unique(small_project, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_action_plan(small_project, path)
    wb = openpyxl.load_workbook(path)
    names = [name for ws in wb for name in ws.tables]
    assert len(names) == len(set(names)) == 6
    for name in names:
        assert valid_table_name(name) == name


def test_non_characters_and_lone_surrogates_never_reach_the_workbook(tmp_path):
    project = _project_past_the_door({"notes": "a\ufffe\uffffb\ud800c", "title": "T\x85"})
    path = tmp_path / "plan.xlsx"
    report = export_action_plan(project, path)
    assert report.cleaned_cells == 3  # notes; the title on the plan and on the Summary
    values = [c.value for c in _cells(path, "Chaîne de valeur")]  # the workbook reads back
    assert "ab\ufffdc" in values
    assert "T" in [c.value for c in _cells(path, "Renforcement local")]
