"""The recovery folder read at start-up: each entry on its own, damaged ones set aside.

An entry is the files of one key (see :mod:`.autosave`): ``KEY.vchain``, the autosaved project,
and ``KEY.json``, its sidecar. :func:`scan_recovery` reads every entry whose session lock no live
process holds, each on its own, so that one damaged entry never hides the others:

* a good entry (a valid sidecar, or none at all: a crash between the two writes of a first
  autosave) becomes a :class:`~.autosave.RecoveryEntry` to offer;
* a damaged one is moved to the ``damaged/`` folder inside the recovery folder and reported as a
  :class:`DamagedEntry`, whose :meth:`~DamagedEntry.text` names the file and what is wrong on one
  line. Damaged means: a sidecar that is larger than :data:`MAX_SIDECAR_BYTES`, not UTF-8, not
  JSON, nested too deeply, not a recovery sidecar, or with a missing or wrong field (a count that
  is not a whole number from 0 to :data:`MAX_COUNT`, a time without a time zone...); a sidecar
  whose project copy is missing; a file name autosave never writes.

Whether the project copy itself can be read is checked when the user chooses Restore or Compare:
reading every copy would slow the start-up, and a copy written by a newer version is not damaged.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile

from valuechain_gui.ui.document import autosave as _autosave
from valuechain_gui.text_safety import escape_controls
from valuechain_gui.ui.document.autosave import (
    DATA_SUFFIX,
    INFO_SUFFIX,
    LOCK_SUFFIX,
    RecoveryEntry,
    session_lock,
)

_log = logging.getLogger(__name__)

#: Name of the folder, inside the recovery folder, that damaged entries are moved to.
DAMAGED_FOLDER = "damaged"
#: The ``format`` a sidecar names.
SIDECAR_FORMAT = "valuechain-gui-recovery"
#: A larger sidecar is damaged (a real one holds a few hundred bytes), bytes.
MAX_SIDECAR_BYTES = 1 << 20
#: The largest count of links, flows or actions a sidecar may give (Qt's plural forms take a
#: 32-bit int).
MAX_COUNT = 2**31 - 1
#: File names autosave writes: ``file-<hex>``, ``untitled-<uuid>``, maybe ``-<hex>`` after it.
_KEY_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*\Z")


def _t(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


class EntryDamage(Exception):
    """What is wrong with a recovery entry.

    Args:
        code: ``too_large``, ``not_utf8``, ``not_json``, ``not_json_at``, ``too_deep``,
            ``not_sidecar``, ``missing``, ``expected_text``, ``expected_path``,
            ``expected_time``, ``no_timezone``, ``expected_object``, ``expected_count``,
            ``expected_version``, ``unreadable``, ``no_project_copy``, ``bad_name`` or
            ``unexpected``.
        place: the JSON path of the wrong field (``counts.links``), "" for the whole file.
        **params: values for the message (``byte``, ``line``, ``column``, ``reason``...).

    Attributes:
        file: the damaged file (set by :func:`read_entry`).
    """

    def __init__(self, code: str, place: str = "", **params: Any) -> None:
        super().__init__(code, place, params)
        self.code = code
        self.place = place
        self.params = params
        self.file: Path | None = None


def damage_text(damage: EntryDamage) -> str:
    """What is wrong, translated, without the file name (str; may hold control characters)."""
    templates = {
        "too_large": _t("larger than {limit} KB; a recovery sidecar holds a few hundred bytes"),
        "not_utf8": _t("not UTF-8 text (byte {byte})"),
        "not_json": _t("not valid JSON ({reason})"),
        "not_json_at": _t("not valid JSON at line {line}, column {column}: it may be truncated"),
        "too_deep": _t("not valid JSON: nested too deeply"),
        "not_sidecar": _t("not a recovery sidecar (expected a JSON object with “format”: "
                          "“valuechain-gui-recovery”)"),
        "missing": _t("a required field is missing"),
        "expected_text": _t("expected text"),
        "expected_path": _t("expected the path of the project file, or null"),
        "expected_time": _t("expected a date and time such as 2024-05-14T09:30:00+00:00"),
        "no_timezone": _t("the time has no time zone (expected a date and time such as "
                          "2024-05-14T09:30:00+00:00)"),
        "expected_object": _t("expected an object {...}"),
        "expected_count": _t("expected a whole number from 0 to {limit}"),
        "expected_version": _t("expected a whole number from 1"),
        "unreadable": _t("cannot be read ({reason})"),
        "no_project_copy": _t("its project copy {name} is missing"),
        "bad_name": _t("not a name autosave writes (expected letters, digits, “-” and “_” "
                       "before the extension)"),
        "unexpected": _t("cannot be read ({reason})"),
    }
    params = {"limit": MAX_COUNT if damage.code == "expected_count" else
              MAX_SIDECAR_BYTES // 1024, **damage.params}
    template = templates.get(damage.code, damage.code)
    try:
        text = template.format(**params)
    except (KeyError, IndexError, ValueError):
        text = template
    return f"{damage.place}: {text}" if damage.place else text


# ---------------------------------------------------------------------------------- sidecar
def _text_field(info: dict[str, Any], name: str) -> str:
    value = info.get(name, "")
    if not isinstance(value, str):
        raise EntryDamage("expected_text", name)
    return value


def _count(counts: dict[str, Any], name: str) -> int:
    value = counts.get(name)
    if value is None and name not in counts:
        raise EntryDamage("missing", f"counts.{name}")
    if type(value) is not int or not 0 <= value <= MAX_COUNT:  # a bool is no count
        raise EntryDamage("expected_count", f"counts.{name}")
    return value


def _saved_at(info: dict[str, Any]) -> datetime:
    if "saved_at" not in info:
        raise EntryDamage("missing", "saved_at")
    value = info["saved_at"]
    try:  # fromisoformat ignores what follows a NUL: only printable ASCII is read
        moment = (datetime.fromisoformat(value) if isinstance(value, str) and value.isascii()
                  and value.isprintable() else None)
    except ValueError:
        moment = None
    if moment is None:
        raise EntryDamage("expected_time", "saved_at")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise EntryDamage("no_timezone", "saved_at")
    try:
        return moment.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise EntryDamage("expected_time", "saved_at") from None


def parse_sidecar(raw: bytes) -> dict[str, Any]:
    """The fields of a sidecar's bytes, checked.

    Returns:
        ``{"original": Path | None, "saved_at": datetime (UTC), "counts": {"links", "flows",
        "actions"}, "app_version": str, "title": str}``. Keys the sidecar has beyond these are
        ignored; ``app_version`` and ``title`` may be missing ("").

    Raises:
        EntryDamage: what is wrong (never any other exception for any ``raw``).
    """
    if len(raw) > MAX_SIDECAR_BYTES:
        raise EntryDamage("too_large")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EntryDamage("not_utf8", byte=exc.start) from None
    try:
        info = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EntryDamage("not_json_at", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise EntryDamage("too_deep") from None
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise EntryDamage("not_json", reason=str(exc)) from None
    if not isinstance(info, dict) or info.get("format") != SIDECAR_FORMAT:
        raise EntryDamage("not_sidecar")
    version = info.get("version")
    if type(version) is not int or version < 1:
        raise EntryDamage("expected_version" if "version" in info else "missing", "version")
    if "original" not in info:
        raise EntryDamage("missing", "original")
    original = info["original"]
    if original is not None and (not isinstance(original, str) or not original
                                 or "\0" in original):
        raise EntryDamage("expected_path", "original")
    saved_at = _saved_at(info)
    counts = info.get("counts")
    if not isinstance(counts, dict):
        raise EntryDamage("missing" if "counts" not in info else "expected_object", "counts")
    return {"original": Path(original) if original is not None else None,
            "saved_at": saved_at,
            "counts": {name: _count(counts, name) for name in ("links", "flows", "actions")},
            "app_version": _text_field(info, "app_version"),
            "title": _text_field(info, "title")}


# ---------------------------------------------------------------------------------- entries
def _modified_time(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except (OSError, OverflowError, ValueError):  # a time far outside what datetime holds
        return datetime.now(timezone.utc)


def read_entry(folder: Path, key: str) -> RecoveryEntry:
    """The entry of ``key`` in ``folder``, its sidecar checked by :func:`parse_sidecar`.

    A missing sidecar is no damage (a crash between the project copy and its sidecar): the
    entry's ``original`` and ``counts`` are then None and ``saved_at`` is the copy's time.

    Raises:
        EntryDamage: with ``file`` set to the damaged file.
    """
    data_path, info_path = folder / (key + DATA_SUFFIX), folder / (key + INFO_SUFFIX)
    try:
        if not _KEY_RE.match(key):
            raise EntryDamage("bad_name")
        try:
            with open(info_path, "rb") as handle:
                raw: bytes | None = handle.read(MAX_SIDECAR_BYTES + 1)
        except FileNotFoundError:
            raw = None
        except OSError as exc:
            raise EntryDamage("unreadable", reason=exc.strerror or str(exc)) from None
        if not data_path.is_file():
            raise EntryDamage("no_project_copy", name=data_path.name)
        entry = RecoveryEntry(key, data_path, info_path, None, _modified_time(data_path), None)
        if raw is not None:
            fields = parse_sidecar(raw)
            entry.original, entry.saved_at = fields["original"], fields["saved_at"]
            entry.counts, entry.title = fields["counts"], fields["title"]
            entry.app_version = fields["app_version"]
        return entry
    except EntryDamage as damage:
        exists = os.path.lexists(info_path) or not os.path.lexists(data_path)
        damage.file = info_path if exists else data_path
        raise


@dataclass
class DamagedEntry:
    """A damaged entry, set aside.

    Attributes:
        key: the entry's key.
        file: the damaged file, where it is now (in ``damaged/`` once moved).
        damage: what is wrong.
        moved: True when the entry's files were moved to ``damaged/``.
        move_error: why they could not be moved ("" when moved).
    """

    key: str
    file: Path
    damage: EntryDamage
    moved: bool = True
    move_error: str = ""

    def text(self, full_path: bool = True) -> str:
        """``FILE: what is wrong`` on one line, translated, control characters escaped; FILE is
        the whole path, or with ``full_path`` False its name alone (the dialog names the folder
        once)."""
        name = str(self.file) if full_path else self.file.name
        line = f"{name}: {damage_text(self.damage)}"
        if not self.moved:
            line = _t("{problem} (it could not be moved: {reason})").format(
                problem=line, reason=self.move_error)
        return escape_controls(line)

    def folder(self) -> Path:
        """The folder damaged entries are moved to (the ``damaged`` folder of the recovery
        folder), whether or not this one could be moved."""
        return self.file.parent if self.moved else self.file.parent / DAMAGED_FOLDER


def _free_stem(target: Path, key: str) -> str:
    stem, number = key, 1
    while any(os.path.lexists(target / (stem + s)) for s in (INFO_SUFFIX, DATA_SUFFIX)):
        number += 1
        stem = f"{key}~{number}"
    return stem


def set_aside(folder: Path, key: str, damage: EntryDamage) -> DamagedEntry:
    """Move the files of ``key`` to ``folder/damaged/`` (never over an earlier damaged entry:
    ``KEY~2.json``...). Never raises: a failed move is told by the result."""
    damaged_file = damage.file or folder / (key + INFO_SUFFIX)
    target = folder / DAMAGED_FOLDER
    try:
        target.mkdir(exist_ok=True)
        stem = _free_stem(target, key)
        for suffix in (INFO_SUFFIX, DATA_SUFFIX):
            source = folder / (key + suffix)
            if os.path.lexists(source):
                os.replace(source, target / (stem + suffix))
    except OSError as exc:
        _log.warning("%s: damaged recovery entry left in place: %s", damaged_file, exc)
        return DamagedEntry(key, damaged_file, damage, False, exc.strerror or str(exc))
    return DamagedEntry(key, target / (stem + damaged_file.name[len(key):]), damage)


@dataclass
class RecoveryScan:
    """What :func:`scan_recovery` found: ``entries`` to offer (newest first) and the
    ``damaged`` ones set aside (by key)."""

    entries: list[RecoveryEntry] = field(default_factory=list)
    damaged: list[DamagedEntry] = field(default_factory=list)


def _examine(folder: Path, key: str, result: RecoveryScan) -> None:
    try:
        result.entries.append(read_entry(folder, key))
        return
    except EntryDamage as exc:
        damage = exc
    except Exception as exc:  # noqa: BLE001 - one entry must never hide the others
        _log.warning("recovery entry %r cannot be read", key, exc_info=exc)
        damage = EntryDamage("unexpected", reason=f"{type(exc).__name__}: {exc}")
        damage.file = folder / (key + INFO_SUFFIX)
    result.damaged.append(set_aside(folder, key, damage))
    _log.warning("%s", result.damaged[-1].text())


def _keys(folder: Path) -> list[str]:
    keys = set()
    with os.scandir(folder) as found:
        for item in found:
            for suffix in (DATA_SUFFIX, INFO_SUFFIX):
                if item.name.endswith(suffix) and not item.name.startswith("."):
                    keys.add(item.name[:-len(suffix)])
    return sorted(keys)


def scan_recovery(directory: Path | None = None) -> RecoveryScan:
    """Read the recovery folder ``directory`` (default :func:`~.autosave.recovery_dir`): offer
    the entries no live process holds, set the damaged ones aside. Never raises.

    An entry is examined while its session lock is held, so a second instance starting at the
    same moment does not examine it too; a live instance's entry (its lock held) is left alone.
    """
    folder = Path(directory) if directory is not None else _autosave.recovery_dir()
    result = RecoveryScan()
    remove_stale_locks(folder)
    try:
        keys = _keys(folder)
    except OSError:
        return result
    for key in keys:
        lock = session_lock(key, folder) if _KEY_RE.match(key) else None
        if lock is not None and not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                continue  # a running instance follows this project
            lock = None  # no lock can be made here (read-only folder): examine it anyway
        try:
            _examine(folder, key, result)
        finally:
            if lock is not None:
                lock.unlock()
    result.entries.sort(key=lambda e: e.saved_at, reverse=True)
    return result


def remove_stale_locks(directory: Path | None = None) -> None:
    """Delete session locks without a recovery entry whose process is dead (best effort)."""
    folder = Path(directory) if directory is not None else _autosave.recovery_dir()
    try:
        locks = list(folder.glob("*" + LOCK_SUFFIX))
    except OSError:
        return
    for path in locks:
        key = path.name[:-len(LOCK_SUFFIX)]
        if _KEY_RE.match(key) and not (folder / (key + DATA_SUFFIX)).exists():
            lock = session_lock(key, folder)
            if lock.tryLock(0):
                lock.unlock()
