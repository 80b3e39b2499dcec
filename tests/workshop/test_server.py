"""The voting server's life: listening on a free port, its address, stopping, a busy port."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from valuechain_gui.workshop import BallotBox, new_token
from valuechain_gui.workshop.server import VotingServer
from valuechain_gui.workshop.server import VotingServerError


def test_the_server_listens_on_a_free_port_gives_its_address_and_stops():
    box = BallotBox([("c", "Capteurs", "weak")])
    token = new_token()
    server = VotingServer(box, "127.0.0.1", 0, token)
    server.start()
    try:
        assert server.port > 0 and server.running
        assert server.url == f"http://127.0.0.1:{server.port}/?t={token}"
        with urllib.request.urlopen(server.url, timeout=10) as response:
            assert response.status == 200
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=2).close()


def test_a_busy_port_is_refused_with_a_clear_error():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        server = VotingServer(BallotBox([]), "127.0.0.1", busy.getsockname()[1], new_token())
        with pytest.raises(VotingServerError) as info:
            server.start()
    assert info.value.code == "cannot_listen"
    assert not server.running


def test_a_token_with_spaces_is_quoted_in_the_address():
    server = VotingServer(BallotBox([]), "127.0.0.1", 8765, "a b/" + "c" * 30)
    assert server.url == "http://127.0.0.1:8765/?t=a%20b%2F" + "c" * 30
