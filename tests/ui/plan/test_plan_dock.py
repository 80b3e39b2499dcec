"""The plan dock and the action form, driven through their widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit

from valuechain_gui.model import (
    ActionKind,
    ActionStatus,
    CooperationStage,
    Governance,
    LinkStatus,
    Partner,
    Priority,
    Scope,
    SearchChannel,
)
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.plan.action_form import ActionForm, push_form_changes
from valuechain_gui.ui.plan.partners_editor import COL_COUNTRY, COL_GOVERNANCE, COL_STAGE
from valuechain_gui.ui.plan.widgets import CountryCombo, OptionalDateEdit
from valuechain_gui.ui.plan.dock import PlanDock
from valuechain_gui.ui.plan.table_model import COL_DEADLINE, COL_OWNER, COL_PRIORITY, TAB_LOCAL


@pytest.fixture
def dock(qtbot, small_project):
    stack = QUndoStack()
    widget = PlanDock(small_project, DocumentEdit(small_project, stack))
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _local_action(project):
    return next(project.iter_actions(ActionKind.LOCAL_REINFORCEMENT))


def _open_editor(qtbot, dock, column):
    view = dock.views[TAB_LOCAL]
    index = view.model().index(0, column)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: view.indexWidget(index) is not None)
    return view, view.indexWidget(index)


def test_typing_an_owner_in_the_table_is_one_undoable_step(qtbot, dock, small_project):
    action = _local_action(small_project)
    view, editor = _open_editor(qtbot, dock, COL_OWNER)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Élodie Martin")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: action.owner == "Élodie Martin")
    assert dock.undo_stack.count() == 1
    assert view.model().index(0, COL_OWNER).data() == "Élodie Martin"
    dock.undo_stack.undo()
    assert action.owner == ""
    assert view.model().index(0, COL_OWNER).data() == ""


def test_deadline_and_priority_editors_in_the_table(qtbot, dock, small_project):
    action = _local_action(small_project)
    view, editor = _open_editor(qtbot, dock, COL_DEADLINE)
    assert isinstance(editor, OptionalDateEdit)
    assert editor.calendarPopup()
    assert editor.value() is None  # "no date"
    editor.setDate(QDate(2027, 6, 30))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: action.deadline == date(2027, 6, 30))
    view, combo = _open_editor(qtbot, dock, COL_PRIORITY)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Priority.HIGH.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: action.priority == Priority.HIGH)
    assert dock.undo_stack.count() == 2
    dock.undo_stack.undo()
    dock.undo_stack.undo()
    assert (action.deadline, action.priority) == (None, None)


def test_selecting_an_action_emits_its_link_and_show_link_selects_back(qtbot, dock,
                                                                      small_project):
    action = _local_action(small_project)
    view = dock.views[TAB_LOCAL]
    with qtbot.waitSignal(dock.action_selected) as blocker:
        view.selectRow(0)
    assert blocker.args == [action.link_id]
    alliance = next(small_project.iter_actions(ActionKind.ALLIANCE_SEARCH))
    with qtbot.assertNotEmitted(dock.action_selected):
        dock.show_link(alliance.link_id)
    assert dock.current_tab() == "alliance"
    assert dock.selected_action_ids() == [alliance.id]


def test_add_and_remove_buttons_are_one_step_each(qtbot, dock, small_project):
    action = _local_action(small_project)
    dock.show_link(action.link_id)
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    added = [a for a in small_project.actions_for_link(action.link_id) if a.id != action.id]
    assert len(added) == 1 and added[0].kind == ActionKind.LOCAL_REINFORCEMENT
    assert "Local reinforcement (2)" == dock.tabs.tabText(0)
    assert dock.selected_action_ids() == [added[0].id]
    qtbot.mouseClick(dock.remove_button, Qt.MouseButton.LeftButton)
    assert added[0].id not in small_project.actions
    assert dock.undo_stack.count() == 2
    dock.undo_stack.undo()
    assert added[0].id in small_project.actions


def test_retag_moves_action_to_obsolete_tab_and_counts_follow(qtbot, dock, small_project):
    assert dock.incomplete_label.text().startswith("2 ")
    sensor = small_project.link_by_name("LiDAR sensors")
    small_project.set_status([sensor.id], LinkStatus.STRONG)
    assert dock.tabs.tabText(0) == "Local reinforcement (0)"
    assert dock.tabs.tabText(2) == "Assets (2)"
    assert dock.tabs.tabText(3) == "Obsolete (1)"
    obsolete = dock.views["obsolete"].model()
    assert obsolete.index(0, 1).data() == "obsolete: link strong but action not done"


def test_filter_by_owner_text(qtbot, dock, small_project):
    action = _local_action(small_project)
    small_project.update_action(action.id, owner="Élodie")
    qtbot.keyClicks(dock.owner_filter, "elo")
    assert dock.proxies[TAB_LOCAL].rowCount() == 1
    assert dock.proxies["alliance"].rowCount() == 0
    dock.owner_filter.clear()
    assert dock.proxies["alliance"].rowCount() == 1


def test_form_edits_every_field_as_one_step(qtbot, small_project):
    project = small_project
    stack = QUndoStack()
    action = next(project.iter_actions(ActionKind.ALLIANCE_SEARCH))
    before = project.clone()
    form = ActionForm(project, action.id)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.owner_edit, "Marc Dubois")
    form.deadline_edit.set_value(date(2027, 12, 31))
    form.budget_edit.set_value(25000)
    form.priority_combo.set_value(Priority.MEDIUM)
    form.status_combo.set_value(ActionStatus.VALIDATED)
    form.scope_combo.set_value(Scope.EUROPEAN)
    form.channels_list.item(list(SearchChannel).index(SearchChannel.PATENTS)).setCheckState(
        Qt.CheckState.Checked)
    qtbot.mouseClick(form.partners_editor.add_button, Qt.MouseButton.LeftButton)
    table = form.partners_editor.table
    table.item(0, 0).setText("Bayern Innovativ")
    country = form.partners_editor.combo(0, COL_COUNTRY)
    assert isinstance(country, CountryCombo)
    country.setEditText("allemagne")
    form.partners_editor.combo(0, COL_STAGE).set_value(CooperationStage.CONTACTED)
    form.partners_editor.combo(0, COL_GOVERNANCE).set_value(Governance.ROTATING)
    assert push_form_changes(DocumentEdit(project, stack), action.id, form.changes())
    assert stack.count() == 1
    assert (action.owner, action.deadline, action.budget) == ("Marc Dubois", date(2027, 12, 31),
                                                              25000.0)
    assert (action.priority, action.status, action.scope) == (Priority.MEDIUM,
                                                              ActionStatus.VALIDATED,
                                                              Scope.EUROPEAN)
    assert action.search_channels == [SearchChannel.PATENTS]
    alliance, = project.alliances_of_action(action.id)
    partner = project.partners[alliance.partner_id]
    assert (partner.name, partner.country, alliance.stage, alliance.governance) == (
        "Bayern Innovativ", "DE", CooperationStage.CONTACTED, Governance.ROTATING)
    assert [(c.stage, c.on) for c in alliance.history] == [(CooperationStage.CONTACTED,
                                                            date.today())]
    stack.undo()
    assert project == before


def test_form_moves_renames_and_removes_the_actions_partners_in_one_step(qtbot, small_project):
    project = small_project
    action = next(project.iter_actions(ActionKind.ALLIANCE_SEARCH))
    edit = DocumentEdit.standalone(project)
    for name in ("Bayern Innovativ", "Torino Lab"):
        assert edit.add_candidate(action.link_id, Partner(name, country="DE"))
    before = project.clone()
    form = ActionForm(project, action.id)
    qtbot.addWidget(form)
    form.partners_editor.table.item(0, 0).setText("Bayern Innovativ GmbH")
    form.partners_editor.combo(0, COL_STAGE).set_value(CooperationStage.VALIDATED)
    form.partners_editor.table.selectRow(1)
    form.partners_editor.remove_selected()
    count = edit.undo_stack.count()
    assert push_form_changes(edit, action.id, form.changes())
    assert edit.undo_stack.count() == count + 1
    alliance, = project.alliances_of_action(action.id)
    assert project.partners[alliance.partner_id].name == "Bayern Innovativ GmbH"
    assert (alliance.stage, alliance.validated_on) == (CooperationStage.VALIDATED, date.today())
    assert len(project.partners) == 2  # the removed one stays cited (it may serve elsewhere)
    edit.undo_stack.undo()
    assert project == before


def test_form_without_changes_pushes_nothing(qtbot, small_project):
    action = _local_action(small_project)
    form = ActionForm(small_project, action.id)
    qtbot.addWidget(form)
    assert form.scope_combo is None  # no alliance fields for local reinforcement
    assert form.changes() == {}


def test_country_combo_has_french_and_english_names(qtbot):
    french = CountryCombo(language="fr")
    english = CountryCombo(language="en")
    qtbot.addWidget(french)
    qtbot.addWidget(english)
    french.set_value("DE")
    english.set_value("DE")
    assert (french.currentText(), english.currentText()) == ("Allemagne", "Germany")
    assert french.count() > 240
    english.setEditText("Atlantis")
    assert english.value() == "Atlantis"  # free text kept


def test_selection_follows_the_canvas_both_ways_without_ping_pong(qtbot, dock, small_project):
    from valuechain_gui.model import Action
    from valuechain_gui.ui.canvas.scene import ChainScene

    from valuechain_gui.ui.document.view_state import ViewState

    project = small_project
    first = ChainScene(project, view_state=ViewState())
    dock.set_view_state(first.view_state)
    state = ViewState()
    scene = ChainScene(project, view_state=state)  # the window replaced its scene
    dock.set_view_state(state)
    local = _local_action(project)
    second = Action(link_id=local.link_id, kind=local.kind, title="Train technicians")
    project.add_action(second)
    dock.views[TAB_LOCAL].selectRow(1)
    assert scene.selected_link_ids() == [local.link_id]
    assert first.selected_link_ids() == []
    assert dock.selected_action_ids() == [second.id]  # not widened to both actions of the link
    alliance = next(project.iter_actions(ActionKind.ALLIANCE_SEARCH))
    scene.select_links([alliance.link_id])
    assert dock.current_tab() == "alliance"
    assert dock.selected_action_ids() == [alliance.id]


def test_set_project_shows_another_project(qtbot, dock, small_project):
    from valuechain_gui.model import Project

    other = Project.new("en", "Other market")
    link = other.make_link("Welding", other.stages[1].id)
    other.add_link(link)
    other.set_status([link.id], LinkStatus.WEAK)
    other_stack = QUndoStack()
    dock.set_project(other, DocumentEdit(other, other_stack))
    assert dock.tabs.tabText(0) == "Local reinforcement (1)"
    assert dock.views[TAB_LOCAL].model().index(0, 0).data() == "Welding"
    small_project.set_status([small_project.link_by_name("Farms").id], LinkStatus.WEAK)
    assert dock.tabs.tabText(0) == "Local reinforcement (1)"  # the old project is not followed


def test_delete_key_in_the_table_removes_the_action_not_the_link(qtbot, dock, small_project):
    action = _local_action(small_project)
    links = len(small_project.links)
    view = dock.views[TAB_LOCAL]
    view.setFocus()
    view.selectRow(0)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert action.id not in small_project.actions
    assert len(small_project.links) == links
    dock.undo_stack.undo()
    assert action.id in small_project.actions


def test_the_count_of_incomplete_actions_follows_retags_of_their_links(qtbot, dock, small_project):
    from valuechain_gui.ui.plan.table_model import incomplete_actions

    assert dock.incomplete_label.text().startswith("2 ")
    sensor = small_project.link_by_name("LiDAR sensors")
    small_project.set_status([sensor.id], LinkStatus.STRONG)  # its action is obsolete now
    assert dock.incomplete_label.text().startswith("1 ")
    small_project.set_status([sensor.id], LinkStatus.WEAK)  # live again, still incomplete
    assert dock.incomplete_label.text().startswith("2 ")
    small_project.update_links({sensor.id: {"name": "LiDAR"}})  # a rename changes no count
    assert dock.incomplete_label.text().startswith(f"{len(incomplete_actions(small_project))} ")
