"""The model's index of actions by link (``Project.actions_for_link``) stays what a walk over
every action gives, in plan order, through random retags and their undo and redo, actions added
(at the end and inside the plan) and removed, links removed and restored, and copies."""

from __future__ import annotations

import random

import pytest

from benchmarks.synthetic import make_chain
from valuechain_gui.model import Action, ActionKind, LinkStatus

STATUSES = [LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.UNASSESSED]


def scanned(project, link_id: str) -> list:
    return [a for a in project.actions.values() if a.link_id == link_id]


def assert_index_exact(project, step) -> None:
    ids = set(project.links) | {a.link_id for a in project.actions.values()} | {"none"}
    for link_id in ids:
        got = project.actions_for_link(link_id)
        want = scanned(project, link_id)
        assert len(got) == len(want) and all(a is b for a, b in zip(got, want)), (step, link_id)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_index_is_a_walk_over_every_action_after_random_edits(seed):
    rng = random.Random(seed)
    project = make_chain(80, seed=seed)
    done: list = []  # (undo, redo) of the edits made
    undone: list = []
    for step in range(250):
        ids = list(project.links)
        roll = rng.random()
        if roll < 0.35:
            change = project.set_status(rng.sample(ids, rng.choice([1, 2, 3])),
                                        rng.choice(STATUSES))
            done.append((lambda c=change: project.revert_status(c),
                         lambda c=change: project.reapply_status(c)))
            undone.clear()
        elif roll < 0.5 and done:
            undo, redo = done.pop()
            undo()
            undone.append((undo, redo))
        elif roll < 0.6 and undone:
            undo, redo = undone.pop()
            redo()
            done.append((undo, redo))
        elif roll < 0.7:
            index = rng.choice([None, 0, rng.randrange(len(project.actions) + 1)])
            action = Action(link_id=rng.choice(ids + ["gone-link"]),
                            kind=rng.choice(list(ActionKind)), title=f"Action {step}")
            project.add_action(action, index)
            done.clear(), undone.clear()
        elif roll < 0.8 and project.actions:
            action_id = rng.choice(list(project.actions))
            record = project.remove_action_and_alliances(action_id)
            if rng.random() < 0.5:
                project.restore_action(record)
            done.clear(), undone.clear()
        elif roll < 0.88:
            record = project.remove_links(rng.sample(ids, 2))
            assert_index_exact(project, step)
            project.restore_links(record)
        elif roll < 0.94:
            project = project.clone()
            done.clear(), undone.clear()
        else:
            action_id = rng.choice(list(project.actions)) if project.actions else None
            if action_id:
                project.update_action(action_id, title=f"Renamed {step}")
        assert_index_exact(project, step)
