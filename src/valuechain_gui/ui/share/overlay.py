"""The others' selections on the map: each selected card outlined in its person's colour.

One :class:`PeerOutline` per (person, selected card), a child item of the card (it follows a
drag and the dimming; the card item itself is not changed), drawn around the card with the
person's name on a small tag above its top-left corner. Two people on one card get two rings,
one inside the other.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import Shiboken

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.ui.canvas.scene import ChainScene

#: Over the card and its badges.
OUTLINE_Z = 6.0
RING = 5.0
TAG_HEIGHT = 16.0


class PeerOutline(QGraphicsItem):
    """A ring of ``colour`` around its parent card, ``ring`` rings out, with ``name``."""

    def __init__(self, name: str, colour: str, ring: int) -> None:
        super().__init__()
        self.name = name
        self.colour = QColor(colour)
        margin = RING * (ring + 1)
        self.rect = QRectF(-margin, -margin, CARD_WIDTH + 2 * margin, CARD_HEIGHT + 2 * margin)
        self.setZValue(OUTLINE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the card
        self.font = QFont()
        self.font.setPixelSize(11)
        self.font.setBold(True)
        self.tag_width = QFontMetricsF(self.font).horizontalAdvance(name) + 10
        self.setToolTip(name)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.rect.adjusted(-3, -TAG_HEIGHT - 3, max(0.0, self.tag_width - self.rect.width())
                                  + 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour, 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect, 9, 9)
        tag = QRectF(self.rect.left(), self.rect.top() - TAG_HEIGHT, self.tag_width, TAG_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(tag, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(self.font)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.name)


class PeerSelections:
    """The outlines of one scene: :meth:`show` draws the people's selections."""

    def __init__(self, scene: ChainScene) -> None:
        self.scene = scene
        self.outlines: list[PeerOutline] = []
        self._peers: list[dict] = []
        scene.rebuilding.connect(self.clear)

    def show(self, peers: list[dict]) -> None:
        """Outline, for each person (``name``, ``colour``, ``selection``: link ids), the cards
        they have selected."""
        self._peers = list(peers)
        self.clear()
        rings: dict[str, int] = {}
        for peer in self._peers:
            for link_id in peer.get("selection") or []:
                card = self.scene.card(str(link_id))
                if card is None:
                    continue
                ring = rings.get(str(link_id), 0)
                rings[str(link_id)] = ring + 1
                outline = PeerOutline(str(peer.get("name", "")), str(peer.get("colour", "")),
                                      ring)
                outline.setParentItem(card)
                self.outlines.append(outline)

    def refresh(self) -> None:
        """Draw the last selections again (cards were added or rebuilt)."""
        self.show(self._peers)

    def outlined(self) -> dict[str, list[str]]:
        """Link id → the names of the people who selected it (what is drawn)."""
        shown: dict[str, list[str]] = {}
        for outline in self.outlines:
            card = outline.parentItem()
            if card is not None and Shiboken.isValid(outline):
                shown.setdefault(card.link_id, []).append(outline.name)
        return shown

    def clear(self) -> None:
        """Take every outline off the map."""
        for outline in self.outlines:
            if Shiboken.isValid(outline):
                outline.setParentItem(None)
                if outline.scene() is not None:
                    outline.scene().removeItem(outline)
        self.outlines = []
