"""Pausing Python's cyclic garbage collector while a whole project is read, built or written.

Opening, saving or rebuilding a project makes tens of thousands of short-lived dicts and lists
(parsed JSON, validated records, the model's objects). Each batch of them would start a
collection, and the older generations' collections walk every object of the projects already
open: about half the time of opening a 5,000-link file, a third of saving it. Everything these
steps make is freed by reference counting as usual; only reference cycles wait, until the
collector runs again once the last pause ends.

Pauses nest and may overlap across threads (a save in a worker while the main thread opens a
file): the collector is switched back on when the last pause ends, and only if it was on when
the first began, so a program (or a test) that switched it off keeps it off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the length of the ``with`` block (see module)."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
