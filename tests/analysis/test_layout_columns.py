"""Auto-layout with sub-columns: links chained inside a stage stand left to right in a lane that
widens to hold them; return flows are left out of the layering; every other flow goes right."""

from __future__ import annotations

import time

from valuechain_gui.analysis.layout import apply_layout, auto_layout
from valuechain_gui.geometry import CardGrid, card_grid, project_lane_spans

from .chains import S, U, W, assert_reads_left_to_right, chain, chain_with_stage_chains, lid

FABRICATION = ["Cathode", "Coating", "Cells", "Modules", "Packs"]


def battery():
    """9 links in 4 stages, 5 chained inside Fabrication, recycling flowing back to it."""
    links = ([("Mining", 0, S, False)] + [(n, 1, S, False) for n in FABRICATION]
             + [("Cars", 2, U, False), ("Storage", 2, U, False), ("Recycling", 3, W, False)])
    flows = ([("Mining", "Cathode")] + list(zip(FABRICATION, FABRICATION[1:]))
             + [("Packs", "Cars"), ("Packs", "Storage"), ("Cars", "Recycling"),
                ("Storage", "Recycling"), ("Recycling", "Cathode")])
    return chain(links, flows, stages=4)


def test_links_chained_in_a_stage_stand_in_as_many_sub_columns_and_the_lane_widens():
    project = battery()
    plan = auto_layout(project)
    columns = {project.links[i].name: c for i, c in plan.columns.items()}
    assert [columns[n] for n in ["Mining", *FABRICATION, "Cars", "Recycling"]] == list(range(8))
    assert columns["Storage"] == columns["Cars"]
    apply_layout(project, plan)
    spans = project_lane_spans(project)
    step = card_grid().column_step
    assert [width / step for _, width in spans] == [1, 5, 1, 1]  # Fabrication: 5 sub-columns
    assert_reads_left_to_right(project)


def test_the_recycling_loop_is_marked_and_left_out_of_the_layering():
    project = battery()
    plan = apply_layout(project)
    back = (lid(project, "Recycling"), lid(project, "Cathode"))
    assert plan.return_flows == {back}
    assert [key for key, flow in project.flows.items() if flow.is_return] == [back]
    # a second layout changes no mark
    assert auto_layout(project).return_marks(project) == {}


def test_a_loop_inside_a_stage_still_reads_left_to_right_but_its_closing_flow():
    project = chain([("a", 1, S, False), ("b", 1, S, False), ("c", 1, S, False)],
                    [("a", "b"), ("b", "c"), ("c", "a")])
    apply_layout(project)
    assert [flow.is_return for flow in project.flows.values()] == [False, False, True]
    assert_reads_left_to_right(project)


def test_a_mark_set_by_hand_on_a_plain_flow_is_taken_off_by_the_layout():
    project = battery()
    first = next(iter(project.flows))
    project.set_return_flows({first: True})
    apply_layout(project)
    assert project.flows[first].is_return is False


def test_the_layout_follows_the_card_size_it_is_given():
    project = battery()
    grid = CardGrid(card_width=300.0, card_height=120.0, margin_x=40.0, gap_y=50.0, top=90.0)
    plan = auto_layout(project, grid)
    xs = sorted({x for x, _ in plan.positions.values()})
    assert xs == [40.0 + c * 380.0 for c in range(8)]
    assert sorted({y for _, y in plan.positions.values()}) == [90.0, 260.0]


def test_a_thousand_links_with_chains_and_loops_inside_stages_read_left_to_right():
    project = chain_with_stage_chains(1000)
    plan = apply_layout(project)
    inside = [key for key in project.flows
              if project.links[key[0]].stage_id == project.links[key[1]].stage_id]
    assert len(inside) > 300 and plan.return_flows  # the chain does have both
    assert_reads_left_to_right(project)
    assert len(set(plan.positions.values())) == 1000


def test_five_thousand_links_are_laid_out_within_three_seconds():
    project = chain_with_stage_chains(5000)
    begin = time.process_time()
    plan = auto_layout(project)
    spent = time.process_time() - begin
    assert len(plan.positions) == 5000
    assert spent <= 3.0 * 3  # the target is 3 s; generous for a loaded test machine


def test_random_chains_with_loops_everywhere_read_left_to_right_after_layout():
    import random

    rng = random.Random(23)
    for _ in range(30):
        n = rng.randint(2, 30)
        specs = [(f"n{i}", rng.randrange(4), S, False) for i in range(n)]
        flows = {tuple(rng.sample([f"n{i}" for i in range(n)], 2))
                 for _ in range(rng.randint(1, 3 * n))}
        project = chain(specs, sorted(flows), stages=4)
        apply_layout(project)
        assert_reads_left_to_right(project)
