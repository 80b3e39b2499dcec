"""The bridge from the live session's callbacks (made on its network thread) to the GUI.

:class:`~valuechain_gui.sync.live.LiveSession` calls ``on_update``, ``on_status`` and
``on_peers`` from its own thread; widgets and the project may only be touched on the GUI
thread. :class:`LiveBridge` lives on the GUI thread and re-emits each call as a signal delivered
through the event loop (queued), in the order the calls were made.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class LiveBridge(QObject):
    """Re-emits a live session's callbacks on the GUI thread.

    Signals: ``update_received(bytes)``, ``status_changed(state, reason)``,
    ``peers_changed(list)`` (connect slots to these, never to the private ones). After
    :meth:`detach`, calls still queued or made later are dropped.
    """

    update_received = Signal(bytes)
    status_changed = Signal(str, str)
    peers_changed = Signal(list)
    _update = Signal(bytes)
    _status = Signal(str, str)
    _peers = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = True
        queued = Qt.ConnectionType.QueuedConnection  # the emitting thread is not a Qt thread
        self._update.connect(self._relay_update, queued)
        self._status.connect(self._relay_status, queued)
        self._peers.connect(self._relay_peers, queued)

    def callbacks(self) -> dict[str, Any]:
        """The keyword arguments ``on_update``, ``on_status``, ``on_peers`` of a session."""
        return {"on_update": self.on_update, "on_status": self.on_status,
                "on_peers": self.on_peers}

    def detach(self) -> None:
        """Stop relaying."""
        self._live = False

    def on_update(self, update: bytes) -> None:
        """Any thread: queue a room's update."""
        if self._live:
            self._update.emit(bytes(update))

    def on_status(self, state: str, reason: str) -> None:
        """Any thread: queue a change of the connection's state."""
        if self._live:
            self._status.emit(state, reason)

    def on_peers(self, peers: list) -> None:
        """Any thread: queue who else is in the room."""
        if self._live:
            self._peers.emit(list(peers))

    def _relay_update(self, update: bytes) -> None:
        if self._live:
            self.update_received.emit(update)

    def _relay_status(self, state: str, reason: str) -> None:
        if self._live:
            self.status_changed.emit(state, reason)

    def _relay_peers(self, peers: list) -> None:
        if self._live:
            self.peers_changed.emit(peers)
