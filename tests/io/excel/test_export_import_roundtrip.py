"""Export then import: the Value chain sheet gives back the same links, stages, statuses, flows."""

from __future__ import annotations

from valuechain_gui.io.excel.export import export_action_plan
from valuechain_gui.io.sheets.importer import import_spreadsheet
from valuechain_gui.model import LinkStatus, Project


def _chain(project: Project) -> dict[str, object]:
    """What must survive the round trip, by names (ids are new after an import)."""
    names = {link.id: link.name for link in project.links.values()}
    stage_names = {stage.id: stage.name for stage in project.stages}
    used_stages = [stage.name for stage in project.stages
                   if any(link.stage_id == stage.id for link in project.links.values())]
    return {
        "links": {link.name: (stage_names[link.stage_id], link.status, link.strategic,
                              link.end_market, tuple(link.actors), link.notes)
                  for link in project.links.values()},
        "stages": used_stages,
        "flows": {(names[up], names[down]) for up, down in project.flows},
    }


def _round_trip(project: Project, tmp_path, language: str | None = None) -> Project:
    path = tmp_path / "plan.xlsx"
    export_action_plan(project, path, language=language)
    result = import_spreadsheet(path)
    assert result.sheet_name in ("Value chain", "Chaîne de valeur")
    return result.project


def test_round_trip_of_the_small_project_in_english(small_project, tmp_path):
    back = _round_trip(small_project, tmp_path, "en")
    assert _chain(back) == _chain(small_project)
    assert back.language == "en"


def test_round_trip_of_a_french_chain_with_awkward_text(tmp_path):
    project = Project.new(language="fr", target_market="Véhicules spéciaux autonomes")
    stages = project.stages
    specs = [
        ("Recherche en perception", 0, LinkStatus.STRONG, {"strategic": True}),
        ('=HYPERLINK("http://example.invalid","clic")', 1, LinkStatus.WEAK, {}),
        ("@SOMME(A1)", 1, LinkStatus.MISSING, {"actors": ["Acme", "Labo LS2N"]}),
        ("-20 % pertes", 2, LinkStatus.UNASSESSED, {"notes": "ligne 1\nligne 2"}),
        ("Intégration et assemblage", 3, LinkStatus.WEAK, {}),
        ("Exploitations agricoles", 5, LinkStatus.MISSING, {}),
        ("Carrières et mines", 5, LinkStatus.STRONG, {}),
    ]
    links = []
    for y, (name, stage, _, fields) in enumerate(specs):
        links.append(project.make_link(name, stages[stage].id, position=(0.0, y * 100.0),
                                       **fields))
    project.add_links(links)
    flows = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (4, 6), (6, 3)]  # with a loop
    for up, down in flows:
        project.add_flow(links[up].id, links[down].id)
    for link, (_, _, status, _) in zip(links, specs):
        project.set_status([link.id], status)
    back = _round_trip(project, tmp_path)
    assert _chain(back) == _chain(project)
    assert [s.name for s in back.stages] == ["Recherche", "Composants", "Sous-systèmes",
                                             "Intégration", "Marchés finaux"]
    assert len(back.flows) == len(flows)


def test_round_trip_keeps_statuses_when_exported_in_the_other_language(small_project, tmp_path):
    back = _round_trip(small_project, tmp_path, "fr")
    assert ({link.name: link.status for link in back.links.values()}
            == {link.name: link.status for link in small_project.links.values()})
