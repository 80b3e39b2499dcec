"""The canvas: a QGraphicsScene showing the value chain (lanes, link cards, flow arrows), its view
(zoom, pan, canvas keys) and an overview (minimap).

Import from the modules: ``from valuechain_gui.ui.canvas.scene import ChainScene``.
"""
