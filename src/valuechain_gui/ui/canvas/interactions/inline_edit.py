"""Names typed in place: create a link, rename a link or a stage with an inline editor.

* create a link: double-click on empty canvas, or Insert / N (in the focused card's lane, or a
  lane chosen from a short menu when no card is focused), Shift+N (in the next lane, with a flow
  from the focused card), double-click on a flow (a link inserted between its two ends) → the
  name editor → one undo step; a new card always lands at a free place of its lane
  (:func:`.navigation.free_y`), never on another card;
* rename a link (double-click on its card, F2) or a stage (double-click on its lane header).

Refused edits (duplicate name...) are reported by the document's edit façade, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QMenu

from valuechain_gui.geometry import (
    CARD_GAP_Y,
    CARD_HEIGHT,
    CARD_WIDTH,
    first_card_x,
    lane_index_at,
)
from valuechain_gui.text_safety import clean_text
from ..flow_item import FlowArrow
from ..items import LinkCard
from .drag import MIN_CARD_Y
from .editor import InlineNameEditor
from .navigation import free_y

if TYPE_CHECKING:
    from .controller import CanvasInteractions


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class InlineEditing:
    """The inline name editor of a scene (at most one open).

    Attributes:
        editor: the open :class:`InlineNameEditor`, or None.
    """

    def __init__(self, owner: CanvasInteractions) -> None:
        self.owner = owner
        self.editor: InlineNameEditor | None = None

    def cancel(self) -> None:
        """Close the open editor without change."""
        if self.editor is not None:
            self.editor.cancel()

    # ------------------------------------------------------------------ double-click
    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Rename a card or a stage header, or create a link on empty canvas. True if handled."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        scene = self.owner.scene
        pos = event.scenePos()
        if self.editor is not None and not self.editor.done:
            if self.editor.sceneBoundingRect().contains(pos):
                return False  # word selection inside the editor
            self.editor.commit()
        for item in scene.items(pos):
            if isinstance(item, LinkCard):
                self.start_rename(item.link_id)
                return True
            if isinstance(item, FlowArrow):
                self.insert_in_flow(item.key)
                return True
        lane = scene.lane_at_pos(pos)
        if lane is not None and lane.in_header(pos):
            self.start_stage_rename(lane.stage_id)
            return True
        self.start_new_link(pos)
        return True

    # ------------------------------------------------------------------ the editor
    def _open(self, text: str, rect: QRectF, on_commit: Callable[[str], None],
              on_cancel: Callable[[], None] | None = None) -> None:
        if self.editor is not None and not self.editor.done:
            self.editor.commit()
        owner, scene = self.owner, self.owner.scene

        def finished() -> None:
            if self.editor is editor:
                self.editor = None
            owner.editing_changed.emit(False)

        def commit(value: str) -> None:
            finished()
            on_commit(clean_text(value)[0])  # a pasted ESC or NUL never reaches the model

        def cancel() -> None:
            finished()
            if on_cancel is not None:
                on_cancel()

        editor = InlineNameEditor(text, rect, commit, cancel)
        self.editor = editor
        scene.addItem(editor)
        owner.editing_changed.emit(True)
        for view in scene.views():
            view.ensureVisible(rect, 20, 20)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ new links
    def start_new_link(self, pos: QPointF) -> None:
        """Open the name editor for a new link in the lane under scene ``pos`` (at the first free
        place at or below it)."""
        project = self.owner.project
        if not project.stages:
            self.owner.tell(_t("Add a stage before adding links."))
            return
        spans = self.owner.scene.lane_spans()
        lane = min(lane_index_at(pos.x(), spans), len(project.stages) - 1)
        x = first_card_x(spans, lane)
        y = free_y(project, x, max(MIN_CARD_Y, pos.y() - CARD_HEIGHT / 2))
        self._edit_new_link(lane, x, y)

    def insert_link(self) -> None:
        """Insert / N: a new link in the focused card's lane, at the first free place below it;
        with no focused card, a menu asks for the lane."""
        project = self.owner.project
        if not project.stages:
            self.owner.tell(_t("Add a stage before adding links."))
            return
        ids = self.owner.scene.selected_link_ids()
        if not ids:
            lane = self.ask_lane()
            if lane is not None:
                x = self._lane_x(lane)
                self._edit_new_link(lane, x, free_y(project, x, 0.0))
            return
        link = project.links[ids[-1]]
        lane = project.stage_index(link.stage_id)
        x = self._lane_x(lane)
        want = link.position[1] + CARD_HEIGHT + CARD_GAP_Y
        self._edit_new_link(lane, x, free_y(project, x, want))

    def _lane_x(self, lane: int) -> float:
        """The x of a new card in lane ``lane``: its first sub-column."""
        return first_card_x(self.owner.scene.lane_spans(), lane)

    def add_downstream(self) -> None:
        """Shift+N: a new link in the lane after the focused card's (the same lane for the last
        one), level with it or the first free place below, with a flow from the focused link."""
        project = self.owner.project
        ids = self.owner.scene.selected_link_ids()
        if not ids:
            self.insert_link()
            return
        link = project.links[ids[-1]]
        lane = min(project.stage_index(link.stage_id) + 1, len(project.stages) - 1)
        x = self._lane_x(lane)
        self._edit_new_link(lane, x, free_y(project, x, link.position[1]), upstream=link.id)

    def insert_in_flow(self, key: tuple[str, str]) -> None:
        """Double-click on a flow: a new link between its two ends (in the lane between theirs),
        the flow replaced by two flows through it."""
        project = self.owner.project
        up, down = project.links.get(key[0]), project.links.get(key[1])
        if up is None or down is None:
            return
        first, last = project.stage_index(up.stage_id), project.stage_index(down.stage_id)
        lane = (first + last + 1) // 2
        want = (up.position[1] + down.position[1]) / 2
        x = self._lane_x(lane)
        self._edit_new_link(lane, x, free_y(project, x, want), upstream=up.id,
                            downstream=down.id)

    def ask_lane(self) -> int | None:
        """A menu of the stages (numbered: 1, 2... choose by digit) at the view; the chosen
        lane index, or None."""
        project = self.owner.project
        views = self.owner.scene.views()
        menu = QMenu(views[0] if views else None)
        menu.setObjectName("choose_lane_menu")
        menu.setTitle(_t("Add the link to which stage?"))
        for i, stage in enumerate(project.stages):
            name = stage.name.replace("&", "&&")  # a "&" in a name is not a menu letter
            menu.addAction(f"&{i + 1} {name}" if i < 9 else name).setData(i)
        where = views[0].mapToGlobal(views[0].rect().center()) if views else None
        self.owner.editing_changed.emit(True)  # the digits choose a stage, they tag nothing
        try:
            chosen = menu.exec(where) if where is not None else menu.exec()
        finally:
            self.owner.editing_changed.emit(False)
        menu.deleteLater()
        if views:
            views[0].setFocus(Qt.FocusReason.PopupFocusReason)
        return chosen.data() if chosen is not None else None

    def _edit_new_link(self, lane: int, x: float, y: float, upstream: str | None = None,
                       downstream: str | None = None) -> None:
        stage_id = self.owner.project.stages[lane].id
        edit = self.owner.edit

        def create(name: str) -> None:
            if not name.strip():
                return
            if upstream is None and downstream is None:
                link_id = edit.add_new_link(name, stage_id, (x, y))
            else:
                with edit.macro(_t("Add link")):
                    link_id = edit.add_new_link(name, stage_id, (x, y))
                    if link_id is not None:
                        if upstream is not None and downstream is not None:
                            edit.remove_flows([(upstream, downstream)])
                        if upstream is not None:
                            edit.add_flow(upstream, link_id)
                        if downstream is not None:
                            edit.add_flow(link_id, downstream)
            if link_id is not None:
                self.owner.scene.select_links([link_id])

        self._open("", QRectF(x, y, CARD_WIDTH, CARD_HEIGHT), create)

    # ------------------------------------------------------------------ renaming
    def start_rename(self, link_id: str) -> None:
        """Open the name editor on a card."""
        card = self.owner.scene.card(link_id)
        if card is None:
            return
        project = self.owner.project
        name = project.links[link_id].name

        def rename(text: str) -> None:
            if link_id in project.links and text != project.links[link_id].name:
                self.owner.edit.rename_link(link_id, text)

        self._open(name, card.sceneBoundingRect().adjusted(8, 8, -8, -8), rename)

    def start_stage_rename(self, stage_id: str) -> None:
        """Open the name editor on a lane header."""
        lane = next((lane for lane in self.owner.scene.lanes() if lane.stage_id == stage_id),
                    None)
        if lane is None:
            return
        project = self.owner.project

        def rename(text: str) -> None:
            stage = next((s for s in project.stages if s.id == stage_id), None)
            if stage is not None and text != stage.name:
                self.owner.edit.rename_stage(stage_id, text)

        rect = lane.mapRectToScene(lane.header_rect()).adjusted(4, 4, -4, -4)
        self._open(lane.name, rect, rename)

    def rename_selected(self) -> None:
        """F2: rename the last selected link."""
        ids = self.owner.scene.selected_link_ids()
        if ids:
            self.start_rename(ids[-1])
