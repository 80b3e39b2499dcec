"""What the room's votes say about the chain: the order in which to discuss the links.

The most divided links come first, so that the facilitator spends the workshop's time where the
room disagrees with the status on the map.
"""

from __future__ import annotations

from ..model import Project


def discuss_order(project: Project) -> list[str]:
    """Every link id of ``project``, the most divided first.

    Links with votes come first, by dissent (share of the strong/weak/missing votes that differ
    from the link's status; a link without a status or without such votes counts as 0),
    descending, then by number of votes, descending, then in chain order (stage order, then link
    order within a stage); links without votes follow, in chain order.
    """
    stage_rank = {stage.id: i for i, stage in enumerate(project.stages)}
    chain = sorted(project.links.values(),
                   key=lambda link: stage_rank.get(link.stage_id, len(stage_rank)))
    voted: list[tuple[float, int, int, str]] = []
    silent: list[str] = []
    for rank, link in enumerate(chain):
        votes = project.votes.get(link.id)
        if votes is None or not votes.ballots:
            silent.append(link.id)
            continue
        dissent = votes.dissent(link.status) or 0.0
        voted.append((-dissent, -len(votes.ballots), rank, link.id))
    return [link_id for *_, link_id in sorted(voted)] + silent
