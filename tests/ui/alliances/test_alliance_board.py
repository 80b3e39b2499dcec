"""The alliance pipeline board and the details of an alliance: grouped by stage, moved by
button, context menu and keyboard, edited through DocumentEdit (one undoable step each)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import CooperationStage, Governance, OperationKind, Partner
from valuechain_gui.ui.alliances.board import ALLIANCE_ID_ROLE
from valuechain_gui.ui.alliances.detail import AllianceEditor
from valuechain_gui.ui.alliances.dock import AlliancesDock
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.document.notifier import ProjectNotifier

SAMPLE = Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain"


def _dock(qtbot, project, validator: str | None = "Comité des adhérents"):
    edit = DocumentEdit.standalone(project)
    dock = AlliancesDock(project, edit, ProjectNotifier(project))
    dock.board.ask_validator = lambda _parent: validator  # the dialog asking who validated
    qtbot.addWidget(dock)
    return dock, edit


def _cards(board, stage):
    cards = board.columns[stage]
    return [cards.item(row).data(ALLIANCE_ID_ROLE) for row in range(cards.count())]


def test_the_worked_example_shows_a_pipeline_in_several_stages(qtbot):
    project = load_project(SAMPLE)
    dock, _ = _dock(qtbot, project)
    board = dock.board
    counts = {stage: len(_cards(board, stage)) for stage in CooperationStage}
    assert sum(counts.values()) == len(project.alliances) == 8
    assert sum(1 for n in counts.values() if n) == 4
    assert board.headers[CooperationStage.IDENTIFIED].text() == \
        f"Identified ({counts[CooperationStage.IDENTIFIED]})"
    structured = _cards(board, CooperationStage.STRUCTURED_ALLIANCE)[0]
    text = board.columns[CooperationStage.STRUCTURED_ALLIANCE].item(0).text()
    assert "(FI)" in text and "Governance: rotating" in text
    assert project.alliances[structured].governance == Governance.ROTATING


def test_buttons_move_the_selected_card_and_undo_puts_it_back(qtbot, small_project):
    dock, edit = _dock(qtbot, small_project)
    board = dock.board
    software = small_project.link_by_name("Perception software").id
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    assert _cards(board, CooperationStage.IDENTIFIED) == [alliance_id]  # the notifier refreshed
    assert not board.next_button.isEnabled()  # nothing selected
    board.select(alliance_id)
    assert not board.prev_button.isEnabled() and board.next_button.isEnabled()
    board.next_button.click()
    alliance = small_project.alliances[alliance_id]
    assert alliance.stage == CooperationStage.VALIDATED
    assert (alliance.validated_on, alliance.history[-1].on) == (date.today(), date.today())
    assert alliance.validated_by == alliance.history[-1].by == "Comité des adhérents"
    assert _cards(board, CooperationStage.VALIDATED) == [alliance_id]
    assert board.selected_alliance_id() == alliance_id  # the card stays selected
    board.prev_button.click()
    assert alliance.stage == CooperationStage.IDENTIFIED
    assert edit.undo_stack.count() == 3
    edit.undo_stack.undo()
    assert _cards(board, CooperationStage.VALIDATED) == [alliance_id]
    edit.undo_stack.undo()
    assert alliance.stage == CooperationStage.IDENTIFIED and len(alliance.history) == 1


def test_cancelling_who_validated_leaves_the_card_where_it_was(qtbot, small_project):
    dock, edit = _dock(qtbot, small_project, validator=None)
    software = small_project.link_by_name("Perception software").id
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    dock.board.select(alliance_id)
    assert not dock.board.move_selected(1)
    assert small_project.alliances[alliance_id].stage == CooperationStage.IDENTIFIED
    assert edit.undo_stack.count() == 1
    assert dock.board.move_to(alliance_id, CooperationStage.CONTACTED)  # other stages: no question


def test_keyboard_moves_the_card_and_the_last_stage_goes_no_further(qtbot, small_project):
    dock, edit = _dock(qtbot, small_project)
    board = dock.board
    software = small_project.link_by_name("Perception software").id
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    board.select(alliance_id)
    for _ in range(6):  # four moves, then nothing
        qtbot.keyClick(board.columns[small_project.alliances[alliance_id].stage],
                       Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert small_project.alliances[alliance_id].stage == CooperationStage.STRUCTURED_ALLIANCE
    assert edit.undo_stack.count() == 5
    assert not board.next_button.isEnabled()
    qtbot.keyClick(board.columns[CooperationStage.STRUCTURED_ALLIANCE], Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier)
    assert small_project.alliances[alliance_id].stage == CooperationStage.FIRST_JOINT_OPERATIONS


def test_context_menu_moves_to_any_stage_and_removes(qtbot, small_project):
    dock, edit = _dock(qtbot, small_project)
    board = dock.board
    software = small_project.link_by_name("Perception software").id
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    menu = board.context_menu(alliance_id)
    qtbot.addWidget(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["Move to next stage", "Move to previous stage", "Move to"]
    assert not menu.actions()[1].isEnabled()
    move_to = menu.actions()[2].menu()
    assert isinstance(move_to, QMenu)
    next(a for a in move_to.actions() if a.text() == "Contacted").trigger()
    assert small_project.alliances[alliance_id].stage == CooperationStage.CONTACTED
    remove = board.context_menu(alliance_id)
    qtbot.addWidget(remove)
    next(a for a in remove.actions() if a.text() == "Remove from pipeline").trigger()
    assert small_project.alliances == {}
    assert all(not _cards(board, stage) for stage in CooperationStage)
    assert board.empty_label.isVisibleTo(board)
    edit.undo_stack.undo()
    assert _cards(board, CooperationStage.CONTACTED) == [alliance_id]


def test_details_edit_history_operations_validation_and_next_step_in_one_step(
        qtbot, small_project):
    edit = DocumentEdit.standalone(small_project)
    software = small_project.link_by_name("Perception software").id
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    before = small_project.clone()
    dialog = AllianceEditor(edit, alliance_id)
    qtbot.addWidget(dialog)
    dialog.stage_combo.set_value(CooperationStage.VALIDATED)  # adds a history row dated today
    assert dialog.history.table.rowCount() == 2
    dialog.history.table.item(1, 2).setText("Comité des adhérents")
    dialog.validated_by_edit.setText("Comité des adhérents")
    dialog.validation_note_edit.setPlainText("accord unanime")
    dialog.governance_combo.set_value(Governance.SHARED)
    qtbot.keyClicks(dialog.next_step_edit, "Mission d'affaires")
    dialog.next_date_edit.set_value(date(2026, 10, 5))
    qtbot.mouseClick(dialog.operations.add_button, Qt.MouseButton.LeftButton)
    dialog.operations.table.cellWidget(0, 0).set_value(OperationKind.BUSINESS_TRIP)
    dialog.operations.table.cellWidget(0, 1).set_value(date(2026, 10, 5))
    assert dialog.apply()
    alliance = small_project.alliances[alliance_id]
    assert (alliance.stage, alliance.governance, alliance.next_step, alliance.next_date) == (
        CooperationStage.VALIDATED, Governance.SHARED, "Mission d'affaires", date(2026, 10, 5))
    assert (alliance.validated_on, alliance.validated_by, alliance.validation_note) == (
        date.today(), "Comité des adhérents", "accord unanime")
    assert [(c.stage, c.by) for c in alliance.history] == [
        (CooperationStage.IDENTIFIED, ""), (CooperationStage.VALIDATED, "Comité des adhérents")]
    assert [(o.kind, o.on, o.done) for o in alliance.operations] == [
        (OperationKind.BUSINESS_TRIP, date(2026, 10, 5), False)]
    assert edit.undo_stack.count() == 2
    edit.undo_stack.undo()
    assert small_project == before


def test_details_without_changes_push_nothing(qtbot, small_project):
    edit = DocumentEdit.standalone(small_project)
    software = small_project.link_by_name("Perception software").id
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    dialog = AllianceEditor(edit, alliance_id)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {} and not dialog.apply()
    assert edit.undo_stack.count() == 1


def test_a_validated_card_says_who_validated_it_and_when(qtbot, small_project):
    from valuechain_gui.ui.alliances.labels import date_text

    dock, edit = _dock(qtbot, small_project)
    board = dock.board
    software = small_project.link_by_name("Perception software").id
    alliance_id = edit.add_candidate(software, Partner("Sensor Valley", country="DE"))
    board.select(alliance_id)
    board.next_button.click()
    text = board.columns[CooperationStage.VALIDATED].item(0).text()
    assert text.splitlines() == [
        "Sensor Valley (DE)", "Link: Perception software",
        f"Validated by Comité des adhérents on {date_text(date.today())}"]
    board.prev_button.click()  # back to identified: no longer shown as validated
    assert "Validated" not in board.columns[CooperationStage.IDENTIFIED].item(0).text()


def test_a_retag_leaves_the_cards_as_they_are_and_a_rename_rewrites_them(qtbot):
    project = load_project(SAMPLE)
    dock, edit = _dock(qtbot, project)
    board = dock.board
    column = board.columns[CooperationStage.STRUCTURED_ALLIANCE]
    alliance_id = _cards(board, CooperationStage.STRUCTURED_ALLIANCE)[0]
    board.select(alliance_id)
    card = column.item(0)
    link_id = project.actions[project.alliances[alliance_id].action_id].link_id
    assert edit.set_status([link_id], "weak")  # nothing a card says: the board is not rebuilt
    assert column.item(0) is card and board.selected_alliance_id() == alliance_id
    assert edit.rename_link(link_id, "Perception fusion")
    assert column.item(0) is not card and "Link: Perception fusion" in column.item(0).text()
    assert board.selected_alliance_id() == alliance_id  # still selected after the rebuild
