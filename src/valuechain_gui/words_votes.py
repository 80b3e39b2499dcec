"""Qt-free words for what io/ writes about the room's votes (FR and EN): the workbook's
Votes sheet.

Merged into :data:`valuechain_gui.words.WORDS` (read them with :func:`valuechain_gui.words.word`);
kept apart so that each table stays small.
"""

from __future__ import annotations

VOTE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "xl.sheet.votes": "Votes",
        "xl.col.votes_strong": "Strong",
        "xl.col.votes_weak": "Weak",
        "xl.col.votes_missing": "Missing",
        "xl.col.votes_unknown": "Don't know",
        "xl.col.dissent": "Dissent",
        "xl.col.voted_on": "Voted on",
        "xl.col.comments": "Comments",
    },
    "fr": {
        "xl.sheet.votes": "Votes",
        "xl.col.votes_strong": "Fort",
        "xl.col.votes_weak": "Faible",
        "xl.col.votes_missing": "Manquant",
        "xl.col.votes_unknown": "Ne sait pas",
        "xl.col.dissent": "Désaccord",
        "xl.col.voted_on": "Date du vote",
        "xl.col.comments": "Commentaires de la salle",
    },
}
