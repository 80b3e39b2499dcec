"""The PDF report, read back with poppler's ``pdftotext -bbox``: text at least 9 pt outside the
map page, the sections present, the top gap named, words copyable as written (no ligature
glyphs), the share version without notes, budgets, amounts or names, a cover without a made-up
date, and the ``report`` command line."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date
from html import unescape
from pathlib import Path

import pytest

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.io.report.dossier import long_date
from valuechain_gui.model import Action, ActionKind, LinkStatus
from valuechain_gui.model.snapshots import Snapshot, chain_state
from valuechain_gui.ui.export.report.pdf import write_report

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")
_WORD = re.compile(r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)">([^<]*)</word>')


@pytest.fixture(autouse=True)
def _app(qapp):
    """A QApplication for the report's fonts and map (the tests here need no window)."""
    return qapp


def read_pages(path: Path) -> list[list[tuple[str, float]]]:
    """Each page's words with their heights in points, as poppler reads them."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append([(unescape(text), float(y1) - float(y0))
                      for y0, y1, text in _WORD.findall(page)])
    return pages


def page_text(page: list[tuple[str, float]]) -> str:
    return " ".join(text for text, _ in page)


@pytest.fixture(scope="module")
def worked(tmp_path_factory):
    """The worked example, with an action note, a validation by a person and a contact added."""
    project = load_project(SAMPLE)
    action = next(iter(project.actions.values()))
    project.update_action(action.id, notes="Note interne confidentielle")
    partner = next(iter(project.partners.values()))
    project.partners[partner.id] = dataclasses.replace(
        partner, contact_name="Jeanne Contactée", contact_email="jeanne@example.org")
    return project


@pytest.fixture(scope="module")
def french(qapp, worked, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "fr.pdf"
    write_report(worked, path)
    return read_pages(path)


def test_no_text_under_9_points_but_on_the_map_page(french):
    assert len(french) >= 6
    for number, page in enumerate(french, start=1):
        if number == 2:  # the map page
            continue
        smallest = min(height for _, height in page)
        assert smallest >= 9.0, (number, smallest)


def test_the_sections_and_the_top_gap_are_there(french):
    text = " ".join(page_text(p) for p in french)
    for title in ("Dossier de la chaîne de valeur", "Carte de la chaîne de valeur",
                  "La chaîne en un coup d'œil", "Manques classés par score de criticité",
                  "Manques à combler ensemble", "Le plan d'action", "Renforcement local",
                  "Recherche d'alliances", "Alliances : partenaires candidats et avancement"):
        assert title in text, title
    chart = next(page_text(p) for p in french if "Manques classés par score" in page_text(p))
    assert "1. Certification et sécurité fonctionnelle" in chart  # the top gap, first bar
    assert "Évolution" not in text and "Votes" not in text  # nothing to show: no section


def test_words_are_copied_as_written_without_ligature_glyphs(french):
    text = " ".join(page_text(p) for p in french)
    assert not re.search("[\ufb00-\ufb06]", text)
    assert "Certification" in text and "Finlande" in text  # "fi" words, as written


def test_pages_have_the_footer_with_the_project_and_page_numbers(french):
    total = len(french)
    for number, page in enumerate(french[1:], start=2):
        assert f"page {number} sur {total}" in page_text(page)
        assert "Véhicules spéciaux autonomes" in page_text(page)
    assert "page 1" not in page_text(french[0])  # the cover has no footer


def test_the_internal_version_shows_budgets_and_the_working_group(french):
    text = " ".join(page_text(p) for p in french)
    assert "€" in text and "Alice Modèle" in text


def test_share_version_has_no_note_budget_amount_or_name(worked, tmp_path):
    path = tmp_path / "share.pdf"
    write_report(worked, path, lang="en", share_version=True)
    text = " ".join(page_text(p) for p in read_pages(path))
    assert "Value chain report" in text and "Alliance search" in text
    for secret in ("Note interne", "€", "Budget (", "Funding source", "Alice", "Modèle",
                   "Jeanne", "jeanne@", "Directrice du pôle", "650"):
        assert secret not in text, secret


def test_the_cover_has_no_date_when_the_project_has_none(small_project, tmp_path):
    path = tmp_path / "no_date.pdf"
    write_report(small_project, path)
    cover = page_text(read_pages(path)[0])
    assert "Workshop date" in cover
    assert long_date("en", date.today()) not in cover
    assert not re.search(r"\d{4}", cover)
    small_project.update_meta(date=date(2026, 3, 12))
    write_report(small_project, path)
    assert "12 March 2026" in page_text(read_pages(path)[0])


def test_changes_since_the_last_snapshot_appear_when_there_are_some(small_project, tmp_path):
    small_project.update_meta(snapshots=(Snapshot("Workshop 1", date(2026, 1, 5),
                                                  chain_state(small_project)),))
    path = tmp_path / "changes.pdf"
    write_report(small_project, path)
    assert "Changes since the last snapshot" not in " ".join(map(page_text, read_pages(path)))
    farms = small_project.link_by_name("Farms")
    small_project.set_status([farms.id], LinkStatus.STRONG)
    write_report(small_project, path)
    page = next(page_text(p) for p in read_pages(path)
                if "Changes since the last snapshot" in page_text(p))
    assert "Workshop 1" in page and "Farms" in page and "unassessed" in page


def test_a_long_plan_table_repeats_its_header_on_each_page(small_project, tmp_path):
    link = small_project.link_by_name("LiDAR sensors")
    for i in range(90):
        small_project.add_action(Action(link.id, ActionKind.LOCAL_REINFORCEMENT,
                                        title=f"Reinforcement step {i:02d} of the sensors"))
    path = tmp_path / "long.pdf"
    write_report(small_project, path)
    pages = read_pages(path)
    with_steps = [p for p in pages if "Reinforcement step" in page_text(p)]
    assert len(with_steps) >= 2
    for page in with_steps:
        assert "Rank" in page_text(page) and "Progress" in page_text(page)
        assert min(h for _, h in page) >= 9.0
    text = " ".join(map(page_text, with_steps))
    for i in range(90):  # every row once: none lost, none also drawn (clipped) on another page
        assert text.count(f"step {i:02d} ") == 1, i


def test_fonts_are_embedded(small_project, tmp_path):
    path = tmp_path / "fonts.pdf"
    write_report(small_project, path)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines)  # the "emb" column


def test_report_command_writes_the_pdf_in_the_language_asked(small_project, tmp_path, capsys):
    source = tmp_path / "plan.vchain"
    save_project(small_project, source)
    output = tmp_path / "board.pdf"
    assert main(["report", str(source), "-o", str(output), "--lang", "fr"]) == 0
    assert "Dossier de la chaîne de valeur" in page_text(read_pages(output)[0])
    assert main(["report", str(source), "-o", str(tmp_path / "board.png")]) == 2
    assert main(["report", str(tmp_path / "missing.vchain"), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert "missing.vchain" in err and "Traceback" not in err
