"""The Votes sheet of the workbook: the room's votes, one row per link that has some.

Columns: the link's name, the counts strong / weak / missing / don't know (numbers), the
dissent (share of strong/weak/missing votes differing from the link's status, blank when it has
none or the link is unassessed), the day of the vote and the comments, one per line. The
participants' first names appear (before their comments) only when asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...model.votes import Vote
from .tables import DATE, NUMBER, PERCENT, Column

if TYPE_CHECKING:
    from ...model import Project
    from .values import Words

_COUNT_KEYS = ((Vote.STRONG, "xl.col.votes_strong"), (Vote.WEAK, "xl.col.votes_weak"),
               (Vote.MISSING, "xl.col.votes_missing"), (Vote.UNKNOWN, "xl.col.votes_unknown"))


def votes_table(project: Project, words: Words, *, include_names: bool = False
                ) -> tuple[list[Column], list[list[Any]]]:
    """Columns and rows of the Votes sheet, the links in the project's link order."""
    columns = [Column(words("xl.col.link"), max_width=30),
               *(Column(words(key), NUMBER, "0") for _, key in _COUNT_KEYS),
               Column(words("xl.col.dissent"), PERCENT, "0%"),
               Column(words("xl.col.voted_on"), DATE, words.date_format()),
               Column(words("xl.col.comments"), max_width=60)]
    rows: list[list[Any]] = []
    for link in project.links.values():
        votes = project.votes.get(link.id)
        if votes is None or not votes.ballots:
            continue
        counts = votes.counts()
        comments = [f"{b.name}: {b.comment}" if include_names and b.name else b.comment
                    for b in votes.ballots if b.comment]
        rows.append([link.name, *(counts[vote] for vote, _ in _COUNT_KEYS),
                     votes.dissent(link.status), votes.on, "\n".join(comments)])
    return columns, rows
