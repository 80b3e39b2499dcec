"""The overview (minimap): the whole map in small, with the main view's visible area framed.

The map is rendered into a cached picture (at low level of detail) when the model changes — at
most every :data:`REFRESH_MS` — and when the overview is resized; between refreshes the overview
only blits that picture and draws the frame, so dragging a card or scrolling the main view costs
the overview almost nothing, even on 5,000-link maps. Clicking or dragging in it centres the main
view there. The main window docks it.

A change that cannot move the map's outline (a retag, a rename, a strategic flag: model events
other than links or flows added or removed, stages changed or cards moved) does not redraw the
whole picture: only the scene rectangles Qt reports as changed (the scene's ``changed`` signal)
are drawn again into it (a retag on 5,000 links: ~55 ms → a few ms). The picture scaled to the
overview is kept too (Qt's background cache), and only its part over the redrawn rectangles is
scaled again.

A retag only recolours its card, and in the overview a card is a plain filled rectangle (cards are
drawn without text below ``style.LOW_DETAIL``, and the overview is always far below it on a map
of hundreds of links; the overview draws no selection outline, the main view shows the
selection). So a card whose status changed, whose rectangle holds all that changed and that nothing above
it covers is drawn again alone, by its own ``paint`` with the picture's transform
(:meth:`Minimap._recolour`): the same pixels as rendering its part of the scene again (tests
compare them with a full redraw), at a fraction of the cost (on the 5,000-link benchmark map,
the column of the picture under a card holds ~80 items: ~1.4 → ~0.1 ms).

The cards keep a device-coordinate cache, and Qt keeps one "needs repainting" flag per item cache
for every painter: when the main view repaints a retagged card first, it clears that flag, and the
overview, drawing into its picture with its own transform, would reuse its stale cached drawing (a
card shown red on the map stayed green here). So the overview draws the cards it redraws with
their caches bypassed (:func:`_uncached`); the caches then start afresh for every painter.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (QColor, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent,
                           QTransform)
from PySide6.QtWidgets import (QFrame, QGraphicsItem, QGraphicsScene, QGraphicsView,
                               QStyleOptionGraphicsItem, QWidget)
from shiboken6 import isValid

from .. import style
from .items import LinkCard
from .view import CanvasView

REFRESH_MS = 300  # delay after the last model change before the picture is redrawn
MAX_DIRTY = 2000  # more changed rectangles than this: redraw the whole picture instead
#: Link fields whose change can only recolour the link's card in the overview.
RECOLOURING = frozenset({"status"})
_TRANSLATION = QTransform.TransformationType.TxTranslate.value  # a move, no scale or turn


class Minimap(QGraphicsView):
    """An overview of ``main_view``'s scene.

    Args:
        main_view: the :class:`CanvasView` it follows and steers.
        parent: widget parent.

    It shows its own empty scene spanning the map's ``content_rect()``, whose background is the
    cached picture of the chain scene.
    """

    def __init__(self, main_view: CanvasView, parent: QWidget | None = None) -> None:
        self._blank = QGraphicsScene()
        super().__init__(self._blank, parent)
        self._blank.setParent(self)
        self.main_view = main_view
        self.chain_scene = main_view.chain_scene
        self._picture: QPixmap | None = None
        self._picture_rect = QRectF()
        self._dirty: list[QRectF] = []
        self._recoloured: set[str] = set()  # links retagged since the picture was last drawn
        self._full = True  # the next update redraws the whole picture
        self._dragging = False
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The picture scaled to the overview is kept (Qt's background cache): a repaint (the
        # main view scrolled, a retag redrawn) blits it and draws the frame, instead of scaling
        # the whole picture again (~2 ms at 5,000 links); a redrawn part of the picture
        # invalidates only its part of the cache (see _update_picture).
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setToolTip(self.tr("Overview: click or drag to move the view"))
        self.setMinimumSize(120, 80)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._update_picture)
        notifier = self.chain_scene.notifier
        if notifier is not None:  # a scene drawn once changes no more
            for outline in (notifier.links_added, notifier.links_removed, notifier.flows_added,
                            notifier.flows_removed, notifier.stages_changed,
                            notifier.project_changed):
                outline.connect(self._schedule_full)
            notifier.links_changed.connect(self._links_changed)
        self.chain_scene.changed.connect(self._on_scene_changed)
        self.chain_scene.destroyed.connect(self._timer.stop)
        self.chain_scene.built.connect(self._schedule_full)
        for bar in (main_view.horizontalScrollBar(), main_view.verticalScrollBar()):
            bar.valueChanged.connect(self.viewport().update)
            bar.rangeChanged.connect(self.viewport().update)
        # a map just opened has its arrows built after the first paint of the canvas: the
        # picture is drawn once they are all there (``built``), the overview has its size now
        self.refresh(picture=self.chain_scene.is_built())

    def _schedule_full(self, *_args: object) -> None:
        """A change that may move the map's outline: redraw the whole picture soon."""
        self._full = True
        self._timer.start()

    def _links_changed(self, ids: tuple[str, ...], fields: tuple[str, ...]) -> None:
        """Cards moved: redraw all; else only what Qt reports as changed."""
        if {"position", "stage_id"} & set(fields):
            self._full = True
        elif RECOLOURING.issuperset(fields):
            self._recoloured.update(ids)
        self._timer.start()

    def _on_scene_changed(self, rects: list[QRectF]) -> None:
        # Qt lists the changed scene rectangles (the whole scene rectangle when everything
        # changed); an empty list means nothing to redraw.
        if self._picture is not None and not self._full and self.chain_scene.is_built():
            if len(self._dirty) + len(rects) <= MAX_DIRTY:
                self._dirty.extend(rects)
            else:  # so many changes that one full redraw is cheaper
                self._full, self._dirty = True, []

    def _update_picture(self) -> None:
        """Timer slot: redraw the changed rectangles into the picture, or all of it (not before
        the scene's arrows are all built: then it is redrawn whole)."""
        if isValid(self.chain_scene) and not self.chain_scene.is_built():
            self._full = True
            return
        if self._full or self._picture is None:
            self.refresh()
            return
        self._timer.stop()
        if not isValid(self.chain_scene):
            return
        rect, picture = self._picture_rect, self._picture
        sx = picture.width() / max(rect.width(), 1e-9)
        sy = picture.height() / max(rect.height(), 1e-9)
        cards, dirty = self._recolourable(sx, sy)
        sources = [source for source in (_pixel_source(changed, rect, sx, sy, picture.width(),
                                                       picture.height())
                                          for changed in dirty)
                   if not source.isEmpty()]
        # what render() draws: the items whose bounding rectangle meets a source (their shapes,
        # made in Python for cards and arrows, are not needed)
        touched = {item for source in sources for item in self.chain_scene.items(
            source, Qt.ItemSelectionMode.IntersectsItemBoundingRect)}
        painter = QPainter(picture)
        try:
            with _uncached(touched), self._drawing():
                self._draw_sources(painter, sources, rect, sx, sy)
                self._recolour(painter, cards, rect, sx, sy)
        finally:
            painter.end()
        self._dirty = []
        scale = max(abs(self.transform().m11()), abs(self.transform().m22()), 1e-9)
        pad = 2.0 / scale  # two pixels of the overview around: what scaling can reach
        for source in [*sources, *(card.sceneBoundingRect() for card in cards)]:
            self.invalidateScene(source.adjusted(-pad, -pad, pad, pad),
                                 QGraphicsScene.SceneLayer.BackgroundLayer)
        self.viewport().update()

    def _recolourable(self, sx: float, sy: float) -> tuple[list[LinkCard], list[QRectF]]:
        """The retagged cards to draw again alone (see the module docstring), and the changed
        rectangles left for :meth:`_draw_sources` (those no such card holds). A card qualifies
        when the picture draws it as an opaque plain rectangle (low detail, not dimmed, no
        scale or effect of its own, e.g. the presenter's) and it is the topmost item over its
        bounds (nothing above it, not even a child of its own: a peer's outline)."""
        recoloured, self._recoloured = self._recoloured, set()
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(QTransform.fromScale(sx, sy))
        if not recoloured or lod >= style.LOW_DETAIL or self.chain_scene.full_detail:
            return [], self._dirty
        cards = []
        for link_id in recoloured:
            card = self.chain_scene.card(link_id)
            if (card is None or card.effectiveOpacity() < 1.0
                    or card.graphicsEffect() is not None
                    or card.sceneTransform().type().value > _TRANSLATION):
                continue
            bounds = card.sceneBoundingRect()
            above = self.chain_scene.items(bounds, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                           Qt.SortOrder.DescendingOrder)
            if above and above[0] is card:
                cards.append((card, bounds))
        dirty = [changed for changed in self._dirty
                 if not any(bounds.contains(changed) for _card, bounds in cards)]
        return [card for card, _bounds in cards], dirty

    def _recolour(self, painter: QPainter, cards: list[LinkCard], rect: QRectF, sx: float,
                  sy: float) -> None:
        """Draw each of ``cards`` into the picture by itself (see :meth:`_recolourable`)."""
        option = QStyleOptionGraphicsItem()
        to_picture = QTransform.fromTranslate(-rect.x(), -rect.y()) * QTransform.fromScale(sx, sy)
        for card in cards:
            painter.save()
            painter.setTransform(card.sceneTransform() * to_picture)
            card.paint(painter, option, None)
            painter.restore()

    @contextmanager
    def _drawing(self) -> Iterator[None]:
        """Within the block, the chain scene's cards draw no selection outline (see the module
        docstring)."""
        scene = self.chain_scene
        scene.drawing_overview = True
        try:
            yield
        finally:
            scene.drawing_overview = False

    def _draw_sources(self, painter: QPainter, sources: list[QRectF], rect: QRectF,
                      sx: float, sy: float) -> None:
        """Draw each scene rectangle of ``sources`` into its place in the picture (which covers
        the scene rectangle ``rect`` at ``sx`` × ``sy`` picture pixels per scene unit)."""
        for source in sources:
            target = QRectF((source.x() - rect.x()) * sx, (source.y() - rect.y()) * sy,
                            source.width() * sx, source.height() * sy)
            painter.save()
            painter.setClipRect(target)
            painter.fillRect(target, QColor("white"))
            self.chain_scene.render(painter, target, source,
                                    Qt.AspectRatioMode.IgnoreAspectRatio)
            painter.restore()

    def refresh(self, picture: bool = True) -> None:
        """Redraw the cached picture of the map now and fit it in the overview (without
        ``picture``: only fit the map's outline, the picture is drawn later)."""
        self._timer.stop()
        self._full, self._dirty, self._recoloured = not picture, [], set()
        if not isValid(self.chain_scene):  # the scene was replaced and deleted (File > Open)
            return
        rect = self.chain_scene.content_rect()
        self._blank.setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if not picture:
            return
        target = self.mapFromScene(rect).boundingRect()
        ratio = self.devicePixelRatioF()
        width = max(1, round(target.width() * ratio))
        height = max(1, round(target.height() * ratio))
        picture = QPixmap(width, height)
        picture.fill(QColor("white"))
        painter = QPainter(picture)
        try:
            with _uncached(self.chain_scene.cards()), self._drawing():
                self.chain_scene.render(painter, QRectF(0, 0, width, height), rect,
                                        Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
        self._picture, self._picture_rect = picture, rect
        self.resetCachedContent()
        self.viewport().update()

    def visible_rect(self) -> QRectF:
        """The main view's visible area, scene coordinates."""
        return self.main_view.mapToScene(self.main_view.viewport().rect()).boundingRect()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.fillRect(rect, QColor("white"))
        if self._picture is not None:
            painter.drawPixmap(self._picture_rect, self._picture,
                               QRectF(self._picture.rect()))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.setPen(QPen(QColor(style.SELECTION_COLOR), 0))
        fill = QColor(style.SELECTION_COLOR)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawRect(self.visible_rect())

    def _steer(self, pos: QPointF) -> None:
        self.main_view.centerOn(self.mapToScene(pos.toPoint()))
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = True
            self._steer(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging:
            self._steer(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._dragging = False
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fitInView(self._blank.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.resetCachedContent()
        self._full = True
        self._timer.start()  # a sharper picture for the new size, shortly

    def wheelEvent(self, event) -> None:  # noqa: N802 - the overview never scrolls
        event.accept()


def _pixel_source(changed: QRectF, rect: QRectF, sx: float, sy: float, width: int,
                  height: int) -> QRectF:
    """The scene rectangle of the whole picture pixels that drawing in ``changed`` can touch,
    one more pixel around (antialiased edges spill over): redrawn whole, those pixels come out
    as a full redraw paints them (the picture covers ``rect`` at ``sx`` × ``sy`` pixels per
    scene unit, ``width`` × ``height`` pixels)."""
    left = max(0, math.floor((changed.left() - rect.x()) * sx) - 1)
    top = max(0, math.floor((changed.top() - rect.y()) * sy) - 1)
    right = min(width, math.ceil((changed.right() - rect.x()) * sx) + 1)
    bottom = min(height, math.ceil((changed.bottom() - rect.y()) * sy) + 1)
    if right <= left or bottom <= top:
        return QRectF()
    return QRectF(rect.x() + left / sx, rect.y() + top / sy, (right - left) / sx,
                  (bottom - top) / sy)


@contextmanager
def _uncached(items) -> Iterator[None]:
    """Within the block, ``items`` (an iterable of QGraphicsItem) paint without their item cache;
    afterwards each gets its cache mode back with an empty cache (see the module docstring)."""
    cached = [(item, item.cacheMode()) for item in items
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)

