"""The starter directory: its format read into partners, a new directory seeded from the shipped
file, and the directory export shipped beside the worked example kept up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from valuechain_gui.directory import open_directory
from valuechain_gui.directory.sheet_import import read_partner_sheet
from valuechain_gui.directory.starter import read_starter, starter_partners
from valuechain_gui.model.enums import PartnerKind
from valuechain_gui.model.partners import Ecosystem

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = """\
name,kind,country,region,domains,website,source_url,source_date
Pôle Alpha,cluster,FR,Bretagne,mer; robotique sous-marine ; santé;,https://alpha.example,https://list.example/poles https://alpha.example/about,2026-12-04
Pôle Beta,,,Occitanie,,,https://list.example/poles,2026-12-04
pôle alpha,cluster,FR,Bretagne,,,,
,cluster,FR,Nowhere,,,,
"""


def test_a_starter_row_becomes_a_cluster_with_its_domains_and_source():
    alpha, beta = read_starter(FIXTURE.splitlines())
    assert (alpha.name, alpha.kind, alpha.country, alpha.region) == (
        "Pôle Alpha", PartnerKind.CLUSTER, "FR", "Bretagne")
    assert alpha.competences == ["mer", "robotique sous-marine", "santé"]
    assert alpha.sectors == [Ecosystem.HEALTH]  # a domain that names an ecosystem
    assert alpha.website == "https://alpha.example"
    assert alpha.notes == ("Source: https://list.example/poles https://alpha.example/about "
                           "(2026-12-04)")
    assert (beta.kind, beta.country, beta.competences) == (PartnerKind.CLUSTER, "FR", [])


def test_a_new_directory_is_seeded_with_the_shipped_pôles(tmp_path):
    shipped = starter_partners()
    assert len(shipped) == 55
    with open_directory(tmp_path / "partners.sqlite3") as opened:
        assert opened.count() == 55
        assert opened.find("Aerospace Valley", "FR").region == "Occitanie"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "make_partner_directory", ROOT / "tools" / "make_partner_directory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_directory_export_is_what_the_tool_writes():
    expected = _tool().directory_partners()
    read = [item.partner for item in read_partner_sheet(
        ROOT / "sample_projects" / "partners" / "directory.xlsx").partners]

    def key(p):
        return (p.name, p.kind, p.country, p.region, p.sectors, p.competences, p.website,
                p.notes, [(link.name, link.status) for link in p.map_links])

    assert [key(p) for p in read] == [key(p) for p in expected]
    fleet = read[-1]
    assert fleet.name == "Fleet Robotics Cluster (illustrative)"
    assert ("Chassis and mechanical structures", "missing") in [
        (link.name, link.status.value) for link in fleet.map_links]
