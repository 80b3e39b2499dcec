"""One running app per user: a second launch with files hands them to the first one.

A file double-clicked in the file manager starts ``valuechain-gui FILE``. When the app is
already running for this user, that second process connects to the first one's local server
(:class:`InstanceServer`, a ``QLocalServer``: a Unix socket, or a named pipe on Windows, reachable
by this user only), sends the files' absolute paths as one line of JSON,
``{"open": ["/home/…/chaîne 2025.vchain"]}``, waits for ``ok`` and exits; the running app opens
each file in a new window (:func:`forward`). When nobody answers within the time limits, the second
process starts as a window of its own.

Only ``valuechain-gui [open] FILE`` forwards: ``--screenshot`` and every other command run on
their own. The server's name is per user (:func:`server_name`); the environment variable
:data:`SERVER_ENV` sets another one (tests, or two independent instances).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: Environment variable naming the local server instead of the per-user default.
SERVER_ENV = "VALUECHAIN_GUI_INSTANCE"
#: Milliseconds to reach a running instance (on one machine: at once, or nobody is there).
CONNECT_TIMEOUT_MS = 1000
#: Milliseconds a running instance has to say it took the files.
REPLY_TIMEOUT_MS = 5000
#: The longest message read from a client (bytes): a few thousand paths.
MAX_MESSAGE_BYTES = 256 * 1024
#: The running instance's answer once it has the files.
REPLY_OK = b"ok\n"


def server_name() -> str:
    """The local server's name: :data:`SERVER_ENV` when set, else one per user of the machine."""
    chosen = os.environ.get(SERVER_ENV, "").strip()
    if chosen:
        return chosen
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name: the user id
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return "valuechain-gui-" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]


def encode_request(paths: list[Path]) -> bytes:
    """The one-line message asking a running instance to open ``paths`` (made absolute)."""
    absolute = [str(Path(path).absolute()) for path in paths]
    return json.dumps({"open": absolute}, ensure_ascii=False).encode("utf-8") + b"\n"


def decode_request(line: bytes) -> list[Path] | None:
    """The paths of a request line; None when it is not a request this module writes."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    paths = request.get("open") if isinstance(request, dict) else None
    if not isinstance(paths, list) or not all(isinstance(p, str) and p for p in paths):
        return None
    return [Path(p) for p in paths]


def forward(paths: list[Path], name: str | None = None, *,
            connect_timeout_ms: int = CONNECT_TIMEOUT_MS,
            reply_timeout_ms: int = REPLY_TIMEOUT_MS) -> bool:
    """Hand ``paths`` to the app already running for this user; True when it took them.

    False when no instance listens on ``name`` (default :func:`server_name`), or it did not
    answer ``ok`` in time: the caller then opens the files itself. Blocking, bounded by the
    two timeouts.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(connect_timeout_ms):
        return False
    try:
        socket.write(encode_request(paths))
        deadline = QDeadlineTimer(reply_timeout_ms)
        if not socket.waitForBytesWritten(max(1, deadline.remainingTime())):
            return False
        reply = b""
        while not reply.endswith(b"\n") and len(reply) < 64:
            remaining = deadline.remainingTime()
            if remaining <= 0 or not socket.waitForReadyRead(remaining):
                break
            reply += bytes(socket.readAll().data())
        return reply == REPLY_OK
    finally:
        socket.abort()


class InstanceServer(QObject):
    """The running app's end: listens for later launches and emits the files they hand over.

    Args:
        name: the server's name (default :func:`server_name`).

    Call :meth:`listen` once the app can open windows; :attr:`files_received` carries the list
    of :class:`~pathlib.Path` of each request, in the order given.
    """

    files_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False when another instance already does (nothing changed).

        A name left behind by an app that crashed (a Unix socket file nobody answers on) is
        removed and taken over.
        """
        # Asked first: with UserAccessOption, Qt's listen() replaces a live instance's socket
        # file with its own instead of failing.
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):  # a live instance: leave it be
            probe.abort()
            return False
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a crashed app's socket file: nobody answers
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening (the name is freed for the next app)."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            client = self.server.nextPendingConnection()
            self._buffers[client] = b""
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(lambda c=client: self._forget(c))
            self._read(client)  # what arrived with the connection

    def _forget(self, client: QLocalSocket) -> None:
        self._buffers.pop(client, None)
        client.deleteLater()

    def _read(self, client: QLocalSocket) -> None:
        if client not in self._buffers:
            return
        data = self._buffers[client] + bytes(client.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE_BYTES:
                self._buffers.pop(client, None)
                client.abort()
            else:
                self._buffers[client] = data
            return
        self._buffers.pop(client, None)
        paths = decode_request(data.split(b"\n", 1)[0])
        if paths is None:
            client.abort()
            return
        client.write(REPLY_OK)
        client.flush()
        client.disconnectFromServer()
        self.files_received.emit(paths)
