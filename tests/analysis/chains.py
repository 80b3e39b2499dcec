"""Builders of small chains for the analysis tests (names, not ids, so tests read like the docs)."""

from __future__ import annotations

from valuechain_gui.model import LinkStatus, Project

S, W, M, U = LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.UNASSESSED


def chain(links: list[tuple], flows: list[tuple[str, str]], stages: int = 6) -> Project:
    """A project with ``stages`` template stages (en), links and flows given by name.

    ``links``: tuples ``(name, stage index, status, end_market[, strategic])``.
    """
    project = Project.new(language="en")
    project.stages[:] = project.stages[:stages]
    made = []
    for spec in links:
        name, stage, status, end = spec[:4]
        strategic = spec[4] if len(spec) > 4 else False
        made.append(project.make_link(name, project.stages[stage].id, end_market=end,
                                      strategic=strategic))
    if made:
        project.add_links(made)
    for up, down in flows:
        project.add_flow(lid(project, up), lid(project, down))
    for link, spec in zip(made, links):
        if spec[2] != U:
            project.set_status([link.id], spec[2])
    return project


def lid(project: Project, name: str) -> str:
    """Id of the link named ``name``."""
    link = project.link_by_name(name)
    assert link is not None, name
    return link.id


def names(project: Project, ids) -> list[str]:
    """Names of link ids, in the given order."""
    return [project.links[i].name for i in ids]


def chain_with_stage_chains(n_links: int, seed: int = 3) -> Project:
    """The benchmark's synthetic chain of ``n_links`` links (flows from stage to later stage,
    a few loops back) plus flows inside stages: in every stage, runs of 2 to 5 successive links
    chained one into the next, and every seventh run closed into a cycle (last → first)."""
    import random

    from benchmarks.synthetic import make_chain

    project = make_chain(n_links)
    rng = random.Random(seed)
    runs = 0
    for stage in project.stages:
        members = [link.id for link in project.links_in_stage(stage.id)]
        i = 0
        while i + 1 < len(members):
            size = rng.randint(2, 5)
            run = members[i:i + size]
            for up, down in zip(run, run[1:]):
                if (up, down) not in project.flows and (down, up) not in project.flows:
                    project.add_flow(up, down)
            runs += 1
            if runs % 7 == 0 and len(run) > 2 and (run[-1], run[0]) not in project.flows:
                project.add_flow(run[-1], run[0])
            i += size + rng.randint(0, 3)
    return project


def assert_reads_left_to_right(project: Project, positions=None) -> None:
    """Every flow not marked as a return flow goes from a card to a card strictly to its right,
    and no two cards overlap (cards are ``card_grid()`` sized)."""
    from valuechain_gui.geometry import card_grid

    grid = card_grid()
    where = {i: (positions or {}).get(i, link.position) for i, link in project.links.items()}
    for (up, down), flow in project.flows.items():
        if not flow.is_return:
            assert where[up][0] + grid.card_width < where[down][0], (
                project.links[up].name, project.links[down].name)
    boxes = sorted(where.values())
    # sweep on x: only cards whose x ranges overlap can overlap
    for i, (x1, y1) in enumerate(boxes):
        for x2, y2 in boxes[i + 1:]:
            if x2 >= x1 + grid.card_width:
                break
            assert abs(y1 - y2) >= grid.card_height, ((x1, y1), (x2, y2))
