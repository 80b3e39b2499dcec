"""Marking flows as return flows: one event naming the flows whose mark changed, the old marks
given back for undo, an unknown flow refused with nothing changed."""

from __future__ import annotations

import pytest

from valuechain_gui.errors import ModelError
from valuechain_gui.model.events import EventKind


def test_marks_change_once_and_give_back_the_old_ones(small_project):
    first, second = list(small_project.flows)[:2]
    seen = []
    small_project.subscribe(seen.append)
    revision = small_project.flows_revision
    old = small_project.set_return_flows({first: True, second: False})
    assert old == {first: False, second: False}
    assert [small_project.flows[k].is_return for k in (first, second)] == [True, False]
    assert [(e.kind, e.ids, e.fields) for e in seen] == [
        (EventKind.FLOW_CHANGED, (first,), ("is_return",))]  # only the flow that changed
    assert small_project.flows_revision == revision + 1  # the analysis caches see it
    seen.clear()
    small_project.set_return_flows(old)
    assert not small_project.flows[first].is_return and len(seen) == 1
    seen.clear()
    small_project.set_return_flows(old)  # nothing to change: no event
    assert seen == []


def test_an_unknown_flow_is_refused_and_nothing_changes(small_project):
    first = next(iter(small_project.flows))
    with pytest.raises(ModelError) as refused:
        small_project.set_return_flows({first: True, ("nope", "nada"): True})
    assert refused.value.code == "unknown_flow"
    assert small_project.flows[first].is_return is False


def test_a_flow_added_as_a_return_flow_keeps_its_mark_through_removal_and_restore(small_project):
    ids = list(small_project.links)
    flow = small_project.add_flow(ids[3], ids[0], is_return=True)
    removed = small_project.remove_flows([flow.key])
    small_project.restore_flows(removed)
    assert small_project.flows[flow.key].is_return is True
