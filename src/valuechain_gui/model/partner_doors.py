"""What the model lets in for cited partners, alliances and correspondence decisions.

The same rules as :mod:`.doors` (texts cleaned of what cannot be saved or exported, dates as
``datetime.date``, enums as their members, lists bounded by :mod:`valuechain_gui.limits`), for the
records of :mod:`.partners`. Each function returns the values as the model stores them (new
objects when something was converted) or raises :class:`~valuechain_gui.errors.ModelError`
before anything changes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..errors import ModelError
from ..limits import MAX_ALLIANCE_ENTRIES, MAX_PARTNER_MAP_LINKS
from . import doors
from .doors import Note
from .enums import CooperationStage, Governance, LinkStatus, PartnerKind, SearchChannel
from .partners import (
    Alliance,
    Decision,
    Ecosystem,
    Operation,
    OperationKind,
    Partner,
    PartnerMapLink,
    StageChange,
)

#: Fields of :class:`Partner` that :meth:`Project.update_partner` may change.
PARTNER_FIELDS = ("name", "kind", "country", "region", "sectors", "competences", "website",
                  "contact_name", "contact_email", "found_via", "notes", "map_links",
                  "map_source")
#: Fields of :class:`Alliance` that :meth:`Project.update_alliance` may change.
ALLIANCE_FIELDS = ("stage", "history", "operations", "governance", "next_step", "next_date",
                   "validated_on", "validated_by", "validation_note")

_PARTNER_TEXTS = ("name", "country", "region", "website", "contact_name", "contact_email",
                  "notes", "map_source")
_ALLIANCE_TEXTS = ("next_step", "validated_by", "validation_note")


def member(enum: type, field: str, value: Any, optional: bool = False) -> Any:
    """``value`` as a member of ``enum`` (its token accepted); None when ``optional``.

    Raises:
        ModelError: ``bad_value`` (params ``field``, ``given``) for anything else.
    """
    if value is None and optional:
        return None
    try:
        return enum(value)
    except (ValueError, TypeError):
        raise ModelError("bad_value", "{field} cannot be {given}.", field=field,
                         given=str(value)[:80]) from None


def _entries(field: str, values: Any) -> list[Any]:
    if not isinstance(values, (list, tuple)):
        raise ModelError("bad_value", "{field} cannot be {given}.", field=field,
                         given=type(values).__name__)
    if len(values) > MAX_ALLIANCE_ENTRIES:
        raise doors.too_many("entries", len(values), MAX_ALLIANCE_ENTRIES)
    return list(values)


def _map_link(value: Any, place: str, note: Note) -> PartnerMapLink:
    if not isinstance(value, PartnerMapLink):
        raise ModelError("bad_value", "{field} cannot be {given}.", field="map_links",
                         given=type(value).__name__)
    return replace(value, name=doors.text("name", value.name, f"{place}.name", note),
                   stage=doors.text("stage", value.stage, f"{place}.stage", note),
                   status=member(LinkStatus, "status", value.status))


def partner_fields(fields: dict[str, Any], place: str, note: Note) -> dict[str, Any]:
    """A copy of ``fields`` (partner field → value) as the model stores them.

    ``place`` is the partner's JSON path (``partners[2]``). A blank name is refused
    (``blank_name``); so are more than :data:`~valuechain_gui.limits.MAX_PARTNER_MAP_LINKS`
    links in its map (``too_many``) and values of the wrong kind (``bad_text``, ``bad_value``).
    """
    checked = dict(fields)
    for name in _PARTNER_TEXTS:
        if name in checked:
            checked[name] = doors.text(name, checked[name], f"{place}.{name}", note)
    if "name" in checked and not checked["name"].strip():
        raise ModelError("blank_name", "A partner's name cannot be blank.")
    if "kind" in checked:
        checked["kind"] = member(PartnerKind, "kind", checked["kind"])
    if "found_via" in checked:
        checked["found_via"] = member(SearchChannel, "found_via", checked["found_via"], True)
    if "sectors" in checked:
        if not isinstance(checked["sectors"], (list, tuple)):
            raise ModelError("bad_value", "{field} cannot be {given}.", field="sectors",
                             given=type(checked["sectors"]).__name__)
        checked["sectors"] = list(dict.fromkeys(
            member(Ecosystem, "sectors", s) for s in checked["sectors"]))
    if "competences" in checked:
        checked["competences"] = doors.texts("competences", checked["competences"],
                                             f"{place}.competences", note)
    if "map_links" in checked:
        links = checked["map_links"]
        if not isinstance(links, (list, tuple)):
            raise ModelError("bad_value", "{field} cannot be {given}.", field="map_links",
                             given=type(links).__name__)
        if len(links) > MAX_PARTNER_MAP_LINKS:
            raise doors.too_many("map_links", len(links), MAX_PARTNER_MAP_LINKS)
        checked["map_links"] = [_map_link(link, f"{place}.map_links[{i}]", note)
                                for i, link in enumerate(links)]
    return checked


def partner(value: Any, place: str, note: Note) -> dict[str, Any]:
    """The door values of a whole :class:`Partner` (every field of ``PARTNER_FIELDS``)."""
    if not isinstance(value, Partner):
        raise ModelError("bad_value", "{field} cannot be {given}.", field="partner",
                         given=type(value).__name__)
    return partner_fields({f: getattr(value, f) for f in PARTNER_FIELDS}, place, note)


def _stage_change(value: Any, place: str, note: Note) -> StageChange:
    if not isinstance(value, StageChange):
        raise ModelError("bad_value", "{field} cannot be {given}.", field="history",
                         given=type(value).__name__)
    on = doors.day("on", value.on)
    if on is None:
        raise ModelError("bad_date", "{field} expects a date (or nothing), not {given}.",
                         field="history", given="None")
    return replace(value, stage=member(CooperationStage, "stage", value.stage), on=on,
                   by=doors.text("by", value.by, f"{place}.by", note),
                   note=doors.text("note", value.note, f"{place}.note", note))


def _operation(value: Any, place: str, note: Note) -> Operation:
    if not isinstance(value, Operation) or not isinstance(value.done, bool):
        raise ModelError("bad_value", "{field} cannot be {given}.", field="operations",
                         given=type(value).__name__)
    return replace(value, kind=member(OperationKind, "kind", value.kind),
                   on=doors.day("on", value.on),
                   note=doors.text("note", value.note, f"{place}.note", note))


def alliance_fields(fields: dict[str, Any], place: str, note: Note) -> dict[str, Any]:
    """A copy of ``fields`` (alliance field → value) as the model stores them: texts cleaned,
    dates as ``date``, the stage and governance as enum members, history and operations as
    lists of new records (at most :data:`~valuechain_gui.limits.MAX_ALLIANCE_ENTRIES` each)."""
    checked = dict(fields)
    for name in _ALLIANCE_TEXTS:
        if name in checked:
            checked[name] = doors.text(name, checked[name], f"{place}.{name}", note)
    for name in ("next_date", "validated_on"):
        if name in checked:
            checked[name] = doors.day(name, checked[name])
    if "stage" in checked:
        checked["stage"] = member(CooperationStage, "stage", checked["stage"])
    if "governance" in checked:
        checked["governance"] = member(Governance, "governance", checked["governance"], True)
    if "history" in checked:
        checked["history"] = [_stage_change(c, f"{place}.history[{i}]", note)
                              for i, c in enumerate(_entries("history", checked["history"]))]
    if "operations" in checked:
        checked["operations"] = [_operation(o, f"{place}.operations[{i}]", note) for i, o
                                 in enumerate(_entries("operations", checked["operations"]))]
    return checked


def alliance(value: Any, place: str, note: Note) -> dict[str, Any]:
    """The door values of a whole :class:`Alliance` (every field of ``ALLIANCE_FIELDS``)."""
    if not isinstance(value, Alliance):
        raise ModelError("bad_value", "{field} cannot be {given}.", field="alliance",
                         given=type(value).__name__)
    return alliance_fields({f: getattr(value, f) for f in ALLIANCE_FIELDS}, place, note)


def decision(value: Any) -> Decision | None:
    """A correspondence decision (or None: no decision)."""
    return member(Decision, "decision", value, optional=True)
