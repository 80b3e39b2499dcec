"""The sample projects in ``sample_projects/``: they load, match their README, carry the plan the
tags imply, have the intended loop and bottleneck, a clean layout, and are exactly what
``tools/make_samples.py`` writes (so the committed files are never stale).
"""

from __future__ import annotations

import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest

from valuechain_gui.geometry import CARD_GAP_Y, CARD_HEIGHT, CARD_WIDTH, lane_at
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import (
    ActionKind,
    ActionState,
    Governance,
    LinkStatus,
    Project,
    SearchChannel,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_projects"
README = SAMPLES / "README.md"
MAIN = SAMPLES / "autonomous_special_vehicles.vchain"
PROTEINS = SAMPLES / "plant_based_proteins.vchain"
FILES = sorted(SAMPLES.glob("*.vchain"))

BOTTLENECK = "Certification et sécurité fonctionnelle"
LOOP_FLOW = ("Maintenance et données terrain", "Logiciel de perception")
ILLUSTRATIVE = re.compile(r"\((illustratif|illustrative)\)")


def readme_table() -> dict[str, dict[str, str]]:
    """The README's table of samples: file name → {column header: cell text}."""
    rows = [line for line in README.read_text(encoding="utf-8").splitlines()
            if line.startswith("|")]
    headers = [cell.strip() for cell in rows[0].strip("|").split("|")]
    table = {}
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        table[cells[0]] = dict(zip(headers, cells))
    return table


def by_name(project: Project, name: str) -> str:
    """Id of the link named ``name`` (fails the test if absent)."""
    link = project.link_by_name(name)
    assert link is not None, f"no link named {name!r}"
    return link.id


def gap_dominators(project: Project) -> dict[str, set[str]]:
    """Weak or missing link name → names of the end markets it dominates.

    Dominance in the flow graph seen from a virtual root joined to every source (a link with no
    upstream flow): every path from any source to the end market passes through the link.
    """
    graph = nx.DiGraph()
    graph.add_nodes_from(project.links)
    graph.add_edges_from(project.flows)
    root = "virtual-root"
    graph.add_edges_from((root, n) for n in list(graph) if graph.in_degree(n) == 0)
    idom = nx.immediate_dominators(graph, root)
    result: dict[str, set[str]] = {}
    for link in project.links.values():
        if not link.end_market or link.id not in idom:
            continue
        node = idom[link.id]
        while node != root:
            gap = project.links[node]
            if gap.status in (LinkStatus.WEAK, LinkStatus.MISSING):
                result.setdefault(gap.name, set()).add(link.name)
            node = idom[node]
    return result


@pytest.fixture(scope="module")
def main_project() -> Project:
    return load_project(MAIN)


def test_readme_lists_every_sample_file() -> None:
    assert sorted(readme_table()) == [f.name for f in FILES]
    assert {MAIN.name, PROTEINS.name} <= set(readme_table())
    assert "ILLUSTRATIVE" in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_sample_loads_with_the_counts_its_readme_gives(path: Path) -> None:
    project = load_project(path)
    row = readme_table()[path.name]
    counts = project.counts_by_status()
    assert project.language == row["Language"]
    assert len(project.links) == int(row["Links"])
    assert counts[LinkStatus.STRONG] == int(row["Strong"])
    assert counts[LinkStatus.WEAK] == int(row["Weak"])
    assert counts[LinkStatus.MISSING] == int(row["Missing"])
    assert counts[LinkStatus.UNASSESSED] == int(row["Unassessed"])
    assert len(project.flows) == int(row["Flows"])
    assert len(project.actions) == int(row["Actions"])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_gap_has_a_live_action_of_its_kind(path: Path) -> None:
    project = load_project(path)
    for link in project.links.values():
        kinds = {a.kind for a in project.actions_for_link(link.id)
                 if project.action_state(a)[0] == ActionState.LIVE}
        if link.status == LinkStatus.WEAK:
            assert ActionKind.LOCAL_REINFORCEMENT in kinds, link.name
        elif link.status == LinkStatus.MISSING:
            assert ActionKind.ALLIANCE_SEARCH in kinds, link.name
        else:
            assert kinds == set(), link.name
    assert any(a.owner and a.deadline for a in project.actions.values())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_names_of_organisations_are_labelled_illustrative(path: Path) -> None:
    project = load_project(path)
    assert ILLUSTRATIVE.search(project.pole_name) and ILLUSTRATIVE.search(project.territory)
    for link in project.links.values():
        for actor in link.actors:
            assert ILLUSTRATIVE.search(actor), actor
    for partner in project.partners.values():
        assert ILLUSTRATIVE.search(partner.name), partner.name
    for person in project.participants:
        assert re.search(r"fictive|fictif|fictional", person), person


def test_main_sample_is_the_french_worked_example(main_project: Project) -> None:
    p = main_project
    assert (p.language, p.target_market) == ("fr", "Véhicules spéciaux autonomes")
    assert p.date is not None and p.date.year == 2026
    assert len(p.stages) == 6 and 20 <= len(p.links) <= 30
    counts = p.counts_by_status()
    assert counts[LinkStatus.WEAK] >= 3 and counts[LinkStatus.MISSING] >= 3
    last = p.stages[-1].id
    markets = {link.name for link in p.links.values() if link.end_market}
    assert markets == {"Agriculture", "Carrières et mines", "Aéroports", "Logistique et ports"}
    assert all(p.links[by_name(p, m)].stage_id == last for m in markets)
    assert all(iso in p.link(by_name(p, BOTTLENECK)).notes
               for iso in ("ISO 25119", "ISO 3691-4", "ISO 17757"))


def test_main_plan_is_filled_like_a_first_plan(main_project: Project) -> None:
    actions = list(main_project.actions.values())
    staffed = [a for a in actions if a.owner and a.deadline and a.budget and a.funding_source]
    assert len(staffed) >= 5
    assert all(a.deadline.year == 2027 for a in actions if a.deadline)
    assert {"France 2030", "Horizon Europe"} <= {
        part.strip() for a in actions for part in a.funding_source.split(";")}
    searches = [a for a in actions if a.kind == ActionKind.ALLIANCE_SEARCH]
    alliances = [a for s in searches for a in main_project.alliances_of_action(s.id)]
    assert {"DE", "NL", "FI", "SE"} <= {main_project.partners[a.partner_id].country
                                        for a in alliances}
    assert [a.governance for a in alliances if a.governance] == [Governance.ROTATING]
    assert len({a.stage for a in alliances}) == 4  # a pipeline in several stages
    certification = next(a for a in searches if a.link_name == BOTTLENECK)
    assert certification.owner and certification.scope is not None
    assert SearchChannel.TRADE_FAIRS in certification.search_channels


def test_main_sample_has_the_field_data_loop(main_project: Project) -> None:
    p = main_project
    up, down = by_name(p, LOOP_FLOW[0]), by_name(p, LOOP_FLOW[1])
    assert (up, down) in p.flows
    cycle = nx.find_cycle(nx.DiGraph(list(p.flows)), source=down)
    assert (up, down) in cycle
    assert by_name(p, BOTTLENECK) in {edge[0] for edge in cycle}


def test_main_sample_has_exactly_one_gap_bottleneck(main_project: Project) -> None:
    dominated = gap_dominators(main_project)
    assert dominated == {BOTTLENECK: {"Agriculture", "Carrières et mines", "Aéroports",
                                      "Logistique et ports"}}
    assert main_project.link(by_name(main_project, BOTTLENECK)).status == LinkStatus.MISSING


def test_second_sample_has_no_gap_bottleneck() -> None:
    project = load_project(PROTEINS)
    assert project.language == "en" and 12 <= len(project.links) <= 20
    assert gap_dominators(project) == {}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_cards_sit_in_their_lane_without_overlapping(path: Path) -> None:
    project = load_project(path)
    lanes = len(project.stages)
    for link in project.links.values():
        x, _ = link.position
        assert lane_at(x + CARD_WIDTH / 2, lanes) == project.stage_index(link.stage_id), link.name
    for a, b in combinations(project.links.values(), 2):
        (ax, ay), (bx, by) = a.position, b.position
        overlap = ax < bx + CARD_WIDTH and bx < ax + CARD_WIDTH and \
            ay < by + CARD_HEIGHT and by < ay + CARD_HEIGHT
        assert not overlap, (a.name, b.name)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_flows_read_left_to_right_except_the_loop(path: Path) -> None:
    project = load_project(path)
    backward = []
    for up, down in project.flows:
        a, b = project.links[up], project.links[down]
        if project.stage_index(b.stage_id) < project.stage_index(a.stage_id):
            backward.append((a.name, b.name))
        elif a.stage_id == b.stage_id:  # same lane: cards close together
            rows_apart = abs(a.position[1] - b.position[1]) / (CARD_HEIGHT + CARD_GAP_Y)
            assert rows_apart <= 2, (a.name, b.name)
    assert backward == ([LOOP_FLOW] if path == MAIN else [])


def test_generator_rewrites_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_samples.py"), "--output-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in tmp_path.glob("*.vchain"))
    assert written == [f.name for f in FILES]
    for name in written:
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), (
            f"{name} is stale: run python tools/make_samples.py and commit the result")
