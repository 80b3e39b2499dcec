"""The shared document's JSON parsed by msgspec, falling back to the standard parser.

Joining a room parses the whole document twice (each collection as Yrs serialises it, then every
record's field texts, each alone): msgspec does each about twice as fast as the standard
library. Where it succeeds it reads exactly what the standard parser (the strict one of
the project file, :data:`~valuechain_gui.io.project.codec.strict_json_loads`) reads: the same
values and types, integers of any size, the last of duplicate keys. Everything it refuses (NaN
and Infinity, numbers too large for a float, an unpaired surrogate escape, deeper nesting) goes
to the standard parser, which then reads it or raises exactly as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import msgspec

from ..io.project.codec import strict_json_loads

_decode = msgspec.json.Decoder().decode
#: msgspec alone: the same values and types as :data:`strict_loads` where it reads a text, and
#: an error (ValueError, or TypeError for what is not a text) where that one may still read it.
fast_loads = _decode


def _with_fallback(standard: Callable[[str], Any]) -> Callable[[str], Any]:
    def loads(text: str) -> Any:
        try:
            return _decode(text)
        except (ValueError, RecursionError):  # msgspec.DecodeError is a ValueError
            return standard(text)
    return loads


#: ``json.loads``, faster (the document's own JSON, as Yrs writes it).
loads = _with_fallback(json.loads)
#: :data:`~valuechain_gui.io.project.codec.strict_json_loads`, faster (the field texts).
strict_loads = _with_fallback(strict_json_loads)
