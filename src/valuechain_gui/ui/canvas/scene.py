"""The chain scene: lanes, link cards and flow arrows that show the project and follow its events.

The model is the one truth: the scene builds its items from the :class:`Project` and from the
document's :class:`ViewState` (highlight, status filter, badges, selection), keeps id → item maps,
and updates them only from the typed signals of the document's :class:`ProjectNotifier`. It only
shows: it holds no undo stack and no edit façade. What the user does on it (drag, connect, inline
names, keys, context menus) lives in :mod:`.interactions`, installed on a scene by the view; the
map exports draw a scene built with no notifier, which is drawn once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from valuechain_gui.analysis.routing import CardIndex
from valuechain_gui.geometry import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LANE_HEADER_HEIGHT,
    LANE_WIDTH,
    TOP_MARGIN,
    lane_index_at,
    lane_spans,
)
from valuechain_gui.model import Project
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.document.view_state import ViewState
from .. import style
from .deferred import ArrowQueue
from .flow_item import FlowArrow
from .items import LinkCard
from .lane_item import LaneItem
from .routes import RouteKeeper
from .selection import SceneSelection

MARGIN = 24.0  # around the content, scene pixels
RETURN_ROOM = 10.0  # below a return flow's loop glyph, inside the map
FIT_MARGIN = 16.0  # around the content when fitted in the view (room for a scroll bar coming)
MIN_LANE_HEIGHT = 640.0
LANE_SLACK = 240.0  # empty room below the lowest card, for double-click creation
BSP_DEPTH = 10


class ChainScene(SceneSelection, QGraphicsScene):
    """The value chain as a graphics scene (display only).

    Args:
        project: the :class:`Project` shown.
        parent: QObject parent. view_state: the document's :class:`ViewState` (else its own).
        notifier: the document's :class:`ProjectNotifier`, whose typed signals the scene follows;
            None: the scene is drawn once and never follows the project (exports).
        progressive: build the flow arrows from the event loop after the cards (the main
            window's canvas: a large map is shown at once, see :mod:`.deferred`); readers of
            every arrow call :meth:`ensure_built`. False: every item is built at once.

    Signals:
        links_selection_changed(list): ids of the selected links, in selection order.
        rebuilding(): items are about to be dropped and built again (all of them, or the lanes
            after a stage change): whoever holds an item (an interaction) lets it go.
        built(): the arrows left to build after the first paint are all built.
    """

    links_selection_changed = Signal(list)
    rebuilding = Signal()
    built = Signal()

    def __init__(self, project: Project, parent=None, *, view_state: ViewState | None = None,
                 notifier: ProjectNotifier | None = None, progressive: bool = False) -> None:
        super().__init__(parent)
        self.progressive = progressive
        self.project = project
        self.view_state = view_state if view_state is not None else ViewState(self)
        self.notifier = notifier
        self.full_detail = False
        self.exporting = False
        self._cards: dict[str, LinkCard] = {}
        #: while many cards move at once, the arrows to route once they have all moved
        self.deferred_arrows: set | None = None
        self._arrows: dict[tuple[str, str], FlowArrow] = {}
        self._queue = ArrowQueue(self, self._build_queued, self._view_areas, self._shown_links)
        self._queue.done.connect(self._in_flow_order)
        self._queue.done.connect(self.built)
        self._lanes: list[LaneItem] = []
        self._spans: list[tuple[float, float]] = []
        self._order: list[str] = []
        self._flow_selection: set[tuple[str, str]] = set()
        self._dimmed = False
        self.card_index = CardIndex()  # card rectangles, for routing flows round the cards
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # Qt's automatic depth (14 on 5,000 links) makes re-indexing a tall flow arrow cost
        # ~0.3 ms, i.e. 17 ms per drag step of a 50-flow hub; 10 brings the step to ~7 ms while
        # keeping point queries (hover, clicks) under 0.1 ms (measured on 2,000 and 5,000 links).
        self.setBspTreeDepth(BSP_DEPTH)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.selectionChanged.connect(self._on_selection_changed)
        if notifier is not None:
            notifier.links_added.connect(self._links_added)
            notifier.links_removed.connect(self._links_removed)
            notifier.links_changed.connect(self._links_changed)
            notifier.flows_added.connect(self._flows_added)
            notifier.flows_removed.connect(self._flows_removed)
            notifier.flows_marked.connect(self._flows_marked)
            notifier.stages_changed.connect(self._stages_changed)
            RouteKeeper(self, notifier)
        state = self.view_state
        state.highlight_changed.connect(self._apply_dim_all)
        state.status_filter_changed.connect(self._apply_dim_all)
        state.badges_changed.connect(self._apply_badges)
        state.selection_changed.connect(self._follow_selection)
        state.focus_requested.connect(self._center_on)
        self.rebuild()

    # ------------------------------------------------------------------ access
    def card(self, link_id: str) -> LinkCard | None:
        """The card of a link, or None."""
        return self._cards.get(link_id)

    def arrow(self, key: tuple[str, str]) -> FlowArrow | None:
        """The arrow of flow ``(upstream id, downstream id)`` (built now if still queued), or
        None."""
        key = tuple(key)
        if key in self._queue:
            self._build_queued(key)
        return self._arrows.get(key)

    def cards(self) -> list[LinkCard]:
        """Every card, in link order."""
        return list(self._cards.values())

    def arrows(self) -> list[FlowArrow]:
        """Every arrow (all built first), in flow order."""
        self.ensure_built()
        return list(self._arrows.values())

    def built_arrows(self) -> list[FlowArrow]:
        """The arrows built so far (the others are built from the project when their turn
        comes, so they need no update)."""
        return list(self._arrows.values())

    def ensure_built(self) -> None:
        """Build every item still queued now: call before reading every arrow of the scene."""
        self._queue.finish()

    def is_built(self) -> bool:
        """Whether every flow of the project has its arrow (no arrow is left to build)."""
        return not len(self._queue)

    def lanes(self) -> list[LaneItem]:
        """Lane items, upstream first."""
        return list(self._lanes)

    def lane_at_pos(self, pos: QPointF) -> LaneItem | None:
        """The lane whose column contains scene x ``pos.x()``, or None outside all lanes."""
        if pos.x() < 0 or not self._lanes or pos.x() >= self._lanes_right():
            return None
        return self._lanes[lane_index_at(pos.x(), self._spans)]

    def lane_spans(self) -> list[tuple[float, float]]:
        """``(left, width)`` of every lane, upstream first (scene pixels)."""
        return list(self._spans)

    def _lanes_right(self) -> float:
        if not self._spans:
            return LANE_WIDTH
        left, width = self._spans[-1]
        return left + width

    # ------------------------------------------------------------------ building
    def rebuild(self) -> None:
        """Drop every item and build lanes, cards and arrows from the project."""
        self.rebuilding.emit()
        for item in list(self._cards.values()) + list(self._arrows.values()) + self._lanes:
            self.removeItem(item)
        self._cards.clear()
        self._arrows.clear()
        self.card_index = CardIndex()
        self._lanes = []
        self._order = []
        self._flow_selection = set()
        for link in self.project.links.values():
            self._add_card(link.id)
        if self.progressive:  # return flows at once: their loops bend outside the cards
            flows = self.project.flows
            for key, flow in flows.items():
                if flow.is_return:
                    self._add_arrow(key)
            self._queue.queue(key for key in flows if key not in self._arrows)
        else:
            self._queue.queue(())
            for key in self.project.flows:
                self._add_arrow(key)
        self._rebuild_lanes()
        self._apply_dim_all()

    def _add_card(self, link_id: str) -> None:
        link = self.project.links[link_id]
        card = LinkCard(link)
        badges = self.view_state.badges
        if badges is not None:
            card.set_badge(badges.get(link_id))
        self._cards[link_id] = card
        card.index = self.card_index
        self.card_index.set(link_id, card.scene_rect_tuple())
        self.addItem(card)

    def _remove_card(self, link_id: str) -> None:
        card = self._cards.pop(link_id, None)
        if card is None:
            return
        for arrow in list(card.arrows):
            self._remove_arrow(arrow.key)
        card.index = None
        self.card_index.remove(link_id)
        self.removeItem(card)

    def _build_queued(self, key: tuple[str, str]) -> None:
        """Build a queued arrow (dimmed if its ends are), or drop a key whose flow is gone."""
        self._queue.take(key)
        if key in self.project.flows:
            self._add_arrow(key)
            arrow = self._arrows.get(key)
            if arrow is not None and self._dimmed:
                self._apply_dim_arrow(arrow)

    def _in_flow_order(self) -> None:
        """Arrows built out of order (those in view first) are listed in flow order again."""
        ordered = {key: self._arrows[key] for key in self.project.flows if key in self._arrows}
        if len(ordered) != len(self._arrows):
            ordered.update(self._arrows)
        self._arrows = ordered

    def _view_areas(self) -> list[QRectF]:
        """The scene rectangles the views show now."""
        return [view.mapToScene(view.viewport().rect()).boundingRect() for view in self.views()]

    def _shown_links(self, areas: list[QRectF]) -> set[str] | None:
        """Ids of the links whose cards are in ``areas`` (None: all of them)."""
        shown = {link_id for link_id, card in self._cards.items()
                 if any(area.contains(card.pos()) for area in areas)}
        return None if len(shown) == len(self._cards) else shown

    def _add_arrow(self, key: tuple[str, str]) -> None:
        self._queue.take(key)
        up, down = self._cards.get(key[0]), self._cards.get(key[1])
        if up is None or down is None or key in self._arrows:
            return
        flow = self.project.flows.get(key)
        arrow = FlowArrow(key, up, down, self.full_detail or self.exporting,
                          index=self.card_index, is_return=flow is not None and flow.is_return)
        up.arrows.append(arrow)
        down.arrows.append(arrow)
        self._arrows[key] = arrow
        self.addItem(arrow)

    def _remove_arrow(self, key: tuple[str, str]) -> None:
        self._queue.take(tuple(key))
        arrow = self._arrows.pop(tuple(key), None)
        if arrow is None:
            return
        self._flow_selection.discard(arrow.key)
        for card in (arrow.upstream, arrow.downstream):
            if arrow in card.arrows:
                card.arrows.remove(arrow)
        self.removeItem(arrow)

    def _rebuild_lanes(self) -> None:
        for lane in self._lanes:
            self.removeItem(lane)
        height = self._lane_height()
        self._lanes = [LaneItem(stage.id, i, stage.name, height)
                       for i, stage in enumerate(self.project.stages)]
        for lane in self._lanes:
            self.addItem(lane)
        self._update_extent()

    def _cards_rect(self) -> QRectF:
        rect = QRectF()
        for card in self._cards.values():
            rect = rect.united(card.sceneBoundingRect())
        return rect

    def _lane_height(self) -> float:
        bottom = max((c.y() + CARD_HEIGHT for c in self._cards.values()), default=0.0)
        return max(MIN_LANE_HEIGHT, bottom + LANE_SLACK)

    def _update_extent(self) -> None:
        height = self._lane_height()
        links = self.project.links
        self._spans = lane_spans([stage.id for stage in self.project.stages],
                                 [(links[i].stage_id, card.x()) for i, card in self._cards.items()
                                  if i in links])
        for lane, (left, width) in zip(self._lanes, self._spans):
            lane.set_height(height)
            lane.set_span(left, width)
        rect = QRectF(0, 0, self._lanes_right(), height)
        rect = rect.united(self._cards_rect())
        self.setSceneRect(rect.adjusted(-400, -200, 400, 400))

    def content_rect(self, margin: float = MARGIN) -> QRectF:
        """Lanes (header to the lowest card) and cards, with ``margin`` around; scene
        coordinates."""
        cards = self._cards_rect()
        bottom = max(cards.bottom() if not cards.isNull() else 0.0,
                     TOP_MARGIN + CARD_HEIGHT) + style.HANDLE_RADIUS
        rect = QRectF(0, 0, self._lanes_right(), bottom)
        if not cards.isNull():
            rect = rect.united(cards)
        for arrow in self._arrows.values():  # loops bend outside the cards
            rect = rect.united(arrow.boundingRect())
            if arrow.is_return:  # its loop glyph, with room under it (never on a lane's edge)
                rect = rect.united(arrow.childrenBoundingRect().adjusted(0, 0, 0, RETURN_ROOM))
        return rect.adjusted(-margin, -margin, margin, margin)

    # ------------------------------------------------------------------ model events
    def _links_added(self, ids: tuple[str, ...]) -> None:
        for link_id in ids:
            if link_id not in self._cards:
                self._add_card(link_id)
                self._apply_dim(self._cards[link_id])
        self._update_extent()

    def _links_removed(self, ids: tuple[str, ...]) -> None:
        for link_id in ids:
            self._remove_card(link_id)
        self._update_extent()

    def _flows_added(self, keys: tuple[tuple[str, str], ...]) -> None:
        for key in keys:
            self._add_arrow(tuple(key))
            arrow = self._arrows.get(tuple(key))
            if arrow is not None:
                self._apply_dim_arrow(arrow)

    def _flows_removed(self, keys: tuple[tuple[str, str], ...]) -> None:
        for key in keys:
            self._remove_arrow(tuple(key))

    def _flows_marked(self, keys: tuple[tuple[str, str], ...]) -> None:
        """Flows made return flows (or plain flows again): their arrows are drawn anew."""
        for key in keys:
            key = tuple(key)
            selected = key in self._flow_selection
            self._remove_arrow(key)
            self._add_arrow(key)
            arrow = self._arrows.get(key)
            if arrow is not None:
                self._apply_dim_arrow(arrow)
                if selected:
                    self.select_flows([key], add=True)

    def _stages_changed(self, _ids: tuple[str, ...] = ()) -> None:
        self.rebuilding.emit()
        self._rebuild_lanes()

    def _links_changed(self, ids: Iterable[str], fields: Iterable[str]) -> None:
        fields = set(fields)
        moved = "position" in fields
        looks = bool(fields - {"position", "stage_id"})
        ids = list(ids)
        if moved and len(ids) > 1:  # route each arrow once, when every card is in its place
            self.deferred_arrows = set()
        try:
            for link_id in ids:
                card = self._cards.get(link_id)
                link = self.project.links.get(link_id)
                if card is None or link is None:
                    continue
                if moved:
                    card.setPos(*link.position)
                if looks:
                    card.refresh(link)
                    if "status" in fields:
                        self._apply_dim(card)
        finally:
            arrows, self.deferred_arrows = self.deferred_arrows, None
        for arrow in arrows or ():
            arrow.update_geometry()
        if moved or "stage_id" in fields:
            self._update_extent()

    # ------------------------------------------------------------------ focus
    def _center_on(self, link_id: str) -> None:
        card = self._cards.get(link_id)
        for view in self.views() if card is not None else []:
            view.centerOn(card)

    # ------------------------------------------------------------------ display options
    def set_full_detail(self, on: bool) -> None:
        """True draws full detail (text) whatever the zoom: for exports and screenshots."""
        if on != self.full_detail:
            self.full_detail = on
            self.refresh_detail()

    def refresh_detail(self) -> None:
        """Redraw every item after ``full_detail`` or ``exporting`` changed."""
        full = self.full_detail or self.exporting
        for arrow in self._arrows.values():
            arrow.set_mode(full, self.exporting)
        for card in self._cards.values():
            card.update()
        self.update()

    def _apply_badges(self) -> None:
        badges = self.view_state.badges
        for link_id, card in self._cards.items():
            card.set_badge(badges.get(link_id) if badges is not None else None)

    def is_dimmed(self, link_id: str) -> bool:
        """Whether the highlight or the status filter dims this link."""
        card = self._cards.get(link_id)
        return card is not None and self.view_state.is_dimmed(link_id, card.status)

    def _apply_dim(self, card: LinkCard) -> None:
        _set_opacity(card, style.DIM_OPACITY if self.is_dimmed(card.link_id) else 1.0)
        for arrow in card.arrows:
            self._apply_dim_arrow(arrow)

    def _apply_dim_arrow(self, arrow: FlowArrow) -> None:
        dim = self.is_dimmed(arrow.key[0]) or self.is_dimmed(arrow.key[1])
        _set_opacity(arrow, style.DIM_OPACITY if dim else 1.0)

    def _apply_dim_all(self) -> None:
        if not self.view_state.dims_anything() and not self._dimmed:
            return  # nothing dimmed, nothing to dim: opening a large map stays fast
        self._dimmed = self.view_state.dims_anything()
        for card in self._cards.values():
            _set_opacity(card, style.DIM_OPACITY if self.is_dimmed(card.link_id) else 1.0)
        for arrow in self._arrows.values():
            self._apply_dim_arrow(arrow)


def _set_opacity(item: QGraphicsItem, value: float) -> None:
    """Set an item's opacity only when it changes (each call costs a repaint and a Python
    itemChange)."""
    if item.opacity() != value:
        item.setOpacity(value)


__all__ = ["ChainScene", "LANE_HEADER_HEIGHT", "CARD_WIDTH"]
