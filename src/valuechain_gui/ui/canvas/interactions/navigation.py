"""Moving the keyboard focus between cards, and finding a free place for a new card.

The focused card is the last selected link: tags, F2, Insert act on it. Tab / Shift+Tab select
the next / previous card in chain order (upstream to downstream, lane by lane, top to bottom in
a lane), Alt+arrows the nearest card in that direction; neither moves a card (the plain arrows
still move the selected cards). :func:`free_y` gives the first height of a lane where a new card
overlaps no other card, so a new link never lands on another one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from valuechain_gui.geometry import CARD_GAP_Y, CARD_HEIGHT, CARD_WIDTH, TOP_MARGIN
from valuechain_gui.model import Project

if TYPE_CHECKING:
    from .controller import CanvasInteractions

_Key = Qt.Key


def chain_order(project: Project) -> list[str]:
    """Link ids upstream to downstream: by stage, then by sub-column (left to right), then top to
    bottom."""
    index = {stage.id: i for i, stage in enumerate(project.stages)}
    return [link.id for link in sorted(
        project.links.values(),
        key=lambda link: (index.get(link.stage_id, len(index)), link.position[0],
                          link.position[1]))]


def free_y(project: Project, x: float, want: float) -> float:
    """The first y at or below ``want`` where a card at ``x`` keeps a gap of ``CARD_GAP_Y`` from
    every card it would share a column with (whatever their stage)."""
    want = max(want, TOP_MARGIN)
    taken = sorted(link.position[1] for link in project.links.values()
                   if abs(link.position[0] - x) < CARD_WIDTH)
    candidates = sorted({want} | {y + CARD_HEIGHT + CARD_GAP_Y for y in taken
                                  if y + CARD_HEIGHT + CARD_GAP_Y > want})
    for y in candidates:
        if all(y + CARD_HEIGHT + CARD_GAP_Y <= other or other + CARD_HEIGHT + CARD_GAP_Y <= y
               for other in taken):
            return y
    return candidates[-1]  # not reached: the last candidate is below every card


class FocusNavigation:
    """Keyboard focus moves between the cards of a scene (see the module docstring)."""

    def __init__(self, owner: CanvasInteractions) -> None:
        self.owner = owner

    def focused(self) -> str | None:
        """The focused link: the last selected one, or None."""
        ids = self.owner.scene.selected_link_ids()
        return ids[-1] if ids else None

    def focus(self, link_id: str) -> None:
        """Select ``link_id`` alone and bring its card into view."""
        scene = self.owner.scene
        scene.select_links([link_id])
        card = scene.card(link_id)
        for view in scene.views() if card is not None else []:
            view.ensureVisible(card, 40, 40)

    def step(self, delta: int) -> None:
        """Tab (+1) / Shift+Tab (−1): the next / previous card in chain order (wraps)."""
        order = chain_order(self.owner.project)
        if not order:
            return
        current = self.focused()
        if current not in order:
            self.focus(order[0] if delta > 0 else order[-1])
            return
        self.focus(order[(order.index(current) + delta) % len(order)])

    def spatial(self, key: Qt.Key) -> None:
        """Alt+arrow: the nearest card in that direction from the focused one."""
        project = self.owner.project
        current = self.focused()
        if current is None:
            self.step(1)
            return
        x0, y0 = project.links[current].position
        dx, dy = {_Key.Key_Left: (-1, 0), _Key.Key_Right: (1, 0), _Key.Key_Up: (0, -1),
                  _Key.Key_Down: (0, 1)}[key]
        best, best_score = None, None
        for link in project.links.values():
            if link.id == current:
                continue
            ox, oy = link.position[0] - x0, link.position[1] - y0
            along = ox * dx + oy * dy
            if along <= 1.0:
                continue
            across = abs(ox * dy) + abs(oy * dx)
            score = along + 2.0 * across
            if best_score is None or score < best_score:
                best, best_score = link.id, score
        if best is not None:
            self.focus(best)
