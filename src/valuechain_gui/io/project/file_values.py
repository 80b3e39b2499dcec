"""How record values are written into a project file: enum tokens, ISO dates, unknown keys kept.

Shared by the project codec and the partners' codec, so that every record of a file is written
the same way.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def token(value: Any) -> Any:
    """An enum's token (its value), or the value itself (None, plain str)."""
    return getattr(value, "value", value)


def iso(value: date | None) -> str | None:
    """A date as ``YYYY-MM-DD``, or None."""
    return value.isoformat() if value is not None else None


def with_extra(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``known`` followed by the ``extra`` keys that are not known fields (order kept)."""
    for key, value in extra.items():
        if key not in known:
            known[key] = value
    return known
