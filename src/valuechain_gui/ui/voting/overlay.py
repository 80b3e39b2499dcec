"""The room's votes drawn on the map: a small stacked bar on each card that has votes.

One :class:`VoteBar` per card with votes, a child item of the card (so it follows a drag, the
presenter's enlarged card and the dimming), hung under the card's lower edge (in the gap
between cards, so the name's last line stays readable); the card item itself is not changed.
Each segment is as wide as its share of the votes (never narrower than its marker and count),
filled with the status tint and carrying the status marker (colour, shape and glyph: legible
in grayscale) and the count. "Don't know" is the unassessed marker.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import Shiboken

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.ui import style
from valuechain_gui.ui.canvas.items import LinkCard
from valuechain_gui.ui.canvas.scene import ChainScene
from .texts import VOTE_STATUS, counts_tooltip

BAR_HEIGHT = 20.0
BAR_INSET = 8.0
#: The narrowest a segment is drawn (marker + a two-digit count).
MIN_SEGMENT = 40.0
#: Above the card's own drawing (its children are drawn over it).
BAR_Z = 5.0


def segment_widths(counts: dict[str, int], width: float) -> list[tuple[str, float]]:
    """``(vote, width)`` of each non-empty segment: :data:`MIN_SEGMENT` each, the rest of
    ``width`` shared in proportion to the counts."""
    shown = [(v, counts.get(v, 0)) for v in VOTE_STATUS if counts.get(v, 0) > 0]
    total = sum(n for _v, n in shown)
    if not total:
        return []
    spare = max(0.0, width - MIN_SEGMENT * len(shown))
    return [(v, MIN_SEGMENT + spare * n / total) for v, n in shown]


class VoteBar(QGraphicsItem):
    """The stacked bar of one card's votes (see the module docstring)."""

    def __init__(self, link_id: str, counts: dict[str, int]) -> None:
        super().__init__()
        self.link_id = link_id
        self.counts: dict[str, int] = {}
        self.rect = QRectF(0, 0, CARD_WIDTH - 2 * BAR_INSET, BAR_HEIGHT)
        self.setZValue(BAR_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the card
        self.setPos(BAR_INSET, CARD_HEIGHT - 3)
        self.set_counts(counts)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show these counts (``{"strong": 3, ...}``)."""
        self.counts = {v: int(counts.get(v, 0)) for v in VOTE_STATUS}
        self.setToolTip(counts_tooltip(self.counts))
        self.update()

    def total(self) -> int:
        """The number of votes shown."""
        return sum(self.counts.values())

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(style.TEXT_COLOR), 1.4))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(self.rect, 6, 6)
        font = QFont(style.glyph_font())
        font.setPixelSize(14)
        x = self.rect.left()
        for vote, width in segment_widths(self.counts, self.rect.width()):
            status = VOTE_STATUS[vote]
            box = QRectF(x, self.rect.top(), width, self.rect.height()).adjusted(1, 1, -1, -1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.STATUS_FILL[status]))
            painter.drawRoundedRect(box, 5, 5)
            style.paint_status_marker(painter, QPointF(box.left() + 10, box.center().y()), 14,
                                      status)
            painter.setFont(font)
            painter.setPen(QColor(style.TEXT_COLOR))
            painter.drawText(box.adjusted(20, 0, -2, 0), Qt.AlignmentFlag.AlignCenter,
                             str(self.counts[vote]))
            x += width
        painter.setPen(QPen(QColor(style.TEXT_COLOR), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect, 6, 6)


class VotesOverlay:
    """The vote bars of one scene: :meth:`show` puts them on, :meth:`clear` takes them off."""

    def __init__(self, scene: ChainScene) -> None:
        self.scene = scene
        self.bars: dict[str, tuple[LinkCard, VoteBar]] = {}
        scene.rebuilding.connect(self._forget)

    def _forget(self) -> None:
        """The cards are being rebuilt: their bars go with them (put back by :meth:`show`)."""
        self.clear()

    def bar(self, link_id: str) -> VoteBar | None:
        """The bar on the card of ``link_id``, or None (no votes, or no card)."""
        held = self.bars.get(link_id)
        if held is None or self.scene.card(link_id) is not held[0] \
                or not Shiboken.isValid(held[1]):
            return None
        return held[1]

    def clear(self) -> None:
        """Take every bar off the map."""
        for card, bar in self.bars.values():
            if Shiboken.isValid(bar) and Shiboken.isValid(card):
                bar.setParentItem(None)
                if bar.scene() is not None:
                    bar.scene().removeItem(bar)
        self.bars = {}

    def show(self, counts: dict[str, dict[str, int]]) -> None:
        """Show ``counts`` (link id → vote → number) on the cards; links left out lose their
        bar."""
        for link_id in list(self.bars):
            if link_id not in counts:
                self._drop(link_id)
        for link_id, own in counts.items():
            self.show_link(link_id, own)

    def show_link(self, link_id: str, counts: dict[str, int]) -> None:
        """Show one link's counts (no votes: no bar)."""
        card = self.scene.card(link_id)
        bar = self.bar(link_id)
        if card is None or not sum(counts.get(v, 0) for v in VOTE_STATUS):
            self._drop(link_id)
            return
        if bar is None:
            self._drop(link_id)
            bar = VoteBar(link_id, counts)
            bar.setParentItem(card)
            self.bars[link_id] = (card, bar)
        else:
            bar.set_counts(counts)

    def _drop(self, link_id: str) -> None:
        held = self.bars.pop(link_id, None)
        if held is not None and Shiboken.isValid(held[1]) and Shiboken.isValid(held[0]):
            held[1].setParentItem(None)
            if held[1].scene() is not None:
                held[1].scene().removeItem(held[1])
