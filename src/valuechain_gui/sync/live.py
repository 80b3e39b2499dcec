"""A live connection to a room of the relay, run in a background thread (the network side of
co-editing in the app). Qt-free.

The app's :class:`~.replica.Replica` and its document stay on the GUI thread; a pycrdt ``Doc``
is used only by the thread that made it, so :class:`LiveSession` keeps its OWN document (the
*wire* document) in its thread and the two exchange only Y update bytes (Y updates commute and
are idempotent, so this is exact):

* :meth:`LiveSession.send` (any thread) applies a local update to the wire document and sends
  it to the room when connected. Offline, the wire document keeps it; on reconnection the Yjs
  sync exchange (each side sends its state vector, the other answers with what it lacks) sends
  every edit made meanwhile, and brings in the room's.
* Every update that changes the wire document from the room is handed to ``on_update(bytes)``
  (an echo of one's own edits changes nothing and is not handed on).
* ``on_status(state, reason)``: ``connecting``, ``connected`` (after the first sync exchange),
  ``offline`` (reason :data:`UNREACHABLE` or :data:`LOST`; the session retries with a bounded
  backoff) or ``refused`` (reason :data:`WRONG_TOKEN`, :data:`BAD_ROOM`, :data:`ROOM_REFUSED`,
  :data:`TOO_MANY`: the relay answered the handshake with an HTTP error; the session stops,
  since retrying would be refused the same way).
* Presence is Y *awareness* (the relay forwards awareness messages to everyone in the room):
  :meth:`LiveSession.set_presence` sets this client's state (name, colour, selected link ids);
  ``on_peers(list)`` gets the others' states, each with its ``client_id``. A newcomer's state
  makes everyone send theirs again, so a client joining late sees who is there; a client that
  leaves says so; one that vanishes is dropped after pycrdt's 30 s awareness timeout.

Callbacks are called from the network thread: a GUI re-emits them as queued signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from pycrdt import (
    Awareness,
    Doc,
    YMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from .live_states import (  # noqa: F401 - re-exported: the session's words
    BAD_ROOM,
    CONNECTED,
    CONNECTING,
    LOST,
    OFFLINE,
    REFUSED,
    ROOM_REFUSED,
    TOO_MANY,
    UNREACHABLE,
    WRONG_TOKEN,
)
from .client import room_url
from .relay_limits import MAX_MESSAGE_BYTES

LOG = logging.getLogger("valuechain_gui.live")


#: The relay's HTTP answers that retrying cannot change.
_REFUSALS = {401: WRONG_TOKEN, 403: WRONG_TOKEN, 400: BAD_ROOM, 404: BAD_ROOM,
             503: ROOM_REFUSED, 429: TOO_MANY}
_SYNC_STEP2 = 1

UpdateCallback = Callable[[bytes], None]
StatusCallback = Callable[[str, str], None]
PeersCallback = Callable[[list[dict[str, Any]]], None]


class LiveSession:
    """A room of the relay, followed live from a background thread (see the module docstring).

    Args:
        relay_url: ``ws://HOST:PORT`` (or ``wss://``).
        room: the room's name.
        token: the relay's secret, sent as ``Authorization: Bearer TOKEN``.
        on_update, on_status, on_peers: the callbacks (called from the network thread).
        first_retry, last_retry: the backoff between reconnection attempts, in seconds: it
            doubles from ``first_retry`` up to ``last_retry`` and is reset by a connection.
        connect_timeout: how long one connection attempt may take.
    """

    def __init__(self, relay_url: str, room: str, token: str, *, on_update: UpdateCallback,
                 on_status: StatusCallback, on_peers: PeersCallback, first_retry: float = 0.5,
                 last_retry: float = 10.0, connect_timeout: float = 5.0) -> None:
        self.url = room_url(relay_url, room)
        self._token = token
        self._on_update = on_update
        self._on_status = on_status
        self._on_peers = on_peers
        self._first_retry = first_retry
        self._last_retry = last_retry
        self._connect_timeout = connect_timeout
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._early: list[tuple[str, Any]] = []  # send/set_presence before the loop runs
        self._lock = threading.Lock()
        self._presence: dict[str, Any] = {}
        self.state = ""
        # network thread only:
        self._doc: Doc | None = None
        self._awareness: Awareness | None = None
        self._ws: ClientConnection | None = None
        self._synced = False
        self._synced_event: asyncio.Event | None = None
        self._stopping: asyncio.Event | None = None
        self._from_room = False
        self._incoming: list[bytes] = []
        self._tasks: set[asyncio.Task[Any]] = set()

    # ------------------------------------------------------------------ any thread
    def start(self) -> None:
        """Start the network thread (it connects, and reconnects, until :meth:`stop`)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="valuechain-live", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def send(self, update: bytes) -> None:
        """Send a local Y update to the room (kept and sent on reconnection when offline)."""
        self._call("update", bytes(update))

    def set_presence(self, state: dict[str, Any]) -> None:
        """This client's presence in the room (JSON-able: name, colour, selected link ids)."""
        self._call("presence", dict(state))

    def stop(self, timeout: float = 5.0) -> None:
        """Say goodbye to the room, close the connection and end the thread (bounded)."""
        loop, thread = self._loop, self._thread
        if loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(self._stopping.set)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        """Whether the network thread is running."""
        return self._thread is not None and self._thread.is_alive()

    def _call(self, kind: str, value: Any) -> None:
        with self._lock:
            loop = self._loop
            if loop is None:
                self._early.append((kind, value))
                return
        with contextlib.suppress(RuntimeError):  # stopped: nothing more goes out
            loop.call_soon_threadsafe(self._take, kind, value)

    # ------------------------------------------------------------------ network thread
    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception:  # noqa: BLE001 - the thread must end quietly; the log says why
            LOG.exception("co-editing session %s ended on an error", self.url)
            self._status(OFFLINE, LOST)

    async def _main(self) -> None:
        self._doc = Doc()
        self._doc.observe(self._on_doc_event)
        self._awareness = Awareness(self._doc)
        self._awareness.observe(self._on_awareness)
        self._stopping = asyncio.Event()
        with self._lock:
            self._loop = asyncio.get_running_loop()
            early, self._early = self._early, []
        self._ready.set()
        for kind, value in early:
            self._take(kind, value)
        renewal = asyncio.create_task(self._awareness.start())
        try:
            await self._connect_until_stopped()
        finally:
            renewal.cancel()
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                await renewal
            with self._lock:
                self._loop = None

    async def _connect_until_stopped(self) -> None:
        assert self._stopping is not None
        delay = self._first_retry
        while not self._stopping.is_set():
            self._status(CONNECTING, "")
            try:
                websocket = await connect(
                    self.url, additional_headers={"Authorization": f"Bearer {self._token}"},
                    proxy=None, open_timeout=self._connect_timeout, max_size=MAX_MESSAGE_BYTES,
                    compression=None, ping_interval=10, ping_timeout=10)
            except InvalidStatus as exc:
                status = exc.response.status_code
                if status in _REFUSALS:
                    LOG.warning("%s refused: HTTP %d", self.url, status)
                    self._status(REFUSED, _REFUSALS[status])
                    return
                LOG.info("%s: HTTP %d, retrying", self.url, status)
                self._status(OFFLINE, UNREACHABLE)
            except (OSError, TimeoutError, WebSocketException) as exc:
                LOG.info("%s unreachable (%s), retrying", self.url, exc or type(exc).__name__)
                self._status(OFFLINE, UNREACHABLE)
            else:
                await self._serve(websocket)
                if self._synced:
                    delay = self._first_retry
                if self._stopping.is_set():
                    return
                self._status(OFFLINE, LOST)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)
            delay = min(delay * 2, self._last_retry)

    async def _serve(self, websocket: ClientConnection) -> None:
        """Exchange with the room until the connection ends or the session stops."""
        assert self._doc is not None and self._stopping is not None
        self._ws, self._synced = websocket, False
        self._synced_event = asyncio.Event()
        receiver = asyncio.create_task(self._receive(websocket))
        stopper = asyncio.create_task(self._stopping.wait())
        watchdog = asyncio.create_task(self._watch_sync())
        try:
            await websocket.send(create_sync_message(self._doc))
            self._send_presence()
            await asyncio.wait({receiver, stopper, watchdog},
                               return_when=asyncio.FIRST_COMPLETED)
            if stopper.done():
                await self._goodbye(websocket)
            elif watchdog.done():
                LOG.warning("%s: no sync from the room within %s s, reconnecting", self.url,
                            self._connect_timeout)
        except (ConnectionClosed, OSError) as exc:
            LOG.info("%s: connection lost (%s)", self.url, exc or type(exc).__name__)
        finally:
            self._ws = None
            for task in (receiver, stopper, watchdog):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, ConnectionClosed, OSError):
                    await task
            with contextlib.suppress(Exception):
                await asyncio.wait_for(websocket.close(), 2)
            self._forget_peers()

    async def _watch_sync(self) -> None:
        """Ends if the room has not answered the first sync in time (a stalled relay): the
        connection is then dropped and tried again; once synced, waits for the stop."""
        assert self._stopping is not None and self._synced_event is not None
        try:
            await asyncio.wait_for(self._synced_event.wait(), self._connect_timeout)
        except TimeoutError:
            return
        await self._stopping.wait()

    async def _receive(self, websocket: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for message in websocket:
                data = message if isinstance(message, bytes) else message.encode("utf-8")
                try:
                    self._handle(data)
                except Exception:  # noqa: BLE001 - a bad message must not end the session
                    LOG.warning("%s: ignored a message the room sent that cannot be read",
                                self.url, exc_info=True)

    def _handle(self, message: bytes) -> None:
        assert self._doc is not None and self._awareness is not None
        if not message:
            return
        if message[0] == YMessageType.SYNC:
            self._from_room, self._incoming = True, []
            try:
                reply = handle_sync_message(message[1:], self._doc)
            finally:
                self._from_room = False
            for update in self._incoming:
                self._callback(self._on_update, update)
            self._incoming = []
            if reply is not None:
                self._send_soon(reply)
            if len(message) > 1 and message[1] == _SYNC_STEP2 and not self._synced:
                self._synced = True
                self._synced_event.set()
                self._status(CONNECTED, "")
        elif message[0] == YMessageType.AWARENESS:
            self._awareness.apply_awareness_update(read_message(message[1:]), "room")

    def _on_doc_event(self, event: Any) -> None:
        if self._from_room:
            self._incoming.append(bytes(event.update))

    def _take(self, kind: str, value: Any) -> None:
        """A call of :meth:`send` / :meth:`set_presence`, now on the network thread."""
        assert self._doc is not None and self._awareness is not None
        if kind == "update":
            try:
                self._doc.apply_update(value)
            except ValueError:
                LOG.error("%s: a local update that is not a Y update was not sent", self.url)
                return
            if self._synced:
                self._send_soon(create_update_message(value))
        elif kind == "presence":
            self._presence = value
            self._awareness.set_local_state(value)

    # ------------------------------------------------------------------ presence
    def _on_awareness(self, topic: str, changes: tuple[dict[str, list[int]], Any]) -> None:
        delta, origin = changes
        if topic == "update" and origin == "local":
            self._send_presence()
        elif topic == "change":
            if origin == "room" and delta.get("added") and self._presence:
                # a newcomer: tell them who we are (the relay does not replay states)
                assert self._awareness is not None
                self._awareness.set_local_state(dict(self._presence))
            self._callback(self._on_peers, self._peers())

    def _peers(self) -> list[dict[str, Any]]:
        assert self._awareness is not None
        own = self._awareness.client_id
        return [{**state, "client_id": client_id}
                for client_id, state in sorted(self._awareness.states.items())
                if client_id != own and isinstance(state, dict) and state.get("name")]

    def _send_presence(self) -> None:
        if self._ws is None or self._awareness is None:
            return
        update = self._awareness.encode_awareness_update([self._awareness.client_id])
        self._send_soon(create_awareness_message(update))

    def _forget_peers(self) -> None:
        """Offline: nobody is known to be there any more."""
        assert self._awareness is not None
        others = [c for c in self._awareness.states if c != self._awareness.client_id]
        if others:
            self._awareness.remove_awareness_states(others, "offline")

    async def _goodbye(self, websocket: ClientConnection) -> None:
        """Tell the room this client leaves (a null awareness state)."""
        assert self._awareness is not None
        self._ws = None  # the state is sent here, awaited, not in the background
        self._awareness.set_local_state(None)
        update = self._awareness.encode_awareness_update([self._awareness.client_id])
        with contextlib.suppress(ConnectionClosed, OSError, TimeoutError):
            await asyncio.wait_for(websocket.send(create_awareness_message(update)), 2)

    # ------------------------------------------------------------------ helpers
    def _send_soon(self, message: bytes) -> None:
        websocket = self._ws
        if websocket is None:
            return
        task = asyncio.get_running_loop().create_task(self._send(websocket, message))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, websocket: ClientConnection, message: bytes) -> None:
        with contextlib.suppress(ConnectionClosed, OSError):
            await websocket.send(message)

    def _status(self, state: str, reason: str) -> None:
        self.state = state
        self._callback(self._on_status, state, reason)

    def _callback(self, callback: Callable[..., None], *args: Any) -> None:
        try:
            callback(*args)
        except Exception:  # noqa: BLE001 - the receiver's error must not end the session
            LOG.exception("co-editing callback failed")
