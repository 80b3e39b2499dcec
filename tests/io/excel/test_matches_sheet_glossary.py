"""The Matches sheet compares link names with the glossary it is given: the shipped one by
default, with the user's additions when the app exports."""

from __future__ import annotations

from valuechain_gui.analysis.matching import partner_from_map
from valuechain_gui.analysis.matching.glossary import with_additions
from valuechain_gui.io.excel.partner_sheets import matches_table
from valuechain_gui.io.excel.values import Words
from valuechain_gui.model import LinkStatus, Project


def project_of(links: dict[str, LinkStatus]) -> Project:
    """A project whose links are ``{name: status}`` on its first stage."""
    project = Project.new(language="en", target_market="Leather")
    made = [project.make_link(name, project.stages[0].id, position=(0.0, i * 120.0))
            for i, name in enumerate(links)]
    project.add_links(made)
    for link in made:
        project.set_status([link.id], links[link.name])
    return project


def test_the_matches_sheet_lists_the_candidate_with_the_users_glossary():
    ours = project_of({"Maroquinerie": LinkStatus.MISSING,
                       "Tannerie": LinkStatus.STRONG})
    partner = partner_from_map("Leather Valley", project_of({"Leather goods": LinkStatus.STRONG}))
    ours.partners[partner.id] = partner
    _columns, rows = matches_table(ours, Words("en"))
    assert [row[:4] for row in rows] == [["Maroquinerie", "missing", "", None]]
    glossary = with_additions([("maroquinerie", "leather goods")])
    _columns, rows = matches_table(ours, Words("en"), glossary)
    assert [row[:4] for row in rows] == [["Maroquinerie", "missing", "Leather Valley", 100]]
