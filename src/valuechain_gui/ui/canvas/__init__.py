"""The canvas: a display-only QGraphicsScene showing the value chain (lanes, link cards, flow
arrows), the interactions that edit it through the document (:mod:`.interactions`), its view
(zoom, pan, canvas keys; it installs the interactions) and an overview (minimap).

``from valuechain_gui.ui.canvas import ChainScene, CanvasView, Minimap, render_scene_image``.
"""

from .minimap import Minimap
from .scene import ChainScene
from .scene_image import render_scene_image
from .view import CanvasView

__all__ = ["CanvasView", "ChainScene", "Minimap", "render_scene_image"]
