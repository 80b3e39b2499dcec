"""Helpers of the co-editing tests: a relay run as the real ``serve`` command on loopback,
and random edits of a project through its operations."""

from __future__ import annotations

import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pycrdt import Doc

from valuechain_gui.io.project.codec import project_to_dict
from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.sync.mirror import read_records
from valuechain_gui.sync.rebuild import project_from_doc

TOKEN = "t" * 40 + "-co-editing-test-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Relay:
    """``valuechain-gui serve`` in a subprocess on 127.0.0.1; restartable on the same port."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.token_file = folder / "token"
        self.token_file.write_text(TOKEN + "\n")
        self.store = folder / "rooms"
        self.port = free_port()
        self.url = f"ws://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = folder / "relay.log"

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "valuechain_gui.cli", "serve", "--port", str(self.port),
                 "--token-file", str(self.token_file), "--store", str(self.store)],
                stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)  # polling a port being opened: bounded by the deadline
        raise AssertionError("the relay did not start within 20 s")

    def stop(self) -> int:
        """SIGTERM, then its exit code (killed after 15 s)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(15)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()

    def logged(self) -> str:
        return self.log.read_text(errors="replace")


@pytest.fixture
def relay(tmp_path):
    """A relay on loopback for one test (imported by the co-editing tests' conftests)."""
    running = Relay(tmp_path)
    running.start()
    yield running
    if running.process is not None and running.process.poll() is None:
        running.stop()


def small_project(links: int = 12) -> Project:
    """A project with ``links`` links over the six standard stages, chained by flows."""
    project = Project.new("en", target_market="Co-edited market")
    ids = []
    for i in range(links):
        stage = project.stages[i % len(project.stages)]
        link = project.make_link(f"Link {i}", stage.id, position=(i * 10.0, 5.0))
        project.add_link(link)
        ids.append(link.id)
    for up, down in zip(ids, ids[1:]):
        project.add_flow(up, down)
    return project


def random_edit(project: Project, rng: random.Random, who: str, serial: int) -> None:
    """One random edit through the project's operations (links named ``keep`` never removed)."""
    links = list(project.links.values())
    choice = rng.random()
    if not links or choice < 0.2:
        stage = rng.choice(project.stages)
        project.add_link(project.make_link(f"{who} new {serial}", stage.id))
    elif choice < 0.45:
        project.set_status([rng.choice(links).id], rng.choice(list(LinkStatus)))
    elif choice < 0.6:
        link = rng.choice(links)
        if not link.name.startswith("keep"):
            project.update_link(link.id, name=f"{who} renamed {serial}")
    elif choice < 0.7:
        link = rng.choice(links)
        if not link.name.startswith("keep"):
            project.remove_links([link.id])
    elif choice < 0.85 and len(links) > 1:
        up, down = rng.sample(links, 2)
        if (up.id, down.id) not in project.flows and (down.id, up.id) not in project.flows:
            project.add_flow(up.id, down.id)
    elif choice < 0.92 and project.flows:
        project.remove_flows([rng.choice(list(project.flows))])
    else:
        link = rng.choice(links)
        project.update_link(link.id, position=(rng.uniform(0, 2000), rng.uniform(0, 800)),
                            notes=f"{who} note {serial}")


def same_everywhere(docs: list[Doc]) -> None:
    """Every document holds the same records, and the model rebuilt from each is the same."""
    first = read_records(docs[0])
    for doc in docs[1:]:
        assert read_records(doc) == first
    rebuilt = project_to_dict(project_from_doc(docs[0]))
    for doc in docs[1:]:
        assert project_to_dict(project_from_doc(doc)) == rebuilt

