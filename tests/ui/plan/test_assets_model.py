"""The Assets tab's model follows the project row by row: a retag between weak and missing, the
most common edit, leaves its rows alone; what it shows always equals a model read afresh."""

from __future__ import annotations

from pathlib import Path


from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import Action, ActionKind, ActionStatus, LinkStatus
from valuechain_gui.ui.document.notifier import ProjectNotifier
from valuechain_gui.ui.plan.filters import AssetsModel
from valuechain_gui.ui.plan.table_model import LINK_ID_ROLE

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


def table(model: AssetsModel) -> list[list]:
    return [[model.index(row, col).data() for col in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_assets_follow_retags_renames_and_actions_and_equal_a_fresh_read(qapp):
    project = load_project(SAMPLE)
    notifier = ProjectNotifier(project)
    model = AssetsModel(project, notifier)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))

    def check() -> None:
        assert table(model) == table(AssetsModel(project, ProjectNotifier(project)))

    weak = next(link for link in project.links.values() if link.status == LinkStatus.WEAK)
    strong = next(link for link in project.links.values() if link.status == LinkStatus.STRONG)
    project.set_status([weak.id], LinkStatus.MISSING)
    project.set_status([weak.id], LinkStatus.WEAK)
    assert resets == [] and changed == []  # nothing of the assets changed
    check()
    project.update_link(strong.id, name="Renamed asset")
    assert resets == [] and len(changed) == 1
    check()
    assert "Renamed asset" in [row[0] for row in table(model)]
    action = Action(link_id=strong.id, kind=ActionKind.LOCAL_REINFORCEMENT, title="Done",
                    link_name=strong.name, status=ActionStatus.DONE)
    project.add_action(action)
    assert resets == []
    check()
    project.set_status([weak.id], LinkStatus.STRONG)  # a new asset: the rows are read again
    assert resets == [1]
    check()
    project.set_status([strong.id], LinkStatus.MISSING)
    assert resets == [1, 1]
    check()
    assert strong.id not in [model.index(r, 0).data(LINK_ID_ROLE)
                             for r in range(model.rowCount())]
