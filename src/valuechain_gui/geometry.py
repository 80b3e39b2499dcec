"""Canvas geometry shared by the Qt-free layers (layout, samples) and the canvas (ui/).

All values are scene pixels (at 100 % zoom one scene pixel is one screen pixel). Lanes (stages)
are columns, side by side from x = 0; a lane's header occupies y in ``[0, LANE_HEADER_HEIGHT)``.
A link's ``position`` is its card's top-left corner. A lane is ``LANE_WIDTH`` wide, or wider when
its cards stand in several sub-columns (links chained inside one stage): :func:`lane_spans`
derives every lane's extent from the card positions, so the model stays the one truth.
The size of a card and the room around it are read through :func:`card_grid`, which both the
auto-layout and the canvas use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

LANE_WIDTH = 240.0
LANE_HEADER_HEIGHT = 56.0
CARD_WIDTH = 184.0
CARD_HEIGHT = 72.0
CARD_MARGIN_X = (LANE_WIDTH - CARD_WIDTH) / 2  # card centred in its lane
CARD_GAP_Y = 28.0  # vertical space between two cards of a lane
TOP_MARGIN = LANE_HEADER_HEIGHT + 24.0  # y of the first card of a lane


def lane_x(index: int) -> float:
    """x of the left edge of lane ``index`` (0 = most upstream)."""
    return index * LANE_WIDTH


def card_position(lane_index: int, row: int) -> tuple[float, float]:
    """Top-left corner of the card at ``row`` (0 = top) of lane ``lane_index``."""
    return (lane_x(lane_index) + CARD_MARGIN_X, TOP_MARGIN + row * (CARD_HEIGHT + CARD_GAP_Y))


def lane_at(x: float, lane_count: int) -> int:
    """Index of the lane under scene x, clamped to ``[0, lane_count - 1]`` (0 if no lanes)."""
    if lane_count <= 0:
        return 0
    return min(max(int(x // LANE_WIDTH), 0), lane_count - 1)


@dataclass(frozen=True)
class CardGrid:
    """The grid the auto-layout puts cards on: card size, room between cards, first row.

    A sub-column of a lane is ``column_step`` wide (a card and a margin on each side), so a lane
    of ``k`` sub-columns is ``k * column_step`` wide and the room between two cards side by side
    is the same inside a lane as across two lanes.
    """

    card_width: float
    card_height: float
    margin_x: float
    gap_y: float
    top: float

    @property
    def column_step(self) -> float:
        """Width of one sub-column (card plus its two margins)."""
        return self.card_width + 2 * self.margin_x

    @property
    def row_step(self) -> float:
        """Height of one row (card plus the gap below it)."""
        return self.card_height + self.gap_y

    def position(self, column: int, row: int) -> tuple[float, float]:
        """Top-left corner of the card in global sub-column ``column`` and ``row``."""
        return (column * self.column_step + self.margin_x, self.top + row * self.row_step)


def card_grid() -> CardGrid:
    """The card grid of the map, from this module's card size (read at each call)."""
    return CardGrid(CARD_WIDTH, CARD_HEIGHT, CARD_MARGIN_X, CARD_GAP_Y, TOP_MARGIN)


def lane_spans(stage_ids: list[str], cards: Iterable[tuple[str, float]],
               grid: CardGrid | None = None) -> list[tuple[float, float]]:
    """``(left, width)`` of each lane, in stage order, from the cards' ``(stage id, x)``.

    Lanes tile the map from x = 0. A lane is at least one sub-column wide and reaches past the
    right edge of its rightmost card by a margin; the border with the next lane also stays left
    of that lane's leftmost card by a margin (so emptying a sub-column keeps the next lane where
    it is). Cards of unknown stages are ignored.
    """
    grid = grid or card_grid()
    index = {stage_id: i for i, stage_id in enumerate(stage_ids)}
    right = [0.0] * len(stage_ids)
    left = [float("inf")] * len(stage_ids)
    for stage_id, x in cards:
        i = index.get(stage_id)
        if i is not None:
            right[i] = max(right[i], x + grid.card_width + grid.margin_x)
            left[i] = min(left[i], x - grid.margin_x)
    spans: list[tuple[float, float]] = []
    start = 0.0
    for i in range(len(stage_ids)):
        end = max(start + grid.column_step, right[i])
        if i + 1 < len(stage_ids) and left[i + 1] != float("inf"):
            end = max(end, left[i + 1])
        spans.append((start, end - start))
        start = end
    return spans


def project_lane_spans(project: Any) -> list[tuple[float, float]]:
    """:func:`lane_spans` of a :class:`~valuechain_gui.model.Project`'s stages and cards."""
    return lane_spans([stage.id for stage in project.stages],
                      [(link.stage_id, link.position[0]) for link in project.links.values()])


def first_card_x(spans: list[tuple[float, float]], index: int,
                 grid: CardGrid | None = None) -> float:
    """x of a card in the first sub-column of lane ``index`` of ``spans`` (clamped)."""
    grid = grid or card_grid()
    if not spans:
        return grid.margin_x
    return spans[min(max(index, 0), len(spans) - 1)][0] + grid.margin_x


def lane_index_at(x: float, spans: list[tuple[float, float]]) -> int:
    """Index of the lane of ``spans`` under scene x, clamped to the lanes (0 if none)."""
    for i, (left, width) in enumerate(spans):
        if x < left + width:
            return i
    return max(len(spans) - 1, 0)


def snap_x(x: float, span: tuple[float, float], grid: CardGrid | None = None) -> float:
    """Card x nearest to ``x`` on the sub-columns of the lane ``span`` (its left, width)."""
    grid = grid or card_grid()
    left, width = span
    columns = max(int(round(width / grid.column_step)), 1)
    column = min(max(int(round((x - left - grid.margin_x) / grid.column_step)), 0), columns - 1)
    return left + grid.margin_x + column * grid.column_step
