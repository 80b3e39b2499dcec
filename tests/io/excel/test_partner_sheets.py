"""The workbook's Alliances, Partners and Matches sheets, the pipeline counts of the Summary,
and what the version to share leaves out of them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from valuechain_gui.io.excel.export import export_action_plan
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import (
    ActionKind,
    Alliance,
    CooperationStage,
    Decision,
    Ecosystem,
    LinkStatus,
    Operation,
    OperationKind,
    Partner,
    PartnerMapLink,
    Project,
    SearchChannel,
    StageChange,
)

SAMPLE = Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain"


def _rows(ws) -> list[dict[str, object]]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:] if any(v is not None for v in row)]


def _labels(ws) -> dict[str, object]:
    found: dict[str, object] = {}
    for row in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if isinstance(row[0], str) and row[0] not in found:
            found[row[0]] = row[1]
    return found


def _export(project: Project, tmp_path: Path, **kwargs) -> openpyxl.Workbook:
    path = tmp_path / ("share.xlsx" if kwargs.get("share_version") else "plan.xlsx")
    export_action_plan(project, path, **kwargs)
    return openpyxl.load_workbook(path)


def _pipeline_project(small_project: Project) -> Project:
    """The small project with two cited partners in the pipeline of its alliance search."""
    project = small_project
    action = next(project.iter_actions(ActionKind.ALLIANCE_SEARCH))
    bavaria = Partner("Bavaria Vision Cluster", country="DE", region="Bavaria",
                      sectors=[Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE, Ecosystem.DIGITAL],
                      competences=["LiDAR", "machine vision"], website="https://example.invalid",
                      contact_name="Hans Muster", contact_email="hans@example.invalid",
                      found_via=SearchChannel.TRADE_FAIRS, notes="met at Agritechnica",
                      map_links=[PartnerMapLink("Perception software", "Software", "strong"),
                                 PartnerMapLink("Vehicle integration", "Vehicles", "missing")])
    lab = Partner("Lyon Robotics Lab", country="FR", competences=["perception"])
    for partner in (bavaria, lab):
        project.cite_partner(partner)
    first = Alliance(bavaria.id, action.id, history=[
        StageChange(CooperationStage.IDENTIFIED, date(2026, 2, 1), "Alice Martin", "salon")])
    project.add_alliance(first)
    project.set_alliance_stage(first.id, CooperationStage.VALIDATED, date(2026, 3, 10),
                               "Comité des adhérents", "accord unanime")
    project.update_alliance(first.id, operations=[
        Operation(OperationKind.B2B_MEETINGS, date(2026, 4, 2), True, "rendez-vous à Munich"),
        Operation(OperationKind.JOINT_CALL, None, False)],
        next_step="Visite réciproque", next_date=date(2026, 9, 15))
    project.add_alliance(Alliance(lab.id, action.id))
    software = project.link_by_name("Perception software").id
    project.set_correspondence(software, lab.id, "perception", Decision.CONFIRMED)
    return project


def test_alliances_sheet_has_stage_history_operations_next_step_and_validation(
        small_project, tmp_path):
    wb = _export(_pipeline_project(small_project), tmp_path, language="en")
    first, second = _rows(wb["Alliances"])
    assert (first["Link"], first["Partner"], first["Cooperation stage"]) == (
        "Perception software", "Bavaria Vision Cluster", "validated")
    assert first["History"] == ("2026-02-01: identified (Alice Martin) – salon; "
                                "2026-03-10: validated (Comité des adhérents) – accord unanime")
    assert first["Operations"] == ("2026-04-02 B2B meetings (done) – rendez-vous à Munich; "
                                   "joint call for projects (planned)")
    assert (first["Next step"], first["Next step date"]) == ("Visite réciproque",
                                                             datetime(2026, 9, 15))
    assert (first["Validated on"], first["Validated by"], first["Validation remark"]) == (
        datetime(2026, 3, 10), "Comité des adhérents", "accord unanime")
    assert (second["Partner"], second["Cooperation stage"], second["History"]) == (
        "Lyon Robotics Lab", "identified", None)


def test_partners_sheet_lists_each_cited_partner_once_with_scope_and_latest_validation(
        small_project, tmp_path):
    project = _pipeline_project(small_project)
    local = next(project.iter_actions(ActionKind.LOCAL_REINFORCEMENT))
    bavaria = project.find_partner("Bavaria Vision Cluster", "DE")
    project.add_alliance(Alliance(bavaria.id, local.id))  # a second alliance, same partner
    wb = _export(project, tmp_path, language="fr")
    bavaria_row, lab_row = _rows(wb["Partenaires"])
    assert bavaria_row["Partenaire"] == "Bavaria Vision Cluster"
    assert bavaria_row["Écosystèmes industriels"] == "Mobilité, transports et automobile; Numérique"
    assert (bavaria_row["Compétences"], bavaria_row["Repéré via"]) == (
        "LiDAR; machine vision", "salons et congrès")
    assert (bavaria_row["Périmètre"], lab_row["Périmètre"]) == ("européen", "national")
    assert bavaria_row["Maillons concernés"] == "Perception software; LiDAR sensors"
    assert bavaria_row["Dernière validation"] == "10/03/2026 (Comité des adhérents)"
    assert (bavaria_row["Personne à contacter"], bavaria_row["Courriel"],
            bavaria_row["Commentaires"]) == ("Hans Muster", "hans@example.invalid",
                                             "met at Agritechnica")
    assert lab_row["Dernière validation"] is None


def test_matches_sheet_ranks_cited_partners_for_each_gap_with_evidence_and_reciprocity(
        small_project, tmp_path):
    wb = _export(_pipeline_project(small_project), tmp_path, language="en")
    rows = _rows(wb["Matches"])
    assert [(r["Link"], r["Status"], r["Candidate partner"]) for r in rows] == [
        ("LiDAR sensors", "weak", "Bavaria Vision Cluster"),
        ("Perception software", "missing", "Bavaria Vision Cluster"),
        ("Perception software", "missing", "Lyon Robotics Lab")]
    software = rows[1]
    assert software["Score"] == 100
    assert software["Evidence"] == "Perception software (strong, similarity 100)"
    assert software["Reciprocity (what we bring)"] == "Vehicle integration"
    assert software["Scope"] == "European"
    assert rows[2]["Evidence"] == "competence: perception, confirmed"


def test_a_gap_with_no_candidate_gets_one_row(small_project, tmp_path):
    wb = _export(small_project, tmp_path, language="en")
    assert [(r["Link"], r["Candidate partner"]) for r in _rows(wb["Matches"])] == [
        ("LiDAR sensors", None), ("Perception software", None)]


def test_share_version_leaves_out_contacts_notes_validation_remarks_and_names(
        small_project, tmp_path):
    wb = _export(_pipeline_project(small_project), tmp_path, language="en",
                 share_version=True)
    alliances = _rows(wb["Alliances"])
    assert "Validated by" not in alliances[0] and "Validation remark" not in alliances[0]
    assert alliances[0]["History"] == "2026-02-01: identified; 2026-03-10: validated"
    assert alliances[0]["Operations"] == ("2026-04-02 B2B meetings (done); "
                                          "joint call for projects (planned)")
    partners = _rows(wb["Partners"])
    assert {"Contact person", "E-mail", "Notes"}.isdisjoint(partners[0])
    assert partners[0]["Latest validation"] == "2026-03-10"
    everything = [c.value for ws in wb for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str)]
    for secret in ("Hans Muster", "hans@example.invalid", "Agritechnica", "accord unanime",
                   "Comité des adhérents", "Alice Martin", "salon", "Munich"):
        assert not [v for v in everything if secret in v], secret
    assert "Bavaria Vision Cluster" in everything  # organisations stay


def test_summary_counts_alliances_per_stage_on_the_worked_example(tmp_path):
    project = load_project(SAMPLE)
    wb = _export(project, tmp_path)
    labels = _labels(wb["Synthèse"])
    stages = {stage: sum(1 for a in project.alliances.values() if a.stage == stage)
              for stage in CooperationStage}
    assert (labels["Repéré"], labels["Validé"], labels["Contacté"],
            labels["Premières opérations communes"], labels["Alliance structurée"]) == tuple(
        stages.values())
    assert stages[CooperationStage.IDENTIFIED] > 0 and stages[CooperationStage.CONTACTED] > 0
    assert labels["Partenaires cités"] == len(project.partners) == 8
    gaps = {link.name for link in project.links.values()
            if link.status in (LinkStatus.WEAK, LinkStatus.MISSING)}
    assert {row["Maillon"] for row in _rows(wb["Correspondances"])} == gaps
