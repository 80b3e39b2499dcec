"""What the user does on the canvas, turned into undo commands (mixed into :class:`ChainScene`).

* create a link: double-click on empty canvas or Insert → inline name editor → AddLinkCommand;
* rename a link or a stage inline (double-click, F2);
* connect: drag from a card's handle to another card (rubber-band arrow), or F with two selected
  links (first selected → last selected). The scene, not the card, takes the press: the whole
  drawn handle and a few screen pixels around it start a connection at any zoom, even where the
  handle overlaps the card or the first flow leaving it;
* tag (1/2/3/0), toggle strategic (S), delete, move by drag (one "Move" on release, lane change
  included) and by arrow keys (up/down: 10 px steps merged into one "Move"; left/right: next lane).

Refused edits (duplicate name, duplicate flow...) are reported with ``status_message``, never
raised to Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from valuechain_gui.geometry import (
    CARD_GAP_Y,
    CARD_HEIGHT,
    CARD_WIDTH,
    LANE_HEADER_HEIGHT,
    TOP_MARGIN,
    card_position,
    lane_at,
)
from valuechain_gui.model import LinkStatus
from valuechain_gui.text_safety import clean_text
from valuechain_gui.ui.document.commands.links import unique_name
from .editor import InlineNameEditor
from .flow_item import ConnectionPreview, FlowArrow
from .items import LinkCard, handle_hit_radius, view_scale

if TYPE_CHECKING:
    from .scene import ChainScene

KEY_STEP = 10.0  # arrow-key move step, scene pixels
MIN_CARD_Y = LANE_HEADER_HEIGHT + 8.0


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class SceneInteractions:
    """Interaction methods of :class:`ChainScene` (a mixin: no state outside ``init_interactions``)."""

    def init_interactions(self: ChainScene) -> None:
        """Set up the transient interaction state (called by ChainScene.__init__)."""
        self.connecting_from: LinkCard | None = None
        self._preview: ConnectionPreview | None = None
        self._drag_start: dict[str, QPointF] | None = None
        self.editor: InlineNameEditor | None = None
        from .menus import ask_stage_removal

        #: ``(scene, stage_id) -> ("move", stage id) | ("delete", None) | None``; tests replace it
        self.ask_stage_removal = ask_stage_removal

    def cancel_interactions(self: ChainScene) -> None:
        """Drop any drag, connection or open editor (before a rebuild)."""
        if self._preview is not None:
            self.removeItem(self._preview)
            self._preview = None
        self.connecting_from = None
        self._drag_start = None
        if self.editor is not None:
            self.editor.cancel()

    # ------------------------------------------------------------------ clicks
    def press_on_flow(self: ChainScene, event: QGraphicsSceneMouseEvent) -> bool:
        """A left press on a flow selects it (Ctrl: adds/removes it). True if handled.

        A press elsewhere without Ctrl deselects the flows (Qt deselects the cards).
        """
        if event.button() != Qt.MouseButton.LeftButton or self.connecting_from is not None:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        arrow = self.flow_at(event.scenePos())
        if arrow is None:
            if not ctrl:
                self.select_flows([])
            return False
        if ctrl:
            self.toggle_flow(arrow.key)
        else:
            self.select_links([])
            self.select_flows([arrow.key])
        self._drag_start = None
        event.accept()
        return True

    # ------------------------------------------------------------------ drag to move
    def after_press(self: ChainScene, event: QGraphicsSceneMouseEvent) -> None:
        """Remember where the selected cards were when a card drag may start."""
        self._drag_start = None
        if event.button() == Qt.MouseButton.LeftButton and self.connecting_from is None:
            if isinstance(self.mouseGrabberItem(), LinkCard):
                self._drag_start = {card.link_id: card.pos() for card in self.selectedItems()
                                    if isinstance(card, LinkCard)}

    def after_release(self: ChainScene, event: QGraphicsSceneMouseEvent) -> None:
        """Push one "Move" for the cards that moved; a card dropped in another lane changes stage."""
        start, self._drag_start = self._drag_start, None
        if not start or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = [i for i, pos in start.items()
                 if i in self._cards and self._cards[i].pos() != pos]
        if not moved:
            return
        positions: dict[str, tuple[float, float]] = {}
        stages: dict[str, str] = {}
        count = len(self.project.stages)
        for link_id in moved:
            pos = self._cards[link_id].pos()
            lane = lane_at(pos.x() + CARD_WIDTH / 2, count)
            positions[link_id] = (card_position(lane, 0)[0], max(MIN_CARD_Y, pos.y()))
            stages[link_id] = self.project.stages[lane].id
        self.edit.move_links(positions, stages)
        for link_id in moved:  # the model decides: resync (also when the move was refused)
            link = self.project.links.get(link_id)
            if link is not None:
                self._cards[link_id].setPos(*link.position)

    # ------------------------------------------------------------------ double-click
    def handle_double_click(self: ChainScene, event: QGraphicsSceneMouseEvent) -> bool:
        """Rename a card or a stage header, or create a link on empty canvas. True if handled."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        if self.editor is not None and not self.editor.done:
            if self.editor.sceneBoundingRect().contains(pos):
                return False  # word selection inside the editor
            self.editor.commit()
        for item in self.items(pos):
            if isinstance(item, LinkCard):
                self.start_rename(item.link_id)
                return True
            if isinstance(item, FlowArrow):
                return True
        lane = self.lane_at_pos(pos)
        if lane is not None and lane.in_header(pos):
            self.start_stage_rename(lane.stage_id)
            return True
        self.start_new_link(pos)
        return True

    # ------------------------------------------------------------------ inline editing
    def _open_editor(self: ChainScene, text: str, rect: QRectF, on_commit, on_cancel=None) -> None:
        if self.editor is not None and not self.editor.done:
            self.editor.commit()

        def finished() -> None:
            if self.editor is editor:
                self.editor = None
            self.editing_changed.emit(False)

        def commit(value: str) -> None:
            finished()
            on_commit(clean_text(value)[0])  # a pasted ESC or NUL never reaches the model

        def cancel() -> None:
            finished()
            if on_cancel is not None:
                on_cancel()

        editor = InlineNameEditor(text, rect, commit, cancel)
        self.editor = editor
        self.addItem(editor)
        self.editing_changed.emit(True)
        for view in self.views():
            view.ensureVisible(rect, 20, 20)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new_link(self: ChainScene, pos: QPointF) -> None:
        """Open the name editor for a new link in the lane under scene ``pos``."""
        if not self.project.stages:
            self.status_message.emit(_t("Add a stage before adding links."))
            return
        lane = lane_at(pos.x(), len(self.project.stages))
        x = card_position(lane, 0)[0]
        y = max(MIN_CARD_Y, pos.y() - CARD_HEIGHT / 2)
        self._edit_new_link(lane, x, y)

    def insert_link(self: ChainScene) -> None:
        """Open the name editor for a new link below the last selected one (or in lane 1)."""
        if not self.project.stages:
            self.status_message.emit(_t("Add a stage before adding links."))
            return
        ids = self.selected_link_ids()
        stage_id = (self.project.links[ids[-1]].stage_id if ids
                    else self.project.stages[0].id)
        lane = self.project.stage_index(stage_id)
        bottoms = [link.position[1] + CARD_HEIGHT + CARD_GAP_Y
                   for link in self.project.links_in_stage(stage_id)]
        self._edit_new_link(lane, card_position(lane, 0)[0], max(bottoms, default=TOP_MARGIN))

    def _edit_new_link(self: ChainScene, lane: int, x: float, y: float) -> None:
        stage_id = self.project.stages[lane].id

        def create(name: str) -> None:
            link = self.project.make_link(unique_name(self.project, name), stage_id,
                                          position=(x, y))
            if self.edit.add_link(link):
                self.select_links([link.id])

        self._open_editor("", QRectF(x, y, CARD_WIDTH, CARD_HEIGHT), create)

    def start_rename(self: ChainScene, link_id: str) -> None:
        """Open the name editor on a card."""
        card = self._cards.get(link_id)
        if card is None:
            return
        name = self.project.links[link_id].name

        def rename(text: str) -> None:
            if link_id in self.project.links and text != self.project.links[link_id].name:
                self.edit.rename_link(link_id, text)

        self._open_editor(name, card.sceneBoundingRect().adjusted(8, 8, -8, -8), rename)

    def start_stage_rename(self: ChainScene, stage_id: str) -> None:
        """Open the name editor on a lane header."""
        lane = next((lane for lane in self._lanes if lane.stage_id == stage_id), None)
        if lane is None:
            return

        def rename(text: str) -> None:
            stage = next((s for s in self.project.stages if s.id == stage_id), None)
            if stage is not None and text != stage.name:
                self.edit.rename_stage(stage_id, text)

        rect = lane.mapRectToScene(lane.header_rect()).adjusted(4, 4, -4, -4)
        self._open_editor(lane.name, rect, rename)

    def rename_selected(self: ChainScene) -> None:
        """F2: rename the last selected link."""
        ids = self.selected_link_ids()
        if ids:
            self.start_rename(ids[-1])

    # ------------------------------------------------------------------ connecting
    def handle_at(self: ChainScene, pos: QPointF, scale: float = 1.0) -> LinkCard | None:
        """The topmost card whose connection handle is under scene ``pos`` at view ``scale``."""
        radius = handle_hit_radius(scale)
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        for item in self.items(area):
            if isinstance(item, LinkCard) and item.on_handle(item.mapFromScene(pos), scale):
                return item
        return None

    def press_on_handle(self: ChainScene, event: QGraphicsSceneMouseEvent) -> bool:
        """A left press on a card's handle starts drawing a flow from it. True if handled."""
        if event.button() != Qt.MouseButton.LeftButton or self.connecting_from is not None:
            return False
        card = self.handle_at(event.scenePos(), view_scale(event.widget()))
        if card is None:
            return False
        self.begin_connection(card, event.scenePos())
        event.accept()
        return True

    def mouseMoveEvent(self: ChainScene, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        """While a flow is drawn the rubber-band arrow follows the cursor (Qt's override)."""
        if self.connecting_from is not None:
            self.update_connection(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)  # type: ignore[misc]

    def release_connection(self: ChainScene, event: QGraphicsSceneMouseEvent) -> bool:
        """A left release while a flow is drawn ends it on the card there. True if handled."""
        if event.button() != Qt.MouseButton.LeftButton or self.connecting_from is None:
            return False
        self.end_connection(event.scenePos())
        event.accept()
        return True

    def begin_connection(self: ChainScene, card: LinkCard, pos: QPointF) -> None:
        """Start drawing a flow from ``card`` (its handle was pressed at scene ``pos``)."""
        self.connecting_from = card
        self._preview = ConnectionPreview(card.out_point())
        self.addItem(self._preview)
        self._preview.set_end(pos)

    def update_connection(self: ChainScene, pos: QPointF) -> None:
        """Make the rubber-band arrow follow the cursor."""
        if self._preview is not None:
            self._preview.set_end(pos)

    def end_connection(self: ChainScene, pos: QPointF) -> None:
        """Finish: a flow to the card under ``pos``, if any (not the source itself)."""
        source, self.connecting_from = self.connecting_from, None
        if self._preview is not None:
            self.removeItem(self._preview)
            self._preview = None
        target = next((item for item in self.items(pos)
                       if isinstance(item, LinkCard) and item is not source), None)
        if source is not None and target is not None:
            self.edit.add_flow(source.link_id, target.link_id)

    def escape(self: ChainScene) -> None:
        """Escape: drop the flow being drawn, else clear the selection."""
        if self.connecting_from is not None:
            self.connecting_from = None
            if self._preview is not None:
                self.removeItem(self._preview)
                self._preview = None
            return
        self.select_links([])

    def connect_selected(self: ChainScene) -> None:
        """F: a flow from the first selected link to the last selected one."""
        ids = self.selected_link_ids()
        if len(ids) < 2:
            self.status_message.emit(_t(
                "Select the upstream link, then Ctrl+click the downstream link, then press F."))
            return
        self.edit.add_flow(ids[0], ids[-1])

    # ------------------------------------------------------------------ tagging, deleting
    def tag_selected(self: ChainScene, status: LinkStatus) -> None:
        """Tag every selected link with ``status`` (one undo step)."""
        ids = self.selected_link_ids()
        if ids:
            self.edit.set_status(ids, status)

    def toggle_strategic_selected(self: ChainScene) -> None:
        """S: toggle the strategic flag of the selected links (one undo step)."""
        ids = self.selected_link_ids()
        if ids:
            self.edit.toggle_strategic(ids)

    def delete_selected(self: ChainScene) -> None:
        """Delete the selected links and flows in one step (flows of deleted links go too)."""
        ids, keys = self.selected_link_ids(), self.selected_flow_keys()
        if ids or keys:
            self.edit.delete_selection(ids, keys)

    # ------------------------------------------------------------------ keyboard moves
    def move_selected(self: ChainScene, lanes: int = 0, dy: float = 0.0) -> None:
        """Arrow keys: ``lanes`` = ±1 moves to the next lane (stage change), ``dy`` moves down.

        Successive up/down steps merge into one "Move" undo step.
        """
        ids = self.selected_link_ids()
        if not ids or not self.project.stages:
            return
        count = len(self.project.stages)
        positions: dict[str, tuple[float, float]] = {}
        stages: dict[str, str] = {}
        for link_id in ids:
            link = self.project.links[link_id]
            x, y = link.position
            if lanes:
                lane = min(max(self.project.stage_index(link.stage_id) + lanes, 0), count - 1)
                stages[link_id] = self.project.stages[lane].id
                x = card_position(lane, 0)[0]
            positions[link_id] = (x, max(MIN_CARD_Y, y + dy))
        if all(self.project.links[i].position == p for i, p in positions.items()) and all(
                self.project.links[i].stage_id == s for i, s in stages.items()):
            return
        key = None if lanes else ("keys", tuple(ids))
        self.edit.move_links(positions, stages or None, merge_key=key)
