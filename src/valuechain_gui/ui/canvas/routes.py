"""Keeping flow routes right after the project changes: the flows under a dropped card are routed
round it, and arrows follow flows made return flows (or plain flows again).

A dragged card re-routes its own flows as it moves (:meth:`LinkCard.itemChange`); the flows of
other cards it lands on are only re-routed once the move is in the model, here, so that a drag
step stays within its time budget.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF

from .flow_item import FlowArrow

if TYPE_CHECKING:
    from valuechain_gui.ui.document.notifier import ProjectNotifier
    from .scene import ChainScene


class RouteKeeper(QObject):
    """Follows ``notifier`` for ``scene`` (a child of the scene: it lives as long as it)."""

    def __init__(self, scene: ChainScene, notifier: ProjectNotifier) -> None:
        super().__init__(scene)
        self.scene = scene
        notifier.links_changed.connect(self._links_changed)
        notifier.flows_changed.connect(self.sync_return_marks)

    def _links_changed(self, ids: Iterable[str], fields: Iterable[str]) -> None:
        if "position" in fields:
            reroute_around(self.scene, ids)

    def sync_return_marks(self) -> None:
        """Redraw the arrows of flows made return flows, or plain flows again."""
        flows = self.scene.project.flows
        for arrow in self.scene.built_arrows():  # the others are built as flows say
            flow = flows.get(arrow.key)
            if flow is not None and flow.is_return != arrow.is_return:
                arrow.set_return(flow.is_return)


def reroute_around(scene: ChainScene, link_ids: Iterable[str]) -> None:
    """Route again the flows that pass where these cards now are (a card dropped on a flow):
    a card's own flows follow it while it moves, the others are routed round it here."""
    moved = set(link_ids)
    if all(arrow.key[0] in moved or arrow.key[1] in moved for arrow in scene.built_arrows()):
        return  # every flow belongs to a moved card and has followed it (a whole layout)
    for link_id in moved:
        card = scene.card(link_id)
        if card is None:
            continue
        x, y, w, h = card.scene_rect_tuple()
        for item in scene.items(QRectF(x, y, w, h)):
            if isinstance(item, FlowArrow) and link_id not in item.key:
                item.update_geometry()
