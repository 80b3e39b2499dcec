"""The comparison drawn on the map: a badge on each changed card ("was missing", "new"...) and
a ghost card for each link removed since the basis, in its old stage's lane under the cards.

These are items of their own, added to the canvas scene above the cards and removed by
:meth:`ChangesOverlay.clear` (when the comparison is closed or the map is rebuilt); the cards
are not changed. :meth:`ChangesOverlay.show` places them from the cards' current places.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from valuechain_gui.analysis.changes import Change, ChangeKind
from valuechain_gui.geometry import (
    CARD_GAP_Y,
    CARD_HEIGHT,
    CARD_MARGIN_X,
    CARD_WIDTH,
    LANE_WIDTH,
    TOP_MARGIN,
    lane_x,
)
from valuechain_gui.model.snapshots import ChainState
from valuechain_gui.ui.canvas.scene import ChainScene
from .texts import badge_text

#: Above cards, arrows and the canvas's own badges.
OVERLAY_Z = 50.0
BADGE_COLOR = "#6a1b9a"  # violet: no status uses it
GHOST_COLOR = "#7a7a7a"


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class ChangeBadge(QGraphicsItem):
    """A rounded label ("was missing · renamed") on the lower edge of a changed card."""

    def __init__(self, link_id: str, text: str) -> None:
        super().__init__()
        self.link_id, self.text = link_id, text
        self.font = _font(13, bold=True)
        width = QFontMetricsF(self.font).horizontalAdvance(text) + 14
        self.rect = QRectF(0, 0, width, 20)
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(text)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor(BADGE_COLOR))
        painter.drawRoundedRect(self.rect, 9, 9)
        painter.setFont(self.font)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class GhostCard(QGraphicsItem):
    """A removed link: a dashed grey card with its old name, marked "removed"."""

    def __init__(self, link_id: str, name: str) -> None:
        super().__init__()
        self.link_id, self.name = link_id, name
        self.rect = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        self.setZValue(OVERLAY_Z - 1)
        self.setOpacity(0.75)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.label = QCoreApplication.translate("Changes", "removed")
        self.setToolTip(f"{name} ({self.label})")

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(GHOST_COLOR), 2.0, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(245, 245, 245, 200))
        painter.drawRoundedRect(self.rect, 8, 8)
        painter.setPen(QColor(GHOST_COLOR))
        painter.setFont(_font(12))
        painter.drawText(self.rect.adjusted(10, 4, -10, 0),
                         Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, self.label)
        font = _font(14)
        font.setStrikeOut(True)
        painter.setFont(font)
        painter.drawText(self.rect.adjusted(10, 22, -10, -6),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, self.name)


class ChangesOverlay:
    """The overlay items of one comparison on one scene."""

    def __init__(self, scene: ChainScene) -> None:
        self.scene = scene
        self.badges: list[ChangeBadge] = []
        self.ghosts: list[GhostCard] = []
        scene.rebuilding.connect(self.clear)

    def clear(self) -> None:
        """Remove every overlay item from the scene."""
        for item in [*self.badges, *self.ghosts]:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.badges, self.ghosts = [], []

    def show(self, changes: list[Change], basis: ChainState) -> None:
        """Draw ``changes`` (the current map against ``basis``) in place of the previous ones."""
        self.clear()
        per_link: dict[str, list[Change]] = {}
        for change in changes:
            per_link.setdefault(change.link_id, []).append(change)
        for link_id, own in per_link.items():
            card = self.scene.card(link_id)
            text = badge_text(own)
            if card is None or not text:
                continue
            badge = ChangeBadge(link_id, text)
            rect = card.sceneBoundingRect()
            badge.setPos(rect.right() - badge.rect.width() - 4, rect.bottom() - 12)
            self.scene.addItem(badge)
            self.badges.append(badge)
        self._ghosts([c for c in changes if c.kind == ChangeKind.LINK_REMOVED], basis)

    def _ghosts(self, removed: list[Change], basis: ChainState) -> None:
        old_stage = {k.id: k.stage_id for k in basis.links}
        old_stage_names = dict(basis.stages)
        lanes = self.scene.lanes()
        if not lanes:
            return
        bottoms: dict[int, float] = {}
        for change in removed:
            stage_id = old_stage.get(change.link_id, "")
            lane = next((ln for ln in lanes if ln.stage_id == stage_id), None)
            if lane is None:  # the stage is gone too: a lane of the same name, else the last
                name = old_stage_names.get(stage_id)
                lane = next((ln for ln in lanes if ln.name == name), lanes[-1])
            left = lane_x(lane.index)
            if lane.index not in bottoms:
                cards = [c.sceneBoundingRect() for c in self.scene.cards()
                         if left <= c.sceneBoundingRect().center().x() < left + LANE_WIDTH]
                bottoms[lane.index] = max((r.bottom() for r in cards),
                                          default=TOP_MARGIN - CARD_GAP_Y)
            ghost = GhostCard(change.link_id, change.name)
            ghost.setPos(left + CARD_MARGIN_X, bottoms[lane.index] + CARD_GAP_Y)
            bottoms[lane.index] += CARD_GAP_Y + CARD_HEIGHT
            self.scene.addItem(ghost)
            self.ghosts.append(ghost)
