"""A project bound to a Y document: local edits out as update bytes, remote ones in as events."""

from __future__ import annotations

import random

import pytest

from valuechain_gui.io.project.codec import project_to_dict
from valuechain_gui.model import EventKind, LinkStatus
from valuechain_gui.sync.mirror import read_records
from valuechain_gui.sync.rebuild import project_from_doc
from valuechain_gui.sync.replica import Replica
from valuechain_gui.sync.share import SyncError

from sync_helpers import random_edit, small_project


def _pair() -> tuple[Replica, Replica]:
    mine = Replica(small_project())
    theirs = Replica.joined(mine.state())
    return mine, theirs


def test_a_joined_replica_holds_the_same_project():
    mine, theirs = _pair()
    assert project_to_dict(theirs.project) == project_to_dict(mine.project)
    assert mine.flush_local() is None and theirs.flush_local() is None


def test_a_local_retag_flows_as_bytes_and_arrives_as_a_model_event():
    mine, theirs = _pair()
    link_id = list(mine.project.links)[3]
    mine.project.set_status([link_id], LinkStatus.WEAK)
    update = mine.flush_local()
    assert update is not None
    assert mine.flush_local() is None  # flushed once
    events = []
    theirs.project.subscribe(events.append)
    result = theirs.apply_remote_update(update)
    assert result.changed and result.reloaded is None
    assert theirs.project.links[link_id].status is LinkStatus.WEAK
    kinds = [e.kind for e in events]
    assert EventKind.LINK_CHANGED in kinds and EventKind.ACTION_ADDED in kinds  # its action
    assert len(theirs.project.actions_for_link(link_id)) == 1  # the remote one, not a second
    assert theirs.flush_local() is None  # a remote change is not a local edit


def test_an_update_already_held_changes_nothing():
    mine, theirs = _pair()
    link_id = list(mine.project.links)[0]
    mine.project.update_link(link_id, notes="from the other pôle")
    update = mine.flush_local()
    assert theirs.apply_remote_update(update).changed
    assert not theirs.apply_remote_update(update).changed
    assert theirs.project.links[link_id].notes == "from the other pôle"


def test_garbage_bytes_raise_a_one_line_sync_error_and_leave_the_project_alone():
    mine, _ = _pair()
    before = project_to_dict(mine.project)
    events = []
    mine.project.subscribe(events.append)
    for garbage in (b"\x01\x02garbage\nmore", b"", b"\xff" * 40):
        with pytest.raises(SyncError) as error:
            mine.apply_remote_update(garbage)
        assert "\n" not in str(error.value) and "update" in str(error.value)
    assert project_to_dict(mine.project) == before and not events


def test_two_replicas_editing_concurrently_converge_by_exchanging_bytes():
    rng = random.Random(18)
    mine, theirs = _pair()
    for round_ in range(25):
        for serial in range(4):
            random_edit(mine.project, rng, "me", round_ * 10 + serial)
            random_edit(theirs.project, rng, "them", round_ * 10 + serial)
        outgoing = [mine.flush_local(), theirs.flush_local()]
        for replica, update in ((theirs, outgoing[0]), (mine, outgoing[1])):
            if update is not None:
                result = replica.apply_remote_update(update)
                if result.reloaded is not None:  # a reordering: the caller takes the rebuild
                    replica.rebind(result.reloaded)
        # what the rebuild repaired (a name made unique...) is written by the next flush
        for replica, other in ((mine, theirs), (theirs, mine)):
            update = replica.flush_local()
            if update is not None:
                result = other.apply_remote_update(update)
                if result.reloaded is not None:
                    other.rebind(result.reloaded)
        assert read_records(mine.doc) == read_records(theirs.doc)
        assert project_to_dict(mine.project) == project_to_dict(theirs.project)
        assert project_to_dict(mine.project) == project_to_dict(project_from_doc(mine.doc))
