"""What changed between two states of a chain: each kind of change found, and written as a line."""

from __future__ import annotations

from valuechain_gui.analysis.changes import ChangeKind, change_line, changed_link_ids, compare
from valuechain_gui.model import Action, ActionKind, ActionStatus, Link, LinkStatus, Project
from valuechain_gui.model.snapshots import chain_state


def _project() -> Project:
    project = Project.new("en")
    research, components = project.stages[0].id, project.stages[1].id
    for name, stage, status in (("Lab", research, LinkStatus.STRONG),
                                ("Sensors", components, LinkStatus.MISSING),
                                ("Motors", components, LinkStatus.WEAK)):
        project.add_link(Link(name, stage, status=status, id=name.lower()))
    project.add_flow("lab", "sensors")
    project.add_action(Action("sensors", ActionKind.ALLIANCE_SEARCH, title="Find sensors",
                              id="a1"))
    project.add_action(Action("motors", ActionKind.LOCAL_REINFORCEMENT, title="Train", id="a2"))
    return project


def test_no_change_gives_an_empty_list():
    project = _project()
    assert compare(chain_state(project), chain_state(project.clone())) == []


def test_every_kind_of_link_and_flow_change_is_found_in_order():
    project = _project()
    before = chain_state(project)
    project.update_link("lab", name="Research lab")
    project.update_link("motors", stage_id=project.stages[2].id)
    project.set_status(["sensors"], LinkStatus.WEAK)
    project.update_link("motors", strategic=True)
    project.add_link(Link("Batteries", project.stages[1].id, id="batteries"))
    project.add_flow("batteries", "motors")
    project.remove_flows([("lab", "sensors")])
    changes = compare(before, chain_state(project))
    assert [(c.kind, c.name, c.old, c.new) for c in changes if not c.kind.startswith("action")] == [
        (ChangeKind.LINK_ADDED, "Batteries", "", "Components"),
        (ChangeKind.LINK_RENAMED, "Research lab", "Lab", "Research lab"),
        (ChangeKind.LINK_MOVED, "Motors", "Components", "Subsystems"),
        (ChangeKind.STATUS_CHANGED, "Sensors", "missing", "weak"),
        (ChangeKind.STRATEGIC_SET, "Motors", "", ""),
        (ChangeKind.FLOW_ADDED, "Batteries → Motors", "", "motors"),
        (ChangeKind.FLOW_REMOVED, "Research lab → Sensors", "", "sensors"),
    ]
    assert changed_link_ids(changes) == {"batteries", "lab", "motors", "sensors"}


def test_a_removed_link_is_reported_with_its_last_name_and_stage():
    project = _project()
    before = chain_state(project)
    project.remove_links(["motors"])
    lines = [change_line("en", c) for c in compare(before, chain_state(project))]
    assert lines == ["Link removed: Motors (Components)",
                     "Action obsolete: Train (Motors)"]


def test_actions_added_achieved_and_obsolete():
    project = _project()
    before = chain_state(project)
    project.set_status(["motors"], LinkStatus.STRONG)
    project.update_action("a2", status=ActionStatus.DONE)
    project.set_status(["sensors"], LinkStatus.STRONG)  # its alliance search not marked done
    project.add_action(Action("lab", ActionKind.LOCAL_REINFORCEMENT, title="Keep", id="a3"))
    kinds = [(c.kind, c.name) for c in compare(before, chain_state(project))
             if c.kind.startswith("action")]
    assert (ChangeKind.ACTION_ADDED, "Keep") in kinds
    assert (ChangeKind.ACTION_ACHIEVED, "Train") in kinds
    assert (ChangeKind.ACTION_OBSOLETE, "Find sensors") in kinds


def test_lines_in_french_name_the_link_and_both_statuses():
    project = _project()
    before = chain_state(project)
    project.set_status(["sensors"], LinkStatus.WEAK)
    changes = [c for c in compare(before, chain_state(project))
               if c.kind == ChangeKind.STATUS_CHANGED]
    assert [change_line("fr", c) for c in changes] == [
        "Statut modifié : Sensors, manquant → faible"]
    assert [change_line("en", c) for c in changes] == ["Status changed: Sensors, missing → weak"]


def test_a_renamed_stage_moves_none_of_its_links():
    project = _project()
    before = chain_state(project)
    project.rename_stage(project.stages[1].id, "Parts")
    assert compare(before, chain_state(project)) == []
