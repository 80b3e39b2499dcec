"""Balancing a tall map: a lane that holds many more cards than the others is folded into more
sub-columns, so that the laid-out map comes closer to a screen's shape. No Qt.

A fitted map is drawn at the scale its longer side allows: a workshop map of 6 stages whose
"Components" stage holds 9 links is about as tall as wide, so on a wide screen (16:9) it is
fitted by its height and its names come out small. Folding the tallest lane into two sub-columns
halves its height and the whole map can be drawn larger.

Only lanes whose links all stand in one sub-column are folded (no flow between two of their links
runs left to right inside the stage): every flow into such a lane comes from the left and every
flow out of it goes to the right, so a folded lane keeps every non-return flow running to a
sub-column strictly to its right. A folded lane's links are dealt to its sub-columns in their
top-to-bottom order (first, second, first, ...), then the rows are ordered again by the layout.

Only a map taller than wide is balanced, and only its lanes of at least :data:`MIN_FOLD_LINKS`
links. A fold is kept only if the map then fits a screen of :data:`TARGET_ASPECT` at a larger scale
(lower, and not too much wider); balancing stops at the first fold that does not, or after :data:`MAX_FOLDS` folds; maps of more than
:data:`BALANCE_LIMIT` links are left as they are (they are never legible whole on one screen,
and every fold lays the map out again).
"""

from __future__ import annotations

from collections.abc import Callable

from ..geometry import CardGrid

#: Width over height a balanced map aims at (a 16:9 screen).
TARGET_ASPECT = 16 / 9
#: Most folds (each adds one sub-column to one lane).
MAX_FOLDS = 6
#: Maps with more links are not balanced.
BALANCE_LIMIT = 200
#: A lane with fewer links than this is never folded.
MIN_FOLD_LINKS = 8
#: Only a map taller than this share of its width is balanced (much taller than a screen).
TALL = 1.0

Rows = Callable[[dict[str, int]], dict[str, int]]


def _size(column: dict[str, int], rows: dict[str, int], grid: CardGrid) -> tuple[float, float]:
    """Width and height (scene pixels) of the cards laid out at ``column`` and ``rows``."""
    width = (max(column.values(), default=0) + 1) * grid.column_step
    height = grid.top + (max(rows.values(), default=0) + 1) * grid.row_step
    return width, height


def _fit_scale(column: dict[str, int], rows: dict[str, int], grid: CardGrid) -> float:
    """Scale at which the map fits a screen of :data:`TARGET_ASPECT` and height 1."""
    width, height = _size(column, rows, grid)
    return min(TARGET_ASPECT / width, 1 / height)


def fold_columns(column: dict[str, int], stage_of: dict[str, int],
                 order: dict[int, list[str]], folds: dict[int, int]) -> dict[str, int]:
    """Sub-columns once lane ``s`` of ``folds`` is folded into ``folds[s]`` sub-columns.

    ``column``: the unfolded sub-columns; ``order[s]``: lane ``s``'s links top to bottom (dealt
    in turn to its sub-columns). Lanes right of a folded lane move right by the added width.
    """
    stages = sorted(set(stage_of.values()))
    extra_before: dict[int, int] = {}
    extra = 0
    for s in stages:
        extra_before[s] = extra
        extra += folds.get(s, 1) - 1
    place = {m: i % folds[s] for s in folds for i, m in enumerate(order[s])}
    return {m: c + extra_before[stage_of[m]] + place.get(m, 0) for m, c in column.items()}


def balance(column: dict[str, int], stage_of: dict[str, int], rows_of: Rows,
            grid: CardGrid) -> tuple[dict[str, int], dict[str, int]]:
    """``(column, rows)`` of the balanced map (see the module docstring).

    ``column``: each link's sub-column before balancing; ``stage_of``: its lane index;
    ``rows_of``: the layout's row placement for given sub-columns.
    """
    rows = rows_of(column)
    width, height = _size(column, rows, grid)
    if len(column) > BALANCE_LIMIT or height <= TALL * width:
        return column, rows
    members: dict[int, list[str]] = {}
    for m, s in stage_of.items():
        members.setdefault(s, []).append(m)
    order = {s: sorted(ids, key=lambda m: rows[m]) for s, ids in members.items()
             if len(ids) >= MIN_FOLD_LINKS and len({column[m] for m in ids}) == 1}
    folds: dict[int, int] = {}
    best = (column, rows)
    score = _fit_scale(*best, grid)
    for _ in range(MAX_FOLDS):
        # the lane that stays the tallest once folded is the one holding the map's height
        candidates = [s for s in order if len(order[s]) > folds.get(s, 1)]
        if not candidates:
            break
        lane = max(candidates, key=lambda s: (-(-len(order[s]) // folds.get(s, 1)), -s))
        trial = dict(folds)
        trial[lane] = trial.get(lane, 1) + 1
        new_column = fold_columns(column, stage_of, order, trial)
        new_rows = rows_of(new_column)
        new_score = _fit_scale(new_column, new_rows, grid)
        if new_score <= score:
            break
        folds, best, score = trial, (new_column, new_rows), new_score
    return best
