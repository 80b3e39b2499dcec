"""Connect a Y document to a room of the relay, and exchange until both hold each other's edits.

The transport is a WebSocket (the ``websockets`` client) carrying the Yjs sync protocol, run by
pycrdt's :class:`~pycrdt.Provider`. :func:`exchange` connects, waits for the initial sync, closes
gracefully (the relay applies a client's messages in order, so everything sent before the close
is in the room), then checks on a second connection that the room holds every edit of ``doc``.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from collections.abc import AsyncIterator
from urllib.parse import quote

import anyio
from pycrdt import Doc, Map, Provider
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from ..errors import ValueChainError
from .relay_limits import MAX_MESSAGE_BYTES


class RelayError(ValueChainError):
    """The relay refused the client, or could not be reached; ``str()`` says why."""


class WebsocketChannel:
    """A pycrdt channel over a ``websockets`` client connection."""

    def __init__(self, websocket: ClientConnection, path: str) -> None:
        self._websocket = websocket
        self._path = path

    @property
    def path(self) -> str:
        """The room's path (``/ROOM``)."""
        return self._path

    def __aiter__(self) -> WebsocketChannel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        """Send one binary message."""
        await self._websocket.send(message)

    async def recv(self) -> bytes:
        """The next binary message (text frames are given as their UTF-8 bytes)."""
        message = await self._websocket.recv()
        return message if isinstance(message, bytes) else message.encode("utf-8")


def room_url(relay: str, room: str) -> str:
    """The WebSocket address of ``room`` on ``relay`` (``ws://HOST:PORT``)."""
    return f"{relay.rstrip('/')}/{quote(room, safe='')}"


@asynccontextmanager
async def connected(doc: Doc, relay: str, room: str, token: str,
                    timeout: float = 10.0) -> AsyncIterator[Provider]:
    """``doc`` connected to ``room`` for the duration of the block, synced on entry.

    Raises:
        RelayError: refused (with the relay's status and reason), unreachable, or no initial
            sync within ``timeout`` seconds.
    """
    url = room_url(relay, room)
    try:
        websocket = await connect(url, additional_headers={"Authorization": f"Bearer {token}"},
                                  proxy=None, open_timeout=timeout, max_size=MAX_MESSAGE_BYTES,
                                  compression=None)
    except InvalidStatus as exc:
        response = exc.response
        reason = response.body.decode("utf-8", "replace").strip() if response.body else ""
        raise RelayError("relay_refused", "{url}: refused by the relay (HTTP {status}{reason})",
                         url=url, status=response.status_code,
                         reason=f": {reason}" if reason else "") from None
    except (OSError, TimeoutError, WebSocketException) as exc:
        raise RelayError("relay_unreachable", "{url}: relay unreachable ({reason})", url=url,
                         reason=str(exc) or type(exc).__name__) from None
    try:
        async with websocket:
            provider = Provider(doc, WebsocketChannel(websocket, "/" + room))
            async with provider:
                with anyio.move_on_after(timeout) as scope:
                    await provider.synced.wait()
                if scope.cancelled_caught:
                    raise RelayError("relay_timeout", "{url}: no sync from the relay within "
                                     "{timeout} s", url=url, timeout=timeout)
                yield provider
    except ConnectionClosed as exc:
        raise _closed(url, exc) from None
    except BaseExceptionGroup as group:  # raised by the provider's tasks
        closed, rest = group.split((ConnectionClosed, OSError))
        if rest is not None or closed is None:
            raise
        raise _closed(url, closed.exceptions[0]) from None


def _closed(url: str, exc: BaseException) -> RelayError:
    return RelayError("relay_closed", "{url}: the relay closed the connection ({reason})",
                      url=url, reason=str(exc) or type(exc).__name__)


def _covers(room_doc: Doc, doc: Doc) -> bool:
    """Whether ``room_doc`` already holds every edit of ``doc`` (insertions and deletions)."""
    names = list(doc.keys())
    before = {name: room_doc.get(name, type=Map).to_py() for name in names}
    probe = Doc()
    probe.apply_update(room_doc.get_update())
    state = probe.get_state()
    probe.apply_update(doc.get_update())
    after = {name: probe.get(name, type=Map).to_py() for name in names}
    return probe.get_state() == state and before == after


async def exchange(doc: Doc, relay: str, room: str, token: str, timeout: float = 10.0,
                   attempts: int = 5) -> None:
    """Merge ``doc`` with ``room``: afterwards ``doc`` holds the room's edits and the room
    holds ``doc``'s (checked on a fresh connection; retried up to ``attempts`` times).

    Raises:
        RelayError: as :func:`connected`, or the room did not take the edits.
    """
    for _ in range(attempts):
        async with connected(doc, relay, room, token, timeout):
            pass
        check = Doc()
        async with connected(check, relay, room, token, timeout):
            pass
        if _covers(check, doc):
            return
    raise RelayError("relay_lost_edits", "{relay}: the room {room} did not take the edits",
                     relay=relay, room=room)
