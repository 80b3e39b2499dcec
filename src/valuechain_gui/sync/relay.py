"""The relay: pycrdt-websocket's ASGI server of rooms on uvicorn, one SQLite store per room.

A room is the WebSocket path (``ws://HOST:PORT/ROOM``). Before the WebSocket is accepted, the
:class:`Gate` answers with an HTTP status and a one-line reason: 403 without
``Authorization: Bearer TOKEN``, 400 for a room name that is not ``[A-Za-z0-9._-]`` (1 to 128,
not starting with a dot), 429 once an address has been refused too often (token guessing;
clients with the token are never throttled), 503 for a room whose
store is corrupted (see :mod:`.store_check`). Accepted connections are limited in message size
(uvicorn closes the connection past :data:`~.relay_limits.MAX_MESSAGE_BYTES`) and rate (closed
with code 1008). Every connection and refusal is logged. On SIGTERM uvicorn stops accepting,
and the relay writes each room's whole state into its store before it exits.
"""

from __future__ import annotations

import hmac
import logging
import re
import socket
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import uvicorn
from pycrdt.store import SQLiteYStore
from pycrdt.websocket import ASGIServer, WebsocketServer, YRoom
from pycrdt.websocket.websocket_server import exception_logger
from starlette.responses import PlainTextResponse

from ..errors import ValueChainError
from .relay_limits import (
    MAX_REFUSALS_PER_SECOND,
    MAX_MESSAGE_BYTES,
    MAX_MESSAGES_PER_SECOND,
    RATE_WINDOW_S,
)
from .store_check import CorruptStoreError, load_store

LOG = logging.getLogger("valuechain_gui.relay")
ROOM_NAME = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$")
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class RelayStartError(ValueChainError):
    """The relay cannot start (its address cannot be bound)."""


class Refused(Exception):
    """A connection refused before the WebSocket is accepted: HTTP ``status`` and ``reason``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class StoredRooms(WebsocketServer):
    """A WebSocket server whose rooms are loaded from, and written to, one store file each."""

    def __init__(self, store_dir: Path) -> None:
        super().__init__(rooms_ready=True, auto_clean_rooms=False,
                         exception_handler=exception_logger, log=LOG)
        self.store_dir = store_dir
        self._starting = anyio.Lock()

    def store_path(self, name: str) -> Path:
        """The store file of room ``name``."""
        return self.store_dir / f"{name}.sqlite"

    def check_room(self, name: str) -> None:
        """Load room ``name`` from its store if it is not open yet (CorruptStoreError if bad)."""
        if name in self.rooms:
            return
        doc = load_store(self.store_path(name), name)
        room = YRoom(ready=True, ystore=self._new_store(name), exception_handler=exception_logger, log=LOG,
                     ydoc=doc)
        self.rooms[name] = room

    async def get_room(self, name: str) -> YRoom:
        """The open room of the WebSocket path ``/NAME`` (opened by :meth:`check_room`)."""
        room = self.rooms[name.lstrip("/")]
        async with self._starting:  # two first clients at once must not start it twice
            await self.start_room(room)
        # the room forwards its document's changes once it observes it: a client's edit
        # applied before that would reach the store but never the other clients
        await room.ydoc_observed.wait()
        return room

    def _new_store(self, name: str) -> SQLiteYStore:
        store = SQLiteYStore(name, log=LOG)
        store.db_path = str(self.store_path(name))
        store.checkpoint_interval = None
        return store

    async def flush(self) -> None:
        """Stop each open room (pending writes of single updates are dropped), then write its
        whole state into its store as one update: the store then holds everything the room
        held, however far behind its writes were."""
        for name, room in list(self.rooms.items()):
            try:
                if room.started.is_set():
                    await room.stop()
                async with self._new_store(name) as store:
                    await store.encode_state_as_update(room.ydoc)
            except Exception:  # noqa: BLE001 - a failing store must not stop the others
                LOG.exception("room %s: could not write its store", name)


class Gate:
    """The ASGI application: checks each WebSocket before the rooms' server accepts it."""

    def __init__(self, rooms: StoredRooms, token: str) -> None:
        self.rooms = rooms
        self.token = token
        self.inner = ASGIServer(rooms)
        self.failures: dict[str, deque[float]] = defaultdict(deque)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await PlainTextResponse("valuechain-gui relay\n")(scope, receive, send)
            return
        if scope["type"] != "websocket":
            return
        peer = f"{scope.get('client', ('?', 0))[0]}"
        room = scope.get("path", "").lstrip("/")
        first = await receive()  # websocket.connect
        try:
            self._check(scope, peer, room)
        except Refused as refused:
            LOG.warning("refused %s room %r: %d %s", peer, room, refused.status, refused.reason)
            await _deny(scope, send, refused)
            return
        LOG.info("connected %s to room %s", peer, room)
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return first
            return await receive()

        try:
            await self.inner(scope, _rate_limited(replay, send, peer), _quiet(send))
        finally:
            LOG.info("disconnected %s from room %s", peer, room)

    def _check(self, scope: Scope, peer: str, room: str) -> None:
        if not self._authorized(scope):
            now = time.monotonic()
            failures = self.failures[peer]
            while failures and failures[0] < now - RATE_WINDOW_S:
                failures.popleft()
            failures.append(now)
            if len(failures) > MAX_REFUSALS_PER_SECOND * RATE_WINDOW_S:
                raise Refused(429, "too many refused connections")
            raise Refused(403, "missing or wrong token")
        if not ROOM_NAME.match(room):
            raise Refused(400, "bad room name")
        try:
            self.rooms.check_room(room)
        except CorruptStoreError as exc:
            LOG.error("%s", exc)
            raise Refused(503, f"the store of room {room} is corrupted") from None

    def _authorized(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", []):
            if name.lower() == b"authorization":
                given = value.decode("latin-1")
                return hmac.compare_digest(given.encode(), f"Bearer {self.token}".encode())
        return False


async def _deny(scope: Scope, send: Send, refused: Refused) -> None:
    """Answer the WebSocket handshake with an HTTP error (or a plain close, then uvicorn says
    403, where the server lacks the ASGI denial-response extension)."""
    if "websocket.http.response" in scope.get("extensions", {}) or {}:
        body = (refused.reason + "\n").encode("utf-8")
        await send({"type": "websocket.http.response.start", "status": refused.status,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "websocket.http.response.body", "body": body})
    else:
        await send({"type": "websocket.close", "code": 1008})


def _quiet(send: Send) -> Send:
    """``send`` that drops what is sent to a client already gone (the room's broadcast must
    not fail, and stop the room for the others, because one client left)."""

    async def quiet(message: dict[str, Any]) -> None:
        try:
            await send(message)
        except Exception:  # noqa: BLE001 - uvicorn's ClientDisconnected, OSError...
            LOG.debug("dropped a message to a client that left")

    return quiet


def _rate_limited(receive: Receive, send: Send, peer: str) -> Receive:
    """``receive`` that closes the connection (code 1008) past the message rate."""
    times: deque[float] = deque()
    limit = MAX_MESSAGES_PER_SECOND * RATE_WINDOW_S

    async def limited() -> dict[str, Any]:
        message = await receive()
        if message.get("type") == "websocket.receive":
            now = time.monotonic()
            while times and times[0] < now - RATE_WINDOW_S:
                times.popleft()
            times.append(now)
            if len(times) > limit:
                LOG.warning("closing %s: more than %d messages a second", peer,
                            MAX_MESSAGES_PER_SECOND)
                await send({"type": "websocket.close", "code": 1008})
                return {"type": "websocket.disconnect", "code": 1008}
        return message

    return limited


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` for the relay (``port`` 0: a free one).

    Raises:
        RelayStartError: the address cannot be bound (in use, not ours), named in the message.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise RelayStartError("relay_cannot_listen", "{host}:{port}: cannot listen ({reason})",
                              host=host, port=port, reason=exc.strerror or str(exc)) from None
    sock.set_inheritable(True)
    return sock


async def serve(sock: socket.socket, token: str, store_dir: Path) -> None:
    """Run the relay on the bound ``sock`` until SIGTERM/SIGINT, then write the rooms."""
    store_dir.mkdir(parents=True, exist_ok=True)
    rooms = StoredRooms(store_dir)
    config = uvicorn.Config(Gate(rooms, token), lifespan="off",
                            ws_max_size=MAX_MESSAGE_BYTES, ws_ping_interval=20,
                            log_level="warning", access_log=False,
                            timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    async with rooms:
        await server.serve(sockets=[sock])
        await rooms.flush()
    LOG.info("relay stopped")
