"""The room's votes on its links: each participant's assessment of a link, kept in the project.

A participant (an anonymous id kept by their browser, optionally with a first name they typed)
gives each link one :class:`Vote`; a new vote on the same link replaces the earlier one, so a
link's :class:`LinkVotes` holds at most one :class:`Ballot` per participant. The facilitator
still decides the link's status; :meth:`LinkVotes.dissent` measures how much of the room thought
otherwise.

The project holds them in :attr:`Project.votes` (link id → :class:`LinkVotes`); storing them is
a project change like any other (``update_meta(votes=...)``, one undoable step in the app),
checked by :func:`checked_votes` against the links and the limits of
:mod:`valuechain_gui.limits`. Removing a link drops its votes (restored with it on undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..errors import ModelError
from ..limits import (
    MAX_BALLOTS,
    MAX_BALLOTS_PER_LINK,
    MAX_PARTICIPANT_ID,
    MAX_VOTE_COMMENT,
    MAX_VOTER_NAME,
)
from ..text_safety import clean_text
from .enums import LinkStatus


class Vote(StrEnum):
    """A participant's assessment of a link; UNKNOWN is "don't know"."""

    STRONG = "strong"
    WEAK = "weak"
    MISSING = "missing"
    UNKNOWN = "unknown"


#: The status each opinionated vote stands for (UNKNOWN stands for none).
STATUS_OF_VOTE = {Vote.STRONG: LinkStatus.STRONG, Vote.WEAK: LinkStatus.WEAK,
                  Vote.MISSING: LinkStatus.MISSING}


@dataclass(frozen=True)
class Ballot:
    """One participant's vote on one link, with an optional one-line comment and first name."""

    participant: str
    vote: Vote
    comment: str = ""
    name: str = ""


@dataclass(frozen=True)
class LinkVotes:
    """The ballots given on one link during the voting of day ``on`` (one per participant)."""

    link_id: str
    on: date
    ballots: tuple[Ballot, ...] = ()

    def counts(self) -> dict[Vote, int]:
        """Number of ballots per vote (every :class:`Vote` present, possibly 0)."""
        return count_votes(self.ballots)

    def dissent(self, status: LinkStatus) -> float | None:
        """Share (0..1) of the strong/weak/missing ballots that differ from ``status``; None when
        there are none or the link is unassessed ("don't know" ballots do not count)."""
        return dissent_of(self.ballots, status)


def count_votes(ballots: Iterable[Ballot]) -> dict[Vote, int]:
    """Number of ``ballots`` per vote (every :class:`Vote` present)."""
    counts = {vote: 0 for vote in Vote}
    for ballot in ballots:
        counts[ballot.vote] += 1
    return counts


def dissent_of(ballots: Iterable[Ballot], status: LinkStatus) -> float | None:
    """See :meth:`LinkVotes.dissent`."""
    if status == LinkStatus.UNASSESSED:
        return None
    opinions = [STATUS_OF_VOTE[b.vote] for b in ballots if b.vote != Vote.UNKNOWN]
    if not opinions:
        return None
    return sum(1 for s in opinions if s != status) / len(opinions)


def ballot_text(field: str, value: Any, limit: int) -> str:
    """A participant's text: a str, cleaned of what cannot be saved, on one line, trimmed.

    Raises:
        ModelError: ``bad_text`` when not a str; ``too_long`` (params ``field``, ``limit``) when
            longer than ``limit`` characters once cleaned.
    """
    if not isinstance(value, str):
        raise ModelError("bad_text", "{field} expects text, not {given}.", field=field,
                         given=type(value).__name__)
    cleaned = " ".join(clean_text(value)[0].split())
    if len(cleaned) > limit:
        raise ModelError("too_long", "{field} is longer than {limit:,} characters.",
                         field=field, limit=limit)
    return cleaned


def make_ballot(participant: Any, vote: Any, comment: Any = "", name: Any = "") -> Ballot:
    """A checked :class:`Ballot` (texts cleaned and on one line).

    Raises:
        ModelError: ``bad_vote`` for a vote other than strong/weak/missing/unknown; ``bad_text``
            or ``too_long`` for a bad participant id, comment or name; ``blank_name`` for a
            blank participant id.
    """
    try:
        checked_vote = Vote(vote)
    except ValueError:
        raise ModelError("bad_vote", "A vote is strong, weak, missing or unknown, not {given!r}.",
                         given=str(vote)[:40]) from None
    participant = ballot_text("participant", participant, MAX_PARTICIPANT_ID)
    if not participant:
        raise ModelError("blank_name", "A ballot needs a participant id.")
    return Ballot(participant, checked_vote, ballot_text("comment", comment, MAX_VOTE_COMMENT),
                  ballot_text("name", name, MAX_VOTER_NAME))


def checked_votes(votes: Mapping[str, LinkVotes], link_ids: Iterable[str]
                  ) -> dict[str, LinkVotes]:
    """``votes`` as the project keeps them (a new dict), after checking them.

    Raises:
        ModelError: ``unknown_field`` when not a mapping of link id → :class:`LinkVotes` of that
            link holding :class:`Ballot` records; ``unknown_link`` for votes on a link the project
            lacks; ``duplicate_id`` for two ballots of one participant on one link;
            ``too_many`` past :data:`~valuechain_gui.limits.MAX_BALLOTS_PER_LINK` or
            :data:`~valuechain_gui.limits.MAX_BALLOTS`.
    """
    if not isinstance(votes, Mapping):
        raise ModelError("unknown_field", "Votes must be a mapping of link id to LinkVotes.")
    known = set(link_ids)
    total = 0
    for link_id, link_votes in votes.items():
        if not isinstance(link_votes, LinkVotes) or link_votes.link_id != link_id or not all(
                isinstance(b, Ballot) for b in link_votes.ballots):
            raise ModelError("unknown_field", "Votes must be a mapping of link id to LinkVotes.")
        if link_id not in known:
            raise ModelError("unknown_link", "No link with id {id}.", id=link_id)
        participants = {b.participant for b in link_votes.ballots}
        if len(participants) != len(link_votes.ballots):
            raise ModelError("duplicate_id", "A participant votes once per link ({id}).",
                             id=link_id)
        if len(link_votes.ballots) > MAX_BALLOTS_PER_LINK:
            raise ModelError("too_many", "A link keeps at most {limit:,} votes.", what="votes",
                             count=len(link_votes.ballots), limit=MAX_BALLOTS_PER_LINK)
        total += len(link_votes.ballots)
    if total > MAX_BALLOTS:
        raise ModelError("too_many", "A project keeps at most {limit:,} votes.", what="votes",
                         count=total, limit=MAX_BALLOTS)
    return dict(votes)
