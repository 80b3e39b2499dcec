"""Fuzzing the spreadsheet importer (it must refuse, never crash): random, mutated and truncated
CSV and .xlsx bytes.

Every input must end in either an :class:`ImportResult` whose project keeps the model's
invariants, or :class:`ImportFailed` with at least one located error: never another exception,
and never a hang (each example runs under a hypothesis deadline and a hard SIGALRM limit).
"""

from __future__ import annotations

import io
import os
import signal
import tempfile
import zipfile
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from valuechain_gui.io.sheets.importer import ImportFailed, ImportResult, import_spreadsheet
from valuechain_gui.model import name_key

#: Examples per test; set VC_FUZZ_EXAMPLES=2000 for a deeper run (the default keeps CI fast).
FUZZ = settings(max_examples=int(os.environ.get("VC_FUZZ_EXAMPLES", "120")),
                deadline=timedelta(seconds=10), database=None,
                suppress_health_check=[HealthCheck.too_slow])
HARD_LIMIT_S = 30  # a hang fails the test instead of blocking the suite


@contextmanager
def time_limit(seconds: int):
    def on_alarm(signum, frame):
        raise TimeoutError(f"import took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_import(data: bytes, suffix: str) -> ImportResult | ImportFailed:
    """Import ``data`` saved with ``suffix``; assert the outcome is one of the two allowed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        with time_limit(HARD_LIMIT_S):
            try:
                result = import_spreadsheet(path)
            except ImportFailed as exc:
                errors = [p for p in exc.problems if p.severity == "error"]
                assert errors, "ImportFailed without an error"
                assert all(p.file == str(path) and p.message for p in exc.problems)
                assert str(exc)
                return exc
    project = result.project
    assert all(p.severity == "warning" for p in result.problems)
    stage_ids = {stage.id for stage in project.stages}
    names = [name_key(link.name) for link in project.links.values()]
    assert len(names) == len(set(names)) and all(names)
    assert all(link.stage_id in stage_ids for link in project.links.values())
    assert all(u in project.links and d in project.links and u != d for u, d in project.flows)
    assert all(str(problem) for problem in result.problems)
    return result


# ------------------------------------------------------------------ CSV
WORDS = ["Link", "Maillon", "Stage", "Étape", "Status", "Statut", "Upstream", "Amont", "Aval",
         "Strategic", "Marché final", "Acteurs", "Notes", "fort", "faible", "MANQUANT", "x", "oui",
         "A", "B", "C", "a", " b ", "", "=1+1", "\u00a0", "Élevage", "peut-être", "1", "0"]
cells = st.one_of(st.sampled_from(WORDS), st.text(max_size=12))
rows = st.lists(st.lists(cells, max_size=7), max_size=12)


def join(table: list[list[str]], separator: str, quote: bool) -> str:
    def field(text: str) -> str:
        if quote or any(ch in text for ch in f'"{separator}\n\r'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "\r\n".join(separator.join(field(c) for c in row) for row in table)


@FUZZ
@given(table=rows, separator=st.sampled_from([";", ",", "\t", "|"]), quote=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "utf-16-le"]))
def test_generated_csv_tables(table, separator, quote, encoding):
    text = join(table, separator, quote)
    data = text.encode(encoding, errors="replace")
    outcome = check_import(data, ".csv")
    if isinstance(outcome, ImportResult):
        assert outcome.encoding is not None


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".txt", ".tsv", ""]))
def test_random_bytes(data, suffix):
    check_import(data, suffix)


VALID_CSV = ("Maillon;Étape;Statut;Amont;Aval;Stratégique;Acteurs\r\n"
             "Élevage;Production;fort;;Abattoir;oui;\"GAEC; Coop\"\r\n"
             "Abattoir;Transformation;faible;Élevage;;non;\r\n"
             "Découpe;Transformation;manquant;\"Abattoir\nÉlevage\";;x;\r\n").encode("cp1252")


@st.composite
def mutated(draw, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if action == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "insert":
            data[position:position] = draw(st.sampled_from(
                [b'"', b";", b",", b"\t", b"\r\n", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe9"]))
        elif action == "delete":
            del data[position:position + draw(st.integers(1, 20))]
        else:
            del data[position:]
    return bytes(data)


@FUZZ
@given(data=mutated(VALID_CSV))
def test_mutated_csv(data):
    check_import(data, ".csv")


# ------------------------------------------------------------------ xlsx
def _valid_workbook() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Maillons"
    sheet.append(["Chaîne de valeur"])
    sheet.append(["Maillon", "Étape", "Statut", "Amont", "Marché final"])
    sheet.append(["Capteurs", "Composants", "fort", None, 0])
    sheet.append(["Logiciel", "Logiciels", "=UPPER(\"faible\")", "Capteurs", None])
    sheet.append(["Flottes", "Marchés", "manquant", "Logiciel\nCapteurs", True])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


VALID_XLSX = _valid_workbook()


def test_the_valid_workbook_imports():
    outcome = check_import(VALID_XLSX, ".xlsx")
    assert isinstance(outcome, ImportResult) and len(outcome.project.flows) == 3


@FUZZ
@given(cut=st.integers(0, len(VALID_XLSX) - 1))
def test_truncated_workbook(cut):
    assert isinstance(check_import(VALID_XLSX[:cut], ".xlsx"), ImportFailed)


@FUZZ
@given(data=mutated(VALID_XLSX))
def test_mutated_workbook_bytes(data):
    check_import(data, ".xlsx")


def _rezip(base: bytes, name: str, mutate) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(base))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item.filename, mutate(data) if item.filename == name else data)
    return out.getvalue()


@FUZZ
@given(part=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml",
                             "[Content_Types].xml", "xl/_rels/workbook.xml.rels"]),
       data=st.data())
def test_mutated_workbook_parts(part, data):
    """Valid zip, damaged XML inside: the parser's own errors must become ImportFailed."""
    original = zipfile.ZipFile(io.BytesIO(VALID_XLSX)).read(part)
    damaged = data.draw(mutated(original))
    check_import(_rezip(VALID_XLSX, part, lambda _: damaged), ".xlsx")
