"""The overview (minimap): the whole map in small, with the main view's visible area framed.

It is a second, non-interactive view of the same :class:`ChainScene` (so it shows the model's
current state for free, drawn at low level of detail). Clicking or dragging in it centres the main
view there. The main window docks it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from . import style
from .view import CanvasView


class Minimap(QGraphicsView):
    """An overview of ``main_view``'s scene.

    Args:
        main_view: the :class:`CanvasView` it follows and steers.
        parent: widget parent.
    """

    def __init__(self, main_view: CanvasView, parent: QWidget | None = None) -> None:
        super().__init__(main_view.scene(), parent)
        self.main_view = main_view
        self.setInteractive(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint(0))
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("Overview: click or drag to move the view"))
        self.setMinimumSize(120, 80)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self.fit)
        main_view.chain_scene.sceneRectChanged.connect(lambda _rect: self._refit.start())
        for bar in (main_view.horizontalScrollBar(), main_view.verticalScrollBar()):
            bar.valueChanged.connect(self.viewport().update)
            bar.rangeChanged.connect(self.viewport().update)
        self._dragging = False
        self.fit()

    def fit(self) -> None:
        """Show the whole map."""
        self.fitInView(self.main_view.chain_scene.content_rect(),
                       Qt.AspectRatioMode.KeepAspectRatio)
        self.viewport().update()

    def visible_rect(self) -> QRectF:
        """The main view's visible area, scene coordinates."""
        return self.main_view.mapToScene(self.main_view.viewport().rect()).boundingRect()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        frame = self.visible_rect()
        painter.setPen(QPen(QColor(style.SELECTION_COLOR), 0))
        fill = QColor(style.SELECTION_COLOR)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawRect(frame)

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
        self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802 - the overview never scrolls
        event.accept()
