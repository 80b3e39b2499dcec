"""Snapshots: taken from the project's state, refused past the limits, saved and read back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from valuechain_gui.errors import ModelError
from valuechain_gui.io.project.codec import ProjectFileError, dumps_project, loads_project
from valuechain_gui.limits import MAX_SNAPSHOTS
from valuechain_gui.model import Link, LinkStatus, Project
from valuechain_gui.model.snapshots import find_snapshot, with_snapshot


def _project() -> Project:
    project = Project.new("fr")
    project.add_link(Link("Capteurs", project.stages[1].id, status=LinkStatus.MISSING,
                          strategic=True, id="c"))
    project.add_link(Link("Intégration", project.stages[3].id, id="i"))
    project.add_flow("c", "i")
    return project


def test_a_snapshot_keeps_links_flows_statuses_and_flags_and_survives_a_save():
    project = _project()
    project.update_meta(snapshots=with_snapshot(project, " Atelier 2025 ", date(2025, 6, 1)))
    project.set_status(["c"], LinkStatus.WEAK)
    snapshot = project.snapshots[0]
    assert snapshot.label == "Atelier 2025"
    assert [(k.name, k.status, k.strategic) for k in snapshot.state.links] == [
        ("Capteurs", LinkStatus.MISSING, True), ("Intégration", LinkStatus.UNASSESSED, False)]
    assert snapshot.state.flows == (("c", "i"),)
    again = loads_project(dumps_project(project))
    assert again.snapshots == project.snapshots
    assert find_snapshot(again.snapshots, "atelier 2025") == snapshot


def test_a_project_without_snapshots_writes_no_snapshots_key():
    data = json.loads(dumps_project(_project()))
    assert "snapshots" not in data


def test_blank_label_and_too_many_snapshots_are_refused():
    project = _project()
    with pytest.raises(ModelError) as blank:
        with_snapshot(project, "  ", date(2025, 1, 1))
    assert blank.value.code == "blank_name"
    for i in range(MAX_SNAPSHOTS):
        project.update_meta(snapshots=with_snapshot(project, f"s{i}", date(2025, 1, 1)))
    with pytest.raises(ModelError) as many:
        with_snapshot(project, "one more", date(2025, 1, 1))
    assert many.value.code == "too_many"
    assert len(project.snapshots) == MAX_SNAPSHOTS


def test_a_bad_snapshot_in_a_file_is_refused_with_its_place():
    data = json.loads(dumps_project(_project()))
    data["snapshots"] = [{"label": "x", "date": "2025-13-01"}]
    with pytest.raises(ProjectFileError) as error:
        loads_project(json.dumps(data), "p.vchain")
    assert error.value.location == "snapshots[0].date"
    data["snapshots"] = [{"label": "x", "date": "2025-01-01"}] * (MAX_SNAPSHOTS + 1)
    with pytest.raises(ProjectFileError) as many:
        loads_project(json.dumps(data), "p.vchain")
    assert many.value.location == "snapshots"
