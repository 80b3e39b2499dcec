"""``valuechain-gui PROJECT --share ws://HOST:PORT --token-file FILE`` and ``--join
ws://HOST:PORT/ROOM``: what is asked reaches the window (Qt stubbed out), and misuse is bad
usage (exit 2) before any window opens; a missing token file is bad input (exit 1)."""

from __future__ import annotations

import pytest

from valuechain_gui.cli import main

TOKEN = "k" * 40


@pytest.fixture
def asked(monkeypatch):
    """What ``run_app`` was called with (the window is not opened)."""
    calls: list[dict] = []

    def run_app(**kwargs):
        calls.append(kwargs)
        return 0

    import valuechain_gui.ui.shell.app as app

    monkeypatch.setattr(app, "run_app", run_app)
    return calls


@pytest.fixture
def token_file(tmp_path):
    path = tmp_path / "relay.token"
    path.write_text(TOKEN + "\n")
    return path


def test_share_passes_relay_token_and_name(asked, token_file, tmp_path):
    project = tmp_path / "chain.vchain"
    assert main([str(project), "--share", "ws://maps.example.org:8765/", "--token-file",
                 str(token_file), "--name", "Pôle A"]) == 0
    assert asked[0]["share"] == {"relay": "ws://maps.example.org:8765", "room": "",
                                 "token": TOKEN, "name": "Pôle A", "join": False}


def test_join_splits_the_rooms_address(asked, token_file):
    assert main(["--join", "wss://maps.example.org/room-42", "--token-file",
                 str(token_file), "--name", "Pôle B"]) == 0
    assert asked[0]["share"] == {"relay": "wss://maps.example.org", "room": "room-42",
                                 "token": TOKEN, "name": "Pôle B", "join": True}


@pytest.mark.parametrize("argv", [
    ["--share", "ws://h:1"],  # no token file
    ["--join", "ws://h:1", "--token-file", "T"],  # no room in the address
    ["--share", "ws://h:1/room", "--token-file", "T"],  # the room goes in --room
    ["--share", "http://h:1", "--token-file", "T"],
    ["--share", "ws://h:1", "--join", "ws://h:1/r", "--token-file", "T"],
    ["--room", "r"],
])
def test_misuse_is_bad_usage(asked, token_file, argv, capsys):
    argv = [str(token_file) if word == "T" else word for word in argv]
    assert main(argv) == 2
    assert asked == [] and "error" in capsys.readouterr().err


def test_a_missing_token_file_is_bad_input(asked, tmp_path, capsys):
    assert main(["--join", "ws://h:1/r", "--token-file", str(tmp_path / "none")]) == 1
    assert asked == [] and "none" in capsys.readouterr().err
