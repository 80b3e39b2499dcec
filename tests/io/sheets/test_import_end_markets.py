"""End markets of an imported chain: the links marked yes, or when none is, the ends of the chain
(return flows set aside), named in a warning; an imported chain scores like the same chain drawn
by hand."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from valuechain_gui.analysis.gaps import analyse
from valuechain_gui.io.sheets.importer import import_spreadsheet
from valuechain_gui.model import LinkStatus, Project, Stage

_spec = importlib.util.spec_from_file_location(
    "vc_sheet_fixtures_end_markets", Path(__file__).parents[2] / "fixtures" / "sheets" / "build.py")
sheets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sheets)

#: A chain whose last stage is end-of-life recycling, without an End-market column.
RECYCLING = ("Link,Stage,Status,Downstream\n"
             "Batteries,Components,weak,Assembly\n"
             "Assembly,Integration,strong,Farms; Mines; Recycling\n"
             "Farms,Uses,,\n"
             "Mines,Uses,,\n"
             "Recycling,End of life,missing,\n")


def test_without_end_market_column_the_sinks_are_taken_and_named_in_a_warning(tmp_path):
    path = sheets.write_text(tmp_path / "recycling.csv", RECYCLING, "utf-8")
    result = import_spreadsheet(path)
    project = result.project
    assert not any(link.end_market for link in project.links.values())  # nothing written
    [warning] = result.problems
    assert (warning.severity, warning.code, warning.row) == ("warning", "end_markets_derived", None)
    assert warning.params == {"links": ["Farms", "Mines", "Recycling"]}
    assert str(warning) == (
        f"{path}:End market/Marché final: no link is marked as an end market: the gap analysis "
        "takes the ends of the chain, return flows set aside: 'Farms', 'Mines', 'Recycling' (to "
        "choose them, put yes in the 'End market/Marché final' column for the chain's final "
        "uses).")
    report = analyse(project)
    # recycling is one end market of three, not the only one: the chain is 1/3 complete, not 0
    assert [project.links[i].name for i in report.end_markets] == ["Farms", "Mines", "Recycling"]
    assert report.completeness == 1 / 3


def test_marked_end_markets_give_no_warning(tmp_path):
    path = sheets.write_text(tmp_path / "marked.csv",
                             "Link;Stage;Downstream;End market\nA;S1;B;\nB;S2;;oui\n", "utf-8")
    result = import_spreadsheet(path)
    assert result.problems == []
    assert [link.end_market for link in result.project.links.values()] == [False, True]


def test_the_same_chain_imported_or_drawn_by_hand_has_the_same_scores(tmp_path):
    path = sheets.write_text(tmp_path / "recycling.csv", RECYCLING, "utf-8")
    imported = import_spreadsheet(path).project
    # by hand: the four stages, each link drawn in the first lane then moved to its stage
    drawn = Project(language="en")
    stages = {name: Stage(name) for name in ("Components", "Integration", "Uses", "End of life")}
    for stage in stages.values():
        drawn.add_stage(stage)
    first = drawn.stages[0].id
    specs = [("Batteries", "Components", LinkStatus.WEAK),
             ("Assembly", "Integration", LinkStatus.STRONG),
             ("Farms", "Uses", LinkStatus.UNASSESSED), ("Mines", "Uses", LinkStatus.UNASSESSED),
             ("Recycling", "End of life", LinkStatus.MISSING)]
    links = {name: drawn.make_link(name, first) for name, _, _ in specs}
    drawn.add_links(list(links.values()))
    drawn.update_links({links[name].id: {"stage_id": stages[stage].id} for name, stage, _ in specs})
    for up, down in [("Batteries", "Assembly"), ("Assembly", "Farms"), ("Assembly", "Mines"),
                     ("Assembly", "Recycling")]:
        drawn.add_flow(links[up].id, links[down].id)
    for name, _, status in specs:
        if status != LinkStatus.UNASSESSED:
            drawn.set_status([links[name].id], status)

    def scores(project: Project) -> dict[str, tuple[int, float]]:
        return {g.name: (rank, g.score) for rank, g in enumerate(analyse(project).gaps, 1)}

    assert scores(drawn) == scores(imported)
    assert set(scores(drawn)) == {"Batteries", "Recycling"}


BATTERY = Path(__file__).parents[3] / "sample_projects" / "battery_chain.csv"


def test_the_battery_chain_recycling_back_to_fabrication_is_not_the_only_end_market():
    result = import_spreadsheet(BATTERY)
    project = result.project
    names = {link_id: link.name for link_id, link in project.links.items()}
    # the recycling flow back to fabrication is marked as a return flow on import
    assert [(names[u], names[d]) for (u, d), flow in project.flows.items() if flow.is_return] == [
        ("Battery recycling", "Cathode active materials")]
    # recycling only flows back: the uses feeding it are the end markets, and the warning says so
    [warning] = [p for p in result.problems if p.code == "end_markets_derived"]
    assert warning.params == {"links": ["Electric vehicles", "Stationary storage"]}
    report = analyse(project)
    assert [names[i] for i in report.end_markets] == ["Electric vehicles", "Stationary storage"]
    # both uses are reached without a missing link (recycling, missing, is off their path), none
    # without a weak one (cathode materials and module assembly are weak): (1 + 0) / 2
    assert report.completeness == 0.5
    assert {names[i] for i in report.by_link[project.link_by_name("Module assembly").id]
            .bottleneck_for} == {"Electric vehicles", "Stationary storage"}
