"""The canvas: a QGraphicsScene showing the value chain (lanes, link cards, flow arrows), its view
(zoom, pan, canvas keys) and an overview (minimap).

``from valuechain_gui.ui.canvas import ChainScene, CanvasView, Minimap, render_scene_image``.
"""

from .minimap import Minimap
from .scene import ChainScene
from .scene_image import render_scene_image
from .view import CanvasView

__all__ = ["CanvasView", "ChainScene", "Minimap", "render_scene_image"]
