"""The gap analysis told which links changed (``GapAnalyzer.report(changed_links)``, as the
document's publisher tells it after a retag) reads only those links, and gives the full
analysis's report after random edits: retags, renames, strategic flags, and, where the caller
then says nothing (None), flows, end markets and weights; other queries between reports too."""

from __future__ import annotations

import random

import pytest

from benchmarks.synthetic import make_chain
from valuechain_gui.analysis.gaps import GapAnalyzer, analyse
from valuechain_gui.model import EventKind, LinkStatus

from .test_gaps_incremental import STATUSES, random_edit, summary

#: Link fields that move the structure: then the caller hands no changed links (see
#: ``ui/document/gap_report.py``, whose rule this journal follows).
STRUCTURE_FIELDS = {"end_market", "stage_id"}


class Journal:
    """The ids of the links changed since the last report, from the model's events; None once
    something else changed (links added or removed, flows, stages, a structure field)."""

    def __init__(self, project) -> None:
        self.changed: set[str] | None = set()
        project.subscribe(self.on_event)

    def on_event(self, event) -> None:
        if event.kind == EventKind.LINK_CHANGED and self.changed is not None:
            if STRUCTURE_FIELDS.intersection(event.fields):
                self.changed = None
            else:
                self.changed.update(event.ids)
        elif event.kind not in (EventKind.LINK_CHANGED, EventKind.ACTION_ADDED,
                                EventKind.ACTION_REMOVED, EventKind.ACTION_CHANGED):
            self.changed = None

    def take(self) -> set[str] | None:
        changed, self.changed = self.changed, set()
        return changed


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_the_report_told_what_changed_is_the_full_analysis(seed):
    rng = random.Random(seed)
    project = make_chain(rng.choice([60, 120, 240]), seed=seed)
    analyzer = GapAnalyzer(project)
    journal = Journal(project)
    analyzer.report(journal.take())
    told = 0
    for step in range(80):
        edit = random_edit(project, rng) if rng.random() < 0.5 else "retag only"
        if edit == "retag only":
            project.set_status(rng.sample(list(project.links), rng.choice([1, 1, 2])),
                               rng.choice(STATUSES))
        if rng.random() < 0.2:
            edit += " + " + random_edit(project, rng)
        if rng.random() < 0.15:  # another reader's query between two reports
            analyzer.what_if(rng.choice(list(project.links)))
        changed = journal.take()
        told += changed is not None
        report = analyzer.report(changed)
        assert summary(report) == summary(analyse(project.clone())), (step, edit)
        assert report.by_link == {gap.link_id: gap for gap in report.gaps}, (step, edit)
    assert told > 40  # most reports went through the path that reads the changed links only


def test_only_the_changed_links_are_read(monkeypatch):
    project = make_chain(300, seed=4)
    analyzer = GapAnalyzer(project)
    analyzer.report()
    weak = [i for i, link in project.links.items() if link.status == LinkStatus.WEAK]
    reads: list[str] = []
    link_class = type(project.links[weak[0]])
    monkeypatch.setattr(link_class, "strategic", property(  # counts the reads of the flag
        lambda self: reads.append(self.id) or self.__dict__["strategic"]), raising=False)
    project.set_status([weak[0]], LinkStatus.MISSING)
    told = analyzer.report({weak[0]})
    assert told.by_link[weak[0]].status == LinkStatus.MISSING
    assert weak[0] in reads and len(reads) < 30  # the link, and the few gaps recomputed
    reads.clear()
    project.set_status([weak[1]], LinkStatus.MISSING)
    assert analyzer.report().by_link[weak[1]].status == LinkStatus.MISSING
    assert len(reads) >= len(project.links)  # not told: every link is read


def test_an_unknown_link_or_a_stale_cache_reads_every_link():
    project = make_chain(120, seed=2)
    analyzer = GapAnalyzer(project)
    analyzer.report()
    weak = next(i for i, link in project.links.items() if link.status == LinkStatus.WEAK)
    project.set_status([weak], LinkStatus.MISSING)
    report = analyzer.report({"no such link"})
    assert report.by_link[weak].status == LinkStatus.MISSING
    assert summary(report) == summary(analyse(project.clone()))


def test_a_gap_renamed_in_its_letters_case_only_shows_its_new_name_at_its_rank():
    project = make_chain(120, seed=3)
    analyzer = GapAnalyzer(project)
    before = analyzer.report()
    gap = before.gaps[len(before.gaps) // 2]
    project.update_links({gap.link_id: {"name": gap.name.upper()}})  # the same place in order
    report = analyzer.report({gap.link_id})
    assert gap.name.upper() != gap.name
    assert report.gaps[len(before.gaps) // 2].name == gap.name.upper()
    assert summary(report) == summary(analyse(project.clone()))
