"""Display options of the chain scene: full detail for exports, rank badges, and the dimming
of links (and their flows) that the highlight or the status filter leaves out.

A mixin of :class:`~valuechain_gui.ui.canvas.scene.ChainScene`: it works on the scene's items
built so far (items built later take these options when they are built).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from .. import style
from .flow_item import FlowArrow
from .items import LinkCard


class SceneDisplay:
    """Display options of the chain scene (mixed into :class:`ChainScene`)."""

    def set_full_detail(self, on: bool) -> None:
        """True draws full detail (text) whatever the zoom: for exports and screenshots."""
        if on != self.full_detail:
            self.full_detail = on
            self.refresh_detail()

    def refresh_detail(self) -> None:
        """Redraw every item after ``full_detail`` or ``exporting`` changed."""
        full = self.full_detail or self.exporting
        for arrow in self._arrows.values():
            arrow.set_mode(full, self.exporting)
        for card in self._cards.values():
            card.update()
        self.update()

    def _apply_badges(self) -> None:
        badges = self.view_state.badges
        for link_id, card in self._cards.items():
            card.set_badge(badges.get(link_id) if badges is not None else None)

    def is_dimmed(self, link_id: str) -> bool:
        """Whether the highlight or the status filter dims this link."""
        card = self._cards.get(link_id)
        if card is not None:
            return self.view_state.is_dimmed(link_id, card.status)
        link = self.project.links.get(link_id) if link_id in self._queue else None
        return link is not None and self.view_state.is_dimmed(link_id, link.status)

    def _apply_dim(self, card: LinkCard) -> None:
        _set_opacity(card, style.DIM_OPACITY if self.is_dimmed(card.link_id) else 1.0)
        for arrow in card.arrows:
            self._apply_dim_arrow(arrow)

    def _apply_dim_arrow(self, arrow: FlowArrow) -> None:
        dim = self.is_dimmed(arrow.key[0]) or self.is_dimmed(arrow.key[1])
        _set_opacity(arrow, style.DIM_OPACITY if dim else 1.0)

    def _apply_dim_all(self) -> None:
        if not self.view_state.dims_anything() and not self._dimmed:
            return  # nothing dimmed, nothing to dim: opening a large map stays fast
        self._dimmed = self.view_state.dims_anything()
        for card in self._cards.values():
            _set_opacity(card, style.DIM_OPACITY if self.is_dimmed(card.link_id) else 1.0)
        for arrow in self._arrows.values():
            self._apply_dim_arrow(arrow)


def _set_opacity(item: QGraphicsItem, value: float) -> None:
    """Set an item's opacity only when it changes (each call costs a repaint and a Python
    itemChange)."""
    if item.opacity() != value:
        item.setOpacity(value)
