"""Error and import-problem texts in the interface language (ui/text/messages.py): every error code
raised and every problem code reported in ``src/`` has a translated template; import problems
read ``FILENAME:ROW:COLUMN: text``; the Import failed box names the file."""

from __future__ import annotations

import ast
import builtins
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QMessageBox

from valuechain_gui.errors import ModelError, ValueChainError
from valuechain_gui.io.project import codec as project_codec, partners_codec, schema
from valuechain_gui.io.project.codec import ProjectFileError
from valuechain_gui.io.sheets.problems import ImportFailed, Problem
from valuechain_gui.io.sheets.importer import import_spreadsheet
from valuechain_gui.ui.text import i18n, import_problems, messages
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.export.render import RenderError

from work_safety_testing import close_quietly, use_recovery_dir

SRC = Path(__file__).resolve().parents[3] / "src" / "valuechain_gui"
CODE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")
BUILTIN_ERRORS = {name for name, value in vars(builtins).items()
                  if isinstance(value, type) and issubclass(value, BaseException)}
#: A spreadsheet with one problem of many kinds; row 7 has an unknown status "bof".
SHEET = ("Maillon;Étape;Statut;Stratégique;Amont;Couleur;Statut\r\n"
         "Élevage;Amont;faible;oui;;bleu\r\n"
         "Abattoir;Transformation;fort;peut-être;Elevage\r\n"
         "Découpe;;;non;Abattoir,Élevage\r\n"
         ";Transformation;fort\r\n"
         "Vente;Distribution;;;Fantôme\r\n"
         "Export;Distribution;bof;;Export\r\n")
UNKNOWN_STATUS = ("unknown status “{value}”: the link was left unassessed and the text kept in "
                  "its notes (expected {expected}, or an empty cell).")


def _first_code(call: ast.Call) -> str | None:
    return next((a.value for a in call.args if isinstance(a, ast.Constant)
                 and isinstance(a.value, str) and CODE.match(a.value)), None)


def source_codes() -> tuple[set[str], set[str]]:
    """``(error codes, import-problem codes)`` written in ``src/``, read from the syntax tree:
    ``SomeError("code", ...)``, ``_error("code", ...)``, ``super().__init__("code", ...)`` and the
    keys of a ``*_TEMPLATES`` dict are error codes; ``Problem(..., "code", ...)``,
    ``fail(file, "code", ...)``, ``.add(ERROR|WARNING, "code", ...)`` and ``code = "..."`` in a
    module that builds Problems are problem codes."""
    errors: set[str] = set()
    problems: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text("utf-8")
        builds_problems = "Problem(" in text
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call):
                func = node.func
                name = (func.id if isinstance(func, ast.Name)
                        else func.attr if isinstance(func, ast.Attribute) else "")
                code = _first_code(node)
                if code is None:
                    continue
                severity = (node.args and isinstance(node.args[0], ast.Name)
                            and node.args[0].id in ("ERROR", "WARNING"))
                if name in ("Problem", "fail") or (name == "add" and severity):
                    problems.add(code)
                elif (((name.endswith("Error") and name not in BUILTIN_ERRORS)
                       or name == "_error"
                       or (name == "__init__" and isinstance(func.value, ast.Call)))
                      and getattr(node.args[0], "value", None) == code):  # the code comes first
                    errors.add(code)
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
                if not isinstance(target, ast.Name):
                    continue
                if (target.id == "code" and isinstance(value, ast.Constant)
                        and isinstance(value.value, str) and builds_problems):
                    problems.add(value.value)
                elif target.id.endswith("_TEMPLATES") and isinstance(value, ast.Dict):
                    errors.update(k.value for k in value.keys if isinstance(k, ast.Constant))
    return errors, problems


def _placeholders(template: str) -> dict[str, str]:
    return {name: "X" for _, name, _, _ in string.Formatter().parse(template) if name}


class MarkingTranslator(QTranslator):
    """Answers every "Messages" text as ``⟦source⟧``: a text shown without going through
    ``translate("Messages", ...)`` (an English fallback) has no marks."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        return f"⟦{source}⟧" if context == "Messages" else ""

    def isEmpty(self) -> bool:  # noqa: N802, D102 - Qt override
        return False


@pytest.fixture
def marked(qapp):
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def language(qapp, tmp_path):
    """``install(lang)``: that language's translators, as at start-up, removed afterwards."""
    installed = []
    yield lambda lang: installed.extend(
        i18n.install_translators(qapp, lang, cache_dir=tmp_path / "qm"))
    i18n.remove_translators(qapp, installed)


def _french_of(source: str) -> str | None:
    """The finished French translation of a "Messages" source in the .ts file, or None."""
    for context in ET.parse(i18n.ts_path("fr")).getroot().iter("context"):
        if context.findtext("name") != "Messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.findtext("source") == source and translation.get("type") is None:
                return translation.text
    return None


def _import_problems(tmp_path: Path) -> list[Problem]:
    sheet = tmp_path / "file.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    return import_spreadsheet(sheet).problems


# ------------------------------------------------------------------------ every code has a text
def test_the_source_scan_finds_the_codes_of_every_layer():
    errors, problems = source_codes()
    assert {"unknown_action", "bad_stage", "disk_full", "invalid", "import_failed", "bad_size",
            "bad_map_image", "unknown_language"} <= errors
    assert {"unknown_status", "empty_file", "no_link_column", "unclosed_quote",
            "refused_characters", "unsupported_format", "duplicate_link"} <= problems
    assert "too_many_rows" not in errors  # a ValueError used internally is not an error code


def test_every_error_code_in_the_source_is_rendered_through_translate(marked):
    errors, _ = source_codes()
    templates = messages.error_templates()
    assert sorted(errors - templates.keys()) == []
    for code in sorted(errors):
        params = _placeholders(templates[code].strip("⟦⟧"))
        text = messages.error_text(ValueChainError(code, "ENGLISH", **params))
        assert text.startswith("⟦"), (code, text)
        if code != "invalid":  # its detail comes from io: see the next tests
            assert "ENGLISH" not in text, (code, text)


def test_every_problem_code_in_the_source_is_rendered_through_translate(marked):
    _, problems = source_codes()
    templates = import_problems.problem_templates()
    assert sorted(problems - templates.keys()) == []
    for code in sorted(problems):
        params = _placeholders(templates[code].strip("⟦⟧"))
        line = import_problems.problem_text(Problem("warning", "/data/in/file.csv", 7, "Statut",
                                             "ENGLISH", code, params))
        assert line.startswith("file.csv:7:Statut: ⟦") and "ENGLISH" not in line, (code, line)


def test_every_invalid_file_detail_from_io_has_a_translation():
    tree = ast.parse(Path(project_codec.__file__).read_text("utf-8"))
    details = {node.args[1].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_error"
               and len(node.args) > 1 and getattr(node.args[0], "value", "") == "invalid"
               and isinstance(node.args[1], ast.Constant)}
    details |= {template for _, template in project_codec._LINK_PROBLEMS.values()}
    for problems in (partners_codec._PARTNER_PROBLEMS, partners_codec._ALLIANCE_PROBLEMS,
                     partners_codec._CORRESPONDENCE_PROBLEMS):
        details |= {template for _, template in problems.values()}
    details.add("expected one decision per pair of links; this pair is decided twice")
    details |= set(schema._MESSAGES.values()) | {"expected a date written YYYY-MM-DD"}
    assert len(details) > 15
    assert sorted(details - messages.invalid_value_templates().keys()) == []


# ------------------------------------------------------------------------ English, exact text
def test_import_problems_in_english_name_the_file_row_and_column(language, tmp_path):
    language("en")
    lines = import_problems.problems_text(_import_problems(tmp_path)).splitlines()
    assert lines == [
        "file.csv:1: a second “Statut” column: only the first one is read.",
        "file.csv:1: 1 column not imported: “Couleur” (the columns read are: Link/Maillon, "
        "Stage/Étape, Status/Statut, Strategic/Stratégique, End market/Marché final, "
        "Upstream/Amont, Downstream/Aval, Actors/Acteurs, Notes/Commentaires).",
        "file.csv:3:Stratégique: “peut-être” is not a yes/no value: the cell was read as empty "
        "(expected yes/no, oui/non, x, 1/0, true/false, vrai/faux, or an empty cell).",
        "file.csv:5:Maillon: this row has no link name: it was skipped (expected the link’s "
        "name in the “Maillon” column).",
        "file.csv:7:Statut: unknown status “bof”: the link was left unassessed and the text "
        "kept in its notes (expected strong/fort, weak/faible, missing/manquant, "
        "unassessed/à évaluer, or an empty cell).",
        "file.csv:4:Étape: empty stage on row 4: put in the stage “Transformation”; type the "
        "stage if that is wrong.",
        "file.csv:3:Amont: “Elevage” was read as the link “Élevage” (the names differ in "
        "accents or punctuation).",
        "file.csv:4:Amont: “Abattoir,Élevage” was read as several names separated by “,”; "
        "separate names with “;” or line breaks.",
        "file.csv:6:Amont: no link named “Fantôme”: no flow was made (names must match a "
        "link’s name; separate several names with “;” or line breaks).",
        "file.csv:7:Amont: “Export” is this row’s own link: a link cannot flow into itself; "
        "no flow was made.",
        "file.csv:End market/Marché final: no link is marked as an end market: the gap analysis "
        "takes the ends of the chain, return flows set aside: “Découpe”, “Vente”, “Export” (to "
        "choose them, "
        "put yes in the “End market/Marché final” column for the chain’s final uses).",
    ]


def test_problem_text_variants_and_fallback(language):
    language("en")

    def line(code, at=None, column=None, **params):
        return import_problems.problem_text(Problem("error", "C:/x/y/Feuille.xlsx", at, column,
                                             "English from io", code, params))

    assert line("empty_stage", 4, "Stage", stage="S", first_row=4, last_row=9) == (
        "Feuille.xlsx:4:Stage: empty stage on rows 4 to 9: put in the stage “S”; type the stage "
        "if that is wrong.")
    assert line("unsupported_format", ext=".xls").startswith(
        "Feuille.xlsx: Excel 97-2003 (.xls) and password-protected workbooks cannot be imported")
    assert line("unsupported_format", ext=".ods") == (
        "Feuille.xlsx: .ods files cannot be imported: save the file as .xlsx or as “CSV UTF-8” "
        "from Excel or LibreOffice, then import that file.")
    assert line("no_link_column", found="nothing", row=1) == (
        "Feuille.xlsx: no link column: expected a header “Link” / “Maillon” in the first 20 "
        "rows (the fullest of them, row 1, reads: nothing).")
    assert line("a_code_from_tomorrow", 2, "B") == "Feuille.xlsx:2:B: English from io"
    assert line("duplicate_link", 3) == "Feuille.xlsx:3: English from io"  # params missing


def test_errors_in_english(language):
    language("en")
    assert messages.error_text(ModelError("bad_stage", "x")) == (
        "Links cannot move to the stage being removed.")
    assert messages.error_text(ModelError("unknown_action", "x", id="a1")) == (
        "This action no longer exists.")
    assert messages.error_text(RenderError("bad_size", "x", width=50)) == (
        "The picture width must be between 200 and 20,000 pixels (asked: 50).")
    invalid = ProjectFileError("invalid", "{expected}", file="/p/a.vchain",
                               location="links[3].status",
                               expected="expected one of strong, weak, missing", more=0)
    assert messages.error_text(invalid) == (
        "The file contains a value that is not allowed: expected one of strong, weak, missing."
        "\n(at links[3].status)")
    flows = ProjectFileError("invalid", "expected the id of a link (no link has id {id})",
                             location="flows[0].upstream", id="k9")
    assert messages.error_text(flows) == (
        "The file contains a value that is not allowed: expected the identifier of a link "
        "(no link has the identifier k9).\n(at flows[0].upstream)")
    cut = ProjectFileError("not_json", "x", location="line 3, column 9", reason="Expecting ','",
                           line=3, column=9)
    assert messages.error_text(cut) == ("The file is not valid JSON: it may be truncated or "
                                        "damaged (Expecting ',').\n(at line 3, column 9)")
    assert messages.error_text(ModelError("a_code_from_tomorrow", "Said in {w}.", w="English")) \
        == "Said in English."


def test_os_error_names_the_file():
    error = PermissionError(13, "Permission denied", "/data/in/file.csv")
    assert messages.error_text(error) == "/data/in/file.csv: Permission denied"
    assert messages.error_text(OSError(28, "No space left on device")) == (
        "No space left on device")


def test_failed_import_lists_its_problems_not_the_english_summary(tmp_path):
    problem = Problem("error", str(tmp_path / "a.csv"), 3, "Link", "English", "duplicate_link",
                      {"name": "A", "first_row": 2})
    assert messages.error_text(ImportFailed(str(tmp_path / "a.csv"), [problem])) == (
        "a.csv:3:Link: the link “A” is already on row 2: a link must have one row only (rename "
        "or merge the rows).")


# ------------------------------------------------------------------------ French
def test_import_problem_in_french(language, tmp_path):
    language("fr")
    problem = next(p for p in _import_problems(tmp_path) if p.code == "unknown_status")
    line = import_problems.problem_text(problem)
    prefix = "file.csv:7:Statut: "
    assert line.startswith(prefix)
    french = _french_of(UNKNOWN_STATUS)  # None until the i18n engineer translates it
    expected = (french or UNKNOWN_STATUS).format(value="bof", expected=import_problems.STATUS_WORDS)
    assert line == prefix + expected
    if french is not None:
        assert "statut" in line[len(prefix):].lower() and "unknown" not in line


def test_invalid_file_in_french_keeps_the_json_path(language):
    language("fr")
    error = ProjectFileError("invalid", "{expected}", file="/p/a.vchain",
                             location="links[3].status",
                             expected="expected one of strong, weak, missing", more=0)
    text = messages.error_text(error)
    assert text.startswith("Le fichier contient une valeur non autorisée\u00a0: ")
    assert text.endswith(".\n(emplacement\u00a0: links[3].status)")
    assert "strong, weak, missing" in text


# ------------------------------------------------------------------------ the Import failed box
@pytest.fixture
def import_into(qapp, qtbot, tmp_path, monkeypatch, language):
    """``run(path, lang)``: File > Import of ``path`` in a window of that language; returns the
    message boxes shown, as ``(text, informative text)``."""
    use_recovery_dir(monkeypatch, tmp_path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText())))
    windows = []

    def run(path: Path, lang: str = "en") -> list[tuple[str, str]]:
        language(lang)
        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                            lambda *a, **k: (str(path), ""))
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(None, language=lang, settings=settings, remember_layout=False)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.menus.act_import.trigger()
        return shown

    yield run
    for window in windows:
        close_quietly(window)


def test_import_failed_box_lists_the_problems_with_the_file_name(import_into, tmp_path):
    sheet = tmp_path / "dup.csv"
    sheet.write_text("Link;Stage\nA;S\nA;S\n", encoding="utf-8")
    assert import_into(sheet) == [(
        "Nothing was imported from dup.csv.",
        "dup.csv:3:Link: the link “A” is already on row 2: a link must have one row only "
        "(rename or merge the rows).")]


def test_import_failed_box_in_french_keeps_the_place(import_into, tmp_path):
    sheet = tmp_path / "doublon.csv"
    sheet.write_text("Maillon;Étape\nA;S\nA;S\n", encoding="utf-8")
    [(text, details)] = import_into(sheet, "fr")
    assert "doublon.csv" in text and "Nothing" not in text
    assert details.startswith("doublon.csv:3:Maillon: ")
    assert details != "doublon.csv:3:Maillon: the link 'A' is already on row 2: a link must " \
        "have one row only (rename or merge the rows)."  # not the importer's English message


def test_import_failed_box_for_a_system_error_names_the_file(import_into, tmp_path,
                                                              monkeypatch):
    sheet = tmp_path / "locked.csv"

    def refuse(path, **_):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("valuechain_gui.io.sheets.importer.import_spreadsheet", refuse)
    assert import_into(sheet) == [("Nothing was imported from locked.csv.",
                                   f"{sheet}: Permission denied")]
