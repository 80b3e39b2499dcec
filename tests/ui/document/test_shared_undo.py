"""The undo history while co-editing: a partner's change elsewhere keeps it; a partner's change
of what it touched, or a link given a name its undo would restore, clears it (so an undo never
runs a command that no longer applies); one's own edits never clear it."""

from __future__ import annotations

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.document.shared_undo import UndoGuard


def _guarded(project):
    document = Document(project)
    cleared: list[bool] = []
    guard = UndoGuard(project, document.undo_stack, lambda: cleared.append(True))
    return document, guard, cleared


def test_a_partners_edit_elsewhere_keeps_the_history(qapp, small_project):
    document, guard, cleared = _guarded(small_project)
    sensor, software, vehicle, farms = small_project.links
    assert document.edit.set_status([sensor], LinkStatus.STRONG)
    with guard.remote():
        small_project.set_status([farms], LinkStatus.WEAK)
        small_project.update_link(vehicle, notes="from the partner")
    assert document.undo_stack.count() == 1 and not cleared
    document.undo_stack.undo()
    assert small_project.links[sensor].status == LinkStatus.WEAK
    assert small_project.links[farms].status == LinkStatus.WEAK  # the partner's stays


def test_a_partner_touching_what_undo_would_change_clears_it(qapp, small_project):
    document, guard, cleared = _guarded(small_project)
    sensor, software = list(small_project.links)[:2]
    assert document.edit.set_status([sensor], LinkStatus.STRONG)
    with guard.remote():
        small_project.remove_flows([(sensor, software)])  # a flow of the retagged link
    assert document.undo_stack.count() == 0 and cleared == [True]
    assert not document.undo_stack.canUndo()


def test_a_partners_link_taking_the_name_undo_would_restore_clears_it(qapp, small_project):
    document, guard, cleared = _guarded(small_project)
    farms = list(small_project.links)[3]
    assert document.edit.remove_links([farms])  # undo would bring "Farms" back
    with guard.remote():
        small_project.add_link(small_project.make_link("farms",
                                                       small_project.stages[5].id))
    assert document.undo_stack.count() == 0 and cleared == [True]


def test_ones_own_edits_never_clear_it_and_an_emptied_stack_forgets(qapp, small_project):
    document, guard, cleared = _guarded(small_project)
    sensor = next(iter(small_project.links))
    assert document.edit.set_status([sensor], LinkStatus.STRONG)
    assert document.edit.set_status([sensor], LinkStatus.MISSING)
    assert document.undo_stack.count() == 2 and not cleared
    document.undo_stack.clear()
    assert guard.touched == set()
    with guard.remote():
        small_project.set_status([sensor], LinkStatus.WEAK)
    assert not cleared  # nothing left to protect
    guard.close()
