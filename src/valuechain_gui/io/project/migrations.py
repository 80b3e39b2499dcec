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
    3: the partners a project cites and its alliance pipeline. Top-level ``partners`` (each
       cited partner once: id, name, kind, country, region, sectors, competences, website,
       contact, how it was found, notes, its own map's links), ``alliances`` (partner × action:
       stage, dated history, operations, governance, next step, validation) and
       ``correspondences`` (decisions on "our link ↔ their link"); absent or empty lists are
       allowed. The cooperation stages become identified, validated, contacted,
       first_joint_operations, structured_alliance. ``settings`` gains ``country`` (default
       ``"FR"``) and ``region`` (default ``""``), the territory partners' scopes are measured
       from. Actions lose ``candidate_partners``: :func:`cite_candidates` turns them into cited
       partners and alliances.
       An optional top-level ``snapshots`` list (absent when there are none): the state of the
       chain at past workshops, each ``{"label", "date", "stages", "links", "flows",
       "actions"}`` (see :mod:`valuechain_gui.io.project.schema`).
       ``flows[].return``: optional, ``true`` on a return flow (a loop back: a flow to an earlier
       stage, or one of the fewest flows that close a cycle inside a stage), which the map draws
       apart and the auto-layout leaves out of its left-to-right layering; other flows have no
       ``return`` key, so older files simply have no return flow until the next auto-layout.
       An optional top-level ``votes`` list (absent when no link has votes): the room's votes
       per link, each ``{"link_id", "date", "ballots": [{"participant", "vote", "comment",
       "name"}]}`` with ``vote`` one of strong, weak, missing, unknown.
       Co-editing adds an optional top-level key, absent from a project never shared:
       ``crdt_state`` (base64 of the shared Y document as it was after the last
       ``sync``: only the base of the next merge; the JSON stays authoritative, see
       :mod:`valuechain_gui.sync.share`). Older versions keep it as an unknown key.
    4: a top-level ``id``: the project's stable uuid (see
       :mod:`valuechain_gui.io.project.identity`; co-editing's default room). The migration
       gives an older file a fresh one (:func:`add_project_id`); a project made by this version
       gets one when it is first saved.

When the format changes: bump :data:`CURRENT_VERSION`, add ``MIGRATIONS[old]``, change
:mod:`~valuechain_gui.io.project.schema`, and freeze a fixture of the old version under
``tests/fixtures/format_v{old}/``.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from typing import Any

#: The version this application writes, and the highest it reads.
CURRENT_VERSION = 4
#: The ``format`` value every project file carries (here, beside the version, so that telling a
#: file's kind does not import the schema and pydantic).
FORMAT_NAME = "valuechain-gui-project"


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


#: Namespace of the ids :func:`cite_candidates` gives (uuid5, so migrating twice gives the same).
_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://valuechain-gui.invalid/format-3")
#: The order of the cooperation stages of version 2 (to keep the furthest of a duplicate).
_V2_STAGES = ("identified", "contacted", "joint_operations", "structured_alliance")
#: Keys of a version 2 candidate partner that become fields of the cited partner or alliance.
_CANDIDATE_KEYS = ("name", "country", "kind", "cooperation_stage", "governance")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def migrated_partner_id(name: str, country: str) -> str:
    """The id :func:`cite_candidates` gives the partner ``name`` of ``country``: the same name
    and country (trimmed, case-insensitive) give the same id in every migrated project."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"partner/{_fold(name)}/{_fold(country)}"))


def migrated_alliance_id(action_id: str, partner_id: str) -> str:
    """The id :func:`cite_candidates` gives the alliance of ``partner_id`` for ``action_id``."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"alliance/{action_id}/{partner_id}"))


def cite_candidates(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 → 3: each action's ``candidate_partners`` become cited partners and alliances.

    A candidate becomes a cited partner (name, country, kind; the keys this version did not know
    are kept on the partner), deduplicated by name + country (trimmed, case-insensitive: the
    first one's spelling is kept), and an alliance of that partner for the action, with its
    cooperation stage (``joint_operations`` becomes ``first_joint_operations``) and governance
    kept, and an empty history (version 2 recorded no dates). The same partner listed twice for
    one action makes one alliance, at the further stage (the first governance given is kept).
    A candidate with a blank name (version 2 accepted one in a hand-written file) is cited as
    ``"?"``. Lists already there (a key version 2 kept) are extended, not replaced.
    """
    found_partners, found_alliances = data.get("partners"), data.get("alliances")
    partners: list[Any] = found_partners if isinstance(found_partners, list) else []
    alliances: list[Any] = found_alliances if isinstance(found_alliances, list) else []
    seen: dict[str, dict[str, Any]] = {}
    pairs: dict[str, dict[str, Any]] = {}
    actions = data.get("actions")
    for action in actions if isinstance(actions, list) else []:
        if not isinstance(action, dict) or not isinstance(action.get("candidate_partners"), list):
            continue
        others = [c for c in action["candidate_partners"] if not isinstance(c, dict)]
        candidates = [c for c in action.pop("candidate_partners") if isinstance(c, dict)]
        if others:  # not a candidate: kept as an unknown key, written back as it was
            action["candidate_partners"] = others
        for candidate in candidates:
            name = candidate.get("name", "")
            if isinstance(name, str) and not name.strip():
                name = "?"
            country = candidate.get("country", "")
            partner_id = migrated_partner_id(str(name), str(country))
            if partner_id not in seen:
                seen[partner_id] = {"id": partner_id, "name": name, "kind": candidate.get(
                    "kind", "cluster"), "country": country, **{
                    k: v for k, v in candidate.items() if k not in _CANDIDATE_KEYS}}
                partners.append(seen[partner_id])
            stage = candidate.get("cooperation_stage", "identified")
            alliance_id = migrated_alliance_id(str(action.get("id")), partner_id)
            if alliance_id in pairs:
                known = pairs[alliance_id]
                if _V2_STAGES.index(_v2(stage)) > _V2_STAGES.index(_v2(known["stage"])):
                    known["stage"] = stage
                known["governance"] = known["governance"] or candidate.get("governance")
                continue
            pairs[alliance_id] = {"id": alliance_id, "partner_id": partner_id,
                                  "action_id": action.get("id"), "stage": stage,
                                  "history": [], "governance": candidate.get("governance")}
            alliances.append(pairs[alliance_id])
    for alliance in pairs.values():
        if isinstance(alliance["stage"], str) and alliance["stage"] == "joint_operations":
            alliance["stage"] = "first_joint_operations"
    data["partners"], data["alliances"] = partners, alliances
    data.setdefault("correspondences", [])
    settings = data.get("settings")
    if isinstance(settings, dict):
        settings.setdefault("country", "FR")
        settings.setdefault("region", "")
    return data


def _v2(stage: Any) -> str:
    """A version 2 stage token, or "identified" for one the schema will refuse anyway."""
    return stage if isinstance(stage, str) and stage in _V2_STAGES else "identified"


def add_project_id(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 → 4: give the project its stable ``id``.

    The id is a uuid5 of the file's content, so migrating one file twice (opened twice before
    it is saved, or by two partners from one e-mailed copy) gives the same id, as copying a
    version 4 file does. A non-blank string ``id`` already there (a version 3 file that was
    shared kept one) stays; a key ``id`` of another shape is kept as ``id_v3``.
    """
    value = data.get("id")
    if isinstance(value, str) and value.strip():
        return data
    if "id" in data:
        data["id_v3"] = data.pop("id")
    content = json.dumps(data, sort_keys=True, default=str)  # ASCII: lone surrogates too
    data["id"] = str(uuid.uuid5(_ID_NAMESPACE, "project/" + content))
    return data


#: ``{n: function turning version-n data into version n+1 data}``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: add_settings, 2: cite_candidates, 3: add_project_id}


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
