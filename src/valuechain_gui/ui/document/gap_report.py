"""The document's gap report: analysed once per change, after a short delay, and published.

:class:`GapReportPublisher` follows the typed signals of a
:class:`~valuechain_gui.ui.document.notifier.ProjectNotifier` and, after a change that can move
the gap analysis (a status, the strategic or end-market flag, a stage, links added or removed,
flows, stages, the project's status weights; not a rename, a note, actors or a drag), runs the
one :class:`~valuechain_gui.analysis.gaps.GapAnalyzer` of the document once, :data:`DELAY_MS`
after the last such change, and emits ``gap_report_changed(report)``. The gap panel and the
plan's suggested priorities show what it publishes; neither runs an analysis of its own.

The publisher keeps the ids of the links changed since its last analysis (from every
``links_changed``, renames included) and hands them to the analyzer, which then reads those links
only; after any other change that can move the analysis (links added or removed, flows, stages,
an end-market flag, the weights) it hands none, and every link is read.

Nothing is analysed while no one needs the report: a reader says so with :meth:`set_needed`
(the gap panel while it is visible or its badges are shown, the plan once its suggestion column
was shown); a change made while no one needs it is analysed when someone does again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from valuechain_gui.analysis.gaps import GapAnalyzer, GapReport
from valuechain_gui.io.project.collector import collector_paused
from .notifier import ProjectNotifier, connect_all, disconnect_all

#: Delay (ms) between the last change that can move the analysis and the analysis: a burst of
#: events (an undo macro, a group tagging cards one after the other) costs one analysis, and the
#: gap panel still follows a retag without a visible wait.
DELAY_MS = 100
#: Link fields a change of which can move the analysis (names only break ties in the ranking:
#: a rename is shown by the panels without a new analysis).
ANALYSED_LINK_FIELDS = frozenset({"status", "strategic", "end_market", "stage_id"})
#: Link fields whose change moves the chain's structure: the analyzer must read every link.
STRUCTURE_LINK_FIELDS = frozenset({"end_market", "stage_id"})


class GapReportPublisher(QObject):
    """Publishes the gap report of one project after each change that can move it.

    Args:
        notifier: the project's notifier (its ``project`` is the one analysed).
        analyzer: the analysis to run (the document's; a new one when None).
        parent: QObject parent.

    Signals:
        gap_report_changed(GapReport): a new report, emitted once per debounced change.
    """

    gap_report_changed = Signal(object)

    def __init__(self, notifier: ProjectNotifier, analyzer: GapAnalyzer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.project = notifier.project
        self.analyzer = analyzer if analyzer is not None else GapAnalyzer(self.project)
        self._report: GapReport | None = None  # the last one analysed
        self._published: GapReport | None = None  # the last one emitted
        self._stale = True
        # links changed since the last analysis; None: something else changed too (read all)
        self._changed: set[str] | None = None
        self._needed: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._on_timer)
        self._connections = (
            (notifier.links_added, self._on_links),
            (notifier.links_removed, self._on_links),
            (notifier.links_changed, self._on_links_changed),
            (notifier.flows_changed, self.invalidate),
            (notifier.stages_changed, self._on_links),
            (notifier.project_changed, self._on_project_changed),
        )
        connect_all(self._connections)

    def detach(self) -> None:
        """Stop following the notifier (the document is closed)."""
        self._timer.stop()
        disconnect_all(self._connections)

    # ------------------------------------------------------------------ following the model
    def _on_links(self, _ids: tuple) -> None:
        self.invalidate()

    def _on_links_changed(self, ids: tuple, fields: tuple) -> None:
        if self._changed is not None:
            if STRUCTURE_LINK_FIELDS.intersection(fields):
                self._changed = None
            else:
                self._changed.update(ids)  # a rename too: the next report shows the new name
        if ANALYSED_LINK_FIELDS.intersection(fields):
            self._stale = True
            self._timer.start()

    def _on_project_changed(self, fields: tuple) -> None:
        if "settings" in fields:  # the status weights; the market's name changes nothing
            self.invalidate()

    def invalidate(self) -> None:
        """The analysis is out of date: analyse again :data:`DELAY_MS` after the last call
        (reading every link)."""
        self._changed = None
        self._stale = True
        self._timer.start()  # restarts: a burst of changes gives one analysis

    def _on_timer(self) -> None:
        if self._needed:
            self.refresh()

    # ------------------------------------------------------------------ readers
    def set_needed(self, reader: object, needed: bool) -> None:
        """Say whether ``reader`` needs the report now; when the first reader needs it and a
        change waits for its analysis, the analysis is scheduled."""
        if needed:
            self._needed.add(id(reader))
            if self.is_pending() and not self._timer.isActive():
                self._timer.start()
        else:
            self._needed.discard(id(reader))

    def report(self) -> GapReport:
        """The current report, analysed now if a change waits for it (a reader's first look).
        It is published to the others when the scheduled analysis would have run."""
        if self._stale or self._report is None:
            # an analysis after a change of the flows builds tens of thousands of lists and
            # ints: without the pause, the collector's passes over the open project's objects
            # take a quarter of it at 20,000 links (~0.64 → ~0.47 s)
            with collector_paused():
                report = self.analyzer.report(self._changed)
            self._report, self._stale, self._changed = report, False, set()
            if self._report is not self._published and not self._timer.isActive():
                self._timer.start()
        return self._report

    def published(self) -> GapReport | None:
        """The last report emitted by ``gap_report_changed`` (None before the first)."""
        return self._published

    def refresh(self) -> None:
        """Analyse now if a change waits for it, and publish the report if it is new."""
        report = self.report()
        self._timer.stop()
        if report is not self._published:
            self._published = report
            self.gap_report_changed.emit(report)

    def is_pending(self) -> bool:
        """True while a change has not reached ``gap_report_changed`` yet."""
        return self._stale or self._report is not self._published

    def is_scheduled(self) -> bool:
        """True while the debounce timer runs."""
        return self._timer.isActive()


__all__ = ["ANALYSED_LINK_FIELDS", "DELAY_MS", "STRUCTURE_LINK_FIELDS", "GapReportPublisher"]
