"""The canvas keys that edit the selected links: tag (1/2/3/0), strategic (S), delete, and moves
by arrow keys (up/down: 10 px steps merged into one "Move"; left/right: the next lane).

Each is one edit of the document (one undo step); the canvas view binds the keys to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from valuechain_gui.geometry import first_card_x
from valuechain_gui.model import LinkStatus
from .drag import MIN_CARD_Y

if TYPE_CHECKING:
    from .controller import CanvasInteractions

#: Arrow-key move step, scene pixels.
KEY_STEP = 10.0


class KeyEdits:
    """Edits of the selected links and flows (see the module docstring)."""

    def __init__(self, owner: CanvasInteractions) -> None:
        self.owner = owner

    def tag_selected(self, status: LinkStatus) -> None:
        """Tag every selected link with ``status`` (one undo step)."""
        ids = self.owner.scene.selected_link_ids()
        if ids:
            self.owner.edit.set_status(ids, status)

    def toggle_strategic_selected(self) -> None:
        """S: toggle the strategic flag of the selected links (one undo step)."""
        ids = self.owner.scene.selected_link_ids()
        if ids:
            self.owner.edit.toggle_strategic(ids)

    def delete_selected(self) -> None:
        """Delete the selected links and flows in one step (flows of deleted links go too)."""
        scene = self.owner.scene
        ids, keys = scene.selected_link_ids(), scene.selected_flow_keys()
        if ids or keys:
            self.owner.edit.delete_selection(ids, keys)

    def move_selected(self, lanes: int = 0, dy: float = 0.0) -> None:
        """Arrow keys: ``lanes`` = ±1 moves to the next lane (stage change), ``dy`` moves down.

        Successive up/down steps merge into one "Move" undo step.
        """
        project = self.owner.project
        ids = self.owner.scene.selected_link_ids()
        if not ids or not project.stages:
            return
        count = len(project.stages)
        spans = self.owner.scene.lane_spans()
        positions: dict[str, tuple[float, float]] = {}
        stages: dict[str, str] = {}
        for link_id in ids:
            link = project.links[link_id]
            x, y = link.position
            if lanes:
                lane = min(max(project.stage_index(link.stage_id) + lanes, 0), count - 1)
                stages[link_id] = project.stages[lane].id
                x = first_card_x(spans, lane)
            positions[link_id] = (x, max(MIN_CARD_Y, y + dy))
        if all(project.links[i].position == p for i, p in positions.items()) and all(
                project.links[i].stage_id == s for i, s in stages.items()):
            return
        key = None if lanes else ("keys", tuple(ids))
        self.owner.edit.move_links(positions, stages or None, merge_key=key)
