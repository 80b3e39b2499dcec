"""The whole map drawn into an image at full detail (exports, the workbook picture, tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

if TYPE_CHECKING:
    from .scene import ChainScene


def render_scene_image(scene: ChainScene, width_px: int, *, transparent: bool = False) -> QImage:
    """Render the whole map (``scene.content_rect()``) at full detail into a new image.

    Args:
        width_px: image width in pixels (> 0); the height keeps the map's aspect ratio.
        transparent: transparent background instead of white.

    Selection marks and connection handles are not drawn. Returns an ARGB32 :class:`QImage`.
    Raises ValueError for a non-positive width.
    """
    if width_px <= 0:
        raise ValueError("width_px must be positive")
    scene.ensure_built()
    source = scene.content_rect()
    height = max(1, round(width_px * source.height() / max(source.width(), 1.0)))
    image = QImage(width_px, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    old_detail, old_export = scene.full_detail, scene.exporting
    scene.full_detail, scene.exporting = True, True
    scene.refresh_detail()
    cards = scene.cards()
    for card in cards:  # bypass the on-screen caches (they may hold simplified drawings)
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        scene.render(painter, QRectF(0, 0, width_px, height), source,
                     Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
        scene.full_detail, scene.exporting = old_detail, old_export
        for card in cards:
            card.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        scene.refresh_detail()
    return image
