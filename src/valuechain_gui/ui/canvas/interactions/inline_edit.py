"""Names typed in place: create a link, rename a link or a stage with an inline editor.

* create a link: double-click on empty canvas, or Insert (below the last selected link) → the
  name editor → one "Add link" edit;
* rename a link (double-click on its card, F2) or a stage (double-click on its lane header).

Refused edits (duplicate name...) are reported by the document's edit façade, never raised.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from valuechain_gui.geometry import (
    CARD_GAP_Y,
    CARD_HEIGHT,
    CARD_WIDTH,
    TOP_MARGIN,
    first_card_x,
    lane_index_at,
)
from valuechain_gui.text_safety import clean_text
from ..flow_item import FlowArrow
from ..items import LinkCard
from .drag import MIN_CARD_Y
from .editor import InlineNameEditor

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
        """Open the name editor for a new link in the lane under scene ``pos``."""
        project = self.owner.project
        if not project.stages:
            self.owner.tell(_t("Add a stage before adding links."))
            return
        spans = self.owner.scene.lane_spans()
        lane = min(lane_index_at(pos.x(), spans), len(project.stages) - 1)
        x = first_card_x(spans, lane)
        y = max(MIN_CARD_Y, pos.y() - CARD_HEIGHT / 2)
        self._edit_new_link(lane, x, y)

    def insert_link(self) -> None:
        """Open the name editor for a new link below the last selected one (or in lane 1)."""
        project = self.owner.project
        if not project.stages:
            self.owner.tell(_t("Add a stage before adding links."))
            return
        ids = self.owner.scene.selected_link_ids()
        stage_id = project.links[ids[-1]].stage_id if ids else project.stages[0].id
        lane = project.stage_index(stage_id)
        bottoms = [link.position[1] + CARD_HEIGHT + CARD_GAP_Y
                   for link in project.links_in_stage(stage_id)]
        x = first_card_x(self.owner.scene.lane_spans(), lane)
        self._edit_new_link(lane, x, max(bottoms, default=TOP_MARGIN))

    def _edit_new_link(self, lane: int, x: float, y: float) -> None:
        stage_id = self.owner.project.stages[lane].id

        def create(name: str) -> None:
            link_id = self.owner.edit.add_new_link(name, stage_id, (x, y))
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
