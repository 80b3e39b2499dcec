"""The recomposed chain: each partner's status for our links, and the completeness with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from valuechain_gui.analysis.recompose import recompose
from valuechain_gui.io.project.file import load_project
from valuechain_gui.io.project.partner_map import load_partner_map
from valuechain_gui.model import LinkStatus
from valuechain_gui.model.partners import Correspondence, Decision, Partner, PartnerMapLink

from .chains import M, S, W, chain, lid

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"


def partner(name: str, links: dict[str, LinkStatus]) -> Partner:
    """A partner whose map is ``{link name: status}``, its id its name."""
    return Partner(name, map_links=[PartnerMapLink(n, "", s) for n, s in links.items()], id=name)


@pytest.fixture
def ours():
    """LiDAR sensors (missing) → Perception software (weak) → System integration → Farms;
    Fleet supervision (missing) → Ports. Completeness 0: both end markets cut by a missing link."""
    return chain([("LiDAR sensors", 0, M, False), ("Perception software", 1, W, False),
                  ("System integration", 2, S, False), ("Fleet supervision", 1, M, False),
                  ("Farms", 5, S, True), ("Ports", 5, S, True)],
                 [("LiDAR sensors", "Perception software"),
                  ("Perception software", "System integration"),
                  ("System integration", "Farms"), ("Fleet supervision", "Ports")])


P1 = partner("P1", {"LiDAR sensors": S, "Perception software": W, "Chassis": M})
P2 = partner("P2", {"Fleet supervision and teleoperation": S, "Perception software": S,
                    "Ruggedised optics": S})


def row(result, project, name):
    return next(r for r in result.rows if r.link_id == lid(project, name))


def test_cells_show_each_partners_status_for_our_links(ours):
    result = recompose(ours, [P1, P2])
    lidar = row(result, ours, "LiDAR sensors")
    assert [(c.their_link, c.status, c.similarity) if c else None for c in lidar.cells] == [
        ("LiDAR sensors", S, 100), None]
    perception = row(result, ours, "Perception software")
    assert [c.status for c in perception.cells] == [W, S]
    assert row(result, ours, "System integration").cells == (None, None)
    fleet = row(result, ours, "Fleet supervision").cells[1]
    assert fleet.their_link == "Fleet supervision and teleoperation" and fleet.status is S
    assert fleet.similarity >= 60


def test_completeness_with_selected_partners_hand_computed(ours):
    # Alone: Farms is cut by LiDAR (missing), Ports by Fleet supervision (missing): 0.
    # With P1: LiDAR strong, so Farms is reached without a missing link (1/2), but not without
    # a gap (Perception is weak): (0.5 + 0) / 2 = 0.25.
    # With P2: Perception and Fleet strong; Ports reached both ways (1/2 each): 0.5.
    # With both: every gap filled: 1.0.
    assert recompose(ours, [P1, P2], selected=[]).completeness_with == 0.0
    assert recompose(ours, [P1, P2], selected=["P1"]).completeness_with == 0.25
    assert recompose(ours, [P1, P2], selected=["P2"]).completeness_with == 0.5
    both = recompose(ours, [P1, P2])
    assert (both.completeness_alone, both.completeness_with) == (0.0, 1.0)
    assert (both.strong_alone, both.strong_with) == (3, 6)
    assert set(both.filled_ids) == {lid(ours, n) for n in
                                    ("LiDAR sensors", "Perception software", "Fleet supervision")}
    assert row(both, ours, "Perception software").strong_in == ("P2",)


def test_a_rejected_correspondence_never_counts(ours):
    rejected = Correspondence(lid(ours, "Perception software"), "P2", "perception  SOFTWARE",
                              Decision.REJECTED)
    result = recompose(ours, [P1, P2], decisions=[rejected])
    assert row(result, ours, "Perception software").cells[1] is None
    # Perception stays weak: Farms only without a missing link: (1 + 0.5) / 2.
    assert result.completeness_with == 0.75


def test_a_confirmed_correspondence_counts_even_between_far_names(ours):
    confirmed = Correspondence(lid(ours, "LiDAR sensors"), "P2", "Ruggedised optics",
                               Decision.CONFIRMED)
    result = recompose(ours, [P1, P2], selected=["P2"], decisions=[confirmed])
    cell = row(result, ours, "LiDAR sensors").cells[1]
    assert (cell.their_link, cell.similarity, cell.decision) == (
        "Ruggedised optics", 100, Decision.CONFIRMED)
    assert result.completeness_with == 1.0


def test_the_cell_prefers_a_strong_link_to_a_closer_weak_one(ours):
    both = partner("P3", {"LiDAR sensors": W, "LiDAR and radar sensors": S})
    cell = recompose(ours, [both]).rows[0].cells[0]
    assert (cell.their_link, cell.status) == ("LiDAR and radar sensors", S)
    assert cell.similarity < 100


def test_a_partner_not_selected_fills_nothing(ours):
    result = recompose(ours, [P1, P2], selected=["P1"])
    assert row(result, ours, "Fleet supervision").strong_in == ()
    assert not row(result, ours, "Fleet supervision").strong_somewhere
    assert row(result, ours, "Fleet supervision").cells[1].status is S  # still shown


def _sample_partners() -> list[Partner]:
    found = []
    for name in ("sensor_valley_cluster", "fleet_robotics_cluster"):
        loaded = load_partner_map(SAMPLES / "partners" / f"{name}.vchain")
        found.append(Partner(loaded.name, map_links=loaded.links, map_source=loaded.source,
                             id=name))
    return found


def test_worked_example_with_the_two_illustrative_partner_maps():
    project = load_project(SAMPLES / "autonomous_special_vehicles.vchain")
    result = recompose(project, _sample_partners())
    by_name = {r.name: r for r in result.rows}
    sensors = by_name["Capteurs LiDAR, radar et caméras"]
    assert [(c.their_link, c.status) for c in sensors.cells] == [
        ("LiDAR, radar and camera sensors", S), ("LiDAR sensors", W)]
    assert by_name["Calculateurs embarqués"].strong_in == ("sensor_valley_cluster",)
    assert by_name["Supervision de flotte et téléopération"].strong_in == (
        "fleet_robotics_cluster",)
    chassis = by_name["Châssis et structures mécaniques"].cells[1]
    assert (chassis.their_link, chassis.status) == ("Chassis and mechanical structures", M)
    assert by_name["Certification et sécurité fonctionnelle"].cells == (None, None)
    assert sorted(result.rows[i].name for i in range(len(result.rows)) if result.rows[i].filled) == [
        "Calculateurs embarqués", "Capteurs LiDAR, radar et caméras", "Logiciel de perception",
        "Maintenance et données terrain", "Supervision de flotte et téléopération"]
    # 12 strong links, 5 more strong in a partner; completeness stays 0: nobody is strong in
    # certification, through which every path to every end market passes.
    assert (result.strong_alone, result.strong_with) == (12, 17)
    assert (result.completeness_alone, result.completeness_with) == (0.0, 0.0)


def test_worked_example_a_partner_strong_in_certification_completes_the_chain():
    # "Simulation et jumeau numérique" (unassessed, a source) → Certification → "Distribution et
    # réseau de concessionnaires" (strong) → all four end markets: with certification strong,
    # every end market is reached without a missing link and without a gap: 1.0.
    project = load_project(SAMPLES / "autonomous_special_vehicles.vchain")
    safety = partner("Safety", {"Certification and functional safety": S})
    assert recompose(project, [safety]).completeness_with == 1.0
    weak_safety = partner("Weak", {"Certification and functional safety": W})
    assert recompose(project, [weak_safety]).completeness_with == 0.0
