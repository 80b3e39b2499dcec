"""The card rectangles the flow router checks its paths against. No Qt.

A flow's segment can be as long as the map is tall (a flow to any card of the next stage, a
return flow under the lowest card, a trunk along a lane), so finding the card in its way must
not cost one step per grid cell it crosses: that made routing grow with the total length of the
flows, ~n² as the map grows. Cards are kept in a uniform grid of ``cell``-pixel columns, and in
each column by *lane*: the cards sharing one horizontal extent (a lane or sub-column of the
layout puts all its cards at one x), sorted by their top. A segment's box meets the cards of a
lane it overlaps horizontally in one contiguous run of that order, found by bisection: a query
costs O(lanes it meets × log n + cards it meets), whatever the segment's length. In a column
holding more lanes than the segment crosses grid rows (cards dropped by hand at many different
x), the cells along the segment are cheaper and are looked at instead.

The card returned is the one a cell-by-cell scan of the grid (column by column, then row by row,
each cell's cards in their bucket's order) would meet first — the router goes round that card,
so which one it is decides the route. The buckets per cell are kept for that tie-break and for
:meth:`CardIndex.near`.

Coordinates are scene pixels, y downwards; a rectangle is ``(left, top, width, height)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Hashable, Iterator

Rect = tuple[float, float, float, float]
Box = tuple[float, float, float, float]  # (x0, x1, y0, y1)

CLEARANCE = 5.0  # least distance kept between a path and a card that is not one of its ends
CELL = 200.0  # grid size of the card index
_SLACK = 1.0  # pixels added to bisection bounds, so that float rounding never skips a card


class _Lane:
    """The cards of one grid column sharing one horizontal extent, sorted by their top."""

    __slots__ = ("tops", "keys", "bottoms", "max_height")

    def __init__(self) -> None:
        self.tops: list[float] = []
        self.keys: list[Hashable] = []
        self.bottoms: list[float] = []  # sorted: the last is the lowest bottom
        self.max_height = 0.0

    def add(self, key: Hashable, top: float, height: float) -> None:
        at = bisect_right(self.tops, top)
        self.tops.insert(at, top)
        self.keys.insert(at, key)
        insort(self.bottoms, top + height)
        self.max_height = max(self.max_height, height)

    def discard(self, key: Hashable, top: float, height: float) -> None:
        at = bisect_left(self.tops, top)
        while self.keys[at] != key:
            at += 1
        del self.tops[at], self.keys[at]
        del self.bottoms[bisect_left(self.bottoms, top + height)]


class CardIndex:
    """Card rectangles by key, for finding the card in a segment's way quickly."""

    def __init__(self, cell: float = CELL) -> None:
        self.cell = cell
        self._rects: dict[Hashable, Rect] = {}
        self._cells: dict[tuple[int, int], set[Hashable]] = {}
        # grid column -> (left, right) of a lane -> its cards
        self._columns: dict[int, dict[tuple[float, float], _Lane]] = {}

    def __len__(self) -> int:
        return len(self._rects)

    def rect(self, key: Hashable) -> Rect | None:
        """The rectangle of ``key``, or None."""
        return self._rects.get(key)

    def _columns_of(self, x0: float, x1: float) -> range:
        c = self.cell
        return range(int(x0 // c), int(x1 // c) + 1)

    def _span(self, x0: float, y0: float, x1: float, y1: float) -> Iterator[tuple[int, int]]:
        c = self.cell
        for i in self._columns_of(x0, x1):
            for j in range(int(y0 // c), int(y1 // c) + 1):
                yield (i, j)

    def set(self, key: Hashable, rect: Rect) -> None:
        """Put ``key`` at ``rect`` (moving it if it was elsewhere)."""
        old = self._rects.get(key)
        if old == rect:
            return
        if old is not None:
            self.remove(key)
        self._rects[key] = rect
        x, y, w, h = rect
        for cell in self._span(x, y, x + w, y + h):
            self._cells.setdefault(cell, set()).add(key)
        extent = (x, x + w)
        for i in self._columns_of(x, x + w):
            lanes = self._columns.setdefault(i, {})
            lane = lanes.get(extent)
            if lane is None:
                lane = lanes[extent] = _Lane()
            lane.add(key, y, h)

    def remove(self, key: Hashable) -> None:
        """Take ``key`` out (nothing if absent)."""
        rect = self._rects.pop(key, None)
        if rect is None:
            return
        x, y, w, h = rect
        for cell in self._span(x, y, x + w, y + h):
            bucket = self._cells.get(cell)
            if bucket is not None:
                bucket.discard(key)
                if not bucket:
                    del self._cells[cell]
        extent = (x, x + w)
        for i in self._columns_of(x, x + w):
            lanes = self._columns[i]
            lane = lanes[extent]
            lane.discard(key, y, h)
            if not lane.keys:
                del lanes[extent]
                if not lanes:
                    del self._columns[i]

    def near(self, x0: float, y0: float, x1: float, y1: float) -> set[Hashable]:
        """Keys whose bucket touches the box (a superset of the rectangles meeting it)."""
        found: set[Hashable] = set()
        cells = self._cells
        for cell in self._span(x0, y0, x1, y1):
            bucket = cells.get(cell)
            if bucket:
                found |= bucket
        return found

    def blocker(self, x0: float, y0: float, x1: float, y1: float,
                ends: tuple[Hashable, ...] = ()) -> Rect | None:
        """A card the segment box ``[x0, x1] x [y0, y1]`` comes within :data:`CLEARANCE` of, or
        None. The flow's own ``ends`` only block when the segment enters their inside.

        Of several such cards, the one in the first grid cell (column, then row), and of several
        there, the first in that cell's bucket."""
        if x0 > x1:
            x0, x1 = x1, x0
        if y0 > y1:
            y0, y1 = y1, y0
        c = CLEARANCE
        box = (x0 - c, x1 + c, y0 - c, y1 + c)
        size = self.cell
        rows = range(int(box[2] // size), int(box[3] // size) + 1)
        for i in self._columns_of(box[0], box[1]):
            lanes = self._columns.get(i)
            if not lanes:
                continue
            # a short segment (or cards dropped at many different x) visits few cells: the cells
            # are cheaper then; a long one crossing a few lanes bisects each lane once
            if len(rows) <= len(lanes):
                found = self._first_in_cells(i, rows, box, (x0, x1, y0, y1), ends)
            else:
                found = self._first_in_lanes(i, lanes, rows.start, box, (x0, x1, y0, y1), ends)
            if found is not None:
                return self._rects[found]
        return None

    def _blocks(self, key: Hashable, box: Box, segment: Box,
                ends: tuple[Hashable, ...]) -> bool:
        """Whether card ``key`` is within the clearance ``box`` of the ``segment`` (both
        ``(x0, x1, y0, y1)``), its ends only by their inside."""
        rx, ry, rw, rh = self._rects[key]
        lo_x, hi_x, lo_y, hi_y = box
        if not (rx < hi_x and lo_x < rx + rw and ry < hi_y and lo_y < ry + rh):
            return False
        if key in ends:
            x0, x1, y0, y1 = segment
            return rx < x1 and x0 < rx + rw and ry < y1 and y0 < ry + rh
        return True

    def _first_in_cells(self, i: int, rows: range, box: Box, segment: Box,
                        ends: tuple[Hashable, ...]) -> Hashable | None:
        """The first blocking card of grid column ``i``, cell by cell down ``rows``."""
        cells = self._cells
        rects = self._rects
        lo_x, hi_x, lo_y, hi_y = box
        for j in rows:
            for key in cells.get((i, j), ()):
                rx, ry, rw, rh = rects[key]
                if rx < hi_x and lo_x < rx + rw and ry < hi_y and lo_y < ry + rh:
                    if key in ends and not self._blocks(key, box, segment, ends):
                        continue  # an end only blocks a segment entering its inside
                    return key
        return None

    def _first_in_lanes(self, i: int, lanes: dict[tuple[float, float], _Lane], row_lo: int,
                        box: Box, segment: Box, ends: tuple[Hashable, ...]
                        ) -> Hashable | None:
        """The same card as :meth:`_first_in_cells`, found by bisecting each lane of column
        ``i`` the box overlaps: the blocking cards of the first row, then the first of them in
        that cell's bucket."""
        lo_x, hi_x, lo_y, hi_y = box
        size = self.cell
        rects = self._rects
        best_row: int | None = None
        found: list[Hashable] = []  # the blocking cards of cell (i, best_row)
        for (left, right), lane in lanes.items():
            if not (left < hi_x and lo_x < right):
                continue
            tops, keys = lane.tops, lane.keys
            start = bisect_left(tops, lo_y - lane.max_height - _SLACK)
            for at in range(start, len(tops)):
                ry = tops[at]
                if ry >= hi_y:
                    break
                row = max(row_lo, int(ry // size))  # the first cell of it the scan meets
                if best_row is not None and row > best_row:
                    break
                key = keys[at]
                if not lo_y < ry + rects[key][3]:
                    continue
                if key in ends and not self._blocks(key, box, segment, ends):
                    continue  # an end only blocks a segment entering its inside
                if best_row is None or row < best_row:
                    best_row, found = row, [key]
                else:
                    found.append(key)
        if best_row is None or len(found) == 1:
            return found[0] if found else None
        return next(key for key in self._cells[(i, best_row)] if key in found)

    def lowest_bottom(self, x0: float, x1: float, y_from: float) -> float:
        """The lowest card bottom among the cards meeting the column ``[x0, x1]`` (from
        ``y_from`` down), or ``y_from`` when there is none."""
        lo, hi = min(x0, x1), max(x0, x1)
        bottom = y_from
        columns = self._columns
        for i in self._columns_of(lo, hi):
            for (left, right), lane in columns.get(i, {}).items():
                if left < hi and lo < right:
                    bottom = max(bottom, lane.bottoms[-1])
        return bottom
