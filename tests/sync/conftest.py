"""Fixtures of the co-editing tests: a relay on loopback, stopped after the test."""

from __future__ import annotations

import pytest

from sync_helpers import Relay


@pytest.fixture
def relay(tmp_path):
    running = Relay(tmp_path)
    running.start()
    yield running
    if running.process is not None and running.process.poll() is None:
        running.stop()
