"""Fixtures of the co-editing tests: a relay on loopback, stopped after the test."""

from __future__ import annotations

from sync_helpers import relay  # noqa: F401 - the fixture, shared with tests/ui/share
