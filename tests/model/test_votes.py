"""The room's votes in the project: counts, dissent, checks, undo of a removed link, the file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from valuechain_gui.errors import ModelError
from valuechain_gui.io.project.codec import ProjectFileError, dumps_project, loads_project
from valuechain_gui.limits import MAX_BALLOTS_PER_LINK
from valuechain_gui.model import Ballot, Link, LinkStatus, LinkVotes, Project, Vote
from valuechain_gui.model.votes import make_ballot

DAY = date(2026, 3, 12)


def _project() -> Project:
    project = Project.new("fr")
    project.add_link(Link("Capteurs", project.stages[1].id, status=LinkStatus.WEAK, id="c"))
    project.add_link(Link("Intégration", project.stages[3].id, id="i"))
    project.add_flow("c", "i")
    return project


def _votes(link_id: str, *votes: str) -> LinkVotes:
    return LinkVotes(link_id, DAY, tuple(Ballot(f"p{k}", Vote(v), f"avis {k}", "")
                                         for k, v in enumerate(votes)))


def test_counts_list_every_vote_and_dissent_ignores_dont_know():
    votes = _votes("c", "strong", "weak", "weak", "unknown")
    assert votes.counts() == {Vote.STRONG: 1, Vote.WEAK: 2, Vote.MISSING: 0, Vote.UNKNOWN: 1}
    assert votes.dissent(LinkStatus.WEAK) == pytest.approx(1 / 3)
    assert votes.dissent(LinkStatus.MISSING) == 1.0
    assert votes.dissent(LinkStatus.UNASSESSED) is None
    assert _votes("c", "unknown").dissent(LinkStatus.WEAK) is None


def test_votes_are_stored_saved_and_read_back_in_chain_order():
    project = _project()
    project.update_meta(votes={"i": _votes("i", "missing"), "c": _votes("c", "strong", "weak")})
    data = json.loads(dumps_project(project))
    assert [v["link_id"] for v in data["votes"]] == ["c", "i"]
    assert data["votes"][0] == {"link_id": "c", "date": "2026-03-12", "ballots": [
        {"participant": "p0", "vote": "strong", "comment": "avis 0", "name": ""},
        {"participant": "p1", "vote": "weak", "comment": "avis 1", "name": ""}]}
    again = loads_project(dumps_project(project))
    assert again.votes == project.votes
    assert again == project


def test_a_project_without_votes_writes_no_votes_key():
    assert "votes" not in json.loads(dumps_project(_project()))


def test_votes_on_an_unknown_link_or_twice_from_one_participant_are_refused():
    project = _project()
    with pytest.raises(ModelError) as info:
        project.update_meta(votes={"x": _votes("x", "weak")})
    assert info.value.code == "unknown_link"
    twice = LinkVotes("c", DAY, (Ballot("p", Vote.WEAK), Ballot("p", Vote.STRONG)))
    with pytest.raises(ModelError) as info:
        project.update_meta(votes={"c": twice})
    assert info.value.code == "duplicate_id"
    with pytest.raises(ModelError) as info:
        project.update_meta(votes={"c": _votes("c", *["weak"] * (MAX_BALLOTS_PER_LINK + 1))})
    assert info.value.code == "too_many"
    assert project.votes == {}


def test_removing_a_link_drops_its_votes_and_restoring_it_brings_them_back():
    project = _project()
    votes = {"c": _votes("c", "strong"), "i": _votes("i", "weak")}
    project.update_meta(votes=votes)
    record = project.remove_links(["c"])
    assert set(project.votes) == {"i"}
    project.restore_links(record)
    assert project.votes == votes


def test_update_meta_returns_the_old_votes_for_undo():
    project = _project()
    old = project.update_meta(votes={"c": _votes("c", "strong")})
    assert old == {"votes": {}}
    project.update_meta(**old)
    assert project.votes == {}


def test_a_ballot_is_cleaned_to_one_line_and_refuses_bad_votes_and_long_comments():
    ballot = make_ballot("p1", "weak", "  trop\nde <b>texte</b>\x00 ", " Ana ")
    assert ballot == Ballot("p1", Vote.WEAK, "trop de <b>texte</b>", "Ana")
    for args, code in ((("p1", "maybe"), "bad_vote"), (("p1", "weak", "x" * 281), "too_long"),
                       (("", "weak"), "blank_name"), ((3, "weak"), "bad_text")):
        with pytest.raises(ModelError) as info:
            make_ballot(*args)
        assert info.value.code == code


def _file_with_votes(votes: object) -> bytes:
    data = json.loads(dumps_project(_project()))
    data["votes"] = votes
    return json.dumps(data).encode()


@pytest.mark.parametrize(("votes", "place"), [
    ([{"link_id": "x", "date": "2026-03-12", "ballots": []}], "votes[0].link_id"),
    ([{"link_id": "c", "date": "2026-03-12", "ballots": [{"participant": "p", "vote": "maybe"}]}],
     "votes[0].ballots[0].vote"),
    ([{"link_id": "c", "date": "12/03/2026", "ballots": []}], "votes[0].date"),
    ([{"link_id": "c", "date": "2026-03-12", "ballots": [
        {"participant": "p", "vote": "weak"}, {"participant": "p", "vote": "strong"}]}],
     "votes[0].ballots[1].participant"),
    ([{"link_id": "c", "date": "2026-03-12", "ballots": [
        {"participant": "p", "vote": "weak", "comment": "x" * 281}]}],
     "votes[0].ballots[0].comment"),
])
def test_bad_votes_in_a_file_are_refused_with_their_place(votes, place):
    with pytest.raises(ProjectFileError) as info:
        loads_project(_file_with_votes(votes), "atelier.vchain")
    assert info.value.location == place
