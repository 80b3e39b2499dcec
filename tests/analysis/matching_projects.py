"""Tiny projects for the matching tests: link names with statuses, nothing else."""

from __future__ import annotations

from valuechain_gui.model import LinkStatus, Project


def project_of(links: dict[str, str], pole_name: str = "") -> Project:
    """A project whose links are ``{name: status}`` on its first stage."""
    project = Project.new(language="en", target_market="Test market")
    project.update_meta(pole_name=pole_name)
    stage = project.stages[0].id
    made = [project.make_link(name, stage, position=(0.0, i * 120.0))
            for i, name in enumerate(links)]
    project.add_links(made)
    for link in made:
        status = LinkStatus(links[link.name])
        if status is not LinkStatus.UNASSESSED:
            project.set_status([link.id], status)
    return project
