"""Move cards by dragging them: Qt moves the items, one "Move" edit is made on release.

While the mouse is down Qt's own item move drags the selected cards (their arrows follow); on
release the cards that moved are sent to the document as one move (a card dropped in another
lane changes stage; it snaps to the nearest sub-column of the lane it is dropped in), then put
back where the model says (also when the move was refused).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from valuechain_gui.geometry import CARD_WIDTH, LANE_HEADER_HEIGHT, lane_index_at, snap_x
from ..items import LinkCard

if TYPE_CHECKING:
    from .controller import CanvasInteractions

#: No card goes above the lane headers.
MIN_CARD_Y = LANE_HEADER_HEIGHT + 8.0


class DragMove:
    """Drag-to-move of the selected cards (one undo step per drag)."""

    def __init__(self, owner: CanvasInteractions) -> None:
        self.owner = owner
        self._start: dict[str, QPointF] | None = None

    def cancel(self) -> None:
        """Forget the drag under way (its release makes no edit)."""
        self._start = None

    def after_press(self, event: QGraphicsSceneMouseEvent) -> None:
        """Remember where the selected cards were when a card drag may start (called after Qt
        handled the press, so the pressed card is selected and grabs the mouse)."""
        self._start = None
        scene = self.owner.scene
        if event.button() == Qt.MouseButton.LeftButton and not self.owner.connector.active:
            if isinstance(scene.mouseGrabberItem(), LinkCard):
                self._start = {card.link_id: card.pos() for card in scene.selectedItems()
                               if isinstance(card, LinkCard)}

    def after_release(self, event: QGraphicsSceneMouseEvent) -> None:
        """Make one "Move" of the cards that moved; a card dropped in another lane changes
        stage."""
        start, self._start = self._start, None
        if not start or event.button() != Qt.MouseButton.LeftButton:
            return
        scene, project = self.owner.scene, self.owner.project
        moved = [i for i, pos in start.items()
                 if scene.card(i) is not None and scene.card(i).pos() != pos]
        if not moved:
            return
        positions: dict[str, tuple[float, float]] = {}
        stages: dict[str, str] = {}
        spans = scene.lane_spans()
        for link_id in moved:
            pos = scene.card(link_id).pos()
            lane = lane_index_at(pos.x() + CARD_WIDTH / 2, spans)
            # the card snaps to the nearest sub-column of the lane it is dropped in
            positions[link_id] = (snap_x(pos.x(), spans[lane]), max(MIN_CARD_Y, pos.y()))
            stages[link_id] = project.stages[lane].id
        self.owner.edit.move_links(positions, stages)
        for link_id in moved:  # the model decides: resync (also when the move was refused)
            link = project.links.get(link_id)
            if link is not None:
                scene.card(link_id).setPos(*link.position)
