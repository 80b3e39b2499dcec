"""Auto-layout: every card in its lane, no overlap, crossings reduced (layered layout)."""

from __future__ import annotations

import itertools
import random

from valuechain_gui.analysis.layout import count_crossings, layered_order, layout_positions
from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH, card_grid, card_position, lane_spans

from .chains import S, chain, lid, names


def lane_of_x(project, positions):
    """Link id → index of the lane (as the canvas derives them) its card stands in."""
    spans = lane_spans([stage.id for stage in project.stages],
                       [(project.links[i].stage_id, x) for i, (x, _) in positions.items()])
    found = {}
    for link_id, (x, _) in positions.items():
        inside = [i for i, (left, width) in enumerate(spans)
                  if left <= x and x + CARD_WIDTH <= left + width]
        found[link_id] = inside[0] if len(inside) == 1 else None
    return found


def assert_tidy(project, positions):
    """Every link placed, inside its own stage's lane, no two cards overlapping."""
    assert set(positions) == set(project.links)
    lanes = {stage.id: i for i, stage in enumerate(project.stages)}
    found = lane_of_x(project, positions)
    for link_id in positions:
        assert found[link_id] == lanes[project.links[link_id].stage_id]
    boxes = list(positions.values())
    for (x1, y1), (x2, y2) in itertools.combinations(boxes, 2):
        assert abs(x1 - x2) >= CARD_WIDTH or abs(y1 - y2) >= CARD_HEIGHT


def creation_order_positions(project):
    """The naive layout: each lane's links in creation order."""
    result = {}
    for index, stage in enumerate(project.stages):
        for row, link in enumerate(project.links_in_stage(stage.id)):
            result[link.id] = card_position(index, row)
    return result


def optimum(project):
    """Fewest crossings over every order of every lane (brute force; tiny maps only)."""
    lanes = [project.links_in_stage(stage.id) for stage in project.stages]
    best = None
    for orders in itertools.product(*(itertools.permutations(lane) for lane in lanes)):
        positions = {link.id: card_position(i, r) for i, order in enumerate(orders)
                     for r, link in enumerate(order)}
        count = count_crossings(project, positions)
        best = count if best is None else min(best, count)
    return best


def tangled():
    # three lanes of three links, connected, drawable without crossing but created in a bad order
    return chain([("a1", 0, S, False), ("a2", 0, S, False), ("a3", 0, S, False),
                  ("b1", 1, S, False), ("b2", 1, S, False), ("b3", 1, S, False),
                  ("c1", 2, S, True), ("c2", 2, S, True), ("c3", 2, S, True)],
                 [("a1", "b3"), ("a2", "b2"), ("a3", "b1"), ("a2", "b3"), ("a3", "b2"),
                  ("b1", "c3"), ("b2", "c2"), ("b3", "c1"), ("b2", "c1")], stages=3)


def test_tangled_map_is_untangled_to_the_optimum():
    project = tangled()
    assert count_crossings(project, creation_order_positions(project)) == 10  # 6 + 4, by hand
    assert optimum(project) == 0
    positions = layout_positions(project)
    assert_tidy(project, positions)
    assert count_crossings(project, positions) == 0


def test_layered_order_lists_every_stage_top_to_bottom():
    project = tangled()
    order = layered_order(project)
    assert list(order) == [stage.id for stage in project.stages]
    positions = layout_positions(project)
    for stage_id, ids in order.items():
        ys = [positions[i][1] for i in ids]
        assert ys == sorted(ys) and len(ids) == 3
    # a1 feeds b3 which feeds c1: with no crossing they end up on the same side
    first = {names(project, ids)[0] for ids in order.values()}
    assert first in ({"a1", "b3", "c1"}, {"a3", "b1", "c3"})


def test_crossings_counted_on_a_plain_x():
    project = chain([("a", 0, S, False), ("b", 0, S, False), ("c", 1, S, True),
                     ("d", 1, S, True)], [("a", "d"), ("b", "c")], stages=2)
    x = {lid(project, "a"): card_position(0, 0), lid(project, "b"): card_position(0, 1),
         lid(project, "c"): card_position(1, 0), lid(project, "d"): card_position(1, 1)}
    assert count_crossings(project, x) == 1


def test_separate_pieces_and_isolated_links_do_not_interleave():
    project = chain([("p1", 0, S, False), ("q1", 1, S, True), ("p2", 0, S, False),
                     ("q2", 1, S, True), ("r2", 1, S, True), ("lonely", 1, S, False),
                     ("alone", 0, S, False)],
                    [("p1", "q1"), ("p2", "q2"), ("p2", "r2")], stages=2)
    positions = layout_positions(project)
    assert_tidy(project, positions)
    y = {name: positions[lid(project, name)][1] for name in
         ("p1", "q1", "p2", "q2", "r2", "lonely", "alone")}
    row = card_position(0, 1)[1] - card_position(0, 0)[1]
    big = max(y["q2"], y["r2"])  # the larger piece (p2 → q2, r2) is on top
    assert y["p2"] == card_position(0, 0)[1] and big == card_position(1, 1)[1]
    assert y["p1"] == y["q1"] == big + 2 * row  # one empty row between pieces
    assert y["alone"] == y["lonely"] == y["p1"] + 2 * row  # isolated links come last


def test_single_link_and_empty_map():
    single = chain([("only", 3, S, True)], [])
    assert layout_positions(single) == {lid(single, "only"): card_position(3, 0)}
    assert layered_order(single)[single.stages[3].id] == [lid(single, "only")]
    empty = chain([], [])
    assert layout_positions(empty) == {}
    assert layered_order(empty) == {stage.id: [] for stage in empty.stages}
    assert count_crossings(empty, {}) == 0


def test_loops_and_backward_flows_lay_out_without_overlap():
    project = chain([("x", 0, S, False), ("y", 1, S, False), ("z", 2, S, True),
                     ("w", 1, S, False)],
                    [("x", "y"), ("y", "z"), ("z", "x"), ("y", "w"), ("w", "y")], stages=3)
    assert_tidy(project, layout_positions(project))


def test_random_maps_stay_tidy_and_never_get_worse_than_creation_order():
    rng = random.Random(7)
    for _ in range(5):
        specs = [(f"n{i}", rng.randrange(6), S, False) for i in range(40)]
        flows = set()
        while len(flows) < 50:
            a, b = rng.sample(range(40), 2)
            flows.add((f"n{a}", f"n{b}"))
        project = chain(specs, sorted(flows))
        positions = layout_positions(project)
        assert_tidy(project, positions)
        assert count_crossings(project, positions) <= count_crossings(
            project, creation_order_positions(project))


def test_a_link_fed_by_five_sits_level_with_the_middle_one():
    project = chain([(f"in{i}", 0, S, False) for i in range(5)] + [("out", 1, S, True)],
                    [(f"in{i}", "out") for i in range(5)], stages=2)
    positions = layout_positions(project)
    assert_tidy(project, positions)
    assert positions[lid(project, "out")] == card_position(1, 2)
    assert [positions[lid(project, f"in{i}")] for i in range(5)] == [
        card_position(0, r) for r in range(5)]


def test_five_thousand_links_get_distinct_grid_places_in_their_lanes():
    specs = [(f"n{i}", i * 6 // 5000, S, False) for i in range(5000)]
    rng = random.Random(5)
    flows = sorted({(f"n{i}", f"n{rng.randrange(i + 1, 5000)}") for i in range(4999)})
    project = chain(specs, flows)
    positions = layout_positions(project)
    assert len(set(positions.values())) == 5000
    assert_tidy_fast(project, positions)


def assert_tidy_fast(project, positions):
    """assert_tidy for big maps: every card on a grid place of its own lane (grid places are
    a card and its margins apart, so distinct places never overlap)."""
    grid = card_grid()
    lanes = {stage.id: i for i, stage in enumerate(project.stages)}
    found = lane_of_x(project, positions)
    for link_id, (x, y) in positions.items():
        assert found[link_id] == lanes[project.links[link_id].stage_id]
        column = (x - grid.margin_x) / grid.column_step
        row = (y - grid.top) / grid.row_step
        assert column == int(column) and row == int(row) and row >= 0
