"""The canvas controller: installs the interactions on a display scene and holds the edit façade.

:class:`CanvasInteractions` is an event filter on the scene (``QObject.installEventFilter``): a
mouse press, move, release, double-click or context-menu event reaches it before the scene. An
interaction that takes the event (a press on a handle or a flow, a move while a flow is drawn...)
stops it there; otherwise the controller lets the scene handle it as Qt does (item grab,
selection, Qt's own card move) and then lets the drag interaction look at the result, so the
display scene has no editing code and behaves as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent, QGraphicsSceneMouseEvent

from valuechain_gui.ui.document.edit import DocumentEdit
from ..scene import ChainScene
from .connect import Connector
from .drag import DragMove
from .inline_edit import InlineEditing
from .keys import KeyEdits
from .menus import ask_stage_removal, show_context_menu

_PRESS = QEvent.Type.GraphicsSceneMousePress
_MOVE = QEvent.Type.GraphicsSceneMouseMove
_RELEASE = QEvent.Type.GraphicsSceneMouseRelease
_DOUBLE_CLICK = QEvent.Type.GraphicsSceneMouseDoubleClick
_CONTEXT_MENU = QEvent.Type.GraphicsSceneContextMenu


class CanvasInteractions(QObject):
    """The interactions of one display scene (see the module docstring).

    Args:
        scene: the :class:`ChainScene` acted on.
        edit: the document's :class:`DocumentEdit`; None: its own, on a stack of its own, its
            refusals relayed as ``status_message`` (a view shown without a document: tests).
        parent: QObject parent (the canvas view).

    Attributes:
        drag, connector, inline, keys: the interaction objects.
        ask_stage_removal: ``(interactions, stage_id) -> ("move", stage id) | ("delete", None) |
            None``, the question asked before removing a stage that holds links; tests replace it.
        last_lane_id: the stage of the lane last clicked, or None.
        link_actions: window actions on the selected link that a card's context menu also
            offers (the window sets them: e.g. Find Partners), after the card's own entries.

    Signals:
        status_message(str): a short message for the status bar (e.g. what to select first).
        editing_changed(bool): an inline name editor opened (True) or closed (False).
    """

    status_message = Signal(str)
    editing_changed = Signal(bool)

    def __init__(self, scene: ChainScene, edit: DocumentEdit | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        if edit is None:
            edit = DocumentEdit.standalone(scene.project, self)
            edit.message.connect(self.status_message)
        self.edit = edit
        self.last_lane_id: str | None = None
        self.link_actions: list[QAction] = []  # added to a card's context menu by the window
        self.ask_stage_removal = ask_stage_removal
        self.drag = DragMove(self)
        self.connector = Connector(self)
        self.inline = InlineEditing(self)
        self.keys = KeyEdits(self)
        scene.rebuilding.connect(self.cancel)
        scene.installEventFilter(self)

    @property
    def project(self):
        """The project shown by the scene."""
        return self.scene.project

    def cancel(self) -> None:
        """Drop any drag, connection or open editor (the scene is rebuilding its items)."""
        self.connector.cancel()
        self.drag.cancel()
        self.inline.cancel()

    def escape(self) -> None:
        """Escape: drop the flow being drawn, else clear the selection."""
        if not self.connector.cancel():
            self.scene.select_links([])

    def current_stage_id(self) -> str | None:
        """The stage edits from menus apply to: the last selected link's stage, else the lane
        last clicked, else None."""
        ids = self.scene.selected_link_ids()
        if ids:
            return self.project.links[ids[-1]].stage_id
        known = {stage.id for stage in self.project.stages}
        return self.last_lane_id if self.last_lane_id in known else None

    def tell(self, text: str) -> None:
        """Show a short message in the status bar."""
        self.status_message.emit(text)

    # ------------------------------------------------------------------ Qt events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Give the scene's mouse events to the interactions (see the module docstring)."""
        kind = event.type()
        if kind == _MOVE:
            return self.connector.mouse_move(event)
        if kind == _PRESS:
            return self._press(event)
        if kind == _RELEASE:
            return self._release(event)
        if kind == _DOUBLE_CLICK:
            return self.inline.double_click(event)
        if kind == _CONTEXT_MENU:
            return self._context_menu(event)
        return False

    def _remember_lane(self, event: QGraphicsSceneMouseEvent | QGraphicsSceneContextMenuEvent
                       ) -> None:
        lane = self.scene.lane_at_pos(event.scenePos())
        if lane is not None:
            self.last_lane_id = lane.stage_id

    def _press(self, event: QGraphicsSceneMouseEvent) -> bool:
        self._remember_lane(event)
        if self.connector.press(event) or self._press_on_flow(event):
            return True
        self.scene.event(event)  # as Qt does: grab, select, start Qt's own card move
        self.drag.after_press(event)
        return True

    def _release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.connector.release(event):
            return True
        self.scene.event(event)
        self.drag.after_release(event)
        return True

    def _context_menu(self, event: QGraphicsSceneContextMenuEvent) -> bool:
        self._remember_lane(event)
        return show_context_menu(self, event.scenePos(), event.screenPos())

    def _press_on_flow(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A left press on a flow selects it (Ctrl: adds/removes it). True if handled.

        A press elsewhere without Ctrl deselects the flows (Qt deselects the cards).
        """
        if event.button() != Qt.MouseButton.LeftButton or self.connector.active:
            return False
        scene = self.scene
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        arrow = scene.flow_at(event.scenePos())
        if arrow is None:
            if not ctrl:
                scene.select_flows([])
            return False
        if ctrl:
            scene.toggle_flow(arrow.key)
        else:
            scene.select_links([])
            scene.select_flows([arrow.key])
        self.drag.cancel()
        event.accept()
        return True
