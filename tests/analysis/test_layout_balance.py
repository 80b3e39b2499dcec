"""Balancing a tall map: a lane with many more links than the others is folded into sub-columns,
so the laid-out map fits a wide screen at a larger scale; flows still read left to right."""

from __future__ import annotations

from valuechain_gui.analysis import balance
from valuechain_gui.analysis.layout import apply_layout, auto_layout
from valuechain_gui.geometry import card_grid

from .chains import U, assert_reads_left_to_right, chain

PARTS = [f"Part {i}" for i in range(12)]


def tall_chain():
    """4 stages; 12 parts in the second, each fed by research and feeding assembly."""
    links = ([("Research", 0, U, False)] + [(n, 1, U, False) for n in PARTS]
             + [("Assembly", 2, U, False), ("Market", 3, U, True)])
    flows = ([("Research", n) for n in PARTS] + [(n, "Assembly") for n in PARTS]
             + [("Assembly", "Market")])
    return chain(links, flows, stages=4)


def extent(plan) -> tuple[float, float]:
    grid = card_grid()
    xs = [x for x, _ in plan.positions.values()]
    ys = [y for _, y in plan.positions.values()]
    return max(xs) + grid.card_width, max(ys) + grid.card_height


def test_a_tall_lane_is_folded_so_the_map_fits_a_wide_screen_larger(monkeypatch):
    project = tall_chain()
    plan = auto_layout(project)
    parts = {plan.columns[project.link_by_name(n).id] for n in PARTS}
    assert len(parts) >= 2  # the 12 parts stand in several sub-columns
    width, height = extent(plan)
    monkeypatch.setattr(balance, "MAX_FOLDS", 0)
    plain_width, plain_height = extent(auto_layout(project))
    assert height < plain_height / 1.5  # much lower...
    aspect = balance.TARGET_ASPECT
    assert min(aspect / width, 1 / height) > min(aspect / plain_width, 1 / plain_height)
    apply_layout(project, plan)
    assert_reads_left_to_right(project)


def test_a_map_wider_than_tall_is_not_folded():
    links = ([(f"Stage {s}", s, U, False) for s in (0, 2, 3, 4, 5)]
             + [(n, 1, U, False) for n in PARTS[:8]])
    flows = ([("Stage 0", n) for n in PARTS[:8]] + [(n, "Stage 2") for n in PARTS[:8]]
             + [(f"Stage {s}", f"Stage {s + 1}") for s in (2, 3, 4)])
    project = chain(links, flows, stages=6)
    plan = auto_layout(project)
    assert max(plan.columns.values()) == 5  # one sub-column per stage
