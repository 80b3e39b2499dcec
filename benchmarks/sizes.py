"""Chains larger than a project may be, for the growth figures only.

A project holds at most :data:`valuechain_gui.limits.MAX_LINKS` links (10,000). The growth
figures measure how each figure's cost grows up to 20,000 links, past that limit: the benchmark
raises the limit in its own processes (the driver and each figure's process, through the
environment variable :data:`ENV`), before any module of the model reads it. The application
itself keeps its limit.
"""

from __future__ import annotations

import os
import sys

#: Environment variable carrying the raised link limit to the figures' processes.
ENV = "VALUECHAIN_BENCH_MAX_LINKS"


def allow_links(count: int) -> None:
    """Let projects of ``count`` links be built, saved and opened in this process and in the
    figure processes it starts. Must run before the model is imported (it copies the limit)."""
    from valuechain_gui import limits

    if count <= limits.MAX_LINKS:
        return
    if "valuechain_gui.model.project" in sys.modules:
        raise RuntimeError("allow_links() must run before the model is imported")
    limits.MAX_LINKS = count
    os.environ[ENV] = str(count)


def allow_from_environment() -> None:
    """In a figure's process: the limit the driver raised, if it did."""
    value = os.environ.get(ENV)
    if value:
        allow_links(int(value))
