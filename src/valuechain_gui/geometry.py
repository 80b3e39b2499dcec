"""Canvas geometry shared by the Qt-free layers (layout, samples) and the canvas (ui/).

All values are scene pixels (at 100 % zoom one scene pixel is one screen pixel). Lanes (stages)
are columns: lane ``i`` spans x in ``[i * LANE_WIDTH, (i + 1) * LANE_WIDTH)``; its header occupies
y in ``[0, LANE_HEADER_HEIGHT)``. A link's ``position`` is its card's top-left corner.
"""

from __future__ import annotations

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
