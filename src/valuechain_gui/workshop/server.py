"""The voting server: the Starlette app of :mod:`.api` on uvicorn, in a background thread.

:meth:`VotingServer.start` binds the socket in the caller's thread (so a busy port fails there,
and port 0 gives a free port known at once), starts uvicorn in a daemon thread and returns when
it is listening; :meth:`VotingServer.stop` asks it to finish and waits for the thread.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from urllib.parse import quote

import uvicorn

from ..errors import ValueChainError
from .api import build_app
from .ballot_box import BallotBox
from .guards import RateLimiter

#: Longest wait for the server to start or stop, in seconds.
START_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0


class VotingServerError(ValueChainError):
    """The server could not listen (``cannot_listen``: address in use, not this machine's)."""


class _Server(uvicorn.Server):
    """uvicorn's server that says when it listens (run outside the main thread, it installs no
    signal handler: the app or the command line decides when it stops)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.listening = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.listening.set()


class VotingServer:
    """Serves ``box`` at ``http://host:port/`` to the holders of ``token``.

    Args:
        box: the ballot box the votes go into.
        host: the address to listen on (the laptop's LAN address, or ``127.0.0.1``).
        port: the port; 0 takes a free one (read :attr:`port` after :meth:`start`).
        token: the session's secret (see :func:`~.tokens.new_token`).
    """

    def __init__(self, box: BallotBox, host: str, port: int, token: str) -> None:
        self.box = box
        self.host = host
        self.port = port
        self.token = token
        self.limiter = RateLimiter()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The page's address with the token, as the QR code gives it."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/?t={quote(self.token, safe='')}"

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Listen and serve in a background thread; returns once listening.

        Raises:
            VotingServerError: ``cannot_listen`` when the address cannot be bound or the
                server does not start within :data:`START_TIMEOUT` seconds.
        """
        if self.running:
            return
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
            sock.listen(128)
        except OSError as exc:
            sock.close()
            raise VotingServerError("cannot_listen", "cannot listen on {host}:{port}: {reason}",
                                    host=self.host, port=self.port,
                                    reason=exc.strerror or str(exc)) from None
        self.port = sock.getsockname()[1]
        app = build_app(self.box, self.token, self.limiter)
        config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False,
                                limit_concurrency=200, timeout_keep_alive=5,
                                server_header=False)
        server = self._server = _Server(config)
        self._thread = threading.Thread(target=self._run, args=(server, sock),
                                        name="voting-server", daemon=True)
        self._thread.start()
        if not server.listening.wait(START_TIMEOUT):
            self.stop()
            raise VotingServerError("cannot_listen", "cannot listen on {host}:{port}: {reason}",
                                    host=self.host, port=self.port,
                                    reason=f"not started within {START_TIMEOUT:.0f} s")

    @staticmethod
    def _run(server: _Server, sock: socket.socket) -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        finally:
            sock.close()

    def stop(self) -> None:
        """Stop serving and wait (at most :data:`STOP_TIMEOUT` seconds) for the thread."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT)
        self._server = None
        self._thread = None
