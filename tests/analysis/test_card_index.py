"""The card index finds the card in a segment's way without walking the segment: the same card
the old cell-by-cell grid scan found, so every route stays exactly what it was."""

from __future__ import annotations

import random

import pytest

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis.card_index import CardIndex
from valuechain_gui.analysis.routing import route_flow
from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH

from .grid_scan_index import GridScanIndex


def random_map(rng: random.Random, n: int) -> dict[str, tuple[float, float, float, float]]:
    """Cards in lanes and sub-columns (as the layout puts them), plus cards dropped anywhere,
    of several sizes, some overlapping, some at negative coordinates."""
    rects = {}
    lanes = [rng.uniform(-300, 2400) for _ in range(rng.randint(2, 8))]
    for k in range(n):
        if rng.random() < 0.7:
            x = rng.choice(lanes)
            y = rng.randrange(-3, 60) * (CARD_HEIGHT + 24.0)
            w, h = CARD_WIDTH, CARD_HEIGHT
        else:
            x, y = rng.uniform(-400, 2600), rng.uniform(-500, 4000)
            w, h = rng.choice([CARD_WIDTH, 40.0, 260.0]), rng.choice([CARD_HEIGHT, 30.0, 120.0])
        rects[f"c{k}"] = (x, y, w, h)
    return rects


def both(rects) -> tuple[CardIndex, GridScanIndex]:
    new, old = CardIndex(), GridScanIndex()
    for key, rect in rects.items():
        new.set(key, rect)
        old.set(key, rect)
    return new, old


def assert_same_routes(new: CardIndex, old: GridScanIndex, pairs) -> int:
    """Every flow routed on both indexes gives the same points; returns how many were routed."""
    for up, down, is_return, track in pairs:
        expected = route_flow(old, up, down, is_return=is_return, track=track)
        assert route_flow(new, up, down, is_return=is_return, track=track) == expected, \
            (up, down, is_return, track)
    return len(pairs)


@pytest.mark.parametrize("seed", range(12))
def test_routes_on_random_maps_equal_the_grid_scans(seed):
    rng = random.Random(seed)
    rects = random_map(rng, rng.randint(20, 400))
    new, old = both(rects)
    keys = list(rects)
    pairs = [(*rng.sample(keys, 2), rng.random() < 0.2, rng.randrange(4)) for _ in range(300)]
    assert assert_same_routes(new, old, pairs) == 300
    # cards dragged elsewhere (often onto other cards) and deleted: the indexes follow alike
    for key in rng.sample(keys, len(keys) // 4):
        if rng.random() < 0.3:
            new.remove(key)
            old.remove(key)
        else:
            x, y, w, h = rects[rng.choice(keys)] if rng.random() < 0.5 else rects[key]
            moved = (x + rng.choice([0.0, 3.0, rng.uniform(-300, 300)]),
                     y + rng.uniform(-200, 200), w, h)
            new.set(key, moved)
            old.set(key, moved)
    present = [key for key in keys if new.rect(key) is not None]
    assert len(new) == len(old) == len(present)
    pairs = [(*rng.sample(present, 2), rng.random() < 0.2, rng.randrange(4))
             for _ in range(300)]
    assert_same_routes(new, old, pairs)


@pytest.mark.parametrize("seed", range(6))
def test_blocker_and_lowest_bottom_on_random_boxes_equal_the_grid_scans(seed):
    rng = random.Random(100 + seed)
    rects = random_map(rng, 300)
    new, old = both(rects)
    keys = list(rects)
    hits = 0
    for _ in range(2000):
        x0, y0 = rng.uniform(-500, 2800), rng.uniform(-600, 4200)
        shape = rng.random()
        if shape < 0.4:  # a vertical segment, up to the map's height
            x1, y1 = x0, y0 + rng.uniform(-4000, 4000)
        elif shape < 0.8:  # a horizontal one
            x1, y1 = x0 + rng.uniform(-3000, 3000), y0
        else:  # a box (a return flow's glyph, or anything)
            x1, y1 = x0 + rng.uniform(-300, 300), y0 + rng.uniform(-300, 300)
        ends = tuple(rng.sample(keys, 2)) if rng.random() < 0.5 else ()
        found = new.blocker(x0, y0, x1, y1, ends)
        assert found == old.blocker(x0, y0, x1, y1, ends)
        hits += found is not None
        assert new.lowest_bottom(x0, x1, y0) == old.lowest_bottom(x0, x1, y0)
    assert 200 < hits < 1800  # both answers were tried often


def test_every_route_of_a_synthetic_chain_equals_the_grid_scans():
    project = make_chain(1200)
    rects = {link.id: (*link.position, CARD_WIDTH, CARD_HEIGHT)
             for link in project.links.values()}
    new, old = both(rects)
    pairs = [(*key, flow.is_return, track % 4)
             for track, (key, flow) in enumerate(project.flows.items())]
    assert assert_same_routes(new, old, pairs) > 2000


def test_a_card_found_in_the_way_is_the_first_along_the_grid():
    """Two cards in the way of one horizontal segment: the one in the leftmost grid column is
    the one the router goes round, even when the other lies nearer the segment's start."""
    index = CardIndex()
    index.set("right", (450.0, 0.0, 100.0, 50.0))
    index.set("left", (50.0, 0.0, 100.0, 50.0))
    assert index.blocker(600.0, 25.0, 0.0, 25.0) == (50.0, 0.0, 100.0, 50.0)
    index.remove("left")
    assert index.blocker(600.0, 25.0, 0.0, 25.0) == (450.0, 0.0, 100.0, 50.0)
    index.remove("right")
    assert index.blocker(600.0, 25.0, 0.0, 25.0) is None and len(index) == 0
