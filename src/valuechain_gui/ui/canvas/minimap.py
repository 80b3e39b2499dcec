"""The overview (minimap): the whole map in small, with the main view's visible area framed.

The map is rendered into a cached picture (at low level of detail) when the model changes — at
most every :data:`REFRESH_MS` — and when the overview is resized; between refreshes the overview
only blits that picture and draws the frame, so dragging a card or scrolling the main view costs
the overview almost nothing, even on 5,000-link maps. Clicking or dragging in it centres the main
view there. The main window docks it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget
from shiboken6 import isValid

from . import style
from .view import CanvasView

REFRESH_MS = 300  # delay after the last model change before the picture is redrawn


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
        self._dragging = False
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("Overview: click or drag to move the view"))
        self.setMinimumSize(120, 80)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.chain_scene.notifier.changed.connect(self._schedule)
        self.chain_scene.destroyed.connect(self._timer.stop)
        for bar in (main_view.horizontalScrollBar(), main_view.verticalScrollBar()):
            bar.valueChanged.connect(self.viewport().update)
            bar.rangeChanged.connect(self.viewport().update)
        self.refresh()

    def _schedule(self, _event: object = None) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Redraw the cached picture of the map now and fit it in the overview."""
        self._timer.stop()
        if not isValid(self.chain_scene):  # the scene was replaced and deleted (File > Open)
            return
        rect = self.chain_scene.content_rect()
        self._blank.setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        target = self.mapFromScene(rect).boundingRect()
        ratio = self.devicePixelRatioF()
        width = max(1, round(target.width() * ratio))
        height = max(1, round(target.height() * ratio))
        picture = QPixmap(width, height)
        picture.fill(QColor("white"))
        painter = QPainter(picture)
        try:
            self.chain_scene.render(painter, QRectF(0, 0, width, height), rect,
                                    Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
        self._picture, self._picture_rect = picture, rect
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
        self._timer.start()  # a sharper picture for the new size, shortly

    def wheelEvent(self, event) -> None:  # noqa: N802 - the overview never scrolls
        event.accept()
