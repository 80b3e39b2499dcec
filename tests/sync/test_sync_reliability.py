"""Reliability of co-editing through the real relay on loopback: clients (in-process pycrdt
documents) make random concurrent edits with random disconnections and a relay restart in the
middle; every client, the relay's store and the model rebuilt from the document end identical,
and nothing a client wrote is lost. Sized to run in a few tens of seconds (a longer soak: raise
``EDITS``)."""

from __future__ import annotations

import asyncio
import random

import pytest
from pycrdt import Doc

from valuechain_gui.sync.client import RelayError, connected, exchange
from valuechain_gui.sync.mirror import read_records, write_project
from valuechain_gui.sync.rebuild import project_from_doc
from valuechain_gui.sync.store_check import load_store

from sync_helpers import TOKEN, random_edit, same_everywhere, small_project

pytestmark = pytest.mark.slow  # a relay process on loopback each

ROOM = "reliability"


class Client:
    """One replica: its document, a live connection to the room that comes and goes, and the
    names of the links it added that nobody may remove (to check nothing is lost)."""

    def __init__(self, name: str, relay_url: str, seed: int) -> None:
        self.name = name
        self.url = relay_url
        self.doc = Doc()
        self.rng = random.Random(seed)
        self.kept: list[str] = []
        self.session: asyncio.Task[None] | None = None
        self.stop = asyncio.Event()
        self.serial = 0

    @property
    def online(self) -> bool:
        return self.session is not None and not self.session.done()

    def connect(self) -> None:
        self.stop = asyncio.Event()
        self.session = asyncio.create_task(self._live(self.stop))

    async def _live(self, stop: asyncio.Event) -> None:
        try:
            async with connected(self.doc, self.url, ROOM, TOKEN, timeout=5):
                await stop.wait()
        except (RelayError, OSError):
            pass  # the relay went away (restart): offline until the next connect

    async def disconnect(self) -> None:
        if self.session is not None:
            self.stop.set()
            await self.session
            self.session = None

    def edit(self, count: int) -> None:
        project = project_from_doc(self.doc)
        for _ in range(count):
            self.serial += 1
            if self.serial % 25 == 0:
                name = f"keep {self.name} {self.serial}"
                project.add_link(project.make_link(name, project.stages[0].id))
                self.kept.append(name)
            else:
                random_edit(project, self.rng, self.name, self.serial)
        write_project(self.doc, project, origin=self.name)


async def _settle(clients: list[Client], relay_url: str) -> None:
    """Everyone offline, then each merges with the room twice over, repairs what concurrent
    edits left half-present (the same repair everywhere) and merges again."""
    for client in clients:
        await client.disconnect()
    for _ in range(2):
        for client in clients:
            await exchange(client.doc, relay_url, ROOM, TOKEN)
    for client in clients:
        write_project(client.doc, project_from_doc(client.doc), origin="repair")
    for _ in range(2):
        for client in clients:
            await exchange(client.doc, relay_url, ROOM, TOKEN)


def _check_all_identical(clients: list[Client], relay) -> None:
    docs = [client.doc for client in clients]
    same_everywhere(docs)
    for doc in docs:  # the document is exactly the model rebuilt from it
        assert write_project(doc, project_from_doc(doc)) == 0
    assert relay.stop() == 0
    stored = load_store(relay.store / f"{ROOM}.sqlite", ROOM)
    assert read_records(stored) == read_records(docs[0])
    names = {link.name for link in project_from_doc(docs[0]).links.values()}
    for client in clients:
        assert client.kept and set(client.kept) <= names


async def _random_session(relay, count: int, edits_each: int, seed: int) -> list[Client]:
    clients = [Client(f"c{k}", relay.url, seed * 100 + k) for k in range(count)]
    write_project(clients[0].doc, small_project(), origin="c0")
    for client in clients:  # each joins the room (its whole map), then stays connected
        await exchange(client.doc, relay.url, ROOM, TOKEN)
        client.connect()
    rng = random.Random(seed)
    rounds = edits_each // 5
    for round_ in range(rounds):
        if round_ == rounds // 2:  # the relay restarts in the middle
            await asyncio.to_thread(relay.stop)
            await asyncio.to_thread(relay.start)
        for client in clients:
            if client.online and rng.random() < 0.1:
                await client.disconnect()
            elif not client.online and rng.random() < 0.3:
                client.connect()
            client.edit(5)
        await asyncio.sleep(0)  # let the live connections carry the updates
    await _settle(clients, relay.url)
    return clients


@pytest.mark.parametrize(("count", "edits_each"), [(2, 1000), (5, 300)])
def test_clients_editing_concurrently_through_disconnections_and_a_restart_converge(
        relay, count, edits_each):
    clients = asyncio.run(_random_session(relay, count, edits_each, seed=count))
    _check_all_identical(clients, relay)


def test_a_client_offline_for_500_edits_is_merged_on_reconnection(relay):
    async def session() -> list[Client]:
        online, offline = Client("on", relay.url, 1), Client("off", relay.url, 2)
        write_project(online.doc, small_project(30), origin="on")
        await exchange(online.doc, relay.url, ROOM, TOKEN)
        await exchange(offline.doc, relay.url, ROOM, TOKEN)
        online.connect()
        for _ in range(100):
            offline.edit(5)
            if _ % 5 == 0:
                online.edit(5)
            await asyncio.sleep(0)
        assert offline.serial == 500
        await _settle([online, offline], relay.url)
        return [online, offline]

    clients = asyncio.run(session())
    _check_all_identical(clients, relay)
