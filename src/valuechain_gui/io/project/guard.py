"""The door of the project file: limits checked before the work, texts made safe on the way in.

:func:`check_size` runs on the raw bytes, before they are decoded and parsed; :func:`check_counts`
on the parsed JSON, before validation and building (see :mod:`valuechain_gui.limits`). Both raise
:class:`ProjectFileError` naming the file and the place (a JSON path such as ``flows``).

:func:`clean_strings` walks every text of the parsed JSON (values and keys, known fields and
unknown ones alike, since unknown keys are written back on save) and removes what UTF-8, XML or
Excel refuse (:func:`valuechain_gui.text_safety.clean_text`); each place cleaned gives a
:class:`ProjectFileWarning` (code ``text_cleaned``, location = JSON path), so that the file
opens, says what was changed, and can then be saved and exported.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

from ...errors import ValueChainError
from ...limits import (
    MAX_ACTIONS,
    MAX_ALLIANCE_ENTRIES,
    MAX_ALLIANCES,
    MAX_CORRESPONDENCES,
    MAX_FILE_BYTES,
    MAX_FLOWS,
    MAX_FLOWS_PER_LINK,
    MAX_JSON_CONTAINERS,
    MAX_LINKS,
    MAX_NAMES_PER_LIST,
    MAX_PARTNER_MAP_LINKS,
    MAX_PARTNERS,
    MAX_STAGES,
)
from ...text_safety import clean_text, escape_controls, has_refused
from .schema import json_path

#: A JSON escape of a character :data:`~valuechain_gui.text_safety.REFUSED` matches (tab, line
#: feed and carriage return written as ``\u0009``... match too: then the texts are looked at).
_UNSAFE_ESCAPE = re.compile(r"\\u(?:00[019][0-9a-fA-F]|007[fF]|008[0-9a-fA-F]|[dD][89a-fA-F]"
                            r"[0-9a-fA-F]{2}|[fF]{3}[eEfF])")

#: Places listed one by one in the warnings of one file; further places are counted.
MAX_LISTED_PLACES = 20


class ProjectFileError(ValueChainError):
    """A project file cannot be opened. ``str(error)`` is ``FILE:LOCATION: message`` on one line
    (control characters escaped, see :func:`~valuechain_gui.text_safety.escape_controls`).

    Codes: ``not_found``, ``unreadable`` (OS error), ``empty``, ``not_text`` (not UTF-8),
    ``not_json`` (params ``line``, ``column`` when known), ``not_a_project`` (JSON, but not our
    format), ``bad_version``, ``newer_version`` (params ``file_version``, ``supported``),
    ``migration_failed``, ``invalid`` (location = JSON path; params ``expected``, ``more`` = number
    of further problems), ``too_large`` (params ``size``, ``limit`` in bytes, ``size_mb``, ``limit_mb``), ``too_complex``
    (params ``count``, ``limit``: JSON objects and lists), ``too_many`` (location = JSON path;
    params ``what`` — ``links``, ``flows``, ``link_flows``, ``stages``, ``actions``,
    ``partners``, ``names`` —, ``count``, ``limit``).
    """

    def __str__(self) -> str:
        return escape_controls(super().__str__())


class ProjectFileWarning(ValueChainError):
    """Something a project file had that was changed on opening (the file itself is untouched).

    Never raised: :class:`~valuechain_gui.io.project.codec.LoadResult` lists them. ``str()`` is
    ``FILE:LOCATION: message`` on one line. Codes: ``text_cleaned`` (location = JSON path;
    params ``chars``: the code points removed or replaced, e.g. ``"U+0000, U+D800"``) and
    ``text_cleaned_more`` (params ``count``: further places cleaned, not listed).
    """

    def __str__(self) -> str:
        return escape_controls(super().__str__())


_TOO_MANY = {
    "links": "too many links: {count:,} (a project holds at most {limit:,})",
    "flows": "too many flows: {count:,} (a project holds at most {limit:,})",
    "link_flows": "too many flows touch the link {link}: {count:,} (at most {limit:,} per link)",
    "stages": "too many stages: {count:,} (a project holds at most {limit:,})",
    "actions": "too many actions: {count:,} (a plan holds at most {limit:,})",
    "partners": "too many cited partners: {count:,} (a project holds at most {limit:,})",
    "alliances": "too many alliances: {count:,} (a project holds at most {limit:,})",
    "correspondences": "too many correspondence decisions: {count:,} (a project holds at most "
                       "{limit:,})",
    "map_links": "too many links in this partner's map: {count:,} (at most {limit:,})",
    "entries": "too many entries in this list: {count:,} (at most {limit:,})",
    "names": "too many names in this list: {count:,} (a list holds at most {limit:,})",
}


def _too_many(what: str, where: str, count: int, limit: int, file: str | None,
              **params: Any) -> ProjectFileError:
    return ProjectFileError("too_many", _TOO_MANY[what], file=file, location=where, what=what,
                            count=count, limit=limit, **params)


def check_size(data: bytes | str, file: str | None) -> None:
    """Refuse content larger than :data:`~valuechain_gui.limits.MAX_FILE_BYTES` or with more
    JSON objects and lists than :data:`~valuechain_gui.limits.MAX_JSON_CONTAINERS`.

    Raises:
        ProjectFileError: ``too_large`` (params ``size``, ``limit``), ``too_complex``.
    """
    size = len(data)
    if size > MAX_FILE_BYTES:
        raise too_large(size, file)
    if isinstance(data, bytes):
        containers = data.count(b"{") + data.count(b"[")
    else:
        containers = data.count("{") + data.count("[")
    if containers > MAX_JSON_CONTAINERS:
        raise ProjectFileError(
            "too_complex", "the file holds {count:,} JSON objects and lists; a project holds at "
            "most {limit:,} (nothing was read)", file=file, count=containers,
            limit=MAX_JSON_CONTAINERS)


def too_large(size: int, file: str | None) -> ProjectFileError:
    """The ``too_large`` error of a file of ``size`` bytes (see :func:`check_size`)."""
    return ProjectFileError(
        "too_large", "the file is {size_mb:,} MB; valuechain-gui opens project files of at "
        "most {limit_mb:,} MB (nothing was read)", file=file, size=size,
        limit=MAX_FILE_BYTES, size_mb=round(size / 1e6), limit_mb=round(MAX_FILE_BYTES / 1e6))


def _list(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key)
    return value if isinstance(value, list) else []


def check_counts(raw: dict[str, Any], file: str | None) -> None:
    """Refuse parsed data past the limits on links, flows, flows per link, stages, actions,
    cited partners, their map links, alliances, their history and operations, correspondence
    decisions and names per list (:mod:`valuechain_gui.limits`).

    Only counts are looked at (values are validated later), so a file past a limit is refused
    before anything is built.

    Raises:
        ProjectFileError: ``too_many`` at the JSON path of the list (``links``,
            ``links[3].actors``...) or, for flows per link, of the first flow past the limit.
    """
    tops = (("stages", MAX_STAGES), ("links", MAX_LINKS), ("flows", MAX_FLOWS),
            ("actions", MAX_ACTIONS), ("partners", MAX_PARTNERS), ("alliances", MAX_ALLIANCES),
            ("correspondences", MAX_CORRESPONDENCES))
    for key, limit in tops:
        if len(_list(raw, key)) > limit:
            raise _too_many(key, key, len(_list(raw, key)), limit, file)
    if len(_list(raw, "participants")) > MAX_NAMES_PER_LIST:
        raise _too_many("names", "participants", len(_list(raw, "participants")),
                        MAX_NAMES_PER_LIST, file)
    for i, link in enumerate(_list(raw, "links")):
        actors = link.get("actors") if isinstance(link, dict) else None
        if isinstance(actors, list) and len(actors) > MAX_NAMES_PER_LIST:
            raise _too_many("names", f"links[{i}].actors", len(actors), MAX_NAMES_PER_LIST, file)
    nested = (("partners", "map_links", "map_links", MAX_PARTNER_MAP_LINKS),
              ("partners", "competences", "names", MAX_NAMES_PER_LIST),
              ("alliances", "history", "entries", MAX_ALLIANCE_ENTRIES),
              ("alliances", "operations", "entries", MAX_ALLIANCE_ENTRIES))
    for top, key, what, limit in nested:
        for i, record in enumerate(_list(raw, top)):
            items = record.get(key) if isinstance(record, dict) else None
            if isinstance(items, list) and len(items) > limit:
                raise _too_many(what, f"{top}[{i}].{key}", len(items), limit, file)
    degree: Counter[str] = Counter()
    for i, flow in enumerate(_list(raw, "flows")):
        if not isinstance(flow, dict):
            continue
        for end in ("upstream", "downstream"):
            link_id = flow.get(end)
            if isinstance(link_id, str):
                degree[link_id] += 1
                if degree[link_id] > MAX_FLOWS_PER_LINK:
                    raise _too_many("link_flows", f"flows[{i}].{end}", degree[link_id],
                                    MAX_FLOWS_PER_LINK, file, link=link_id)


#: The Latin-1 characters that are never cleaned (every one :func:`has_refused` lets through).
_KEPT_LATIN1 = bytes(code for code in range(256) if not has_refused(chr(code)))


def may_hold_unsafe(text: str) -> bool:
    """False when the JSON ``text`` cannot hold a character :func:`clean_strings` would clean
    (no such character, raw or escaped): its walk of every text can be skipped.

    A text of Latin-1 characters only (most files and rooms) is checked three times faster: its
    refused characters are found by deleting the kept bytes, and an escaped one needs a ``\\u``.
    """
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return has_refused(text) or _UNSAFE_ESCAPE.search(text) is not None
    return bool(raw.translate(None, _KEPT_LATIN1)) or (
        "\\u" in text and _UNSAFE_ESCAPE.search(text) is not None)


def _places(raw: Any) -> list[tuple[tuple[Any, ...], list[str]]]:
    """``[(path, code points)]`` of every text (value or key) :func:`clean_text` would change,
    in document order. Iterative: the JSON may be nested as deeply as the parser allows."""
    found: list[tuple[tuple[Any, ...], list[str]]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), raw)]
    while stack:
        path, value = stack.pop()
        if path and isinstance(path[-1], str):  # a dict's key: checked before its value
            _, chars = clean_text(path[-1])
            if chars:
                found.append((path, chars))
        if isinstance(value, str):
            _, chars = clean_text(value)
            if chars:
                found.append((path, chars))
        elif isinstance(value, dict):
            stack.extend(reversed([((*path, key), item) for key, item in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([((*path, i), item) for i, item in enumerate(value)]))
    return found


def _clean(value: Any) -> Any:
    """``value`` with every text cleaned (keys written with escapes, so none collide)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key in list(item):
                child = item.pop(key)
                if isinstance(child, str):
                    child = clean_text(child)[0]
                else:
                    stack.append(child)
                item[escape_controls(key) if clean_text(key)[1] else key] = child
        elif isinstance(item, list):
            for i, child in enumerate(item):
                if isinstance(child, str):
                    item[i] = clean_text(child)[0]
                else:
                    stack.append(child)
    return value


def _describe(chars: list[str]) -> str:
    """``"U+0000, U+D800 → U+FFFD"``: the first five code points and what became of them."""
    shown = [f"{c} → U+FFFD" if "D800" <= c[2:] <= "DFFF" else c for c in chars[:5]]
    return ", ".join(shown) + (", ..." if len(chars) > 5 else "")


def clean_strings(raw: dict[str, Any],
                  file: str | None) -> tuple[dict[str, Any], list[ProjectFileWarning]]:
    """``raw`` with every text safe to write (see the module docstring), and the warnings.

    ``raw`` itself is never changed: when something must be cleaned, a copy is. Keys keep their
    order (a cleaned key is written with ``\\xNN`` escapes).

    Returns:
        ``(data, warnings)``: one ``text_cleaned`` warning per place (JSON path) up to
        :data:`MAX_LISTED_PLACES`, then one ``text_cleaned_more`` with the count of the others.
    """
    places = _places(raw)
    if not places:
        return raw, []
    warnings = [ProjectFileWarning(
        "text_cleaned", "characters that cannot be saved or exported were removed ({chars})",
        file=file, location=json_path(path), chars=_describe(chars))
        for path, chars in places[:MAX_LISTED_PLACES]]
    if len(places) > MAX_LISTED_PLACES:
        warnings.append(ProjectFileWarning(
            "text_cleaned_more", "and {count:,} more places with such characters were cleaned",
            file=file, count=len(places) - MAX_LISTED_PLACES))
    cleaned = _clean(copy.deepcopy(raw))
    return cleaned, warnings
