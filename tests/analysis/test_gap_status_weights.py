"""The status weights of the criticality score: a missing link outranks a weak one at the same
place in the chain; the weights are the project's settings (docs/gap_analysis.md)."""

from __future__ import annotations

import pytest

from valuechain_gui.analysis.gaps import GapAnalyzer, analyse
from valuechain_gui.errors import ModelError
from valuechain_gui.model import Priority, ProjectSettings

from .chains import M, S, W, chain

approx = pytest.approx


def series():
    # A (missing) → B (weak) → C (missing) → D (end market)
    return chain([("A", 0, M, False), ("B", 1, W, False), ("C", 2, M, False), ("D", 3, S, True)],
                 [("A", "B"), ("B", "C"), ("C", "D")])


def test_in_a_series_the_missing_links_rank_before_the_weak_one():
    r = analyse(series())
    # before weights: A 65, B 60, C 55 (B reaches more than C); B now 0.6 × 60 = 36
    assert [(r.rank_of(g.link_id), g.name, g.score) for g in r.gaps] == [
        (1, "A", approx(65.0)), (2, "C", approx(55.0)), (3, "B", approx(36.0))]
    assert [g.suggested_priority for g in r.gaps] == [Priority.HIGH, Priority.HIGH,
                                                      Priority.MEDIUM]


def test_the_weights_are_the_projects_settings_and_a_change_reranks():
    project = series()
    analyzer = GapAnalyzer(project)
    assert [g.name for g in analyzer.report().gaps] == ["A", "C", "B"]
    project.update_meta(settings=ProjectSettings(missing_weight=1.0, weak_weight=1.0))
    assert [(g.name, g.score) for g in analyzer.report().gaps] == [
        ("A", approx(65.0)), ("B", approx(60.0)), ("C", approx(55.0))]
    project.update_meta(settings=project.settings.with_weights(0.5, 1.0))
    assert [(g.name, g.score) for g in analyzer.report().gaps] == [
        ("B", approx(60.0)), ("A", approx(32.5)), ("C", approx(27.5))]


@pytest.mark.parametrize("missing, weak", [(1.5, 0.6), (1.0, -0.1), (float("nan"), 0.6),
                                           (True, 0.6), ("1", 0.6)])
def test_a_weight_outside_0_to_1_is_refused(missing, weak):
    with pytest.raises(ModelError) as info:
        ProjectSettings(missing_weight=missing, weak_weight=weak)
    assert info.value.code == "bad_weight"


def test_defaults_are_missing_1_and_weak_0_6():
    settings = ProjectSettings()
    assert (settings.missing_weight, settings.weak_weight) == (1.0, 0.6)
    assert series().settings == settings
