"""The zoomed-out picture cache of the canvas view: a whole 5,000-link map repainted in ~1 ms.

Zoomed out (a map of thousands of links fitted in the window), every card is a few pixels and
Qt's per-item cost dominates a repaint: ~15,000 items walked, sorted and painted (~35 ms on a
5,000-link / 10,000-flow map, over the 16.7 ms of one frame at 60 Hz). Below
:data:`MAX_ZOOM` (where cards are already drawn simplified, without text; see
``style.LOW_DETAIL``) and while the whole scene fits in :data:`MAX_PIXELS`, the view paints from
one picture of the whole scene at the current scale instead (:class:`OverviewCache`).

The picture follows the scene without full redraws: the scene's ``changed`` signal lists the
scene rectangles that changed (a retagged card and its flows, a dragged card...); only those are
drawn again into the picture, by the scene itself (``QGraphicsScene.render`` with that source
rectangle), before the next paint. A new zoom or scene rectangle draws the picture anew. Items
stay in the scene and keep their behaviour (clicks, hover, rubber-band selection): only painting
changes. Exports never go through a view, so they are unaffected.

Two details keep the picture identical to what Qt would paint (tests compare the pixels; only
the phase of brush patterns, the hatching of missing links, may differ by a pixel): its origin is
placed on the view's pixel grid (no half-pixel resampling), and the cards' device-coordinate
caches are emptied when
the view switches between the picture and Qt's own painting. Qt keeps one "needs repainting"
flag per item cache for all painters, so a card repainted into the picture would otherwise leave
a stale cached drawing for the view (and the reverse).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QGraphicsItem, QRubberBand, QStyle, QStyleOptionRubberBand
from shiboken6 import isValid

from valuechain_gui.geometry import CARD_HEIGHT, CARD_WIDTH
from valuechain_gui.model import LinkStatus
from .. import style

if TYPE_CHECKING:
    from .view import CanvasView

#: The picture is used below this zoom (cards are simplified below ``style.LOW_DETAIL``).
MAX_ZOOM = style.LOW_DETAIL
#: ... and only while the whole scene at the current zoom fits in this many device pixels.
MAX_PIXELS = 6_000_000


class OverviewCache:
    """A picture of the whole scene of ``view`` at its current zoom, kept up to date.

    Args:
        view: the :class:`~valuechain_gui.ui.canvas.view.CanvasView` it paints for.

    Call :meth:`active` to know whether the view should paint from it, then :meth:`paint`.
    """

    def __init__(self, view: CanvasView) -> None:
        self.view = view
        self.image: QImage | None = None
        self.rect = QRectF()  # scene rectangle the picture covers (its origin on the pixel grid)
        self.scale = 0.0  # device pixels per scene pixel
        self.key: tuple = ()
        self.dirty: list[QRectF] = []
        self.in_use = False
        view.chain_scene.changed.connect(self._on_changed)
        view.chain_scene.built.connect(self._on_built)

    def _on_changed(self, rects: list[QRectF]) -> None:
        # Qt lists the changed scene rectangles (the whole scene rectangle when everything
        # changed); an empty list means nothing to redraw. While the arrows of a map just opened
        # are built slice by slice, the picture keeps its cards and is drawn anew once at the end
        # (redrawing each slice's long arrows would redraw most of the map every slice).
        if self.image is not None and self.view.chain_scene.is_built():
            self.dirty.extend(rects)

    def _on_built(self) -> None:
        """Every arrow is built: draw the picture anew (with them) at the next paint."""
        self.drop()
        if isValid(self.view):  # the scene may outlive its view (another map opened)
            self.view.viewport().update()

    def drop(self) -> None:
        """Forget the picture (it is drawn anew when next needed)."""
        self.image = None
        self.dirty = []

    def _switch(self, in_use: bool) -> None:
        """Start or stop painting from the picture: empty the cards' item caches (see module)."""
        if in_use == self.in_use:
            return
        self.in_use = in_use
        self.drop()
        for card in self.view.chain_scene.built_cards():  # the only cached items
            mode = card.cacheMode()
            if mode != QGraphicsItem.CacheMode.NoCache:
                card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
                card.setCacheMode(mode)

    def active(self) -> bool:
        """Whether the view should paint from the picture now (zoomed out, small enough, not
        forced to full detail)."""
        view = self.view
        scene = view.chain_scene
        zoom = view.transform().m11()
        rect = scene.sceneRect()
        ratio = view.viewport().devicePixelRatioF()
        pixels = rect.width() * rect.height() * (zoom * ratio) ** 2
        if (zoom >= MAX_ZOOM or scene.full_detail or scene.exporting
                or view.transform().isRotating() or pixels > MAX_PIXELS):
            self._switch(False)
            return False
        self._switch(True)
        return True

    def _draw(self, painter: QPainter, source: QRectF) -> None:
        """Draw the scene's ``source`` rectangle into its place in the picture."""
        scene = self.view.chain_scene
        target = QRectF((source.x() - self.rect.x()) * self.scale,
                        (source.y() - self.rect.y()) * self.scale,
                        source.width() * self.scale, source.height() * self.scale)
        painter.save()
        painter.setClipRect(target)
        painter.fillRect(target, scene.backgroundBrush())
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        self._draw_pending_cards(painter)
        painter.restore()

    def _draw_pending_cards(self, painter: QPainter) -> None:
        """Draw the cards of a map just opened that are not built yet from the model, as the
        cards draw themselves at this zoom (a rectangle in the status colour, hatched when
        missing): the map shows whole at once; they are drawn again by their items once built."""
        scene = self.view.chain_scene
        links = scene.project.links
        pending = [links[i] for i in scene.pending_cards() if i in links]
        if not pending:
            return
        painter.save()
        painter.translate(-self.rect.x() * self.scale, -self.rect.y() * self.scale)
        painter.scale(self.scale, self.scale)
        painter.setPen(Qt.PenStyle.NoPen)
        hatch = QBrush(QColor("white"), Qt.BrushStyle.BDiagPattern)
        for link in pending:
            rect = QRectF(link.position[0], link.position[1], CARD_WIDTH, CARD_HEIGHT)
            painter.setBrush(QColor(style.status_color(link.status)))
            painter.drawRect(rect)
            if link.status == LinkStatus.MISSING:  # the hatching survives in grayscale
                painter.setBrush(hatch)
                painter.drawRect(rect)
        painter.restore()

    def picture(self) -> QImage:
        """The up-to-date picture (drawn anew after a zoom, scene-rectangle or sub-pixel offset
        change, else only the changed rectangles are drawn again)."""
        view = self.view
        rect = view.chain_scene.sceneRect()
        ratio = view.viewport().devicePixelRatioF()
        zoom = view.transform().m11()
        corner = view.viewportTransform().map(rect.topLeft())
        fx, fy = corner.x() - math.floor(corner.x()), corner.y() - math.floor(corner.y())
        key = (zoom, ratio, round(fx, 6), round(fy, 6), rect.getRect())
        if self.image is None or key != self.key:
            self.key, self.scale, self.dirty = key, zoom * ratio, []
            # origin: the scene point on the view's pixel grid just above-left of the corner
            self.rect = QRectF(QPointF(rect.x() - fx / zoom, rect.y() - fy / zoom),
                               rect.bottomRight())
            self.image = QImage(max(1, math.ceil(self.rect.width() * self.scale) + 1),
                                max(1, math.ceil(self.rect.height() * self.scale) + 1),
                                QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(self.image)
            painter.fillRect(QRectF(self.image.rect()), view.chain_scene.backgroundBrush())
            painter.setRenderHints(view.renderHints())
            self._draw(painter, self.rect)
            painter.end()
        elif self.dirty:
            pad = 3.0 / self.scale  # antialiased edges spill over the changed rectangle
            painter = QPainter(self.image)
            painter.setRenderHints(view.renderHints())
            for changed in self.dirty:
                source = changed.adjusted(-pad, -pad, pad, pad).intersected(self.rect)
                if not source.isEmpty():
                    self._draw(painter, source)
            painter.end()
            self.dirty = []
        return self.image

    def paint(self, event: QPaintEvent) -> None:
        """Paint the view's viewport from the picture, and the rubber band if one is shown."""
        view = self.view
        image = self.picture()
        painter = QPainter(view.viewport())
        painter.fillRect(event.rect(), view.chain_scene.backgroundBrush())
        corner = view.viewportTransform().map(self.rect.topLeft())
        ratio = view.viewport().devicePixelRatioF()
        painter.drawImage(QRectF(round(corner.x()), round(corner.y()), image.width() / ratio,
                                 image.height() / ratio), image)
        band = view.rubberBandRect()
        if not band.isNull():
            option = QStyleOptionRubberBand()
            option.initFrom(view.viewport())
            option.rect = band
            option.shape = QRubberBand.Shape.Rectangle
            view.style().drawControl(QStyle.ControlElement.CE_RubberBand, option, painter,
                                     view.viewport())
        painter.end()
