"""The interface's words for votes: a vote's word, the bar's tooltip, the summary shown in the
link's properties panel; and which status's colour, shape and glyph stands for each vote."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style
from valuechain_gui.ui.text.labels import link_status_label

#: The vote tokens in bar order and the status whose colour, shape and glyph each one borrows.
VOTE_STATUS: dict[str, LinkStatus] = {
    "strong": LinkStatus.STRONG,
    "weak": LinkStatus.WEAK,
    "missing": LinkStatus.MISSING,
    "unknown": LinkStatus.UNASSESSED,
}


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Voting", text, "", n)


def vote_label(vote: str) -> str:
    """The word for a vote in the interface language ("strong", "don't know"...)."""
    if vote == "unknown":
        return _t("don't know")
    return link_status_label(VOTE_STATUS[vote])  # the one word for strong, weak, missing


def counts_tooltip(counts: dict[str, int]) -> str:
    """"7 votes: strong 3, weak 2, missing 1, don't know 1" (translated)."""
    total = sum(counts.get(v, 0) for v in VOTE_STATUS)
    parts = [_t("{vote} {count}").format(vote=vote_label(v), count=counts.get(v, 0))
             for v in VOTE_STATUS]
    return _t("%n vote(s)", total) + ": " + ", ".join(parts)


def votes_html(counts: dict[str, int], dissent: float | None, on: date | None,
               live: bool) -> str:
    """Rich text for the properties panel: each vote's marker glyph in its colour, its word and
    its count; then the dissent from the status decided (when there is one). ``live``: the
    votes of the open voting; else the votes kept in the project on ``on``."""
    total = sum(counts.get(v, 0) for v in VOTE_STATUS)
    if live:
        head = _t("Room's votes (live): %n vote(s)", total)
    else:
        head = _t("Room's votes of {date}: %n vote(s)", total).format(
            date=on.isoformat() if on else "")
    parts = []
    for vote, status in VOTE_STATUS.items():
        parts.append(f'<span style="color:{style.STATUS_COLOR[status]}">'
                     f"{style.STATUS_GLYPH[status]}</span>&nbsp;"
                     f"{html.escape(vote_label(vote)).replace(' ', '&nbsp;')}&nbsp;"
                     f"<b>{counts.get(vote, 0)}</b>")
    lines = [f"<b>{html.escape(head)}</b>", " &nbsp;·&nbsp; ".join(parts)]
    if dissent is not None:
        lines.append(html.escape(_t("Dissent from the status decided: {percent} %").format(
            percent=round(dissent * 100))))
    return "<br>".join(lines)
