"""The bridge from the ballot box's callbacks (made on the voting server's thread) to the GUI.

:meth:`BallotBox.subscribe` calls its callback on the server thread after each accepted vote;
widgets may only be touched on the GUI thread. :class:`VoteBridge` lives on the GUI thread and
re-emits each call as its ``vote_cast(link_id)`` signal, delivered through the event loop
(a queued connection), so every slot connected to it runs on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class VoteBridge(QObject):
    """Re-emits the box's "a vote was cast on this link" as ``vote_cast`` on the GUI thread.

    Connect slots to ``vote_cast`` (never to ``_from_server``). :meth:`attach` subscribes to a
    box; :meth:`detach` stops relaying (a late callback from a stopped server is dropped).
    """

    vote_cast = Signal(str)
    _from_server = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = False
        # queued explicitly: the emitting thread is not a Qt thread, so "auto" could not know
        self._from_server.connect(self._relay, Qt.ConnectionType.QueuedConnection)

    def attach(self, box: Any) -> None:
        """Relay the votes of ``box`` (a :class:`~valuechain_gui.workshop.BallotBox`)."""
        self._live = True
        box.subscribe(self.on_vote)

    def detach(self) -> None:
        """Stop relaying: callbacks still queued or made later are ignored."""
        self._live = False

    def on_vote(self, link_id: str) -> None:
        """The box's callback (any thread): queue the link id for the GUI thread."""
        if self._live:
            self._from_server.emit(str(link_id))

    def _relay(self, link_id: str) -> None:
        if self._live:
            self.vote_cast.emit(link_id)
