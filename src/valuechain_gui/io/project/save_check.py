"""The read-back check of a save: the file written is exactly the bytes meant, and it will open.

Saving keeps a deliberate guarantee: a file this program could not open again is never put in
place of the previous one. Rebuilding a whole project from the written file (what opening does)
proves it, but costs more than writing it; the same proof is had more cheaply:

* the bytes read back from the fsynced temporary file equal the bytes serialised (a write that
  changed, dropped or added a byte is caught);
* those bytes parse as JSON, carry this program's format and version, stay within the limits of
  :mod:`valuechain_gui.limits`, and pass the file schema (types, tokens, lengths);
* what the schema cannot see, the relations opening checks through the model's operations
  (non-blank, unique link names; stages, links and flow ends that exist; no flow into its own
  link; stage ids used once; votes on links that exist, one ballot per participant), is checked
  on the in-memory project the bytes were made from, instead of building a second project. A
  project citing partners, alliances or correspondence decisions is still built again from the
  file: their relations are checked only by the model's operations that build them.

A refusal raises (``ValueError`` for bytes that differ or do not parse,
:class:`~valuechain_gui.io.project.codec.ProjectFileError` naming the JSON path otherwise, as
opening the file would); the save then stops before the previous file is touched.
"""

from __future__ import annotations

import json
from pathlib import Path

from ...model import Project
from ...model.entities import name_key
from .codec import ProjectFileError, _build, _check_header, _error, _validate
from .guard import check_counts
from .vote_records import votes_from_models


def _invalid(template: str, location: str, **params: object) -> ProjectFileError:
    return ProjectFileError("invalid", template, file=None, location=location, **params)


def check_relations(project: Project) -> None:
    """Refuse a project whose records break a relation opening would refuse.

    Raises:
        ProjectFileError: code ``invalid``, located at the first bad record's JSON path.
    """
    stage_ids: set[str] = set()
    for i, stage in enumerate(project.stages):
        if not stage.name.strip():
            raise _invalid("expected a non-blank stage name", f"stages[{i}].name")
        if stage.id in stage_ids:
            raise _invalid("expected an id no other stage has", f"stages[{i}].id")
        stage_ids.add(stage.id)
    names: set[str] = set()
    for i, (key, link) in enumerate(project.links.items()):
        if key != link.id:
            raise _invalid("expected an id no other link has", f"links[{i}].id")
        if not link.name.strip():
            raise _invalid("expected a non-blank link name", f"links[{i}].name")
        if name_key(link.name) in names:
            raise _invalid("expected a unique link name; {name} is already used (names are "
                           "compared ignoring case and spaces)", f"links[{i}].name",
                           name=link.name.strip())
        names.add(name_key(link.name))
        if link.stage_id not in stage_ids:
            raise _invalid("expected the id of a stage (no stage has id {id})",
                           f"links[{i}].stage_id", id=link.stage_id)
    for i, (key, flow) in enumerate(project.flows.items()):
        for end in ("upstream", "downstream"):
            if getattr(flow, end) not in project.links:
                raise _invalid("expected the id of a link (no link has id {id})",
                               f"flows[{i}].{end}", id=getattr(flow, end))
        if flow.upstream == flow.downstream:
            raise _invalid("a link cannot flow into itself (upstream and downstream are the "
                           "same link)", f"flows[{i}]")
        if key != flow.key:
            raise _invalid("this flow is listed twice", f"flows[{i}]")


def check_written(tmp: Path, expected: bytes, project: Project) -> None:
    """Check the fsynced temporary file ``tmp`` before it replaces the target.

    Raises:
        ValueError: the bytes read back differ from ``expected``.
        ProjectFileError: the bytes would not open again (see the module docstring).
    """
    written = tmp.read_bytes()
    if written != expected:
        raise ValueError("the bytes read back differ from the bytes written")
    try:  # the standard parser: a faster one (orjson) saved 4 ms of ~150 at 5,000 links
        raw = json.loads(written)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from None
    _check_header(raw, None)
    check_counts(raw, None)
    model = _validate(raw, None)
    if model.partners or model.alliances or model.correspondences:
        _build(model, None)  # their relations are checked by building them (module docstring)
        return
    check_relations(project)
    votes_from_models(model.votes, project, None, _error)
