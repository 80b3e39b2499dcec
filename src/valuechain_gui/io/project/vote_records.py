"""A project's votes ↔ their JSON records in the project file (the optional ``votes`` key; see
:mod:`~valuechain_gui.io.project.schema` for the shape)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ...errors import ValueChainError
from ...model import Project
from ...model.votes import Ballot, LinkVotes, Vote
from .schema import LinkVotesModel

ErrorFactory = Callable[..., ValueChainError]


def votes_data(project: Project) -> list[dict[str, Any]]:
    """The file records of ``project.votes``, in the chain's link order."""
    order = {link_id: i for i, link_id in enumerate(project.links)}
    return link_votes_records(sorted(project.votes.values(),
                                     key=lambda v: order.get(v.link_id, 0)))


def link_votes_records(votes: Iterable[LinkVotes]) -> list[dict[str, Any]]:
    """The file records of ``votes``, in the order given."""
    return [{"link_id": v.link_id, "date": v.on.isoformat(),
             "ballots": [{"participant": b.participant, "vote": b.vote.value,
                          "comment": b.comment, "name": b.name} for b in v.ballots]}
            for v in votes]


def votes_from_models(models: list[LinkVotesModel], project: Project, file: str | None,
                      error: ErrorFactory) -> dict[str, LinkVotes]:
    """The votes of validated file records, for a project whose links are built.

    Raises:
        what ``error`` builds (code ``invalid``) at ``votes[i].link_id`` for a link the project
        lacks or listed twice, at ``votes[i].ballots[j].participant`` for a participant's
        second ballot on one link.
    """
    votes: dict[str, LinkVotes] = {}
    for i, model in enumerate(models):
        if model.link_id not in project.links or model.link_id in votes:
            raise error("invalid", "expected the id of a link not listed before in votes", file,
                        f"votes[{i}].link_id")
        seen: set[str] = set()
        for j, ballot in enumerate(model.ballots):
            if ballot.participant in seen:
                raise error("invalid", "expected one ballot per participant on a link", file,
                            f"votes[{i}].ballots[{j}].participant")
            seen.add(ballot.participant)
        votes[model.link_id] = LinkVotes(
            model.link_id, date.fromisoformat(model.date),
            tuple(Ballot(b.participant, Vote(b.vote), b.comment, b.name) for b in model.ballots))
    return votes
