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
from PySide6.QtWidgets import QGraphicsScene

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
from .deferred import BuildQueue
from .flow_item import FlowArrow
from .items import LinkCard
from .lane_item import LaneItem
from .routes import RouteKeeper
from .scene_display import SceneDisplay
from .selection import SceneSelection

MARGIN = 24.0  # around the content, scene pixels
RETURN_ROOM = 10.0  # below a return flow's loop glyph, inside the map
FIT_MARGIN = 16.0  # around the content when fitted in the view (room for a scroll bar coming)
MIN_LANE_HEIGHT = 640.0
LANE_SLACK = 240.0  # empty room below the lowest card, for double-click creation
BSP_DEPTH = 10
#: A progressive scene builds its items after the first paint from this many (cards + arrows):
#: a smaller map is built at once (a few milliseconds), its picture never shown without arrows.
PROGRESSIVE_FROM = 600


class ChainScene(SceneSelection, SceneDisplay, QGraphicsScene):
    """The value chain as a graphics scene (display only).

    Args:
        project: the :class:`Project` shown.
        parent: QObject parent. view_state: the document's :class:`ViewState` (else its own).
        notifier: the document's :class:`ProjectNotifier`, whose typed signals the scene follows;
            None: the scene is drawn once and never follows the project (exports).
        progressive: build the cards and arrows from the event loop after the first paint (the
            main window's canvas: a large map is shown at once, see :mod:`.deferred`); readers
            of every item call :meth:`ensure_built`. False: every item is built at once.

    Signals:
        links_selection_changed(list): ids of the selected links, in selection order.
        rebuilding(): items are about to be dropped and built again (all of them, or the lanes
            after a stage change): whoever holds an item (an interaction) lets it go.
        built(): the items left to build after the first paint are all built.
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
        self.drawing_overview = False  # the overview (minimap) draws: no selection outlines
        self._cards: dict[str, LinkCard] = {}
        #: while many cards move at once, the arrows to route once they have all moved
        self.deferred_arrows: set | None = None
        self._arrows: dict[tuple[str, str], FlowArrow] = {}
        self._queue = BuildQueue(self, self._build_queued, self._view_areas, self._shown_links)
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
        """The card of a link (built now if still queued), or None."""
        if link_id in self._queue:
            self._build_queued(link_id)
        return self._cards.get(link_id)

    def arrow(self, key: tuple[str, str]) -> FlowArrow | None:
        """The arrow of flow ``(upstream id, downstream id)`` (built now if still queued), or
        None."""
        key = tuple(key)
        if key in self._queue:
            self._build_queued(key)
        return self._arrows.get(key)

    def cards(self) -> list[LinkCard]:
        """Every card (all built first), in link order."""
        self.ensure_cards()
        return list(self._cards.values())

    def built_cards(self) -> list[LinkCard]:
        """The cards built so far (the others are built from the project when their turn
        comes)."""
        return list(self._cards.values())

    def pending_cards(self) -> list[str]:
        """Ids of the links whose cards are still to be built (drawn from the model meanwhile
        by the zoomed-out picture)."""
        return self._queue.cards()

    def ensure_cards(self) -> None:
        """Build every card still queued now (before Qt paints or hit-tests the items)."""
        if self._queue.has_cards():
            self._queue.finish(cards_only=True)
            self._in_link_order()

    def arrows(self) -> list[FlowArrow]:
        """Every arrow (all built first), in flow order."""
        self.ensure_built()
        return list(self._arrows.values())

    def built_arrows(self) -> list[FlowArrow]:
        """The arrows built so far (the others are built from the project when their turn
        comes, so they need no update)."""
        return list(self._arrows.values())

    def ensure_built(self) -> None:
        """Build every item still queued now: call before reading every item of the scene."""
        self._queue.finish()

    def is_built(self) -> bool:
        """Whether every link has its card and every flow its arrow (nothing left to build)."""
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
        links, flows = self.project.links, self.project.flows
        if self.progressive and len(links) + len(flows) >= PROGRESSIVE_FROM:
            for link_id, link in links.items():  # arrows are routed round every card
                self.card_index.set(link_id, (*link.position, CARD_WIDTH, CARD_HEIGHT))
            self._queue.queue([*links, *flows])
            for key, flow in flows.items():  # at once: their loops bend outside the cards
                if flow.is_return:
                    self._add_arrow(key)
        else:
            self._queue.queue(())
            for link in self.project.links.values():
                self._add_card(link.id)
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
            if link_id in self._queue:  # never built: out of the queue and of the index
                self._queue.take(link_id)
                self.card_index.remove(link_id)
            return
        for arrow in list(card.arrows):
            self._remove_arrow(arrow.key)
        card.index = None
        self.card_index.remove(link_id)
        self.removeItem(card)

    def _build_queued(self, key: str | tuple[str, str]) -> None:
        """Build a queued card or arrow as the project now is (dimmed if it should be), or
        drop a key whose link or flow is gone."""
        self._queue.take(key)
        if isinstance(key, str):
            if key in self.project.links and key not in self._cards:
                self._add_card(key)
                if self._dimmed:
                    self._apply_dim(self._cards[key])
        elif key in self.project.flows:
            self._add_arrow(key)
            arrow = self._arrows.get(key)
            if arrow is not None and self._dimmed:
                self._apply_dim_arrow(arrow)

    def _in_flow_order(self) -> None:
        """Items built out of order (those in view first) are listed in link and flow order
        again."""
        self._in_link_order()
        ordered = {key: self._arrows[key] for key in self.project.flows if key in self._arrows}
        if len(ordered) != len(self._arrows):
            ordered.update(self._arrows)
        self._arrows = ordered

    def _in_link_order(self) -> None:
        ordered = {i: self._cards[i] for i in self.project.links if i in self._cards}
        if len(ordered) != len(self._cards):
            ordered.update(self._cards)
        self._cards = ordered

    def _view_areas(self) -> list[QRectF]:
        """The scene rectangles the views show now."""
        return [view.mapToScene(view.viewport().rect()).boundingRect() for view in self.views()]

    def _shown_links(self, areas: list[QRectF]) -> set[str] | None:
        """Ids of the links whose cards are in ``areas`` (None: all of them)."""
        boxes = [area.getCoords() for area in areas]
        links = self.project.links
        shown = {link_id for link_id, link in links.items()
                 if any(x0 <= link.position[0] + CARD_WIDTH and link.position[0] <= x1
                        and y0 <= link.position[1] + CARD_HEIGHT and link.position[1] <= y1
                        for x0, y0, x1, y1 in boxes)}
        return None if len(shown) == len(links) else shown

    def _add_arrow(self, key: tuple[str, str]) -> None:
        self._queue.take(key)
        up, down = self.card(key[0]), self.card(key[1])
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

    def _card_corners(self) -> list[tuple[float, float]]:
        """The top-left corner of every card, built (where it is, maybe dragged) or not yet
        (where its link is)."""
        corners = [(card.x(), card.y()) for card in self._cards.values()]
        links = self.project.links
        corners += [links[i].position for i in self._queue.cards() if i in links]
        return corners

    def _cards_rect(self) -> QRectF:
        rect = QRectF()
        for card in self._cards.values():
            rect = rect.united(card.sceneBoundingRect())
        links = self.project.links
        corners = [links[i].position for i in self._queue.cards() if i in links]
        if corners:  # cards not built yet: where their links are, with their handle's room
            r = style.HANDLE_RADIUS + 2
            xs, ys = [x for x, _ in corners], [y for _, y in corners]
            rect = rect.united(QRectF(QPointF(min(xs) - r, min(ys) - r),
                                      QPointF(max(xs) + CARD_WIDTH + r,
                                              max(ys) + CARD_HEIGHT + r)))
        return rect

    def _lane_height(self) -> float:
        bottom = max((y + CARD_HEIGHT for _x, y in self._card_corners()), default=0.0)
        return max(MIN_LANE_HEIGHT, bottom + LANE_SLACK)

    def _update_extent(self) -> None:
        height = self._lane_height()
        links = self.project.links
        xs = {i: card.x() for i, card in self._cards.items()}
        xs.update((i, links[i].position[0]) for i in self._queue.cards() if i in links)
        self._spans = lane_spans([stage.id for stage in self.project.stages],
                                 [(links[i].stage_id, x) for i, x in xs.items() if i in links])
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
        """Flows made return flows (or plain flows again): their arrows are drawn anew.

        A built arrow changes its look and route in place: taking it out of the scene and adding
        a new one costs Qt's item index a pass over every item (~5 ms per arrow at 60,000
        items, so an auto-layout marking n / 200 flows grew as n²). One not built yet is built
        now (a return flow's loop bends outside the cards, and the fit needs it)."""
        flows = self.project.flows
        for key in keys:
            key = tuple(key)
            arrow, flow = self._arrows.get(key), flows.get(key)
            if arrow is not None and flow is not None:
                arrow.set_return(flow.is_return)
                continue
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
                if card is None and link is not None and moved and link_id in self._queue:
                    # built later where its link then is; flows are routed round it already
                    self.card_index.set(link_id, (*link.position, CARD_WIDTH, CARD_HEIGHT))
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
        card = self.card(link_id)
        for view in self.views() if card is not None else []:
            view.centerOn(card)


__all__ = ["ChainScene", "LANE_HEADER_HEIGHT", "CARD_WIDTH"]
