"""Connect two links with a flow: drag from a card's handle to another card, or press F.

The controller, not the card, takes the press: the whole drawn handle and a few screen pixels
around it start a connection at any zoom, even where the handle overlaps the card or the first
flow leaving it. A rubber-band arrow follows the cursor until the release; F adds a flow from
the first selected link to the last selected one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ..flow_item import ConnectionPreview
from ..items import LinkCard, handle_hit_radius, view_scale

if TYPE_CHECKING:
    from .controller import CanvasInteractions


class Connector:
    """Drawing a flow from a card's handle (see the module docstring).

    Attributes:
        source: the card the flow being drawn starts from, or None.
        preview: the rubber-band arrow while drawing, or None.
    """

    def __init__(self, owner: CanvasInteractions) -> None:
        self.owner = owner
        self.source: LinkCard | None = None
        self.preview: ConnectionPreview | None = None

    @property
    def active(self) -> bool:
        """Whether a flow is being drawn."""
        return self.source is not None

    def cancel(self) -> bool:
        """Drop the flow being drawn; True if there was one."""
        was = self.source is not None
        self.source = None
        if self.preview is not None:
            self.owner.scene.removeItem(self.preview)
            self.preview = None
        return was

    def handle_at(self, pos: QPointF, scale: float = 1.0) -> LinkCard | None:
        """The topmost card whose connection handle is under scene ``pos`` at view ``scale``."""
        radius = handle_hit_radius(scale)
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        for item in self.owner.scene.items(area):
            if isinstance(item, LinkCard) and item.on_handle(item.mapFromScene(pos), scale):
                return item
        return None

    # ------------------------------------------------------------------ mouse
    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A left press on a card's handle starts drawing a flow from it. True if handled."""
        if event.button() != Qt.MouseButton.LeftButton or self.active:
            return False
        card = self.handle_at(event.scenePos(), view_scale(event.widget()))
        if card is None:
            return False
        self.begin(card, event.scenePos())
        event.accept()
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        """While a flow is drawn the rubber-band arrow follows the cursor. True if handled."""
        if self.source is None:
            return False
        self.update(event.scenePos())
        event.accept()
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A left release while a flow is drawn ends it on the card there. True if handled."""
        if event.button() != Qt.MouseButton.LeftButton or self.source is None:
            return False
        self.end(event.scenePos())
        event.accept()
        return True

    # ------------------------------------------------------------------ steps
    def begin(self, card: LinkCard, pos: QPointF) -> None:
        """Start drawing a flow from ``card`` (its handle was pressed at scene ``pos``)."""
        self.source = card
        self.preview = ConnectionPreview(card.out_point())
        self.owner.scene.addItem(self.preview)
        self.preview.set_end(pos)

    def update(self, pos: QPointF) -> None:
        """Make the rubber-band arrow follow the cursor."""
        if self.preview is not None:
            self.preview.set_end(pos)

    def end(self, pos: QPointF) -> None:
        """Finish: a flow to the card under ``pos``, if any (not the source itself)."""
        source = self.source
        self.cancel()
        target = next((item for item in self.owner.scene.items(pos)
                       if isinstance(item, LinkCard) and item is not source), None)
        if source is not None and target is not None:
            self.owner.edit.add_flow(source.link_id, target.link_id)

    def connect_selected(self) -> None:
        """F: a flow from the first selected link to the last selected one."""
        ids = self.owner.scene.selected_link_ids()
        if len(ids) < 2:
            self.owner.tell(QCoreApplication.translate(
                "Canvas",
                "Select the upstream link, then Ctrl+click the downstream link, then press F."))
            return
        self.owner.edit.add_flow(ids[0], ids[-1])
