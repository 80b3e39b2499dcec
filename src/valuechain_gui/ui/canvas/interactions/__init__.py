"""What the user does on the canvas, turned into edits of the document.

The display scene (:class:`~valuechain_gui.ui.canvas.scene.ChainScene`) only shows; these objects
act on it. :class:`CanvasInteractions` (the controller) holds the document's edit façade and
installs itself as an event filter on the scene, passing each mouse event to the interaction it
concerns: :mod:`.drag` (move on release), :mod:`.connect` (handle drag, F), :mod:`.inline_edit`
(names typed in place, new links at a free place), :mod:`.keys` (tags, strategic, delete, arrow
moves), :mod:`.navigation` (Tab and Alt+arrows move the focus between cards),
:mod:`.connect_by_name` (C: a flow to a link chosen by the start of its name) and :mod:`.menus`
(context menus and stage edits). The canvas view builds one for its scene.
"""

from .controller import CanvasInteractions

__all__ = ["CanvasInteractions"]
