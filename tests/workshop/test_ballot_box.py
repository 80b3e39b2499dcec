"""The ballot box: one vote per participant per link, closed links, thread safety, tokens."""

from __future__ import annotations

import os
import stat
import threading
from datetime import date

import pytest

from valuechain_gui.model import Ballot, LinkVotes, Vote
from valuechain_gui.workshop import BallotBox, BallotError, new_token, read_or_create_token
from valuechain_gui.token_file import TokenFileError

LINKS = [("c", "Capteurs", "weak"), ("i", "Intégration", "unassessed")]


def test_a_new_vote_replaces_the_participants_earlier_one_and_subscribers_hear_it():
    box = BallotBox(LINKS)
    heard: list[str] = []
    box.subscribe(heard.append)
    box.cast("ana", "c", "strong", "déjà fort")
    box.cast("bob", "c", "weak")
    box.cast("ana", "c", "missing", name="Ana")
    assert box.counts("c") == {Vote.STRONG: 0, Vote.WEAK: 1, Vote.MISSING: 1, Vote.UNKNOWN: 0}
    assert box.ballot_of("ana", "c") == Ballot("ana", Vote.MISSING, "", "Ana")
    assert heard == ["c", "c", "c"]
    assert box.all_votes(date(2026, 3, 12)) == {"c": LinkVotes("c", date(2026, 3, 12), (
        Ballot("bob", Vote.WEAK), Ballot("ana", Vote.MISSING, "", "Ana")))}


@pytest.mark.parametrize(("args", "code"), [
    (("ana", "x", "weak"), "unknown_link"),
    (("ana", "c", "maybe"), "bad_vote"),
    (("", "c", "weak"), "bad_vote"),
    (("ana", "c", "weak", "x" * 281), "too_long"),
])
def test_refused_ballots_say_why_and_change_nothing(args, code):
    box = BallotBox(LINKS)
    with pytest.raises(BallotError) as info:
        box.cast(*args)
    assert info.value.code == code
    assert box.all_votes(date.today()) == {}


def test_a_closed_link_takes_no_vote_until_reopened_and_current_is_a_known_link():
    box = BallotBox(LINKS)
    assert box.open_links() == ["c", "i"]
    box.close_link("c")
    assert not box.is_open("c")
    with pytest.raises(BallotError) as info:
        box.cast("ana", "c", "weak")
    assert info.value.code == "closed"
    box.reopen_link("c")
    box.cast("ana", "c", "weak")
    box.close_link("i")
    box.open_all()
    assert box.open_links() == ["c", "i"]
    box.set_current("i")
    assert box.current == "i"
    box.set_current("nope")
    assert box.current is None


def test_votes_loaded_from_the_project_keep_their_date_until_a_new_vote():
    box = BallotBox(LINKS)
    old = date(2025, 1, 1)
    box.load({"c": LinkVotes("c", old, (Ballot("zoe", Vote.STRONG),)),
              "i": LinkVotes("i", old, (Ballot("zoe", Vote.WEAK),))})
    box.cast("ana", "i", "missing")
    votes = box.all_votes(date(2026, 3, 12))
    assert votes["c"].on == old
    assert votes["i"].on == date(2026, 3, 12)
    assert [b.participant for b in votes["i"].ballots] == ["zoe", "ana"]
    box.set_links([("i", "Intégration", "weak")])
    assert set(box.all_votes(date.today())) == {"i"}


def test_ballots_cast_from_many_threads_are_all_counted():
    box = BallotBox(LINKS)

    def vote(k: int) -> None:
        for n in range(50):
            box.cast(f"p{k}-{n}", "c", "weak")

    threads = [threading.Thread(target=vote, args=(k,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert box.counts("c")[Vote.WEAK] == 400


def test_tokens_are_fresh_and_long_enough():
    tokens = {new_token() for _ in range(20)}
    assert len(tokens) == 20
    assert all(len(t) >= 43 for t in tokens)  # 32 random bytes = 256 bits


def test_a_token_file_is_read_stripped_or_created_owner_only(tmp_path):
    given = tmp_path / "given.txt"
    given.write_text("  " + "a" * 16 + " " + "b" * 16 + "\n")
    assert read_or_create_token(given) == "a" * 16 + " " + "b" * 16
    made = tmp_path / "made.txt"
    token = read_or_create_token(made)
    assert len(token) >= 43
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    assert read_or_create_token(made) == token
    for bad in ("short", "é" * 40, "a" * 31 + "\x01" + "a"):
        given.write_text(bad, encoding="utf-8")
        with pytest.raises(TokenFileError):
            read_or_create_token(given)
