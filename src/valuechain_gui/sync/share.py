"""A project file's share data, and the headless merge of a file with a room.

Two optional top-level keys of the project file (format version 3; a project never shared has
neither):

* ``id``: the project's stable uuid, created on its first share; the default room.
* ``crdt_state``: the Y document (base64 of its whole update) as it was at the end of the last
  sync: only the base of the next merge. The JSON stays authoritative: whatever differs between
  the JSON and this base is a local edit (made by the app, a script or a text editor), written
  into the document before it is merged with the room.

The base lives in the file rather than in a file beside it because the safe save writes the
file in one atomic replace: the JSON and its base can never be out of step after a crash, a
copy, or an e-mail of the file (a separate file could be lost or left stale, and a stale base
makes remote edits look like local ones).
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from pycrdt import Doc

from ..errors import ValueChainError
from ..io.project.file import load_project, save_project
from ..io.project.file_lock import ProjectLock
from ..io.project.identity import project_id
from ..model import Project
from .client import exchange
from .mirror import write_project
from .rebuild import RebuildError, project_from_doc

STATE_KEY = "crdt_state"


class SyncError(ValueChainError):
    """The file and the room cannot be merged (the message names the file or the room)."""


def base_doc(project: Project, file: str = "") -> Doc:
    """The document stored in the project as the base of the next merge (empty if none)."""
    doc = Doc()
    text = project.extra.get(STATE_KEY)
    if text is None:
        return doc
    try:
        doc.apply_update(base64.b64decode(str(text), validate=True))
    except (binascii.Error, ValueError) as exc:
        raise SyncError("bad_crdt_state", "{path}: crdt_state: expected the base64 of a Y "
                        "document ({reason})", path=file, reason=str(exc)) from None
    return doc


def store_base(project: Project, doc: Doc) -> None:
    """Keep ``doc`` in the project as the base of the next merge."""
    project.extra[STATE_KEY] = base64.b64encode(doc.get_update()).decode("ascii")


async def sync_file(path: str | os.PathLike[str], relay: str, token: str,
                    room: str | None = None, timeout: float = 10.0) -> Project:
    """Merge the project file ``path`` with ``room`` of ``relay`` and save the merge (safe
    save); a missing file is created with the room's whole map. Returns the merged project.

    Raises:
        RelayError: refused or unreachable; SyncError: nothing to merge (missing file and
            empty room, or no room); ProjectFileError / SaveError: the file;
            ProjectLockedError: the file is open in the app, or was saved during the sync
            (nothing written: run ``sync`` again).
    """
    target = Path(path)
    lock = ProjectLock(target)  # the file as found now: refused if rewritten meanwhile
    if target.exists():
        project = load_project(target)
        doc = base_doc(project, str(target))
        shared_id = project_id(project, create=True)
        write_project(doc, project, origin="file")
        room = room or shared_id
    else:
        if not room:
            raise SyncError("no_room", "{path}: the file does not exist: give the room to "
                            "create it from (--room)", path=str(target))
        doc = Doc()
    assert room is not None
    await exchange(doc, relay, room, token, timeout)
    try:
        merged = project_from_doc(doc)
    except RebuildError as exc:
        raise SyncError("empty_room", "{relay}: room {room}: {reason}", relay=relay, room=room,
                        reason=str(exc)) from None
    if write_project(doc, merged, origin="repair"):
        await exchange(doc, relay, room, token, timeout)
    project_id(merged, create=True)
    store_base(merged, doc)
    with lock:
        save_project(merged, target)
    return merged
