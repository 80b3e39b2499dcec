"""The "discuss next" order: the most divided links first."""

from __future__ import annotations

from datetime import date

from valuechain_gui.analysis.votes import discuss_order
from valuechain_gui.model import Ballot, Link, LinkStatus, LinkVotes, Project, Vote


def _votes(link_id: str, *votes: str) -> LinkVotes:
    return LinkVotes(link_id, date(2026, 3, 12),
                     tuple(Ballot(f"p{k}", Vote(v)) for k, v in enumerate(votes)))


def test_most_divided_first_then_more_votes_then_chain_order_and_silent_links_last():
    project = Project.new("fr")
    stages = [s.id for s in project.stages]
    # created out of chain order: the chain order is by stage, then creation
    project.add_link(Link("Intégration", stages[3], status=LinkStatus.WEAK, id="late"))
    project.add_link(Link("Capteurs", stages[1], status=LinkStatus.STRONG, id="early"))
    project.add_link(Link("Logiciel", stages[2], status=LinkStatus.WEAK, id="mid"))
    project.add_link(Link("R&D", stages[0], status=LinkStatus.MISSING, id="first"))
    project.add_link(Link("Maintenance", stages[4], id="silent"))
    project.update_meta(votes={
        "late": _votes("late", "weak", "strong"),  # dissent 1/2, 2 votes
        "early": _votes("early", "weak", "strong"),  # dissent 1/2, 2 votes, earlier stage
        "mid": _votes("mid", "weak", "strong", "missing", "weak"),  # dissent 1/2, 4 votes
        "first": _votes("first", "strong", "strong"),  # dissent 1
    })
    assert discuss_order(project) == ["first", "mid", "early", "late", "silent"]


def test_a_project_without_votes_keeps_the_chain_order():
    project = Project.new("en")
    project.add_link(Link("B", project.stages[2].id, id="b"))
    project.add_link(Link("A", project.stages[0].id, id="a"))
    assert discuss_order(project) == ["a", "b"]
