"""What the model lets in: the checks and conversions every setter of the Project applies.

Whatever comes in — typed or pasted in the app, given through the API, read from a file — is
stored in the one form the rest of the program relies on, or refused with a typed
:class:`~valuechain_gui.errors.ModelError` naming the field, before anything changes:

* text: a ``str``, cleaned of the characters UTF-8, XML or Excel refuse
  (:func:`valuechain_gui.text_safety.clean_text`); the places cleaned are noted (JSON paths,
  e.g. ``links[3].notes``) so that the interface can say so;
* dates: ``datetime.date`` or None; a ``datetime`` becomes its date (a timezone-aware one in the
  local time zone), anything else is refused (code ``bad_date``);
* positions: two finite numbers within :data:`~valuechain_gui.limits.MAX_COORDINATE`
  (``bad_position``);
* budgets: a finite number or None (``bad_number``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ..errors import ModelError
from ..limits import MAX_COORDINATE, MAX_NAMES_PER_LIST
from ..text_safety import clean_text

#: Fields of each record that hold one text, or a list of texts.
LINK_TEXTS = ("name", "notes")
ACTION_TEXTS = ("title", "owner", "partners", "funding_source", "indicator", "notes")
META_TEXTS = ("target_market", "pole_name", "territory")
#: Fields of a new link / action that go through the door when it is added.
LINK_DOOR_FIELDS = ("name", "notes", "actors", "position")
ACTION_DOOR_FIELDS = (*ACTION_TEXTS, "start", "deadline", "budget")

Note = Callable[[str], None]


def text(field: str, value: Any, place: str, note: Note) -> str:
    """``value`` (a str) cleaned; ``note(place)`` is called when something was removed.

    Raises:
        ModelError: ``bad_text`` (params ``field``, ``given``) when ``value`` is not a str.
    """
    if not isinstance(value, str):
        raise ModelError("bad_text", "{field} expects text, not {given}.", field=field,
                         given=type(value).__name__)
    cleaned, found = clean_text(value)
    if found:
        note(place)
    return cleaned


def texts(field: str, values: Any, place: str, note: Note) -> list[str]:
    """A list of texts (actors, participants), each cleaned; at most
    :data:`~valuechain_gui.limits.MAX_NAMES_PER_LIST` of them.

    Raises:
        ModelError: ``bad_text`` (not a list or tuple of str), ``too_many`` (params ``what`` =
            ``"names"``, ``count``, ``limit``).
    """
    if not isinstance(values, (list, tuple)):
        raise ModelError("bad_text", "{field} expects a list of texts, not {given}.",
                         field=field, given=type(values).__name__)
    if len(values) > MAX_NAMES_PER_LIST:
        raise ModelError("too_many", "Too many names in {field}: {count:,} (at most {limit:,}).",
                         what="names", field=field, count=len(values), limit=MAX_NAMES_PER_LIST)
    return [text(field, v, f"{place}[{i}]", note) for i, v in enumerate(values)]


def day(field: str, value: Any) -> date | None:
    """``value`` as a ``datetime.date`` or None.

    A ``datetime`` becomes its date: a naive one as it is written, a timezone-aware one in the
    local time zone of this computer (the day the user sees on their calendar).

    Raises:
        ModelError: ``bad_date`` (params ``field``, ``given``) for anything else.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return (value.astimezone() if value.tzinfo is not None else value).date()
    if isinstance(value, date):
        return value
    raise ModelError("bad_date", "{field} expects a date (or nothing), not {given}.",
                     field=field, given=type(value).__name__)


def position(value: Any) -> tuple[float, float]:
    """``value`` as ``(x, y)`` floats, finite and within ``±MAX_COORDINATE``.

    Raises:
        ModelError: ``bad_position`` (params ``limit``) otherwise.
    """
    try:
        x, y = (float(v) for v in value)
    except (TypeError, ValueError):
        x = y = math.nan
    if not (math.isfinite(x) and math.isfinite(y)) or max(abs(x), abs(y)) > MAX_COORDINATE:
        raise ModelError("bad_position", "A position must be two finite numbers between "
                         "-{limit:,} and {limit:,} pixels.", limit=int(MAX_COORDINATE))
    return (x, y)


def amount(field: str, value: Any) -> float | None:
    """A budget: a finite number (as float) or None.

    Raises:
        ModelError: ``bad_number`` (params ``field``) otherwise (NaN, infinity, text, bool).
    """
    if value is None:
        return None
    try:
        number = float(value) if isinstance(value, (int, float)) \
            and not isinstance(value, bool) else math.nan
    except OverflowError:  # an int too large for a float
        number = math.nan
    if not math.isfinite(number):
        raise ModelError("bad_number", "{field} expects a finite number (or nothing).",
                         field=field)
    return number


def too_many(what: str, count: int, limit: int) -> ModelError:
    """The refusal of an edit that would go past a limit of :mod:`valuechain_gui.limits`
    (code ``too_many``; params ``what`` — ``links``, ``flows``, ``link_flows``, ``stages``,
    ``actions``, ``partners``, ``alliances``, ``correspondences``, ``map_links``, ``entries`` —,
    ``count``, ``limit``)."""
    return ModelError("too_many", "This would make {count:,} {what}; a project holds at most "
                      "{limit:,}.", what=what, count=count, limit=limit)


def link_fields(fields: dict[str, Any], place: str, note: Note) -> dict[str, Any]:
    """A copy of ``fields`` (link field → new value) as the model stores them: texts cleaned,
    the position checked. ``place`` is the link's JSON path (``links[3]``)."""
    checked = dict(fields)
    for name in LINK_TEXTS:
        if name in checked:
            checked[name] = text(name, checked[name], f"{place}.{name}", note)
    if "actors" in checked:
        checked["actors"] = texts("actors", checked["actors"], f"{place}.actors", note)
    if "position" in checked:
        checked["position"] = position(checked["position"])
    return checked


def action_fields(fields: dict[str, Any], place: str, note: Note) -> dict[str, Any]:
    """A copy of ``fields`` (action field → new value) as the model stores them: texts cleaned,
    dates as ``date``, the budget a finite float."""
    checked = dict(fields)
    for name in ACTION_TEXTS:
        if name in checked:
            checked[name] = text(name, checked[name], f"{place}.{name}", note)
    for name in ("start", "deadline"):
        if name in checked:
            checked[name] = day(name, checked[name])
    if "budget" in checked:
        checked["budget"] = amount("budget", checked["budget"])
    return checked


def meta_fields(fields: dict[str, Any], note: Note) -> dict[str, Any]:
    """A copy of ``fields`` (project attribute → new value): texts cleaned, ``date`` a date."""
    checked = dict(fields)
    for name in META_TEXTS:
        if name in checked:
            checked[name] = text(name, checked[name], name, note)
    if "participants" in checked:
        checked["participants"] = texts("participants", checked["participants"], "participants",
                                        note)
    if "date" in checked:
        checked["date"] = day("date", checked["date"])
    return checked
