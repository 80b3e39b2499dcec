"""Remote changes reach an open project through its operations (events, same object)."""

from __future__ import annotations

import random

from pycrdt import Doc

from valuechain_gui.io.project.codec import project_to_dict
from valuechain_gui.model import EventKind, LinkStatus
from valuechain_gui.sync.apply import apply_remote
from valuechain_gui.sync.mirror import write_project
from valuechain_gui.sync.rebuild import project_from_doc

from sync_helpers import random_edit, small_project


def _pair() -> tuple[Doc, Doc]:
    first = Doc()
    write_project(first, small_project())
    second = Doc()
    second.apply_update(first.get_update())
    return first, second


def test_a_remote_retag_arrives_as_a_status_change_event_on_the_same_project():
    mine_doc, theirs_doc = _pair()
    mine = project_from_doc(mine_doc)
    theirs = project_from_doc(theirs_doc)
    link_id = list(theirs.links)[2]
    theirs.set_status([link_id], LinkStatus.MISSING)  # also creates an alliance-search action
    write_project(theirs_doc, theirs)
    mine_doc.apply_update(theirs_doc.get_update())
    events = []
    mine.subscribe(events.append)
    assert apply_remote(mine, project_from_doc(mine_doc))
    assert mine.links[link_id].status is LinkStatus.MISSING
    assert len(mine.actions_for_link(link_id)) == 1  # the remote action, not a second one
    kinds = [event.kind for event in events]
    assert EventKind.LINK_CHANGED in kinds and EventKind.ACTION_ADDED in kinds
    assert project_to_dict(mine) == project_to_dict(theirs)


def test_random_remote_edits_are_applied_whole_through_the_operations():
    rng = random.Random(3)
    applied = 0
    for round_ in range(30):
        mine_doc, theirs_doc = _pair()
        mine = project_from_doc(mine_doc)
        theirs = project_from_doc(theirs_doc)
        for serial in range(8):
            random_edit(theirs, rng, "them", round_ * 10 + serial)
            random_edit(mine, rng, "me", round_ * 10 + serial)
        write_project(theirs_doc, theirs)
        write_project(mine_doc, mine)
        mine_doc.apply_update(theirs_doc.get_update())
        target = project_from_doc(mine_doc)
        if apply_remote(mine, target):
            applied += 1
            assert project_to_dict(mine) == project_to_dict(target)
        else:  # only the order of links or flows differs (no operation reorders them)
            mine_data, target_data = project_to_dict(mine), project_to_dict(target)
            for name in ("links", "flows"):
                assert sorted(map(repr, mine_data.pop(name))) == sorted(
                    map(repr, target_data.pop(name)))
            assert mine_data == target_data
    assert applied >= 25  # most merges need no reload
