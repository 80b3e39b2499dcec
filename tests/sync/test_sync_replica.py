"""A project bound to a Y document: local edits out as update bytes, remote ones in as events."""

from __future__ import annotations

import random

import pytest

from valuechain_gui.io.project.codec import project_to_dict
from valuechain_gui.model import EventKind, LinkStatus
from valuechain_gui.sync.mirror import read_records, root
from valuechain_gui.sync.rebuild import project_from_doc
from valuechain_gui.sync.replica import Replica
from valuechain_gui.sync.share import SyncError

from sync_helpers import random_edit, small_project


def _receive(replica: Replica, update: bytes | None) -> None:
    """Apply ``update`` as the app does: a reloaded project replaces the replica's."""
    if update is not None:
        result = replica.apply_remote_update(update)
        if result.reloaded is not None:
            replica.rebind(result.reloaded)


def _pair() -> tuple[Replica, Replica]:
    mine = Replica(small_project())
    assert mine.flush_local() is not None  # the project written into the new document
    theirs = Replica.joined(mine.state())
    return mine, theirs


def test_what_the_state_holds_is_not_flushed_again():
    mine = Replica(small_project())
    state = mine.state()
    assert mine.flush_local() is None  # the constructor's write went out with the state
    link_id = list(mine.project.links)[0]
    mine.project.update_link(link_id, notes="after the state")
    theirs = Replica.joined(state)
    _receive(theirs, mine.flush_local())
    assert theirs.project.links[link_id].notes == "after the state"


def test_the_projects_own_fields_are_flushed_even_when_changed_without_an_event():
    mine, theirs = _pair()
    mine.project.extra["id"] = "a-room-id"  # as sharing a project gives it its id
    _receive(theirs, mine.flush_local())
    assert theirs.project.extra["id"] == "a-room-id"


def test_a_joined_replica_holds_the_same_project():
    mine, theirs = _pair()
    assert project_to_dict(theirs.project) == project_to_dict(mine.project)
    assert mine.flush_local() is None and theirs.flush_local() is None


def test_a_replica_on_the_files_base_sends_the_edits_made_offline():
    mine, theirs = _pair()
    offline = project_from_doc(mine.doc)  # the project as saved with its base, then edited
    link_id = list(offline.links)[6]
    offline.update_link(link_id, notes="edited in a text editor")
    base = type(mine.doc)()
    base.apply_update(mine.state())
    reopened = Replica(offline, base)
    _receive(theirs, reopened.flush_local())
    assert theirs.project.links[link_id].notes == "edited in a text editor"


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


def _vote_edit(project, rng: random.Random, who: str) -> None:
    """Store one participant's ballot on a random link (the whole votes dict, as the app does)."""
    from datetime import date

    from valuechain_gui.model import Ballot, LinkVotes, Vote

    link_id = rng.choice(list(project.links))
    ballot = Ballot(f"{who}-{rng.randrange(3)}", rng.choice(list(Vote)))
    votes = dict(project.votes)
    old = votes.get(link_id)
    ballots = [b for b in (old.ballots if old else ()) if b.participant != ballot.participant]
    votes[link_id] = LinkVotes(link_id, date(2026, 12, 5), (*ballots, ballot))
    project.update_meta(votes=votes)


def _conflicting_edit(project, rng: random.Random, who: str) -> None:
    """An edit that concurrent ones make the rebuild settle: a name from a small pool (two
    replicas may take it at once), or a stage added or removed (its links moved)."""
    from valuechain_gui.model import Stage

    choice = rng.random()
    if choice < 0.2:
        _partnership_edit(project, rng, who)
    elif choice < 0.7:
        name = f"Shared name {rng.randrange(4)}"
        if project.link_by_name(name) is None:
            project.update_link(rng.choice(list(project.links)), name=name)
    elif choice < 0.85 or len(project.stages) < 4:
        project.add_stage(Stage(f"{who} stage {rng.randrange(10**6)}"), rng.randrange(3))
    else:
        stage = rng.choice(project.stages[1:])
        project.remove_stage(stage.id, move_links_to=project.stages[0].id)


def _partnership_edit(project, rng: random.Random, who: str) -> None:
    """A partner cited or dropped, an alliance added, a correspondence decided (refused edits,
    such as an alliance on an action that is not an alliance search, are skipped)."""
    from valuechain_gui.errors import ModelError
    from valuechain_gui.model import Alliance, Decision, Partner

    choice = rng.random()
    try:
        if choice < 0.35 or not project.partners:
            project.cite_partner(Partner(name=f"{who} partner {rng.randrange(10**6)}"))
        elif choice < 0.5:
            project.remove_partner(rng.choice(list(project.partners)))
        elif choice < 0.8 and project.actions:
            project.add_alliance(Alliance(partner_id=rng.choice(list(project.partners)),
                                          action_id=rng.choice(list(project.actions))))
        else:
            project.set_correspondence(rng.choice(list(project.links)),
                                       rng.choice(list(project.partners)),
                                       f"their link {rng.randrange(3)}",
                                       rng.choice(list(Decision)))
    except ModelError:
        pass


def _file(project) -> dict:
    data = project_to_dict(project)
    data.pop("crdt_state", None)
    return data


def test_an_incremental_replica_ends_as_a_whole_rebuild_of_its_document(monkeypatch):
    import valuechain_gui.sync.replica as replica_module

    fast = []
    real = replica_module.apply_changed

    def counted(*args):
        fast.append(real(*args))
        return fast[-1]

    monkeypatch.setattr(replica_module, "apply_changed", counted)
    rng = random.Random(2026)
    first = Replica(small_project(20))
    replicas = [first, Replica.joined(first.state()), Replica.joined(first.state())]
    for round_ in range(40):
        outgoing = []
        for number, replica in enumerate(replicas):
            for serial in range(rng.randrange(1, 4)):
                draw = rng.random()
                if draw < 0.15:
                    _vote_edit(replica.project, rng, f"r{number}")
                elif draw < 0.25:
                    _conflicting_edit(replica.project, rng, f"r{number}")
                else:
                    random_edit(replica.project, rng, f"r{number}", round_ * 10 + serial)
            if rng.random() < 0.8:  # some replicas hold their edits for a later round
                outgoing.append((replica, replica.flush_local()))
        for sender, update in outgoing:
            for replica in replicas:
                if replica is sender or update is None:
                    continue
                result = replica.apply_remote_update(update)
                if result.reloaded is not None:
                    replica.rebind(result.reloaded)
                assert _file(replica.project) == _file(project_from_doc(replica.doc))
    for _ in range(2):  # everything held or settled is sent
        for sender in replicas:
            update = sender.flush_local()
            for replica in replicas:
                if replica is not sender and update is not None:
                    result = replica.apply_remote_update(update)
                    if result.reloaded is not None:
                        replica.rebind(result.reloaded)
    ends = [_file(replica.project) for replica in replicas]
    assert ends[0] == ends[1] == ends[2] == _file(project_from_doc(first.doc))
    assert fast.count(True) > len(fast) // 2  # most updates were applied record by record


def test_a_closed_replica_follows_neither_its_project_nor_its_document():
    mine, theirs = _pair()
    link_id = list(mine.project.links)[1]
    theirs.close()
    theirs.project.update_link(link_id, notes="after closing")
    assert theirs.flush_local() is None
    mine.project.update_link(link_id, notes="from mine")
    update = mine.flush_local()
    theirs.doc.apply_update(update)
    assert theirs.project.links[link_id].notes == "after closing"


def test_a_flush_writes_only_the_records_the_edit_touched():
    mine, _ = _pair()
    link_id = list(mine.project.links)[4]
    written = []
    roots = [root(mine.doc, name) for name in ("links", "flows", "actions", "stages", "meta")]
    def seen(name: str):
        return lambda events: written.extend(
            (name, str(e.path[0]) if e.path else sorted(e.keys)) for e in events)

    for name, target in zip(("links", "flows", "actions", "stages", "meta"), roots):
        target.observe_deep(seen(name))
    mine.project.set_status([link_id], LinkStatus.STRONG)  # no action for a strong link
    update = mine.flush_local()
    assert written == [("links", link_id)]
    assert len(update) < 200  # one field of one record, not the map


def test_votes_of_two_facilitators_on_different_links_both_arrive():
    mine, theirs = _pair()
    rng = random.Random(5)
    _vote_edit(mine.project, rng, "mine")
    _vote_edit(theirs.project, rng, "theirs")
    mine_update, theirs_update = mine.flush_local(), theirs.flush_local()
    events = []
    mine.project.subscribe(events.append)
    assert mine.apply_remote_update(theirs_update).changed
    theirs.apply_remote_update(mine_update)
    assert mine.project.votes == theirs.project.votes
    assert len(mine.project.votes) == len({*mine.project.votes}) >= 1
    assert [e.fields for e in events] == [("votes",)]
    assert _file(project_from_doc(mine.doc))["votes"] == _file(mine.project)["votes"]


def test_removing_a_link_removes_its_actions_and_votes_for_everyone():
    mine, theirs = _pair()
    link_id = list(mine.project.links)[2]
    mine.project.set_status([link_id], LinkStatus.MISSING)  # creates its action
    _vote_edit(mine.project, random.Random(1), "mine")
    votes = dict(mine.project.votes)
    votes[link_id] = next(iter(votes.values())).__class__(link_id, next(iter(
        votes.values())).on, ())
    mine.project.update_meta(votes=votes)
    theirs.apply_remote_update(mine.flush_local())
    assert theirs.project.actions_for_link(link_id) and link_id in theirs.project.votes
    mine.project.remove_links([link_id])
    theirs.apply_remote_update(mine.flush_local())
    for replica in (mine, theirs):
        assert not [a for a in replica.project.actions.values() if a.link_id == link_id]
        assert link_id not in replica.project.votes and link_id not in replica.project.links
        assert _file(replica.project) == _file(project_from_doc(replica.doc))


def test_what_the_rebuild_settles_is_written_back_once_for_everyone():
    mine, theirs = _pair()
    first, second = list(mine.project.links)[:2]
    mine.project.update_link(first, name="Same name")
    theirs.project.update_link(second, name="same NAME")
    mine_update, theirs_update = mine.flush_local(), theirs.flush_local()
    _receive(mine, theirs_update)
    _receive(theirs, mine_update)
    names = {mine.project.links[first].name, mine.project.links[second].name}
    assert names in ({"Same name", "same NAME (2)"}, {"Same name (2)", "same NAME"})
    for replica, other in ((mine, theirs), (theirs, mine)):
        _receive(other, replica.flush_local())  # the settled name, the same from both
    texts = {read_records(mine.doc)[1]["links"][k]["name"] for k in (first, second)}
    assert texts == names
    assert _file(mine.project) == _file(theirs.project)


def test_local_edits_not_yet_flushed_survive_a_remote_update():
    mine, theirs = _pair()
    first, second = list(mine.project.links)[:2]
    mine.project.update_link(first, notes="mine, not flushed yet")
    theirs.project.update_link(second, notes="theirs")
    mine.apply_remote_update(theirs.flush_local())
    assert mine.project.links[first].notes == "mine, not flushed yet"
    theirs.apply_remote_update(mine.flush_local())
    assert theirs.project.links[first].notes == "mine, not flushed yet"
    assert theirs.project.links[second].notes == mine.project.links[second].notes == "theirs"


def test_numbers_a_file_cannot_hold_written_by_a_peer_are_left_out():
    from pycrdt import Doc

    mine, theirs = _pair()
    first, second = list(mine.project.links)[:2]
    peer = Doc()
    peer.apply_update(mine.state())
    before = peer.get_state()
    with peer.transaction():
        root(peer, "links")[first]["_order"] = "-1e400"  # infinite: not a place
        root(peer, "links")[second]["their_note"] = "NaN"  # an unknown field, not JSON a file holds
    _receive(theirs, peer.get_update(before))
    assert _file(theirs.project) == _file(project_from_doc(theirs.doc))
    assert "their_note" not in theirs.project.links[second].extra
    theirs.project.update_link(first, notes="still written")
    _receive(mine, theirs.flush_local())
    assert mine.project.links[first].notes == "still written"


def test_a_field_text_nested_too_deeply_by_a_peer_is_left_out_not_a_crash():
    mine, theirs = _pair()
    first, second = list(mine.project.links)[:2]
    mine.project.update_link(first, notes="written before")
    _receive(theirs, mine.flush_local())
    assert theirs.project.links[first].notes == "written before"
    held = theirs.doc.get_state()
    with mine.doc.transaction():
        root(mine.doc, "links")[first]["notes"] = "[" * 5000 + "]" * 5000
        root(mine.doc, "links")[second]["_order"] = "[" * 5000 + "]" * 5000
    joined = Replica.joined(mine.state())
    assert joined.project.links[first].notes == ""  # left out: the file's default
    assert joined.project.links[first].name == mine.project.links[first].name
    assert second in joined.project.links
    _receive(theirs, mine.doc.get_update(held))
    assert theirs.project.links[first].notes == ""
