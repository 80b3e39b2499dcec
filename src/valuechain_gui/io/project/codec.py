"""Project ↔ the bytes of a project file (``.vchain``), in memory; files are handled by
:mod:`valuechain_gui.io.project.file`.

Reading is size check → parse → check the format name and version → migrate step by step
(:mod:`~valuechain_gui.io.project.migrations`) → check the counts against the limits and clean the texts
(:mod:`~valuechain_gui.io.project.guard`) → validate (:mod:`~valuechain_gui.io.project.schema`,
pydantic) → build the :class:`~valuechain_gui.model.Project` through its own operations, so that
every model invariant holds. Any problem raises :class:`ProjectFileError` naming the file, the place (a JSON
path such as ``links[3].status``) and what was expected; no other exception escapes and no
half-built project is returned. Keys this version does not know are kept in the records' ``extra``
dicts and written back.

Writing gives UTF-8 JSON, one key per line at the top level and one record per line in the lists,
so that a version-control diff shows which link changed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError

from ...errors import ModelError
from ...limits import MAX_FILE_BYTES
from ...model import (
    Action,
    ActionKind,
    ActionStatus,
    Flow,
    Link,
    LinkStatus,
    Priority,
    Project,
    ProjectSettings,
    Scope,
    SearchChannel,
    Stage,
)
from . import migrations
from .atomic import SaveError
from .partners_codec import add_partnership, partnership_data
from .guard import (
    ProjectFileError,
    ProjectFileWarning,
    check_counts,
    check_size,
    clean_strings,
    may_hold_unsafe,
)
from .schema import (
    FORMAT_NAME,
    ActionModel,
    LinkModel,
    ProjectModel,
    SettingsModel,
    error_message,
    json_path,
)
from .snapshot_records import snapshot_dict, snapshot_from_model
from .vote_records import votes_data, votes_from_models
from .file_values import iso as _iso
from .file_values import token as _token
from .file_values import with_extra as _with_extra

#: File name extension of project files.
EXTENSION = ".vchain"


@dataclass
class LoadResult:
    """What :func:`load_project_with_info` read.

    Attributes:
        project: the built project.
        file_version: the format version written in the file (int).
        migrated: True when the file was of an older version and was migrated on load.
        warnings: what was changed on the way in (texts with characters that cannot be saved
            or exported, cleaned), one :class:`ProjectFileWarning` per place; the project then
            differs from the file and should be marked modified.
    """

    project: Project
    file_version: int
    migrated: bool
    warnings: list[ProjectFileWarning] = field(default_factory=list)


# ---------------------------------------------------------------------------------- writing


def _action_dict(action: Action) -> dict[str, Any]:
    return _with_extra({
        "id": action.id, "link_id": action.link_id, "kind": _token(action.kind),
        "title": action.title, "owner": action.owner, "partners": action.partners,
        "start": _iso(action.start), "deadline": _iso(action.deadline), "budget": action.budget,
        "funding_source": action.funding_source, "priority": _token(action.priority),
        "indicator": action.indicator, "status": _token(action.status),
        "scope": _token(action.scope),
        "search_channels": [_token(c) for c in action.search_channels],
        "notes": action.notes, "link_name": action.link_name,
    }, action.extra)


def link_dict(link: Link) -> dict[str, Any]:
    """The file record of one link; its ``extra`` keys follow the known ones."""
    return _with_extra({
        "id": link.id, "name": link.name, "stage_id": link.stage_id,
        "status": _token(link.status), "strategic": link.strategic,
        "end_market": link.end_market, "actors": list(link.actors), "notes": link.notes,
        "position": [link.position[0], link.position[1]],
    }, link.extra)


def flow_dict(flow: Flow) -> dict[str, Any]:
    """The file record of one flow (``return`` only when it is one)."""
    return _with_extra({"upstream": flow.upstream, "downstream": flow.downstream,
                        **({"return": True} if flow.is_return else {})}, flow.extra)


def action_dict(action: Action) -> dict[str, Any]:
    """The file record of one action."""
    return _action_dict(action)


def meta_dict(project: Project) -> dict[str, Any]:
    """The project's own top-level fields (before its record lists), in file order."""
    return {
        "target_market": project.target_market,
        "pole_name": project.pole_name,
        "territory": project.territory,
        "participants": list(project.participants),
        "date": _iso(project.date),
        "language": project.language,
        "settings": _with_extra({"missing_weight": project.settings.missing_weight,
                                 "weak_weight": project.settings.weak_weight,
                                 "country": project.settings.country,
                                 "region": project.settings.region},
                                project.settings.extra),
    }


def project_to_dict(project: Project) -> dict[str, Any]:
    """The file content of ``project`` as plain JSON data (dict), keys in file order.

    Enums become their tokens, dates ``YYYY-MM-DD`` strings, positions ``[x, y]``; each record's
    ``extra`` keys follow its known keys.
    """
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": migrations.CURRENT_VERSION,
        **meta_dict(project),
        "stages": [_with_extra({"id": s.id, "name": s.name}, s.extra) for s in project.stages],
        "links": [link_dict(link) for link in project.links.values()],
        "flows": [flow_dict(f) for f in project.flows.values()],
        "actions": [_action_dict(a) for a in project.actions.values()],
        **partnership_data(project),
    }
    if project.snapshots:  # optional: absent when the project has none
        data["snapshots"] = [snapshot_dict(s) for s in project.snapshots]
    if project.votes:  # optional: absent when no link has votes
        data["votes"] = votes_data(project)
    return _with_extra(data, project.extra)


#: Top-level lists written one record per line.
_LISTS = ("stages", "links", "flows", "actions", "partners", "alliances", "correspondences",
          "snapshots", "votes")
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
_dump = _ENCODER.encode  # one encoder for all records: json.dumps with options builds one a call


def dumps_project(project: Project) -> bytes:
    """The file content of ``project`` as UTF-8 bytes (see the module docstring for the layout).

    Raises:
        SaveError: code ``write_failed`` when the project holds a value JSON or UTF-8 cannot
            carry (NaN or infinite number, an object in an ``extra`` dict, a lone surrogate);
            ``project_too_large`` when the file would be larger than
            :data:`~valuechain_gui.limits.MAX_FILE_BYTES` (it could not be opened again).
    """
    data = project_to_dict(project)
    try:
        lines = []
        for key, value in data.items():
            if key in _LISTS and value:
                items = ",\n".join("  " + _dump(item) for item in value)
                lines.append(f" {_dump(key)}: [\n{items}\n ]")
            else:
                lines.append(f" {_dump(key)}: {_dump(value)}")
    except (TypeError, ValueError, RecursionError) as exc:
        raise SaveError("write_failed", "{path} could not be written: {reason} "
                        "(the previous file is intact).", path="the project",
                        reason=str(exc)) from exc
    try:
        content = ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SaveError("write_failed", "{path} could not be written: {reason} "
                        "(the previous file is intact).", path="the project",
                        reason=str(exc)) from exc
    if len(content) > MAX_FILE_BYTES:
        raise SaveError("project_too_large", "{path} was not written: the project takes "
                        "{size_mb:,} MB, more than the {limit_mb:,} MB a project file may hold (the "
                        "previous file is intact).", path="the project", size=len(content),
                        limit=MAX_FILE_BYTES, size_mb=round(len(content) / 1e6),
                        limit_mb=round(MAX_FILE_BYTES / 1e6))
    return content


# ---------------------------------------------------------------------------------- reading
def _error(code: str, template: str, file: str | None, location: str | None = None,
           **params: Any) -> ProjectFileError:
    return ProjectFileError(code, template, file=file, location=location, **params)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large a number")
    return value


#: ``json.loads`` refusing what strict JSON refuses (NaN, Infinity, numbers too large for a
#: float): a project file and the shared document's records are read by it.
strict_json_loads = json.JSONDecoder(parse_constant=_reject_constant,
                                     parse_float=_finite_float).decode


def _parse(data: bytes | str, file: str | None) -> tuple[Any, bool]:
    """Decode and parse JSON; ProjectFileError ``empty``, ``not_text``, ``not_json``.

    Returns ``(data, unsafe)``: ``unsafe`` is False when the text cannot hold a character
    :func:`~valuechain_gui.io.project.guard.clean_strings` would clean (its walk is skipped).
    """
    if isinstance(data, bytes):
        if not data.strip():
            raise _error("empty", "the file is empty (expected a valuechain-gui project)", file)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _error("not_text", "not a text file (invalid UTF-8 at byte {byte}); expected "
                         "a valuechain-gui project in JSON", file, f"byte {exc.start}",
                         byte=exc.start) from None
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        raise _error("empty", "the file is empty (expected a valuechain-gui project)", file)
    try:
        return (strict_json_loads(text),
                may_hold_unsafe(text))
    except json.JSONDecodeError as exc:
        raise _error("not_json", "not valid JSON ({reason}); the file may be truncated or "
                     "damaged", file, f"line {exc.lineno}, column {exc.colno}",
                     reason=exc.msg, line=exc.lineno, column=exc.colno) from None
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise _error("not_json", "not valid JSON ({reason})", file, None, reason=reason) from None


def _check_header(raw: Any, file: str | None) -> int:
    """The file's format version, after checking the format name; ProjectFileError otherwise."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _error("not_a_project", "not a valuechain-gui project (expected a JSON object "
                     "with \"format\": \"{format}\")", file,
                     "format" if isinstance(raw, dict) else None, format=FORMAT_NAME)
    version = raw.get("version")
    supported = migrations.CURRENT_VERSION
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _error("bad_version", "expected a format version, a whole number from 1 to "
                     "{supported}", file, "version", supported=supported)
    if version > supported:
        raise _error("newer_version", "this file uses format version {file_version}, written by "
                     "a newer valuechain-gui; this version reads format versions up to "
                     "{supported}. Update valuechain-gui to open it (nothing was changed).",
                     file, "version", file_version=version, supported=supported)
    return version


def _validate(raw: dict[str, Any], file: str | None) -> ProjectModel:
    body = {k: v for k, v in raw.items() if k not in ("format", "version")}
    try:
        return ProjectModel.model_validate(body)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        first = errors[0]
        more = len(errors) - 1
        template = "{expected}" + (" (and {more} more problems)" if more else "")
        raise _error("invalid", template, file, json_path(tuple(first["loc"])),
                     expected=error_message(first), more=more) from None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _extra(record: Any) -> dict[str, Any]:
    return dict(record.model_extra or {})


def _action(model: ActionModel) -> Action:
    return Action(
        link_id=model.link_id, kind=ActionKind(model.kind), title=model.title, owner=model.owner,
        partners=model.partners, start=_date(model.start), deadline=_date(model.deadline),
        budget=model.budget, funding_source=model.funding_source,
        priority=Priority(model.priority) if model.priority else None,
        indicator=model.indicator, status=ActionStatus(model.status),
        scope=Scope(model.scope) if model.scope else None,
        search_channels=[SearchChannel(c) for c in model.search_channels],
        notes=model.notes, link_name=model.link_name, id=model.id, extra=_extra(model))


def _settings(model: SettingsModel) -> ProjectSettings:
    return ProjectSettings(missing_weight=model.missing_weight, weak_weight=model.weak_weight,
                           country=model.country, region=model.region, extra=_extra(model))


def _link(model: LinkModel) -> Link:
    return Link(name=model.name, stage_id=model.stage_id, status=LinkStatus(model.status),
                strategic=model.strategic, end_market=model.end_market,
                actors=list(model.actors), notes=model.notes,
                position=(float(model.position[0]), float(model.position[1])), id=model.id,
                extra=_extra(model))


_LINK_PROBLEMS = {
    "duplicate_id": ("id", "expected an id no other link has"),
    "blank_name": ("name", "expected a non-blank link name"),
    "duplicate_link_name": ("name", "expected a unique link name; {name} is already used "
                            "(names are compared ignoring case and spaces)"),
    "unknown_stage": ("stage_id", "expected the id of a stage (no stage has id {id})"),
}


def _add_links(project: Project, links: list[Link], file: str | None) -> None:
    """Add the file's links in one batch (one check pass, one event) when no id is repeated and
    all are valid; otherwise one by one (as before), to report the first bad one with its place."""
    if len({link.id for link in links}) == len(links):
        try:
            project.add_links(links)
            return
        except ModelError:
            pass  # nothing was added: find the culprit below
    for i, link in enumerate(links):
        try:
            project.add_link(link)
        except ModelError as exc:
            field, template = _LINK_PROBLEMS.get(exc.code, ("", exc.template))
            where = f"links[{i}].{field}" if field else f"links[{i}]"
            raise _error("invalid", template, file, where, **exc.params) from None


def _add_flows(project: Project, flows: list[Flow], file: str | None) -> None:
    """Add the file's flows in one batch (one event) when none is repeated and all are valid;
    otherwise one by one (as before), to report the first bad one with its place."""
    if len({flow.key for flow in flows}) == len(flows):
        try:
            project.restore_flows([(i, flow) for i, flow in enumerate(flows)])
            return
        except ModelError:
            pass  # restore_flows checks all before adding any: nothing was added
    for i, flow in enumerate(flows):
        try:
            project.restore_flows([(len(project.flows), flow)])
        except ModelError as exc:
            if exc.code == "unknown_link":
                end = "upstream" if exc.params.get("id") == flow.upstream else "downstream"
                raise _error("invalid", "expected the id of a link (no link has id {id})", file,
                             f"flows[{i}].{end}", **exc.params) from None
            if exc.code == "self_flow":
                raise _error("invalid", "a link cannot flow into itself (upstream and downstream "
                             "are the same link)", file, f"flows[{i}]") from None
            raise _error("invalid", "this flow is listed twice", file, f"flows[{i}]") from None


def _build(model: ProjectModel, file: str | None) -> Project:
    """A Project from validated data, through the model's operations (invariants kept)."""
    project = Project(target_market=model.target_market, language=model.language)
    project.pole_name = model.pole_name
    project.territory = model.territory
    project.participants = list(model.participants)
    project.date = _date(model.date)
    project.settings = _settings(model.settings)
    project.extra = _extra(model)
    for i, stage in enumerate(model.stages):
        try:
            project.add_stage(Stage(name=stage.name, id=stage.id, extra=_extra(stage)))
        except ModelError as exc:
            if exc.code == "blank_name":
                raise _error("invalid", "expected a non-blank stage name", file,
                             f"stages[{i}].name") from None
            raise _error("invalid", "expected an id no other stage has", file,
                         f"stages[{i}].id") from None
    _add_links(project, [_link(link) for link in model.links], file)
    _add_flows(project, [Flow(flow.upstream, flow.downstream, flow.is_return, _extra(flow))
                         for flow in model.flows], file)
    for i, action in enumerate(model.actions):
        try:
            project.add_action(_action(action))
        except ModelError:
            raise _error("invalid", "expected an id no other action has", file,
                         f"actions[{i}].id") from None
    add_partnership(project, model, file, _error)
    project.snapshots = tuple(snapshot_from_model(s) for s in model.snapshots)
    project.votes = votes_from_models(model.votes, project, file, _error)
    project.flows_revision = 0
    return project


def _from_raw(raw: Any, file: str | None, unsafe: bool = True) -> LoadResult:
    """Header → migration → limits → texts cleaned (unless ``unsafe`` is False: none can be
    found) → validation → build."""
    version = _check_header(raw, file)
    migrated = version < migrations.CURRENT_VERSION
    if migrated:
        try:
            raw = migrations.migrate(raw, version)
        except Exception as exc:  # noqa: BLE001 - any failure of a step is reported as such
            raise _error("migration_failed", "could not bring this format version {file_version} "
                         "file up to version {supported}: {reason}", file, "version",
                         file_version=version, supported=migrations.CURRENT_VERSION,
                         reason=str(exc) or type(exc).__name__) from None
    check_counts(raw, file)
    warnings: list[ProjectFileWarning] = []
    if unsafe:
        raw, warnings = clean_strings(raw, file)
    return LoadResult(_build(_validate(raw, file), file), version, migrated, warnings)


def project_from_dict(data: Any, file: str | None = None, *, clean: bool = True) -> Project:
    """Build a Project from plain JSON data (as :func:`project_to_dict` gives), migrating it.
    ``clean=False`` skips the walk that cleans texts, for data known to hold no character it
    would clean (see :func:`~valuechain_gui.io.project.guard.may_hold_unsafe`).

    Raises:
        ProjectFileError: see the class for codes; ``file`` is used in the messages.
    """
    return _from_raw(data, file, clean).project


def loads_project_with_info(data: bytes | str, file: str | None = None) -> LoadResult:
    """Like :func:`loads_project`, with the file's format version, whether it was migrated and
    the warnings of what was changed on the way in (see :class:`LoadResult`)."""
    check_size(data, file)
    raw, unsafe = _parse(data, file)
    return _from_raw(raw, file, unsafe)


def loads_project(data: bytes | str, file: str | None = None) -> Project:
    """Parse a project file's content (UTF-8 bytes, a leading byte-order mark is accepted).

    Args:
        data: the file's bytes (or already decoded text).
        file: the file name shown in error messages, if any.

    Raises:
        ProjectFileError: empty, not text, not JSON, not a project, newer version, invalid, past
            a limit of :mod:`valuechain_gui.limits` (``too_large``, ``too_complex``,
            ``too_many``); texts with characters that cannot be saved are cleaned instead (see
            :func:`loads_project_with_info` for the warnings).
    """
    return loads_project_with_info(data, file).project


__all__ = [
    "EXTENSION", "LoadResult", "ProjectFileError", "ProjectFileWarning", "dumps_project",
    "loads_project", "loads_project_with_info", "project_from_dict", "project_to_dict",
]
