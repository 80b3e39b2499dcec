"""Flow routing: orthogonal paths through the gaps between cards, never across a card. No Qt.

Why orthogonal (and not splines through channels): the map is a grid of lanes (columns) and rows,
so the free space is a set of straight channels — the vertical gap between two lanes (or two
sub-columns) and the horizontal gap between two rows. A path of horizontal and vertical segments
lying in those channels is cheap to check exactly against card rectangles (a segment is a thin
box), reads like draw.io's orthogonal connectors, and its corners are rounded by the drawing.

A flow leaves its upstream card's right edge, runs a short stub to its *out trunk* (a vertical
line ``OUT_STUB`` to the right of the card), and reaches its downstream card through the downstream
card's *in trunk* (``IN_STUB`` to its left). Every flow leaving one card shares that card's out
trunk, and every flow entering one card shares the last stretch into it: flows are bundled where
several leave (or enter) one card. Between the trunks the path runs along a horizontal track: the
downstream card's own height when that is free, else the gap above or below whatever card blocks
the way (tried nearest first, a bounded number of times). Return flows (loops back upstream) run
along a return channel under the lowest card they pass, inside the map (on a tall map where that
is more than :data:`RETURN_REACH` below their ends, along the nearest free gap under them).

The card rectangles sit in a :class:`~.card_index.CardIndex`: finding the card in a segment's
way costs about the logarithm of the number of cards, not the segment's length, so routing
every flow grows with the number of flows, and moving one card re-indexes one rectangle and
re-routes only its own flows (the drag-step target: ≤ 5 ms for a 50-flow card on a
5,000-link map).

Coordinates are scene pixels, y downwards; a rectangle is ``(left, top, width, height)``.
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from ..geometry import CARD_GAP_Y
from .card_index import CardIndex, Rect

__all__ = ["CardIndex", "Point", "Rect", "Route", "path_clear", "route_flow"]

Point = tuple[float, float]

OUT_STUB = 18.0  # x distance from an upstream card's right edge to its out trunk
IN_STUB = 18.0  # x distance from a downstream card's in trunk to its left edge
TRACK_OFFSET = CARD_GAP_Y / 2  # a track between two rows runs in the middle of their gap
RETURN_SPACING = 7.0  # distance between the tracks of two return flows in the return channel
RETURN_TRACKS = 4  # return flows use this many tracks in turn
RETURN_REACH = 600.0  # farthest a return channel under all the cards may lie below a flow's ends
MAX_PROBES = 24  # tracks tried before a flow falls back to its plainest (unchecked) path


@dataclass
class Route:
    """A routed flow: ``points`` from the upstream card's right edge to the downstream card's
    left edge; ``clear`` False when no free path was found (the plainest path is given)."""

    points: list[Point]
    clear: bool = True


def _simplify(points: list[Point]) -> list[Point]:
    """Drop repeated points and the middle one of three collinear points."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 0.01 and abs(out[-1][1] - p[1]) < 0.01:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (abs(ax - bx) < 0.01 and abs(bx - p[0]) < 0.01) or \
                    (abs(ay - by) < 0.01 and abs(by - p[1]) < 0.01):
                out[-1] = p
                continue
        out.append(p)
    return out


def path_clear(points: list[Point], index: CardIndex, ends: Iterable[Hashable] = ()) -> bool:
    """Whether no segment of the polyline ``points`` meets a card (its ``ends`` only by their
    inside)."""
    ends = tuple(ends)
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        if index.blocker(ax, ay, bx, by, ends) is not None:
            return False
    return True


def route_flow(index: CardIndex, up: Hashable, down: Hashable, *, is_return: bool = False,
               track: int = 0) -> Route:
    """The path of the flow from card ``up`` to card ``down`` (both in ``index``).

    A forward flow (the downstream card to the right) runs out trunk → track → in trunk; a flow
    going back (a loop inside a stage, or a card dragged left) runs through the nearest free gap
    above or below the two cards; a return flow (``is_return``) runs in the return channel under
    the lowest card between its ends, on track ``track`` (so that several do not overlap).
    """
    src, dst = index.rect(up), index.rect(down)
    if src is None or dst is None:
        raise KeyError("both cards of a flow must be in the index")
    ends = (up, down)
    sx, sy = src[0] + src[2], src[1] + src[3] / 2
    tx, ty = dst[0], dst[1] + dst[3] / 2
    x1, x2 = sx + OUT_STUB, tx - IN_STUB
    forward = x2 >= x1 and not is_return
    if forward and abs(sy - ty) < 0.5:
        straight = [(sx, sy), (tx, ty)]
        if path_clear(straight, index, ends):
            return Route(straight)

    def through(yr: float) -> list[Point]:
        return [(sx, sy), (x1, sy), (x1, yr), (x2, yr), (x2, ty), (tx, ty)]

    low = max(src[1] + src[3], dst[1] + dst[3]) + TRACK_OFFSET
    high = min(src[1], dst[1]) - TRACK_OFFSET
    if is_return:
        bottom = index.lowest_bottom(min(x1, x2), max(x1, x2), low - TRACK_OFFSET)
        yr = bottom + TRACK_OFFSET + (track % RETURN_TRACKS) * RETURN_SPACING
        points = _simplify(through(yr))
        if yr - low <= RETURN_REACH:
            return Route(points, path_clear(points, index, ends))
        # on a tall map the channel under all the cards is far: take the nearest free gap
        # under (or above) the two cards instead, when there is one
        near = _search(index, ends, through, [low + (track % RETURN_TRACKS) * RETURN_SPACING,
                                              high], sy, ty)
        return near if near.clear else Route(points, path_clear(points, index, ends))
    seeds = [ty, sy] if forward else [low, high]
    seeds += [dst[1] - TRACK_OFFSET, dst[1] + dst[3] + TRACK_OFFSET,
              src[1] - TRACK_OFFSET, src[1] + src[3] + TRACK_OFFSET]
    return _search(index, ends, through, seeds, sy, ty)


def _search(index: CardIndex, ends: tuple[Hashable, Hashable], through, seeds: list[float],
            sy: float, ty: float) -> Route:
    """The first free path ``through(track y)``, trying tracks nearest the flow's ends first:
    the ``seeds``, then the gaps above and below each card found in the way (at most
    :data:`MAX_PROBES` tracks); else the first path tried, marked not clear."""
    order = 0
    queue: list[tuple[float, int, float]] = []

    def push(yr: float) -> None:
        nonlocal order
        cost = abs(sy - yr) + abs(yr - ty)
        heapq.heappush(queue, (cost, order, yr))
        order += 1

    for yr in seeds:
        push(yr)
    seen: set[float] = set()
    first: list[Point] | None = None
    probes = 0
    while queue and probes < MAX_PROBES:
        _, _, yr = heapq.heappop(queue)
        key = round(yr, 1)
        if key in seen:
            continue
        seen.add(key)
        probes += 1
        points = through(yr)
        if first is None:
            first = points
        hit = None
        for (ax, ay), (bx, by) in zip(points, points[1:]):
            if ax != bx or ay != by:
                hit = index.blocker(ax, ay, bx, by, ends)
                if hit is not None:
                    break
        if hit is None:
            return Route(_simplify(points))
        # go round the card in the way: the gap above it and the gap below it
        push(hit[1] - TRACK_OFFSET)
        push(hit[1] + hit[3] + TRACK_OFFSET)
    return Route(_simplify(first or through(ty)), False)
