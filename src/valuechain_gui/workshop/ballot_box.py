"""The ballot box of a voting session: the links put to the vote and the ballots received.

The server's thread casts ballots while the app's thread reads counts, so every method holds one
lock; subscribers are called after a vote is stored, outside the lock, from the thread that cast
it (the app bridges them to a Qt signal).

Links are open for voting unless the facilitator closed them (:meth:`BallotBox.close_link`); a
participant's new vote on a link replaces their earlier one, until the link is closed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import date

from ..errors import ModelError, ValueChainError
from ..model.votes import Ballot, LinkVotes, Vote, count_votes, make_ballot

#: A link put to the vote: (id, name, status token such as ``"weak"``).
LinkEntry = tuple[str, str, str]


class BallotError(ValueChainError):
    """A ballot refused; ``code`` is ``unknown_link``, ``closed``, ``bad_vote`` (not a vote, or a
    bad participant id) or ``too_long`` (a comment, name or id past its limit)."""

    def __init__(self, code: str, template: str = "", **params: object) -> None:
        super().__init__(code, template or code.replace("_", " "), **params)


class BallotBox:
    """The links of a voting session, which are open, the one under discussion and the ballots.

    Args:
        links: the links put to the vote, ``(id, name, status token)``, in chain order.
        language: ``"fr"`` or ``"en"``, the project's language (the page's first language).

    Attributes:
        show_comments: whether participants see each other's comments (the facilitator's
            choice; default False).
        language: the page's first language.
    """

    def __init__(self, links: Iterable[LinkEntry], language: str = "fr") -> None:
        self._lock = threading.RLock()
        self._links: dict[str, LinkEntry] = {}
        self._closed: set[str] = set()
        self._current: str | None = None
        self._ballots: dict[str, dict[str, Ballot]] = {}  # link id -> participant -> ballot
        self._dates: dict[str, date] = {}  # date of earlier votes loaded with load()
        self._fresh: set[str] = set()  # links that received a ballot in this session
        self._subscribers: list[Callable[[str], None]] = []
        self.show_comments = False
        self.language = language
        self.set_links(links)

    # ------------------------------------------------------------------ links
    def set_links(self, links: Iterable[LinkEntry]) -> None:
        """Replace the links put to the vote (names and statuses refreshed); ballots of links
        still there are kept, those of links gone are dropped."""
        entries = [(str(i), str(n), str(s)) for i, n, s in links]
        with self._lock:
            self._links = {entry[0]: entry for entry in entries}
            for table in (self._ballots, self._dates):
                for link_id in [k for k in table if k not in self._links]:
                    del table[link_id]
            self._closed &= set(self._links)
            self._fresh &= set(self._links)
            if self._current not in self._links:
                self._current = None

    def links(self) -> list[LinkEntry]:
        """The links put to the vote, in chain order."""
        with self._lock:
            return list(self._links.values())

    def set_current(self, link_id: str | None) -> None:
        """Push ``link_id`` (or None) as the link under discussion; an unknown id is None."""
        with self._lock:
            self._current = link_id if link_id in self._links else None

    @property
    def current(self) -> str | None:
        """The link under discussion, or None."""
        with self._lock:
            return self._current

    def open_all(self) -> None:
        """Open every link for voting."""
        with self._lock:
            self._closed.clear()

    def close_link(self, link_id: str) -> None:
        """Close a link: its votes stand, no more are taken."""
        with self._lock:
            if link_id in self._links:
                self._closed.add(link_id)

    def reopen_link(self, link_id: str) -> None:
        """Open a closed link again."""
        with self._lock:
            self._closed.discard(link_id)

    def is_open(self, link_id: str) -> bool:
        """Whether ``link_id`` is put to the vote and not closed."""
        with self._lock:
            return link_id in self._links and link_id not in self._closed

    def open_links(self) -> list[str]:
        """The ids of the open links, in chain order."""
        with self._lock:
            return [i for i in self._links if i not in self._closed]

    # ------------------------------------------------------------------ ballots
    def subscribe(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(link id)`` after each accepted vote (from the voting thread)."""
        with self._lock:
            self._subscribers.append(callback)

    def cast(self, participant: str, link_id: str, vote: str, comment: str = "",
             name: str = "") -> None:
        """Store ``participant``'s vote on ``link_id``, replacing their earlier one.

        Raises:
            BallotError: ``unknown_link``, ``closed``, ``bad_vote`` or ``too_long``.
        """
        try:
            ballot = make_ballot(participant, vote, comment, name)
        except ModelError as exc:
            code = "too_long" if exc.code == "too_long" else "bad_vote"
            raise BallotError(code, exc.template, **exc.params) from None
        with self._lock:
            if link_id not in self._links:
                raise BallotError("unknown_link", "No link with id {id}.", id=str(link_id)[:80])
            if link_id in self._closed:
                raise BallotError("closed", "Voting on this link is closed.")
            box = self._ballots.setdefault(link_id, {})
            box.pop(ballot.participant, None)  # a changed vote moves to the end
            box[ballot.participant] = ballot
            self._fresh.add(link_id)
            subscribers = list(self._subscribers)
        for callback in subscribers:
            callback(link_id)

    def ballots(self, link_id: str) -> tuple[Ballot, ...]:
        """The ballots on ``link_id`` (one per participant, oldest first)."""
        with self._lock:
            return tuple(self._ballots.get(link_id, {}).values())

    def ballot_of(self, participant: str, link_id: str) -> Ballot | None:
        """``participant``'s ballot on ``link_id``, or None."""
        with self._lock:
            return self._ballots.get(link_id, {}).get(participant)

    def counts(self, link_id: str) -> dict[Vote, int]:
        """Number of ballots per vote on ``link_id`` (every :class:`Vote` present)."""
        return count_votes(self.ballots(link_id))

    def load(self, votes: Mapping[str, LinkVotes]) -> None:
        """Start from votes given earlier (a project's ``votes``); links not put to the vote
        are ignored."""
        with self._lock:
            for link_id, link_votes in votes.items():
                if link_id in self._links:
                    self._ballots[link_id] = {b.participant: b for b in link_votes.ballots}
                    self._dates[link_id] = link_votes.on

    def all_votes(self, on: date) -> dict[str, LinkVotes]:
        """The ballots of every link that has some, as the project keeps them: dated ``on`` when
        the link received a vote in this session, else with the date they were loaded with."""
        with self._lock:
            return {link_id: LinkVotes(link_id,
                                       on if link_id in self._fresh else self._dates.get(link_id,
                                                                                         on),
                                       tuple(box.values()))
                    for link_id, box in self._ballots.items() if box and link_id in self._links}
