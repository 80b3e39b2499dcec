"""The Excel action-plan workbook: sheets, rows, real dates and numbers, tables, printing, summary.

Every test writes a real .xlsx file and reads it back with openpyxl, as a user's Excel would.
"""

from __future__ import annotations

import io
import os
from datetime import date, datetime

import openpyxl
import pytest
from PIL import Image as PilImage

from valuechain_gui.analysis.gaps import analyse
from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.io.excel.export import ExportError, build_workbook_bytes, export_action_plan
from valuechain_gui.io.excel.map import PAGE_PIXELS
from valuechain_gui.io.excel.printing import MIN_SCALE
from valuechain_gui.model import (
    Action,
    ActionKind,
    ActionStatus,
    Governance,
    LinkStatus,
    Alliance,
    Partner,
    PartnerKind,
    Priority,
    Project,
    Scope,
    SearchChannel,
)

SHEETS = {
    "en": ["Summary", "Value chain", "Local reinforcement", "Alliance search", "Alliances",
           "Partners", "Matches"],
    "fr": ["Synthèse", "Chaîne de valeur", "Renforcement local", "Recherche d'alliances",
           "Alliances", "Partenaires", "Correspondances"],
}


def _export(project: Project, tmp_path, name: str = "plan.xlsx", **kwargs):
    path = tmp_path / name
    report = export_action_plan(project, path, **kwargs)
    return report, openpyxl.load_workbook(path)


def _table_rows(ws) -> list[dict[str, object]]:
    """Rows of the sheet's table as dicts header → value (empty rows dropped)."""
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    return [dict(zip(header, row)) for row in rows[1:] if any(v is not None for v in row)]


def _header(ws) -> list[str]:
    return [c.value for c in ws[1]]


def _labels(ws) -> dict[str, object]:
    """Summary sheet: column A label → column B value (first occurrence)."""
    found: dict[str, object] = {}
    for row in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if isinstance(row[0], str) and row[0] not in found:
            found[row[0]] = row[1]
    return found


def _plan_project() -> Project:
    """A French project with a filled plan: dates, budget, partners, participants."""
    project = Project.new(language="fr", target_market="Véhicules spéciaux autonomes")
    project.update_meta(pole_name="Pôle Mécanique Centre", territory="Centre-Val de Loire",
                        date=date(2026, 3, 12), participants=["Alice Martin", "Bruno Petit"])
    stages = project.stages
    specs = [("Capteurs LiDAR", 1), ("Logiciel de perception", 2), ("Intégration", 3),
             ("Exploitations agricoles", 5)]
    links = [project.make_link(name, stages[i].id, position=(0.0, 0.0), notes="note interne")
             for name, i in specs]
    project.add_links(links)
    for up, down in zip(links, links[1:]):
        project.add_flow(up.id, down.id)
    project.set_status([links[0].id], LinkStatus.WEAK)
    project.set_status([links[1].id], LinkStatus.MISSING)
    project.set_status([links[2].id], LinkStatus.STRONG)
    local = next(project.iter_actions(ActionKind.LOCAL_REINFORCEMENT))
    project.update_action(local.id, owner="Claire Dubois", start=date(2026, 4, 1),
                          deadline=date(2026, 12, 31), budget=12500.5, funding_source="Région",
                          priority=Priority.HIGH, status=ActionStatus.VALIDATED,
                          notes="budget à confirmer")
    alliance = next(project.iter_actions(ActionKind.ALLIANCE_SEARCH))
    project.update_action(alliance.id, scope=Scope.EUROPEAN,
                          search_channels=[SearchChannel.PATENTS, SearchChannel.TRADE_FAIRS])
    for partner, stage, governance in (
            (Partner("Bavarian Robotics Cluster", country="DE"), "contacted", Governance.SHARED),
            (Partner("Seoul Autonomy Lab", country="KR", kind=PartnerKind.LAB), "identified",
             None)):
        project.cite_partner(partner)
        project.add_alliance(Alliance(partner.id, alliance.id, stage=stage,
                                      governance=governance))
    return project


@pytest.mark.parametrize("language", ["en", "fr"])
def test_seven_sheets_with_exact_names_in_each_language(small_project, tmp_path, language):
    report, wb = _export(small_project, tmp_path, language=language)
    assert wb.sheetnames == SHEETS[language]
    assert report.sheets == SHEETS[language]
    assert report.summary == "7 sheets, 1 local-reinforcement and 1 alliance-search action"


def test_default_language_is_the_projects(tmp_path):
    _, wb = _export(_plan_project(), tmp_path)
    assert wb.sheetnames == SHEETS["fr"]


def test_one_plan_row_per_weak_and_per_missing_link(small_project, tmp_path):
    lidar = small_project.link_by_name("LiDAR sensors")
    farms = small_project.link_by_name("Farms")
    small_project.set_status([farms.id], LinkStatus.WEAK)  # now two weak links, one missing
    _, wb = _export(small_project, tmp_path, language="en")
    local = _table_rows(wb["Local reinforcement"])
    alliance = _table_rows(wb["Alliance search"])
    assert sorted(r["Link"] for r in local) == sorted([lidar.name, "Farms"])
    assert [r["Link"] for r in alliance] == ["Perception software"]
    assert {r["State"] for r in local + alliance} == {"live"}
    assert [r["Title"] for r in alliance] == ["Find partners for Perception software"]


def test_value_chain_sheet_has_the_importer_headers_and_words(small_project, tmp_path):
    _, wb = _export(small_project, tmp_path, language="fr")
    ws = wb["Chaîne de valeur"]
    assert _header(ws)[:9] == ["Maillon", "Étape", "Statut", "Stratégique", "Marché final",
                               "Amont", "Aval", "Acteurs", "Commentaires"]
    rows = _table_rows(ws)
    assert [r["Maillon"] for r in rows] == ["LiDAR sensors", "Perception software",
                                            "Vehicle integration", "Farms"]
    assert [r["Statut"] for r in rows] == ["faible", "manquant", "fort", "à évaluer"]
    assert [r["Marché final"] for r in rows] == ["non", "non", "non", "oui"]
    assert rows[1]["Amont"] == "LiDAR sensors" and rows[1]["Aval"] == "Vehicle integration"
    assert rows[1]["Étape"] == "Subsystems"  # the stage's own name, as typed
    _, wb_en = _export(small_project, tmp_path, "en.xlsx", language="en")
    assert _header(wb_en["Value chain"])[:9] == ["Link", "Stage", "Status", "Strategic",
                                                 "End market", "Upstream", "Downstream",
                                                 "Actors", "Notes"]


def test_links_ordered_by_stage_then_position_and_names_joined(tmp_path):
    project = Project.new(language="en")
    s1, s2 = project.stages[1].id, project.stages[2].id
    links = [project.make_link("Z lower", s1, position=(0.0, 300.0), actors=["Acme", "Beta"]),
             project.make_link("Later stage", s2, position=(0.0, 0.0)),
             project.make_link("A upper", s1, position=(0.0, 100.0))]
    project.add_links(links)
    project.add_flow(links[0].id, links[1].id)
    project.add_flow(links[2].id, links[1].id)
    _, wb = _export(project, tmp_path)
    rows = _table_rows(wb["Value chain"])
    assert [r["Link"] for r in rows] == ["A upper", "Z lower", "Later stage"]
    assert rows[2]["Upstream"] == "A upper; Z lower"
    assert rows[1]["Actors"] == "Acme; Beta"


def test_owner_survives_a_retag_and_shows_in_the_export(small_project, tmp_path):
    lidar = small_project.link_by_name("LiDAR sensors")
    action = small_project.actions_for_link(lidar.id)[0]
    small_project.update_action(action.id, owner="Claire Dubois")
    small_project.set_status([lidar.id], LinkStatus.MISSING)
    _, wb = _export(small_project, tmp_path, "retagged.xlsx", language="en")
    local = _table_rows(wb["Local reinforcement"])
    assert [(r["Owner"], r["State"]) for r in local] == [("Claire Dubois",
                                                          "obsolete (link retagged)")]
    assert len(_table_rows(wb["Alliance search"])) == 2  # a new one for the missing link
    small_project.set_status([lidar.id], LinkStatus.WEAK)
    _, wb = _export(small_project, tmp_path, "back.xlsx", language="fr")
    local = _table_rows(wb["Renforcement local"])
    assert [(r["Porteur"], r["État"]) for r in local] == [("Claire Dubois", "active")]


def test_dates_are_real_dates_and_budget_a_number_in_euros(tmp_path):
    _, wb = _export(_plan_project(), tmp_path)
    ws = wb["Renforcement local"]
    header = _header(ws)
    row = ws[2]
    start = row[header.index("Début")]
    deadline = row[header.index("Échéance")]
    budget = row[header.index("Budget (€)")]
    assert start.is_date and start.value == datetime(2026, 4, 1)
    assert deadline.is_date and deadline.value == datetime(2026, 12, 31)
    assert start.number_format == "dd/mm/yyyy"
    assert budget.data_type == "n" and budget.value == 12500.5
    assert "€" in budget.number_format
    values = {h: c.value for h, c in zip(header, row)}
    assert values["Priorité"] == "haute" and values["Avancement"] == "validée"
    assert values["Source de financement"] == "Région"
    _, wb_en = _export(_plan_project(), tmp_path, "en.xlsx", language="en")
    start_en = wb_en["Local reinforcement"]["F2"]
    assert start_en.is_date and start_en.number_format == "yyyy-mm-dd"


def test_alliance_sheet_and_partners_sheet(tmp_path):
    _, wb = _export(_plan_project(), tmp_path)
    alliance = _table_rows(wb["Recherche d'alliances"])
    assert len(alliance) == 1
    assert alliance[0]["Périmètre"] == "européen"
    assert alliance[0]["Canaux de recherche"] == "brevets; salons et congrès"
    assert alliance[0]["Partenaires candidats"] == ("Bavarian Robotics Cluster; "
                                                     "Seoul Autonomy Lab")
    alliances = _table_rows(wb["Alliances"])
    assert [(p["Partenaire"], p["Pays"], p["Avancement de la coopération"],
             p["Gouvernance"]) for p in alliances] == [
        ("Bavarian Robotics Cluster", "Allemagne", "contacté", "partagée"),
        ("Seoul Autonomy Lab", "Corée du Sud", "repéré", None)]
    assert {p["Maillon"] for p in alliances} == {"Logiciel de perception"}
    partners = _table_rows(wb["Partenaires"])
    assert [(p["Partenaire"], p["Type"], p["Maillons concernés"]) for p in partners] == [
        ("Bavarian Robotics Cluster", "pôle ou cluster", "Logiciel de perception"),
        ("Seoul Autonomy Lab", "laboratoire", "Logiciel de perception")]
    _, wb_en = _export(_plan_project(), tmp_path, "en.xlsx", language="en")
    assert [p["Country"] for p in _table_rows(wb_en["Partners"])] == ["Germany", "South Korea"]
    assert [p["Scope"] for p in _table_rows(wb_en["Partners"])] == ["European", "international"]


def test_summary_counts_dates_and_lists(tmp_path):
    project = _plan_project()
    report, wb = _export(project, tmp_path)
    ws = wb["Synthèse"]
    assert ws["A1"].value == "Plan d'action : Véhicules spéciaux autonomes"
    labels = _labels(ws)
    assert labels["Marché cible"] == "Véhicules spéciaux autonomes"
    assert labels["Pôle"] == "Pôle Mécanique Centre"
    date_cell = next(c for c in ws["B"] if c.row > 1 and isinstance(c.value, datetime))
    assert date_cell.value == datetime(2026, 3, 12) and date_cell.is_date
    assert labels["Groupe de travail"] == "Alice Martin; Bruno Petit"
    assert (labels["Fort"], labels["Faible"], labels["Manquant"], labels["À évaluer"]) == (1, 1, 1, 1)
    assert labels["Flux"] == 3
    assert labels["Maillons restant à évaluer"] == 1
    texts = [c.value for c in ws["B"] if isinstance(c.value, str)]
    assert "Exploitations agricoles" in texts
    # the alliance action has neither owner nor deadline; the local one has both
    assert labels["Actions actives sans porteur ou sans échéance"] == 1
    assert ("Logiciel de perception : Trouver des partenaires : Logiciel de perception "
            "(sans porteur, sans échéance)") in texts
    assert labels["Renforcement local"] == 1  # live count, first state column
    assert labels["Complétude de la chaîne"] == pytest.approx(analyse(project).completeness)
    completeness = next(c for c in ws["B"] if c.number_format == "0%")
    assert completeness.value == pytest.approx(analyse(project).completeness)


def test_share_version_leaves_out_notes_budgets_funding_and_names(tmp_path):
    project = _plan_project()
    alliance = next(project.iter_actions(ActionKind.ALLIANCE_SEARCH))
    project.update_action(alliance.id, owner="Alice Martin", partners="M. Durand (Optronic)")
    report, wb = _export(project, tmp_path, share_version=True)
    summary = wb["Synthèse"]
    assert summary["A2"].value.startswith("Version à partager avec les partenaires")
    cells = [c.value for row in summary.iter_rows() for c in row if c.value is not None]
    assert "Alice Martin; Bruno Petit" not in cells and "Groupe de travail" not in cells
    for title in ("Chaîne de valeur", "Renforcement local", "Recherche d'alliances"):
        header = _header(wb[title])
        assert "Commentaires" not in header
        assert "Budget (€)" not in header and "Source de financement" not in header
    for title in ("Renforcement local", "Recherche d'alliances"):
        header = _header(wb[title])
        assert "Porteur" not in header and "Partenaires" not in header
    everything = [c.value for ws in wb for row in ws.iter_rows() for c in row]
    assert "note interne" not in everything and 12500.5 not in everything
    plan = [c.value for title in ("Renforcement local", "Recherche d'alliances")
            for row in wb[title].iter_rows() for c in row]
    assert "Région" not in plan  # the funding source
    people = ("Alice Martin", "Bruno Petit", "Claire Dubois", "Durand")
    assert not [v for v in everything if isinstance(v, str) and any(p in v for p in people)]
    assert report.summary.endswith("(version to share with partners)")
    assert "Bavarian Robotics Cluster" in everything  # organisations stay
    _, internal = _export(project, tmp_path, "internal.xlsx")
    assert internal["Synthèse"]["A2"].value.startswith("Version interne")
    assert {"Porteur", "Partenaires"} <= set(_header(internal["Recherche d'alliances"]))
    internal_values = [c.value for ws in internal for row in ws.iter_rows() for c in row]
    assert "M. Durand (Optronic)" in internal_values and "Claire Dubois" in internal_values


def test_gap_columns_match_the_analysis(small_project, tmp_path):
    gaps = analyse(small_project)
    _, wb = _export(small_project, tmp_path, language="en")
    ws = wb["Value chain"]
    header = _header(ws)
    assert header[9:] == ["Reach (%)", "End markets reached (%)", "Bottleneck",
                          "Criticality score"]
    for row in ws.iter_rows(min_row=2):
        values = dict(zip(header, row))
        gap = gaps.by_link.get(small_project.link_by_name(values["Link"].value).id)
        if gap is None:
            assert values["Criticality score"].value is None
            continue
        assert values["Reach (%)"].value == pytest.approx(gap.reach_links)
        assert values["Reach (%)"].number_format == "0%"
        assert values["Bottleneck"].value == ("yes" if gap.bottleneck else "no")
        assert values["Criticality score"].value == pytest.approx(gap.score)
    local = _table_rows(wb["Local reinforcement"])[0]
    lidar_gap = gaps.by_link[small_project.link_by_name("LiDAR sensors").id]
    assert local["Criticality score"] == pytest.approx(lidar_gap.score)
    assert local["Suggested priority"] == lidar_gap.suggested_priority.value


def test_real_tables_frozen_headers_dropdowns_and_print_setup(small_project, tmp_path):
    _, wb = _export(small_project, tmp_path, language="en")
    names = []
    for title in SHEETS["en"][1:]:
        ws = wb[title]
        assert len(ws.tables) == 1
        table = next(iter(ws.tables.values()))
        names.append(table.displayName)
        assert table.ref.startswith("A1:")
        assert ws.freeze_panes == "A2"
        assert ws.page_setup.orientation == "landscape"
        if ws.sheet_properties.pageSetUpPr.fitToPage:  # fits one page wide at 75 % or more
            # fit to width left out: its default, 1 page (ECMA-376)
            assert (ws.page_setup.fitToWidth or 1) == 1 and ws.page_setup.fitToHeight == 0
        else:  # wider: a fixed readable scale, several pages wide with column A repeated
            assert MIN_SCALE <= (ws.page_setup.scale or 100) <= 100  # left out: 100 %
            assert ws.print_title_cols == "$A:$A"
            assert ws.page_setup.pageOrder == "overThenDown"
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_margins.bottom - ws.page_margins.footer >= 0.4  # room for the footer
        assert ws["A1"].font.name == ws["A2"].font.name == "Calibri"  # header as the body
        assert ws["A2"].alignment.wrap_text
        assert ws.column_dimensions["A"].width >= 8
    assert names == ["tbl_links", "tbl_local_reinforcement", "tbl_alliance_search",
                     "tbl_alliances", "tbl_partners", "tbl_matches"]
    status_lists = [dv.formula1 for dv in wb["Value chain"].data_validations.dataValidation]
    assert '"strong,weak,missing,unassessed"' in status_lists
    plan_lists = [dv.formula1 for dv in wb["Local reinforcement"].data_validations.dataValidation]
    assert '"high,medium,low"' in plan_lists
    assert '"proposed,validated,in progress,done,dropped"' in plan_lists
    assert wb.properties.title == "Action plan: Autonomous special vehicles"
    assert wb.properties.creator
    assert wb.properties.language == "en-GB" and wb.properties.lastModifiedBy == "valuechain-gui"


def test_empty_plan_keeps_one_empty_table_row(tmp_path):
    project = Project.new(language="fr", target_market="Marché vide")
    report, wb = _export(project, tmp_path)
    assert wb.properties.language == "fr-FR"
    for title in SHEETS["fr"][1:]:
        table = next(iter(wb[title].tables.values()))
        assert table.ref.endswith("2")  # header + one empty row
        assert _table_rows(wb[title]) == []
    assert report.summary == "7 sheets, 0 local-reinforcement and 0 alliance-search actions"
    assert report.warnings == []


def test_500_actions_with_5000_character_texts(small_project, tmp_path):
    lidar = small_project.link_by_name("LiDAR sensors")
    long_text = ("Former les techniciens au réglage des capteurs. " * 110)[:5000]
    for i in range(500):
        small_project.add_action(Action(link_id=lidar.id, kind=ActionKind.LOCAL_REINFORCEMENT,
                                        title=f"Action {i}", notes=long_text,
                                        deadline=date(2027, 1, 1 + i % 28), budget=float(i)))
    calls: list[tuple[int, int]] = []
    report, wb = _export(small_project, tmp_path, language="en",
                         progress=lambda done, total: calls.append((done, total)))
    rows = _table_rows(wb["Local reinforcement"])
    assert len(rows) == 501
    assert rows[-1]["Notes"] == long_text and rows[-1]["Budget (€)"] == 499.0
    assert report.truncated_cells == 0 and report.warnings == []
    total = 4 + 502 + 0 + 2  # links, actions, alliances, one Matches row per gap
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PilImage.new("RGB", (width, height), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_map_sheet_with_the_picture_fitted_to_a_landscape_page(small_project, tmp_path):
    report, wb = _export(small_project, tmp_path, language="fr", map_png=_png(3000, 1000))
    assert wb.sheetnames[-1] == "Carte" and report.sheets[-1] == "Carte"
    ws = wb["Carte"]
    assert len(ws._images) == 1
    anchor = ws._images[0].anchor
    assert (anchor._from.col, anchor._from.row) == (0, 0)
    width_px = anchor.ext.width / 9525  # EMU per pixel
    height_px = anchor.ext.height / 9525
    assert width_px == pytest.approx(PAGE_PIXELS[0], abs=1)
    assert height_px == pytest.approx(PAGE_PIXELS[0] / 3, abs=1)
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    # one page: both left out, their default (ECMA-376)
    assert (ws.page_setup.fitToWidth or 1, ws.page_setup.fitToHeight or 1) == (1, 1)
    _, tall = _export(small_project, tmp_path, "tall.xlsx", map_png=_png(500, 2000))
    tall_anchor = tall["Map"]._images[0].anchor
    assert tall_anchor.ext.height / 9525 == pytest.approx(PAGE_PIXELS[1], abs=1)


def test_a_broken_map_picture_is_a_typed_error_and_nothing_is_written(small_project, tmp_path):
    target = tmp_path / "plan.xlsx"
    with pytest.raises(ExportError) as caught:
        export_action_plan(small_project, target, map_png=b"not a png")
    assert caught.value.code == "bad_map_image"
    assert not target.exists()


def test_locked_target_gives_save_error_and_keeps_the_old_file(small_project, tmp_path,
                                                                monkeypatch):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"previous workbook")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError) as caught:
        export_action_plan(small_project, target)
    assert caught.value.code == "locked"
    assert "plan.xlsx" in str(caught.value) and "open in another program" in str(caught.value)
    assert target.read_bytes() == b"previous workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]  # no temporary file left


def test_the_project_is_not_changed_by_an_export(tmp_path):
    project = _plan_project()
    before = project.clone()
    build_workbook_bytes(project, share_version=True, map_png=_png(10, 10))
    export_action_plan(project, tmp_path / "plan.xlsx")
    assert project == before


def test_english_workbook_shows_no_french_word(tmp_path):
    project = _plan_project()
    project.update_meta(language="en")
    for stage, name in zip(project.stages, ["Research", "Components", "Subsystems",
                                            "Integration", "Distribution", "End markets"]):
        project.rename_stage(stage.id, name)
    for link, name in zip(list(project.links.values()), ["Sensors", "Software", "Assembly",
                                                         "Farms"]):
        project.update_link(link.id, name=name, notes="")
    for action in list(project.actions.values()):
        project.update_action(action.id, title="Plan", notes="", funding_source="Region")
    project.update_meta(target_market="Vehicles", pole_name="Cluster", territory="Centre",
                        participants=["A. Martin"])
    _, wb = _export(project, tmp_path, share_version=False)
    text = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row
                    if isinstance(c.value, str)).casefold()
    for french in ("maillon", "fort", "faible", "manquant", "évaluer", "oui", "non ",
                   "pôle", "étape", "synthèse", "partenaire", "échéance", "porteur", "repéré",
                   "allemagne", "corée", "européen", "brevets", "renforcement"):
        assert french not in text, french


def test_actions_of_a_removed_link_stay_listed_as_obsolete(small_project, tmp_path):
    sensor = small_project.link_by_name("LiDAR sensors")
    small_project.update_action(small_project.actions_for_link(sensor.id)[0].id, owner="Claire")
    small_project.remove_links([sensor.id])
    _, wb = _export(small_project, tmp_path, language="fr")
    local = _table_rows(wb["Renforcement local"])
    assert [(r["Maillon"], r["État"], r["Porteur"]) for r in local] == [
        ("LiDAR sensors", "obsolète (maillon supprimé)", "Claire")]
    labels = _labels(wb["Synthèse"])
    assert labels["Renforcement local"] == 0  # live
    grid_row = next(row for row in wb["Synthèse"].iter_rows(values_only=True)
                    if row[0] == "Renforcement local")
    assert grid_row[1:5] == (0, 0, 1, 1)  # active, réalisée, obsolète, total
    assert "LiDAR sensors" not in [r["Maillon"] for r in _table_rows(wb["Chaîne de valeur"])]


def test_an_achieved_action_is_counted_as_achieved(small_project, tmp_path):
    sensor = small_project.link_by_name("LiDAR sensors")
    action = small_project.actions_for_link(sensor.id)[0]
    small_project.update_action(action.id, status=ActionStatus.DONE)
    small_project.set_status([sensor.id], LinkStatus.STRONG)
    _, wb = _export(small_project, tmp_path, language="en")
    assert [(r["State"], r["Progress"]) for r in _table_rows(wb["Local reinforcement"])] == [
        ("achieved", "done")]
    grid_row = next(row for row in wb["Summary"].iter_rows(values_only=True)
                    if row[0] == "Local reinforcement")
    assert grid_row[1:5] == (0, 1, 0, 1)


def test_an_unknown_workbook_language_is_a_typed_error(small_project, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_action_plan(small_project, tmp_path / "plan.xlsx", language="de")
    assert caught.value.code == "unknown_language" and "'de'" in str(caught.value)
    assert not (tmp_path / "plan.xlsx").exists()


def test_the_map_sheet_says_its_title_once_in_the_picture(small_project, tmp_path):
    _, wb = _export(small_project, tmp_path, language="en", map_png=_png(1200, 800))
    ws = wb["Map"]
    assert [c.value for row in ws.iter_rows() for c in row if c.value is not None] == []
    assert len(ws._images) == 1 and ws._images[0].anchor._from.rowOff == 0


@pytest.mark.parametrize("size", [(20_001, 10), (4000, 3001)])
def test_a_map_picture_past_the_pixel_limits_is_refused_before_decoding(small_project, tmp_path,
                                                                        size):
    target = tmp_path / "plan.xlsx"
    with pytest.raises(ExportError) as caught:
        export_action_plan(small_project, target, map_png=_png(*size))
    assert caught.value.code == "bad_map_image"
    assert f"{size[0]} × {size[1]} pixels is more than a map picture may have" in str(caught.value)
    assert not target.exists()


def test_no_workshop_date_leaves_the_cell_empty(small_project, tmp_path):
    _, wb = _export(small_project, tmp_path, language="en")
    assert _labels(wb["Summary"])["Workshop date"] is None
