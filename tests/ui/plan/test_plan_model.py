"""The plan table model and its filter proxy follow the project and push one command per edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QUndoStack

from valuechain_gui.model import Action, ActionKind, ActionStatus, LinkStatus, Priority
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.commands.plan import AddActionCommand
from valuechain_gui.ui.plan.table_model import (
    ACTION_ID_ROLE,
    COL_BUDGET,
    COL_DEADLINE,
    COL_LINK,
    COL_OWNER,
    COL_PRIORITY,
    COL_STATE,
    COL_STATUS,
    TAB_ALLIANCE,
    TAB_LOCAL,
    TAB_OBSOLETE,
    PlanTableModel,
    incomplete_actions,
)
from valuechain_gui.ui.plan.filters import AssetsModel, PlanFilterProxy
from valuechain_gui.ui.document.notifier import ProjectNotifier


def _rows(proxy, column=COL_LINK):
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _model(project):
    stack = QUndoStack()
    notifier = ProjectNotifier(project)
    return PlanTableModel(project, DocumentEdit(project, stack), notifier), stack, notifier


def test_tabs_split_by_kind_and_obsolete_follow_retags(qapp, small_project):
    project = small_project
    model, stack, notifier = _model(project)
    local, alliance, obsolete = (PlanFilterProxy(tab) for tab in (TAB_LOCAL, TAB_ALLIANCE,
                                                                   TAB_OBSOLETE))
    for proxy in (local, alliance, obsolete):
        proxy.setSourceModel(model)
    assert _rows(local) == ["LiDAR sensors"]
    assert _rows(alliance) == ["Perception software"]
    assert _rows(obsolete) == []
    sensor = project.link_by_name("LiDAR sensors")
    project.set_status([sensor.id], LinkStatus.MISSING)  # weak -> missing
    assert _rows(local) == []
    assert _rows(obsolete) == ["LiDAR sensors"]
    assert _rows(obsolete, COL_STATE) == ["obsolete: link retagged"]
    assert obsolete.index(0, COL_LINK).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert sorted(_rows(alliance)) == ["LiDAR sensors", "Perception software"]
    project.remove_links([sensor.id])
    assert _rows(obsolete, COL_STATE)[0] == "obsolete: link removed"
    assert model.rowCount() == 3


def test_setdata_pushes_one_command_and_undo_restores(qapp, small_project):
    project = small_project
    model, stack, _ = _model(project)
    action = next(project.iter_actions(ActionKind.LOCAL_REINFORCEMENT))
    row = model.row_of(action.id)
    assert model.setData(model.index(row, COL_OWNER), "Élodie Martin")
    assert model.setData(model.index(row, COL_DEADLINE), QDate(2027, 3, 31))
    assert model.setData(model.index(row, COL_PRIORITY), "high")
    assert model.setData(model.index(row, COL_STATUS), "in_progress")
    assert model.setData(model.index(row, COL_BUDGET), 12500.0)
    assert not model.setData(model.index(row, COL_BUDGET), -3)
    assert (action.owner, action.deadline, action.priority, action.status, action.budget) == (
        "Élodie Martin", date(2027, 3, 31), Priority.HIGH, ActionStatus.IN_PROGRESS, 12500.0)
    assert stack.count() == 5
    locale = QLocale()
    assert model.index(row, COL_DEADLINE).data() == locale.toString(
        QDate(2027, 3, 31), QLocale.FormatType.ShortFormat)
    assert model.index(row, COL_BUDGET).data() == locale.toCurrencyString(12500.0, "€")
    assert model.setData(model.index(row, COL_DEADLINE), QDate())  # no date
    assert action.deadline is None
    stack.undo()
    assert action.deadline == date(2027, 3, 31)
    while stack.canUndo():
        stack.undo()
    assert (action.owner, action.deadline, action.priority, action.budget) == ("", None, None, None)


def test_rows_follow_added_and_removed_actions_in_plan_order(qapp, small_project):
    project = small_project
    model, stack, _ = _model(project)
    first = next(project.iter_actions())
    extra = Action(link_id=first.link_id, kind=first.kind, title="Second action")
    stack.push(AddActionCommand(project, extra, index=0))
    assert model.index(0, 0).data(ACTION_ID_ROLE) == extra.id
    assert model.rowCount() == 3
    stack.undo()
    assert model.rowCount() == 2
    assert [model.index(r, 0).data(ACTION_ID_ROLE) for r in range(2)] == list(project.actions)


def test_filters_and_sort(qapp, small_project):
    project = small_project
    model, stack, _ = _model(project)
    link = project.link_by_name("LiDAR sensors")
    for title, owner, prio in (("b", "Élodie", Priority.LOW), ("c", "Marc", Priority.HIGH)):
        project.add_action(Action(link_id=link.id, kind=ActionKind.LOCAL_REINFORCEMENT,
                                  title=title, owner=owner, priority=prio))
    proxy = PlanFilterProxy(TAB_LOCAL)
    proxy.setSourceModel(model)
    proxy.sort(COL_PRIORITY, Qt.SortOrder.AscendingOrder)
    assert _rows(proxy, COL_OWNER) == ["Marc", "Élodie", ""]  # high, low, not set
    proxy.set_filters(owner_text="elo")
    assert _rows(proxy, COL_OWNER) == ["Élodie"]
    proxy.set_filters(priority=Priority.HIGH)
    assert _rows(proxy, COL_OWNER) == ["Marc"]
    proxy.set_filters(status=ActionStatus.DONE)
    assert _rows(proxy) == []
    assert len(incomplete_actions(project)) == 4  # no deadline anywhere


def test_assets_list_strong_links(qapp, small_project):
    project = small_project
    notifier = ProjectNotifier(project)
    assets = AssetsModel(project, notifier)
    assert [assets.index(r, 0).data() for r in range(assets.rowCount())] == ["Vehicle integration"]
    project.set_status([project.link_by_name("LiDAR sensors").id], LinkStatus.STRONG)
    assert assets.rowCount() == 2


def test_suggested_priority_comes_from_the_gap_analysis_and_follows_retags(qtbot, small_project):
    from valuechain_gui.analysis.gaps import analyse
    from valuechain_gui.ui.plan.labels import priority_label
    from valuechain_gui.ui.plan.table_model import COL_SUGGESTED

    project = small_project
    model, stack, _ = _model(project)
    report = analyse(project)
    expected = report.by_link
    for row in range(model.rowCount()):
        action = model.action_at(row)
        gap = expected[action.link_id]
        cell = model.index(row, COL_SUGGESTED)
        assert cell.data() == priority_label(gap.suggested_priority)
        assert f"rank {report.rank_of(gap.link_id)}" in cell.data(Qt.ItemDataRole.ToolTipRole)
        assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    local = next(project.iter_actions(ActionKind.LOCAL_REINFORCEMENT))
    project.set_status([local.link_id], LinkStatus.STRONG)  # no longer a gap
    assert model.index(model.row_of(local.id), COL_SUGGESTED).data() == ""
    # A new gap: its suggestion arrives once the debounced analysis has run.
    farms = project.link_by_name("Farms")
    project.set_status([farms.id], LinkStatus.MISSING)
    created = next(a for a in project.actions_for_link(farms.id))
    assert model.gap_reports.is_pending()
    qtbot.waitUntil(lambda: not model.gap_reports.is_pending(), timeout=3000)
    gap = analyse(project).by_link[farms.id]
    assert model.index(model.row_of(created.id), COL_SUGGESTED).data() == \
        priority_label(gap.suggested_priority)
