"""A voting server on 127.0.0.1 (a free port) for the tests, stopped after each test; a
``workshop serve`` child process (:func:`start_serving`, bounded waits)."""

from __future__ import annotations

import http.client
import json
import re
import selectors
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from valuechain_gui.workshop import BallotBox, new_token
from valuechain_gui.workshop.server import VotingServer

LINKS = [("c", "Capteurs LiDAR", "weak"), ("i", "Intégration système", "unassessed")]


@dataclass
class Client:
    """Plain HTTP requests to the server under test (each on a new connection, 10 s at most)."""

    server: VotingServer

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, token: str | None = "",
                ) -> tuple[int, dict[str, str], bytes]:
        headers = dict(headers or {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token or self.server.token}"
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return (response.status, {k.lower(): v for k, v in response.getheaders()},
                    response.read())
        finally:
            connection.close()

    def vote(self, data: Any, **kwargs: Any) -> tuple[int, dict[str, str], bytes]:
        body = data if isinstance(data, bytes) else json.dumps(data).encode()
        return self.request("POST", "/api/votes", body,
                            {"Content-Type": "application/json"}, **kwargs)


@pytest.fixture
def box() -> BallotBox:
    return BallotBox(LINKS, language="fr")


@pytest.fixture
def server(box: BallotBox) -> Iterator[VotingServer]:
    server = VotingServer(box, "127.0.0.1", 0, new_token())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(server: VotingServer) -> Client:
    return Client(server)


@dataclass
class Serving:
    """A ``workshop serve`` child process and the page's address it printed."""

    process: subprocess.Popen[str]
    url: str

    @property
    def token(self) -> str:
        return parse_qs(urlsplit(self.url).query)["t"][0]

    @property
    def base(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def vote(self, participant: str, link: str, vote: str, comment: str = "") -> int:
        body = json.dumps({"participant": participant, "link": link, "vote": vote,
                           "comment": comment}).encode()
        request = urllib.request.Request(f"{self.base}/api/votes", data=body, headers={
            "Authorization": f"Bearer {self.token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status

    def stop(self, timeout: float = 30) -> tuple[int, str, str]:
        """SIGTERM, then the exit code and what is left of stdout and stderr."""
        self.process.send_signal(signal.SIGTERM)
        out, err = self.process.communicate(timeout=timeout)
        return self.process.returncode, out, err


def start_serving(project: Path, *options: str, timeout: float = 30) -> Serving:
    """Start ``workshop serve PROJECT --port 0`` and wait (at most ``timeout`` s) for the line
    with the page's address."""
    process = subprocess.Popen(
        [sys.executable, "-m", "valuechain_gui.cli", "workshop", "serve", str(project),
         "--port", "0", *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    seen = ""
    try:
        while time.monotonic() < deadline:
            if selector.select(timeout=max(0.0, deadline - time.monotonic())):
                line = process.stdout.readline()
                if not line:
                    break
                seen += line
                found = re.search(r"(http://\S+)", line)
                if found:
                    return Serving(process, found.group(1))
    finally:
        selector.close()
    process.kill()
    _, err = process.communicate(timeout=10)
    raise AssertionError(f"workshop serve did not print its address: {seen!r} {err!r}")


@pytest.fixture
def serve_project() -> Iterator[Callable[..., Serving]]:
    """:func:`start_serving`; every child still running at the end is killed."""
    started: list[Serving] = []

    def start(project: Path, *options: str) -> Serving:
        serving = start_serving(project, *options)
        started.append(serving)
        return serving

    yield start
    for serving in started:
        if serving.process.poll() is None:
            serving.process.kill()
            serving.process.communicate(timeout=10)
