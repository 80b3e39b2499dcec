"""The live session (the app's network side) against the real relay on loopback: updates both
ways, presence, offline and back (edits kept), refusals. Every wait is bounded."""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from typing import Any

import pytest
from pycrdt import Doc, Map

from valuechain_gui.sync.client import connected
from valuechain_gui.sync.live import (
    CONNECTED,
    LOST,
    OFFLINE,
    REFUSED,
    UNREACHABLE,
    WRONG_TOKEN,
    LiveSession,
)

from sync_helpers import TOKEN, free_port

pytestmark = pytest.mark.slow  # a relay process on loopback each

WAIT = 15.0


class Peer:
    """A session and what its callbacks received (a document fed with the room's updates)."""

    def __init__(self, relay_url: str, room: str = "live", token: str = TOKEN,
                 connect_timeout: float = 3) -> None:
        self.doc = Doc()  # only touched on the test's thread, from the received bytes
        self.updates: queue.Queue[bytes] = queue.Queue()
        self.statuses: list[tuple[str, str]] = []
        self.peers: list[dict[str, Any]] = []
        self.changed = threading.Condition()
        self.session = LiveSession(relay_url, room, token, on_update=self.updates.put,
                                   on_status=self._status, on_peers=self._peers,
                                   first_retry=0.1, last_retry=0.5,
                                   connect_timeout=connect_timeout)

    def _status(self, state: str, reason: str) -> None:
        with self.changed:
            self.statuses.append((state, reason))
            self.changed.notify_all()

    def _peers(self, peers: list[dict[str, Any]]) -> None:
        with self.changed:
            self.peers = peers
            self.changed.notify_all()

    def wait(self, check: Callable[[], bool], what: str) -> None:
        with self.changed:
            assert self.changed.wait_for(check, WAIT), f"no {what} within {WAIT} s"

    def wait_status(self, state: str, after: int = 0) -> None:
        self.wait(lambda: any(s == state for s, _ in self.statuses[after:]), state)

    def receive_until(self, check: Callable[[], bool]) -> None:
        """Apply received updates to :attr:`doc` until ``check()`` holds (bounded)."""
        while not check():
            self.doc.apply_update(self.updates.get(timeout=WAIT))

    def edit(self, key: str, value: str) -> None:
        """An edit of this peer's document, sent to the room."""
        before = self.doc.get_state()
        self.doc.get("links", type=Map)[key] = value
        self.session.send(self.doc.get_update(before))

    def value(self, key: str) -> Any:
        return self.doc.get("links", type=Map).get(key)


@pytest.fixture
def peers(relay):
    made: list[Peer] = []

    def make(**kwargs: Any) -> Peer:
        peer = Peer(relay.url, **kwargs)
        made.append(peer)
        peer.session.start()
        return peer

    yield make
    for peer in made:
        peer.session.stop()
        assert not peer.session.running


def test_an_edit_reaches_the_other_and_presence_is_seen_both_ways(peers):
    a = peers()
    a.session.set_presence({"name": "Pôle A", "colour": "#d62728", "selection": ["l1"]})
    a.wait_status(CONNECTED)
    b = peers()  # joins later: still learns who is there
    b.session.set_presence({"name": "Pôle B", "colour": "#1f77b4", "selection": []})
    b.wait_status(CONNECTED)
    a.edit("l1", "strong")
    b.receive_until(lambda: b.value("l1") == "strong")
    b.edit("l1", "weak")
    a.receive_until(lambda: a.value("l1") == "weak")
    b.wait(lambda: [p["name"] for p in b.peers] == ["Pôle A"], "peer A")
    assert b.peers[0]["selection"] == ["l1"] and b.peers[0]["colour"] == "#d62728"
    a.wait(lambda: [p["name"] for p in a.peers] == ["Pôle B"], "peer B")
    a.session.set_presence({"name": "Pôle A", "colour": "#d62728", "selection": ["l2", "l3"]})
    b.wait(lambda: b.peers and b.peers[0]["selection"] == ["l2", "l3"], "A's new selection")
    a.session.stop()
    b.wait(lambda: b.peers == [], "A leaving")


def test_relay_stopped_goes_offline_and_edits_made_offline_arrive_after_restart(relay, peers):
    a, b = peers(), peers()
    a.wait_status(CONNECTED)
    b.wait_status(CONNECTED)
    relay.stop()
    a.wait(lambda: (OFFLINE, LOST) in a.statuses, "offline")
    seen = len(a.statuses)
    a.edit("offline-edit", "kept")  # made while the relay is down
    a.wait(lambda: (OFFLINE, UNREACHABLE) in a.statuses[seen:], "a failed reconnection")
    relay.start()
    a.wait_status(CONNECTED, after=seen)
    b.receive_until(lambda: b.value("offline-edit") == "kept")


def test_wrong_token_is_refused_and_the_session_stops(peers):
    intruder = peers(token="x" * 40)
    intruder.wait(lambda: (REFUSED, WRONG_TOKEN) in intruder.statuses, "refusal")
    intruder.session._thread.join(WAIT)
    assert not intruder.session.running  # a wrong token is not retried


def test_no_relay_is_offline_unreachable_and_retried():
    peer = Peer(f"ws://127.0.0.1:{free_port()}")
    peer.session.start()
    try:
        peer.wait(lambda: [s for s in peer.statuses if s == (OFFLINE, UNREACHABLE)][1:] != [],
                  "two failed attempts")
        assert peer.session.running
    finally:
        peer.session.stop()
    assert not peer.session.running


def test_clients_arriving_together_in_a_room_just_opened_are_all_served(relay):
    """The relay starts a room once even when its first clients connect at the same moment
    (it used to start it twice: the second start failed and its client was never synced)."""
    async def one(room: str) -> None:
        async with connected(Doc(), relay.url, room, TOKEN, timeout=5):
            pass

    async def together() -> None:
        await asyncio.gather(*(one(room) for room in ("r1", "r1", "r1", "r2", "r2")))

    asyncio.run(together())


def test_a_relay_that_never_syncs_is_left_and_tried_again():
    """A server that accepts the WebSocket but never answers the sync: the session does not
    wait forever on it (offline, then a new attempt)."""
    from websockets.asyncio.server import serve

    ready, done = threading.Event(), threading.Event()
    port = free_port()

    async def silent(websocket) -> None:
        async for _message in websocket:
            pass  # never answers

    async def run_server() -> None:
        async with serve(silent, "127.0.0.1", port):
            ready.set()
            while not done.is_set():
                await asyncio.sleep(0.05)  # the server's own loop, polled for the end

    server = threading.Thread(target=asyncio.run, args=(run_server(),), daemon=True)
    server.start()
    assert ready.wait(WAIT)
    peer = Peer(f"ws://127.0.0.1:{port}", connect_timeout=0.5)
    peer.session.start()
    try:
        peer.wait(lambda: [s for s, _ in peer.statuses].count("connecting") >= 2,
                  "a second attempt")
        assert (OFFLINE, LOST) in peer.statuses and CONNECTED not in dict(peer.statuses)
    finally:
        peer.session.stop()
        done.set()
        server.join(WAIT)
