"""The card index the flow router used before sorted lanes: a plain grid of buckets, searched
cell by cell along a segment (its cost grows with the segment's length). Kept only as the
reference the new index's answers, and so the routes, must equal."""

from __future__ import annotations

from collections.abc import Hashable

from valuechain_gui.analysis.card_index import CELL, CLEARANCE, Rect


class GridScanIndex:
    """Card rectangles by key, bucketed on a uniform grid of ``cell``-pixel squares."""

    def __init__(self, cell: float = CELL) -> None:
        self.cell = cell
        self._rects: dict[Hashable, Rect] = {}
        self._cells: dict[tuple[int, int], set[Hashable]] = {}

    def __len__(self) -> int:
        return len(self._rects)

    def rect(self, key: Hashable) -> Rect | None:
        """The rectangle of ``key``, or None."""
        return self._rects.get(key)

    def _span(self, x0: float, y0: float, x1: float, y1: float):
        c = self.cell
        for i in range(int(x0 // c), int(x1 // c) + 1):
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
        None. The flow's own ``ends`` only block when the segment enters their inside."""
        if x0 > x1:
            x0, x1 = x1, x0
        if y0 > y1:
            y0, y1 = y1, y0
        c = CLEARANCE
        rects = self._rects
        cells = self._cells
        size = self.cell
        lo_x, hi_x, lo_y, hi_y = x0 - c, x1 + c, y0 - c, y1 + c
        for i in range(int(lo_x // size), int(hi_x // size) + 1):
            for j in range(int(lo_y // size), int(hi_y // size) + 1):
                bucket = cells.get((i, j))
                if not bucket:
                    continue
                for key in bucket:
                    rx, ry, rw, rh = rects[key]
                    if rx < hi_x and lo_x < rx + rw and ry < hi_y and lo_y < ry + rh:
                        if key in ends and not (rx < x1 and x0 < rx + rw
                                                and ry < y1 and y0 < ry + rh):
                            continue  # an end only blocks a segment entering its inside
                        return rects[key]
        return None

    def lowest_bottom(self, x0: float, x1: float, y_from: float) -> float:
        """The lowest card bottom among the cards meeting the column ``[x0, x1]`` (from
        ``y_from`` down), or ``y_from`` when there is none."""
        bottom = y_from
        c = self.cell
        cells = self._cells
        rects = self._rects
        cols = range(int(min(x0, x1) // c), int(max(x0, x1) // c) + 1)
        rows = sorted({j for (i, j) in cells if i in cols})
        for j in reversed(rows):
            if (j + 1) * c <= bottom:
                break
            for i in cols:
                for key in cells.get((i, j), ()):
                    rx, ry, rw, rh = rects[key]
                    if rx < max(x0, x1) and min(x0, x1) < rx + rw:
                        bottom = max(bottom, ry + rh)
        return bottom

