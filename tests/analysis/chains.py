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
