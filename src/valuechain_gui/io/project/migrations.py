"""Format versions of the project file and the migration chain between them.

``MIGRATIONS[n]`` turns the raw JSON data (a dict) of format version ``n`` into version ``n + 1``;
:func:`migrate` applies them one after the other until :data:`CURRENT_VERSION`. A migration works
on plain data before validation, must keep keys it does not know, and must not touch ``format`` or
``version`` (the loop sets ``version``).

History:
    1: first released format (stages, links, flows, actions; see :mod:`valuechain_gui.io.project.schema`).
    2: a ``settings`` object after ``language``: the status weights of the gap analysis's
       criticality score, ``{"missing_weight": 1.0, "weak_weight": 0.6}`` (the values that
       version 1 files get, see :func:`add_settings`).
    3: ``flows[].return``: optional, ``true`` on a return flow (a loop back: a flow to an earlier
       stage, or one of the fewest flows that close a cycle inside a stage), which the map draws
       apart and the auto-layout leaves out of its left-to-right layering; other flows have no
       ``return`` key, so older files simply have no return flow until the next auto-layout.

When the format changes: bump :data:`CURRENT_VERSION`, add ``MIGRATIONS[old]``, change
:mod:`~valuechain_gui.io.project.schema`, and freeze a fixture of the old version under
``tests/fixtures/format_v{old}/``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

#: The version this application writes, and the highest it reads.
CURRENT_VERSION = 2


def add_settings(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: add the project's ``settings`` with the default status weights.

    A version 1 file knew no settings, so its gaps were ranked without status weights; it gets
    the defaults (missing 1.0, weak 0.6), under which a missing link outranks a weak one at the
    same place in the chain. A ``settings`` object already there (an unknown key version 1 kept)
    keeps its other keys and its weights if it has them.
    """
    settings = data.get("settings")
    if not isinstance(settings, dict):
        if "settings" in data:  # an unknown key of another shape: kept under another name
            data["settings_v1"] = data.pop("settings")
        settings = data["settings"] = {}
    settings.setdefault("missing_weight", 1.0)
    settings.setdefault("weak_weight", 0.6)
    return data


#: ``{n: function turning version-n data into version n+1 data}``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: add_settings}


class MigrationMissing(LookupError):
    """No migration is registered from ``version`` (an internal error of this application)."""

    def __init__(self, version: int) -> None:
        super().__init__(f"no migration from format version {version}")
        self.version = version


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring ``data`` (raw file dict of format ``version``) up to :data:`CURRENT_VERSION`.

    The input is not modified (a deep copy is migrated). Returns the migrated dict with
    ``version`` set to the current version.

    Raises:
        MigrationMissing: a step of the chain is not registered.
        Exception: whatever a migration step raises on data it cannot handle (the loader turns it
            into a ``ProjectFileError`` with code ``migration_failed``).
    """
    target = CURRENT_VERSION
    if version >= target:
        return data
    result = copy.deepcopy(data)
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationMissing(version)
        result = step(result)
        version += 1
        result["version"] = version
    return result
