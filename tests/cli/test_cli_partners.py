"""``valuechain-gui partners import|export|list``: exit codes, warnings placed, one-line errors
for a damaged or locked directory, the share export without contacts."""

from __future__ import annotations

import sqlite3

import pytest

from valuechain_gui.cli import main
from valuechain_gui.directory import open_directory
from valuechain_gui.directory.sheet_import import read_partner_sheet

SHEET = """\
Name;Country;Kind;Sectors;Competences;Contact;E-mail;Notes
Bavarian Sensors;Germany;lab;Electronics;LiDAR;Anna Maier;anna@bs.example;met in Munich
Pôle Véhicule du Futur;France;pôle;Automobile;chassis;;;
bavarian sensors;DE;;Digital;radar;;;
"""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "partners.sqlite3"
    open_directory(path, seed=False).close()  # no starter list: the counts are ours
    return path


def test_import_then_list_then_export(tmp_path, db, capsys):
    sheet = tmp_path / "list.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert main(["partners", "import", str(sheet), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert err == (f"{sheet}:4: 'bavarian sensors' (DE) is already on row 2: the two rows were "
                   "merged.\n")
    assert out.startswith(f"{db}: 2 added, 0 updated from {sheet} (CSV, UTF-8")
    assert main(["partners", "list", "--db", str(db)]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "Bavarian Sensors (lab, DE): LiDAR; radar",
        "Pôle Véhicule du Futur (cluster, FR): chassis",
        f"{db}: 2 of 2 partners"]
    assert main(["partners", "list", "--db", str(db), "--country", "FR"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"{db}: 1 of 2 partners"
    shared = tmp_path / "shared.xlsx"
    assert main(["partners", "export", "-o", str(shared), "--share", "--db", str(db)]) == 0
    assert capsys.readouterr().out == (f"{shared}: 2 partners exported (share version: no "
                                       "contacts, no notes)\n")
    back = [item.partner for item in read_partner_sheet(shared).partners]
    assert [(p.name, p.contact_name, p.contact_email, p.notes) for p in back] == [
        ("Bavarian Sensors", "", "", ""), ("Pôle Véhicule du Futur", "", "", "")]
    full = tmp_path / "full.csv"
    assert main(["partners", "export", "-o", str(full), "--db", str(db)]) == 0
    assert "anna@bs.example" in full.read_text(encoding="utf-8-sig")


def test_a_bad_sheet_is_exit_1_and_writes_nothing(tmp_path, db, capsys):
    sheet = tmp_path / "list.csv"
    sheet.write_text("Country;Kind\nDE;lab\n", encoding="utf-8")
    assert main(["partners", "import", str(sheet), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{sheet}: no header row with a Name (Nom) column")
    with open_directory(db, seed=False) as opened:
        assert opened.count() == 0


def test_a_wrong_output_or_no_action_is_bad_usage(tmp_path, db, capsys):
    assert main(["partners", "export", "-o", str(tmp_path / "x.pdf"), "--db", str(db)]) == 2
    assert "must end in .xlsx or .csv" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert main(["partners"]) == 2
    assert main(["partners", "list", "--nope"]) == 2


def test_a_damaged_or_newer_directory_is_one_line_and_exit_1(tmp_path, capsys):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert main(["partners", "list", "--db", str(garbage)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"{garbage}: this file is not a readable "
                                                   "partner directory")
    newer = tmp_path / "newer.sqlite3"
    open_directory(newer, seed=False).close()
    with sqlite3.connect(newer) as raw:
        raw.execute("PRAGMA user_version = 7")
    assert main(["partners", "list", "--db", str(newer)]) == 1
    assert "newer version of valuechain-gui" in capsys.readouterr().err


def test_without_db_the_users_directory_is_used(tmp_path, monkeypatch, capsys):
    target = tmp_path / "mine.sqlite3"
    monkeypatch.setenv("VALUECHAIN_GUI_DIRECTORY", str(target))
    open_directory(seed=False).close()
    assert main(["partners", "list"]) == 0
    assert capsys.readouterr().out == f"{target}: 0 of 0 partners\n"


def test_glossary_pairs_are_added_and_listed(db, capsys):
    assert main(["partners", "glossary", "Porte-outils", "Tool carrier", "--db", str(db)]) == 0
    assert main(["partners", "glossary", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == ["Porte-outils = Tool carrier", f"{db}: 1 term pair of your own"]
    assert main(["partners", "glossary", "Seul", "--db", str(db)]) == 2
    assert main(["partners", "glossary", "Porte", " ", "--db", str(db)]) == 2
