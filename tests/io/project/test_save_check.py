"""The read-back check of a save refuses a written file that is not exactly the bytes meant, or
that would not open again, and the previous file stays as it was."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest

from valuechain_gui.io.project import atomic
from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.io.project.file import backup_path, loads_project, save_project
from valuechain_gui.model import Ballot, Decision, Flow, LinkVotes, Project, Vote
from valuechain_gui.model.partners import Correspondence


@pytest.fixture
def saved(tmp_path, small_project) -> tuple[Path, bytes, bytes]:
    """``plan.vchain`` saved twice (so a backup exists), then the project changed."""
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    small_project.update_meta(pole_name="Second save")
    save_project(small_project, target)
    small_project.update_meta(pole_name="Changed after the second save")
    return target, target.read_bytes(), backup_path(target).read_bytes()


def _assert_untouched(target: Path, before: bytes, backup_before: bytes) -> None:
    assert target.read_bytes() == before
    assert backup_path(target).read_bytes() == backup_before
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_flipped_byte_that_still_opens_is_caught_and_the_old_file_kept(saved, small_project,
                                                                         monkeypatch):
    target, before, backup_before = saved
    real_fdopen = atomic.os.fdopen
    flipped: list[bytes] = []

    class OneByteFlipped:
        """The temporary file: writes the bytes with one letter of a link's name changed."""

        def __init__(self, fd, mode):
            self._file = real_fdopen(fd, mode)

        def write(self, data: bytes) -> int:
            at = data.index(b"LiDAR sensors")
            changed = data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:]  # "L" → "l"
            flipped.append(changed)
            return self._file.write(changed)

        def __getattr__(self, name):
            return getattr(self._file, name)

    monkeypatch.setattr(atomic.os, "fdopen", OneByteFlipped)
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    monkeypatch.undo()
    assert info.value.code == "verify_failed"
    assert "differ from the bytes written" in str(info.value)
    opened = loads_project(flipped[0])  # the changed file would open: only the byte check sees it
    assert "liDAR sensors" in [link.name for link in opened.links.values()]
    _assert_untouched(target, before, backup_before)


def _duplicate_name(project: Project) -> str:
    first, second = list(project.links.values())[:2]
    second.name = "  lidar   SENSORS "
    return "links[1].name"


def _unknown_stage(project: Project) -> str:
    list(project.links.values())[2].stage_id = "no-such-stage"
    return "links[2].stage_id"


def _flow_to_nowhere(project: Project) -> str:
    up = next(iter(project.links))
    project.flows[(up, "gone")] = Flow(up, "gone")
    return "flows[3].downstream"


def _flow_into_itself(project: Project) -> str:
    up = next(iter(project.links))
    project.flows[(up, up)] = Flow(up, up)
    return "flows[3]"


def _blank_stage_name(project: Project) -> str:
    project.stages[4].name = " "
    return "stages[4].name"


@pytest.mark.parametrize("corrupt", [_duplicate_name, _unknown_stage, _flow_to_nowhere,
                                     _flow_into_itself, _blank_stage_name])
def test_a_project_that_would_not_open_again_is_refused_at_its_place(saved, small_project,
                                                                     corrupt):
    """These bypass the model's checks on purpose: the save must still not write them."""
    target, before, backup_before = saved
    where = corrupt(small_project)
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    assert info.value.code == "verify_failed"
    assert where in str(info.value)
    _assert_untouched(target, before, backup_before)


def test_a_save_leaves_the_garbage_collector_as_it_found_it(tmp_path, small_project):
    target = tmp_path / "plan.vchain"
    assert gc.isenabled()
    save_project(small_project, target)
    assert gc.isenabled()
    gc.disable()
    try:
        save_project(small_project, target)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert loads_project(target.read_bytes()) == small_project


def test_a_second_ballot_of_one_participant_is_refused_at_its_place(saved, small_project):
    target, before, backup_before = saved
    link_id = next(iter(small_project.links))
    ballot = Ballot("Anne", next(iter(Vote)), "", "")
    small_project.votes = {link_id: LinkVotes(link_id, date(2026, 3, 1), (ballot, ballot))}
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    assert info.value.code == "verify_failed"
    assert "votes[0].ballots[1].participant" in str(info.value)
    _assert_untouched(target, before, backup_before)


def test_a_bad_correspondence_of_a_project_with_partners_is_refused(saved, small_project):
    """Partners, alliances and decisions are checked by building them from the file."""
    target, before, backup_before = saved
    link_id = next(iter(small_project.links))
    record = Correspondence(link_id, "no-such-partner", "Their link", next(iter(Decision)))
    small_project.correspondences[(link_id, "no-such-partner", "their link")] = record
    with pytest.raises(SaveError) as info:
        save_project(small_project, target)
    assert info.value.code == "verify_failed"
    assert "correspondences[0]" in str(info.value)
    _assert_untouched(target, before, backup_before)
