"""Selection on the chain scene: cards and flows selected, in the order the user chose them,
and the chains upstream or downstream of a link.

A mixin of :class:`~valuechain_gui.ui.canvas.scene.ChainScene`: it works on the scene's id →
item maps and tells the document's :class:`ViewState` what is selected.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF

from .flow_item import FlowArrow
from .items import LinkCard


class SceneSelection:
    """Selection methods of the chain scene (mixed into :class:`ChainScene`)."""

    def _on_selection_changed(self) -> None:
        selected = {item.link_id for item in self.selectedItems() if isinstance(item, LinkCard)}
        order = [i for i in self._order if i in selected]
        known = set(order)
        order += [i for i in self._cards if i in selected and i not in known]
        self._order = order
        self.links_selection_changed.emit(list(order))
        self.view_state.select_links(order, self)

    def _follow_selection(self, link_ids: list[str], origin: object) -> None:
        if origin is not self:  # a panel selected links: show them selected here
            self.select_links(link_ids)

    def selected_link_ids(self) -> list[str]:
        """Ids of the selected links, in the order they were selected (first = first clicked)."""
        return list(self._order)

    def selected_flow_keys(self) -> list[tuple[str, str]]:
        """Keys of the selected flows, in flow order."""
        if not self._flow_selection:
            return []
        return [key for key in self._arrows if key in self._flow_selection]

    def select_flows(self, keys: Iterable[tuple[str, str]], *, add: bool = False) -> None:
        """Select these flows (unknown keys ignored); ``add`` keeps the current selection."""
        keys = {tuple(k) for k in keys}
        if keys:
            self.ensure_built()
        keys = {k for k in keys if k in self._arrows}
        if not add:
            for key in self._flow_selection - keys:
                self._arrows[key].set_flow_selected(False)
            self._flow_selection = set()
        for key in keys:
            self._arrows[key].set_flow_selected(True)
        self._flow_selection |= keys

    def toggle_flow(self, key: tuple[str, str]) -> None:
        """Add a flow to the selection, or take it out."""
        arrow = self.arrow(tuple(key))
        if arrow is None:
            return
        arrow.set_flow_selected(not arrow.flow_selected)
        if arrow.flow_selected:
            self._flow_selection.add(arrow.key)
        else:
            self._flow_selection.discard(arrow.key)

    def flow_at(self, pos: QPointF) -> FlowArrow | None:
        """The flow arrow under scene ``pos`` unless a card lies on top of it."""
        for item in self.items(pos):
            if isinstance(item, LinkCard):
                return None
            if isinstance(item, FlowArrow):
                return item
        return None

    def select_links(self, ids: Iterable[str], *, center: bool = False) -> None:
        """Select exactly these links (unknown ids ignored), in this order; optionally centre
        the first of them in every view."""
        ids = [i for i in dict.fromkeys(ids) if self.card(i) is not None]
        self.select_flows([])
        self.blockSignals(True)
        try:
            self.clearSelection()
            for link_id in ids:
                self._cards[link_id].setSelected(True)
        finally:
            self.blockSignals(False)
        self._order = list(ids)
        self.links_selection_changed.emit(list(ids))
        self.view_state.select_links(ids, self)
        if center and ids:
            self._center_on(ids[0])

    def select_all(self) -> None:
        """Select every card and arrow."""
        self.ensure_built()
        self.blockSignals(True)
        try:
            for card in self._cards.values():
                card.setSelected(True)
        finally:
            self.blockSignals(False)
        self.select_flows(list(self._arrows))
        self._on_selection_changed()

    def chain_of(self, link_id: str, *, upstream: bool) -> list[str]:
        """The link and every link upstream (or downstream) of it, transitively (loops ok)."""
        step = self.project.upstream_of if upstream else self.project.downstream_of
        seen = {link_id}
        todo = [link_id]
        while todo:
            for other in step(todo.pop()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return [i for i in self.project.links if i in seen]

    def select_chain(self, link_id: str, *, upstream: bool) -> None:
        """Select a link's upstream (or downstream) chain."""
        self.select_links(self.chain_of(link_id, upstream=upstream))

    def select_chain_of_selection(self, *, upstream: bool | None) -> None:
        """Select the upstream (True), downstream (False) or both (None) chains of every
        selected link."""
        chosen: set[str] = set()
        for link_id in self.selected_link_ids():
            if upstream is not False:
                chosen.update(self.chain_of(link_id, upstream=True))
            if upstream is not True:
                chosen.update(self.chain_of(link_id, upstream=False))
        if chosen:
            self.select_links([i for i in self.project.links if i in chosen])
