"""What every answer of the voting server goes through: the rate limit per client and the
security headers (no other site may read, frame or script the page).

Both are plain ASGI middleware around the Starlette application of :mod:`.api`.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Requests a client may make in a burst, and per second after that. A phone polls the state
#: every 2 s and votes now and then; a page load is three requests.
BURST = 60
PER_SECOND = 10.0
#: Most clients remembered (the oldest is forgotten first): a room holds far fewer.
MAX_CLIENTS = 10_000


class RateLimiter:
    """A token bucket per client address; thread-safe."""

    def __init__(self, burst: int = BURST, per_second: float = PER_SECOND,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.per_second = per_second
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, client: str) -> bool:
        """Whether ``client`` may make one more request now (and count it)."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.per_second)
            allowed = tokens >= 1.0
            self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
        return allowed


#: The page's Content-Security-Policy, without its script and style hashes (see :mod:`.page`).
CSP_BASE = ("default-src 'none'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'")

HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # the address carries the token
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


def guarded(app: ASGIApp, csp: str, limiter: RateLimiter) -> ASGIApp:
    """``app`` behind the rate limit (429 past it) and with the security headers on every
    answer (``csp`` as Content-Security-Policy); only HTTP is served."""

    async def guard(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await app(scope, receive, send)
            return
        if scope["type"] != "http":
            return  # no websocket here
        client = (scope.get("client") or ("?", 0))[0]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in (b"access-control-allow-origin",)]
                headers.extend(HEADERS)
                headers.append((b"content-security-policy", csp.encode()))
                message = {**message, "headers": headers}
            await send(message)

        if not limiter.allow(client):
            await _plain(send_with_headers, 429, b"Too many requests", [(b"retry-after", b"1")])
            return
        await app(scope, receive, send_with_headers)

    return guard


async def _plain(send: Send, status: int, body: bytes,
                 headers: list[tuple[bytes, bytes]] | None = None) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": body})
