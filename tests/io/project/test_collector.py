"""The garbage collector paused while a project is read, built or written, and restored after."""

from __future__ import annotations

import gc
import threading

import pytest

from valuechain_gui.io.project import codec
from valuechain_gui.io.project.collector import collector_paused
from valuechain_gui.io.project.file import load_project, save_project


def test_a_load_runs_with_the_collector_paused_and_switches_it_back_on(
        tmp_path, small_project, monkeypatch):
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    seen = []
    build = codec._build

    def spying_build(*args, **kwargs):
        seen.append(gc.isenabled())
        return build(*args, **kwargs)

    monkeypatch.setattr(codec, "_build", spying_build)
    assert gc.isenabled()
    assert load_project(target) == small_project
    assert seen == [False]
    assert gc.isenabled()


def test_a_refused_load_still_switches_the_collector_back_on(tmp_path):
    target = tmp_path / "broken.vchain"
    target.write_text('{"format": "valuechain-gui", "version": 3, "links": 7}')
    with pytest.raises(codec.ProjectFileError):
        load_project(target)
    assert gc.isenabled()


def test_a_load_leaves_a_collector_switched_off_off(tmp_path, small_project):
    target = tmp_path / "plan.vchain"
    save_project(small_project, target)
    gc.disable()
    try:
        load_project(target)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_nested_pauses_switch_the_collector_back_on_only_at_the_last_end():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_of_two_threads_switch_it_back_on_only_when_both_ended():
    first_in, second_done, states = threading.Event(), threading.Event(), []

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_done.wait(10)
            states.append(("first, after the second ended", gc.isenabled()))

    worker = threading.Thread(target=first)
    worker.start()
    assert first_in.wait(10)
    with collector_paused():
        pass  # began while the first pause was on, ends before it
    states.append(("second ended", gc.isenabled()))
    second_done.set()
    worker.join(10)
    assert states == [("second ended", False), ("first, after the second ended", False)]
    assert gc.isenabled()
