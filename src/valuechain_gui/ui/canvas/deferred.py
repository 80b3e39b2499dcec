"""Cards and flow arrows built after the first paint: a large map shows at once, and the window
answers while its items are built.

Building the 5,000 cards of a 5,000-link map takes ~0.15 s, building and routing its 10,000 flow
arrows round the cards about half a second: more than every other step of opening it together.
The scene of the main window (``ChainScene(progressive=True)``) builds its lanes at once and
queues its cards and arrows here; they are built from the event loop in slices of a few
milliseconds (input and paints are handled between slices): first the cards in a view and their
arrows, then the other cards, then the other arrows. Meanwhile the zoomed-out picture of the
view draws the cards not built yet from the model (:mod:`.overview`).

A queued item is built from the project as it is when its turn comes (a card moved meanwhile is
built where it now is and its flows routed from there; a flow removed meanwhile is never built).
Whatever reads the scene goes through its accessors: ``ChainScene.card(id)`` and ``arrow(key)``
build that item at once, ``cards()``, ``arrows()``, select all, the presenter, image exports call
:meth:`ChainScene.ensure_built`, which builds the rest at once; the view builds every card before
it paints with Qt's items (zoomed in) and before it handles a mouse or key event (so clicks and
keys find every card). Nothing that reads the scene ever sees part of it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRectF, QTimer, Signal

#: A queued item: a link id (its card) or a flow key ``(upstream id, downstream id)`` (its arrow).
Key = str | tuple[str, str]

#: Time spent building items per slice, seconds: short enough that a click or a key waits for
#: at most one slice (under a frame at 60 Hz).
SLICE_S = 0.012


def touches(key: Key, shown: set[str]) -> bool:
    """Whether a queued card or arrow belongs to one of the ``shown`` links."""
    if isinstance(key, str):
        return key in shown
    return key[0] in shown or key[1] in shown


class BuildQueue(QObject):
    """Cards (link ids) and arrows (flow keys) still to be built, a slice at a time by ``build``.

    Args:
        parent: the scene (the queue lives as long as it).
        build: builds the item of one key (the scene's own method), or skips a key whose link or
            flow is gone; either way it takes the key out of the queue (:meth:`take`).
        areas: the scene rectangles shown by the views now.
        shown: the ids of the links whose cards are in those areas, or None when every card is.
            Those cards and their arrows are built first (sorted again when the views move).

    Signals:
        done(): the last queued item was built (not emitted when nothing was queued).
    """

    done = Signal()

    def __init__(self, parent: QObject, build: Callable[[Key], None],
                 areas: Callable[[], list[QRectF]],
                 shown: Callable[[list[QRectF]], set[str] | None]) -> None:
        super().__init__(parent)
        self._build = build
        self._areas = areas
        self._shown = shown
        self._pending: dict[Key, None] = {}
        self._card_count = 0  # queued cards (str keys)
        self._sorted_for: list[QRectF] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def queue(self, keys: Iterable[Key]) -> None:
        """Build these items from the event loop, in this order (cards before arrows), replacing
        whatever was queued."""
        self._pending = dict.fromkeys(keys)
        self._card_count = sum(isinstance(key, str) for key in self._pending)
        self._sorted_for = None
        if self._pending:
            self._timer.start()
        else:
            self._timer.stop()

    def __len__(self) -> int:
        return len(self._pending)

    def __contains__(self, key: object) -> bool:
        return key in self._pending

    def take(self, key: Key) -> None:
        """Forget ``key`` (built now, or its link or flow removed)."""
        if key in self._pending:
            del self._pending[key]
            self._card_count -= isinstance(key, str)

    def cards(self) -> list[str]:
        """The ids of the links whose cards are still queued."""
        return [key for key in self._pending if isinstance(key, str)]

    def has_cards(self) -> bool:
        """Whether a card is still queued."""
        return self._card_count > 0

    def finish(self, cards_only: bool = False) -> None:
        """Build every queued item now (every queued card only, with ``cards_only``)."""
        if not self._pending:
            return
        for key in self.cards() if cards_only else list(self._pending):
            if key in self._pending:
                self._build(key)
        if not self._pending:
            self._timer.stop()
            self.done.emit()

    def _visible_first(self, areas: list[QRectF]) -> None:
        """Put the cards in ``areas`` and their arrows at the front of the queue."""
        self._sorted_for = areas
        shown = self._shown(areas)
        if shown is None:
            return
        near = [key for key in self._pending if touches(key, shown)]
        if near:
            rest = self._pending
            self._pending = dict.fromkeys(near)
            self._pending.update(rest)

    def _slice(self) -> None:
        areas = self._areas()
        if areas != self._sorted_for:  # first slice, or a view moved: what it shows first
            self._visible_first(areas)
        deadline = time.perf_counter() + SLICE_S
        while self._pending:  # at least one item per slice, however slow the machine
            self._build(next(iter(self._pending)))
            if time.perf_counter() >= deadline:
                break
        if self._pending:
            self._timer.start()
        else:
            self.done.emit()
