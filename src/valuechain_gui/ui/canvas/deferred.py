"""Flow arrows built after the first paint: a large map shows its cards at once, its flows a
moment later, and the window answers meanwhile.

Building and routing the 10,000 flow arrows of a 5,000-link map round the cards takes about half
a second, more than every other step of opening it together. The scene of the main window
(``ChainScene(progressive=True)``) builds its lanes and cards at once and queues its arrows
here; they are built from the event loop in slices of a few milliseconds (input and paints are
handled between slices), first those with an end card in a view, then the rest in flow order.

A queued arrow is built from the project as it is when its turn comes (a card moved meanwhile is
routed where it now is; a flow removed meanwhile is never built). Whatever reads every arrow
(``ChainScene.arrows()``, ``arrow()``, flow selection, select all, the presenter, image export)
calls :meth:`ChainScene.ensure_built`, which builds the rest at once: nothing that reads the
scene ever sees part of it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRectF, QTimer, Signal

Key = tuple[str, str]

#: Time spent building arrows per slice, seconds: short enough that a click or a key waits for
#: at most one slice (under a frame at 60 Hz).
SLICE_S = 0.012


class ArrowQueue(QObject):
    """Flow keys whose arrows are still to be built, built a slice at a time by ``build``.

    Args:
        parent: the scene (the queue lives as long as it).
        build: builds the arrow of one key (the scene's own method), or skips a key whose flow
            or cards are gone.
        areas: the scene rectangles shown by the views now.
        shown: the ids of the links whose cards are in those areas, or None when every card is.
            The arrows of those cards are built first (sorted again when the views move).

    Signals:
        done(): the last queued arrow was built (not emitted when nothing was queued).
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
        self._sorted_for: list[QRectF] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def queue(self, keys: Iterable[Key]) -> None:
        """Build these arrows from the event loop, replacing whatever was queued."""
        self._pending = dict.fromkeys(keys)
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
        """Forget ``key`` (built now, or its flow removed)."""
        self._pending.pop(key, None)

    def finish(self) -> None:
        """Build every queued arrow now."""
        self._timer.stop()
        if not self._pending:
            return
        while self._pending:
            self._build(next(iter(self._pending)))
        self.done.emit()

    def _visible_first(self, areas: list[QRectF]) -> None:
        """Put the arrows with an end card in ``areas`` at the front of the queue."""
        self._sorted_for = areas
        shown = self._shown(areas)
        if shown is None:
            return
        near = [key for key in self._pending if key[0] in shown or key[1] in shown]
        if near:
            rest = self._pending
            self._pending = dict.fromkeys(near)
            self._pending.update(rest)

    def _slice(self) -> None:
        areas = self._areas()
        if areas != self._sorted_for:  # first slice, or a view moved: what it shows first
            self._visible_first(areas)
        deadline = time.perf_counter() + SLICE_S
        while self._pending:  # at least one arrow per slice, however slow the machine
            self._build(next(iter(self._pending)))
            if time.perf_counter() >= deadline:
                break
        if self._pending:
            self._timer.start()
        else:
            self.done.emit()
