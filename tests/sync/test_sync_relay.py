"""The relay (``valuechain-gui serve``) and the headless ``sync``, on loopback."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import stat
from pathlib import Path

import pytest
from pycrdt import Doc
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from valuechain_gui.cli import main
from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.sync.client import exchange
from valuechain_gui.sync.mirror import read_records
from valuechain_gui.sync.store_check import load_store
from valuechain_gui.token_file import read_or_create_token

from sync_helpers import TOKEN

pytestmark = pytest.mark.slow  # a relay process on loopback each

SAMPLE = Path(__file__).resolve().parents[2] / "sample_projects" / (
    "autonomous_special_vehicles.vchain")


def _sync(relay, path: Path, *extra: str, token_file: Path | None = None) -> int:
    return main(["sync", str(path), "--relay", relay.url, "--token-file",
                 str(token_file or relay.token_file), *extra])


def _shared(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("crdt_state")
    return data


def test_two_poles_share_a_map_in_three_commands_and_merge_their_edits(relay, tmp_path, capsys):
    ours, theirs = tmp_path / "ours.vchain", tmp_path / "theirs.vchain"
    shutil.copy(SAMPLE, ours)
    assert _sync(relay, ours) == 0
    room = json.loads(ours.read_text())["id"]
    assert _sync(relay, theirs, "--room", room) == 0  # created from the room's whole map
    assert _shared(theirs) == _shared(ours)
    assert len(load_project(theirs).links) == 27

    mine, other = load_project(ours), load_project(theirs)
    first, second = list(mine.links)[:2]
    mine.set_status([first], LinkStatus.WEAK)
    save_project(mine, ours)
    other.update_link(second, name="Renamed by the partner cluster")
    save_project(other, theirs)
    assert _sync(relay, ours) == 0 and _sync(relay, theirs) == 0 and _sync(relay, ours) == 0
    assert _shared(ours) == _shared(theirs)
    merged = load_project(ours)
    assert merged.links[first].status is LinkStatus.WEAK
    assert merged.links[second].name == "Renamed by the partner cluster"
    assert "merged with room" in capsys.readouterr().out


def test_an_edit_made_in_a_text_editor_is_merged_as_a_local_edit(relay, tmp_path):
    path = tmp_path / "map.vchain"
    shutil.copy(SAMPLE, path)
    assert _sync(relay, path) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["target_market"] = "Edited by hand"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _sync(relay, path) == 0
    copy = tmp_path / "copy.vchain"
    assert _sync(relay, copy, "--room", data["id"]) == 0
    assert load_project(copy).target_market == "Edited by hand"


def test_a_wrong_token_is_refused_with_403_before_the_websocket_opens(relay, tmp_path, capsys):
    bad = tmp_path / "bad-token"
    bad.write_text("w" * 40)
    assert _sync(relay, tmp_path / "new.vchain", "--room", "r1", token_file=bad) == 1
    assert "HTTP 403" in capsys.readouterr().err
    assert not (tmp_path / "new.vchain").exists()

    async def bare() -> int:
        with pytest.raises(InvalidStatus) as refused:
            await connect(f"{relay.url}/r1", proxy=None)
        return refused.value.response.status_code

    assert asyncio.run(bare()) == 403
    assert "403 missing or wrong token" in relay.logged()


def test_an_unreachable_relay_exits_1_with_the_reason(tmp_path, capsys):
    token = tmp_path / "token"
    token.write_text(TOKEN)
    code = main(["sync", str(tmp_path / "x.vchain"), "--relay", "ws://127.0.0.1:9",
                 "--token-file", str(token), "--room", "r"])
    assert code == 1
    assert "unreachable" in capsys.readouterr().err


def _auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


async def _shared_doc(relay, room: str) -> Doc:
    doc = Doc()
    await exchange(doc, relay.url, room, TOKEN)
    return doc


def test_garbage_and_oversized_frames_and_a_burst_of_bad_connections_leave_the_relay_serving(
        relay, tmp_path):
    path = tmp_path / "map.vchain"
    shutil.copy(SAMPLE, path)
    assert _sync(relay, path, "--room", "busy") == 0

    async def attack() -> tuple[int, set[int]]:
        async with connect(f"{relay.url}/busy", additional_headers=_auth(), proxy=None,
                           max_size=None) as socket:
            for frame in (b"\x00\x09garbage", b"\xff" * 100, b"", b"\x01\x02\x03", "text"):
                await socket.send(frame)
        async with connect(f"{relay.url}/busy", additional_headers=_auth(), proxy=None,
                           max_size=None, write_limit=2**26) as socket:
            await socket.send(b"\x00\x02" + os.urandom(17 * 1024 * 1024))
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    await socket.recv()
            oversized = closed.value.rcvd.code if closed.value.rcvd else 0
        statuses: set[int] = set()
        gate = asyncio.Semaphore(100)

        async def knock(k: int) -> None:
            async with gate:
                try:
                    await connect(f"{relay.url}/busy", proxy=None, open_timeout=20,
                                  additional_headers={"Authorization": f"Bearer guess{k}"})
                except InvalidStatus as exc:
                    statuses.add(exc.response.status_code)

        await asyncio.gather(*(knock(k) for k in range(1000)))
        return oversized, statuses

    oversized, statuses = asyncio.run(attack())
    assert oversized == 1009  # message too big
    assert statuses <= {403, 429} and statuses
    assert relay.process.poll() is None
    doc = asyncio.run(_shared_doc(relay, "busy"))
    assert len(read_records(doc)[1]["links"]) == 27
    assert _sync(relay, path) == 0


def test_a_corrupted_store_is_named_and_its_room_refused_while_others_are_served(
        relay, tmp_path, capsys):
    relay.store.mkdir(exist_ok=True)
    broken = relay.store / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    assert _sync(relay, tmp_path / "b.vchain", "--room", "broken") == 1
    assert "HTTP 503" in capsys.readouterr().err
    assert str(broken) in relay.logged() and "corrupted" in relay.logged()
    assert broken.read_bytes().startswith(b"SQLite format 3")  # left as it was, not replaced
    path = tmp_path / "fine.vchain"
    shutil.copy(SAMPLE, path)
    assert _sync(relay, path, "--room", "fine") == 0


def test_sigterm_stops_the_relay_cleanly_and_a_restart_loses_nothing(relay, tmp_path):
    path = tmp_path / "map.vchain"
    shutil.copy(SAMPLE, path)
    assert _sync(relay, path, "--room", "kept") == 0
    assert relay.stop() == 0
    assert "relay stopped" in relay.logged()
    stored = load_store(relay.store / "kept.sqlite", "kept")
    assert len(read_records(stored)[1]["links"]) == 27
    relay.start()
    copy = tmp_path / "copy.vchain"
    assert _sync(relay, copy, "--room", "kept") == 0
    assert _shared(copy) == _shared(path)


def test_a_missing_token_file_is_created_private_with_a_long_random_token(tmp_path):
    path = tmp_path / "token"
    token = read_or_create_token(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(token) >= 32 and read_or_create_token(path) == token
    assert read_or_create_token(tmp_path / "other") != token
    path.write_text("  short  ")
    with pytest.raises(Exception, match="at least 32"):
        read_or_create_token(path)


def test_serve_on_a_port_in_use_says_so_on_one_line(tmp_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", "--port", str(port), "--token-file", str(tmp_path / "token"),
                     "--store", str(tmp_path / "rooms")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"127.0.0.1:{port}: cannot listen" in err and err.count("\n") == 1


def test_a_client_flooding_messages_is_closed_and_the_room_still_served(relay, tmp_path):
    path = tmp_path / "map.vchain"
    shutil.copy(SAMPLE, path)
    assert _sync(relay, path, "--room", "flood") == 0

    async def flood() -> int:
        async with connect(f"{relay.url}/flood", additional_headers=_auth(),
                           proxy=None) as socket:
            with pytest.raises(ConnectionClosed) as closed:
                async with asyncio.timeout(30):  # not closed: a TimeoutError fails the test
                    for _ in range(5000):
                        await socket.send(b"\x01\x00")  # tiny awareness messages, fast
                    while True:
                        await socket.recv()
            return closed.value.rcvd.code if closed.value.rcvd else 0

    assert asyncio.run(flood()) == 1008  # policy violation: past the message rate
    assert "more than 200 messages a second" in relay.logged()
    assert _sync(relay, path) == 0
