"""The workbook printed to PDF by LibreOffice (A4): readable text, whole footers, one font.

The worked example (English) and a 300-link chain with an action on every gap (French) are
exported, converted by ``soffice --headless --convert-to pdf`` in one run, and the PDFs read with
``pdftotext -bbox`` (every word's box) and ``pdftoppm`` (the footer band, to see that the footer's
text is not cut by the page's footer area: LibreOffice clips it without moving the words).
LibreOffice (``libreoffice-calc-nogui``) and poppler-utils are installed by ``.ci/run``.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image as PilImage

from benchmarks.synthetic import make_chain
from valuechain_gui.io.excel.export import export_action_plan
from valuechain_gui.io.excel.printing import BOTTOM_MARGIN
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import Action, ActionKind, LinkStatus

SAMPLE = (Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain")
#: Smallest height of a word's box (points): ascent to descent of text printed at 8 points or
#: more is taller than 8 points.
MIN_TEXT_HEIGHT = 8.0
_WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">'
                   r"(.*?)</word>")
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class Page:
    width: float
    height: float
    words: list[Word]


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, (f"{name} is not installed: the printed-workbook test needs it "
                  "(.ci/run installs libreoffice-calc-nogui and poppler-utils)")
    return path


def _pages(pdf: Path) -> list[Page]:
    out = subprocess.run([_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    return [Page(float(w), float(h),
                 [Word(float(a), float(b), float(c), float(d), html.unescape(t))
                  for a, b, c, d, t in _WORD.findall(body)])
            for w, h, body in _PAGE.findall(out)]


def _map_png() -> bytes:
    buffer = io.BytesIO()
    PilImage.new("RGB", (1600, 1000), "#dde5f0").save(buffer, format="PNG")
    return buffer.getvalue()


def _chain_with_plan():
    """300 links; a local-reinforcement action on every weak link, an alliance search on every
    missing one, with texts long enough to wrap."""
    project = make_chain(300)
    for i, link in enumerate(project.links.values()):
        if link.status in (LinkStatus.WEAK, LinkStatus.MISSING):
            kind = (ActionKind.LOCAL_REINFORCEMENT if link.status == LinkStatus.WEAK
                    else ActionKind.ALLIANCE_SEARCH)
            project.add_action(Action(link_id=link.id, kind=kind,
                                      title=f"Consolider le maillon {link.name}",
                                      owner=f"Chargé de mission {i}", budget=1000.0 * i,
                                      notes="Réunir les acteurs du territoire autour du maillon."))
    return project


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[Path, list[Page]]]:
    """``{name: (pdf, pages)}`` of the two workbooks printed by LibreOffice, in one run."""
    soffice = _tool("soffice")
    folder = tmp_path_factory.mktemp("printed")
    books = {"example": folder / "example.xlsx", "chain": folder / "chain.xlsx"}
    export_action_plan(load_project(SAMPLE), books["example"], language="en",
                       map_png=_map_png())
    export_action_plan(_chain_with_plan(), books["chain"], language="fr", map_png=_map_png())
    profile = (folder / "lo-profile").as_uri()  # a private profile: parallel runs do not clash
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(folder), *map(str, books.values())],
                   capture_output=True, timeout=300, check=True)
    result = {}
    for name, book in books.items():
        pdf = book.with_suffix(".pdf")
        assert pdf.exists(), f"LibreOffice did not print {book.name}"
        result[name] = (pdf, _pages(pdf))
    return result


@pytest.mark.parametrize("name", ["example", "chain"])
def test_every_page_prints_its_text_at_8_points_or_more(printed, name):
    _, pages = printed[name]
    assert len(pages) >= 8
    for number, page in enumerate(pages, start=1):
        assert page.words, f"page {number} is empty"
        smallest = min(page.words, key=lambda w: w.y1 - w.y0)
        assert smallest.y1 - smallest.y0 >= MIN_TEXT_HEIGHT, (
            f"{name} page {number}: {smallest.text!r} is {smallest.y1 - smallest.y0:.1f} pt high")


def _footer(page: Page) -> list[Word]:
    """The words in the page's bottom margin."""
    return [w for w in page.words if w.y0 >= page.height - BOTTOM_MARGIN * 72]


@pytest.mark.parametrize("name", ["example", "chain"])
def test_every_footer_is_whole_inside_the_page(printed, name):
    pdf, pages = printed[name]
    band_top = int(pages[0].height - BOTTOM_MARGIN * 72)
    # The bottom margin of every page at 144 dpi (two pixels a point), in grey: one call.
    out = pdf.parent / f"{name}-footer"
    subprocess.run([_tool("pdftoppm"), "-gray", "-r", "144", "-y", str(2 * band_top), "-H",
                    str(2 * (int(pages[0].height) - band_top)), "-x", "0", "-W",
                    str(2 * int(pages[0].width)), str(pdf), str(out)], timeout=120, check=True)
    bands = sorted(pdf.parent.glob(f"{name}-footer*.pgm"))
    assert len(bands) == len(pages)
    for number, (page, band) in enumerate(zip(pages, bands), start=1):
        footer = _footer(page)
        text = " ".join(w.text for w in footer)
        assert re.search(rf"\b{number} / {len(pages)}$", text), (name, number, text)
        for word in footer:
            assert 0 <= word.x0 < word.x1 <= page.width and 0 <= word.y0 < word.y1 <= page.height
        # Ink just above the baseline of the digits of "n / N" (the box's lowest fifth is the
        # descent): a footer cut by its area keeps its words' boxes but loses that ink.
        digits = [w for w in footer if w.text.isdigit()]
        with PilImage.open(band) as grey:
            for word in digits:
                h = word.y1 - word.y0
                box = (int(2 * word.x0), int(2 * (word.y1 - 0.38 * h - band_top)),
                       int(2 * word.x1) + 1, int(2 * (word.y1 - 0.22 * h - band_top)))
                assert grey.crop(box).getextrema()[0] < 128, (
                    f"{name} page {number}: the footer is cut ({word.text!r} has no ink "
                    "above its baseline)")


def test_header_and_body_print_in_one_font_and_the_map_has_one_title(printed):
    from openpyxl import load_workbook

    pdf, pages = printed["example"]
    book = load_workbook(pdf.with_suffix(".xlsx"))
    for ws in book.worksheets[1:-1]:  # the tables
        assert ws["A1"].font.name == ws["A2"].font.name, ws.title
        assert ws["A1"].font.b and not ws["A2"].font.b
    summary = book.worksheets[0]
    assert {summary.cell(row=r, column=1).font.name for r in range(1, 30)} == {"Calibri"}
    fonts = subprocess.run([_tool("pdffonts"), str(pdf)], capture_output=True, text=True,
                           timeout=60, check=True).stdout
    assert "Serif" not in fonts, fonts  # LibreOffice printed unnamed fonts in its serif face
    # The map sheet: the picture (holding its own title) and no cell text; its page prints
    # only the footer.
    map_sheet = book.worksheets[-1]
    assert map_sheet.title == "Map" and len(map_sheet._images) == 1
    assert all(cell.value is None for row in map_sheet.iter_rows() for cell in row)
    assert [w.text for w in pages[-1].words] == ["Map", str(len(pages)), "/", str(len(pages))]
