"""The "Critical gaps" dock: the gap analysis, shown next to the map.

At the top, the chain's **completeness** (both shares it averages in the tooltip), the **end
markets** the analysis used (saying when none is marked and the links with no downstream flow
were taken) and the analysis notes (empty chain, no end market, loop without source), translated
by their code.
Below, a table ranking the weak and missing links (:mod:`valuechain_gui.analysis.gaps`): rank,
link, status, reach (% of the other links and % of the end markets downstream), bottleneck flag
(the end markets it blocks in the tooltip), what-if gain ("+40 pts": completeness points gained
if the link alone became strong) and criticality score. Under the table, the **joint what-if**:
for each end market no path reaches without a gap, the gaps to fix together (computed only while
the panel is in sight, not a tab behind another: the criticality badges and the plan's suggestions
do not need it).

The panel only shows the model, never edits it. It shows the gap report the document
publishes (:class:`~valuechain_gui.ui.document.gap_report.GapReportPublisher`, one analysis per
change, after a short delay) while it is visible or the criticality badges are shown, and tells
the publisher when it needs the report, so a hidden panel costs nothing; a rename only refreshes
the names shown. Selecting a gap highlights it and everything downstream of it on the
canvas (``ViewState.set_highlight``) and selects and centres its card; "Show criticality on cards"
puts the rank badge on each gap's card (``ViewState.set_badges``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.analysis.gaps import GapAnalyzer, GapReport
from valuechain_gui.model import Project
from .texts import end_markets_text, joint_text
from valuechain_gui.ui.document.gap_report import GapReportPublisher
from valuechain_gui.ui.document.notifier import ProjectNotifier, rebind
from .table_model import COL_LINK, COL_RANK, LINK_ID_ROLE, GapTableModel, format_percent

#: Rows measured to fit the columns to their contents (all of them would cost ~0.5 s for 2,000
#: gaps; the numeric columns have bounded widths anyway).
RESIZE_PRECISION = 60
#: The table never gets shorter than this many rows (header included).
MIN_TABLE_ROWS = 4
#: Preferred height of the panel (pixels), about six rows of the table.
PREFERRED_HEIGHT = 270


class GapsDock(QDockWidget):
    """The "Critical gaps" panel over the project of a :class:`ChainScene`.

    Call :meth:`set_scene` with the canvas scene (again whenever the window shows another
    document). Attributes for other modules and tests: ``model`` (:class:`GapTableModel`),
    ``view`` (QTableView), ``completeness_label``, ``end_markets_label``, ``notes_label``,
    ``joint_label`` (the joint what-if), ``criticality_box`` (the "Show criticality on cards"
    checkbox), ``report`` (the last :class:`GapReport`, or None before the first computation),
    ``joint`` (the last joint what-if shown, a list of
    :class:`~valuechain_gui.analysis.joint.JointFix`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Critical gaps"), parent)
        self.setObjectName("gaps_dock")
        self.scene: Any = None
        self.project: Project | None = None
        self.notifier: ProjectNotifier | None = None
        self.reports: GapReportPublisher | None = None
        self.analyzer: GapAnalyzer | None = None
        self.report: GapReport | None = None
        self.joint: list[Any] = []
        self._joint_stale = True  # the joint what-if waits for the panel to be visible
        self._unshown = False  # a published report waits for the panel to be needed
        self._restoring = False
        self._badges_shown = False
        self._highlighted: str | None = None  # the gap whose downstream the canvas highlights
        self._highlight_ids: set[str] = set()  # what this panel last asked the canvas to show

        body = QWidget(self)
        self.completeness_label = QLabel(body)
        self.completeness_label.setObjectName("completeness_label")
        self.completeness_label.setTextFormat(Qt.TextFormat.RichText)
        self.end_markets_label = QLabel(body)
        self.end_markets_label.setObjectName("end_markets_label")
        self.end_markets_label.setWordWrap(True)
        self.end_markets_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label = QLabel(body)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #8a4b00;")
        self.criticality_box = QCheckBox(self.tr("Show criticality on cards"), body)
        self.criticality_box.setToolTip(self.tr("Put each gap's rank (#1 = most critical) on its "
                                                "card on the map"))
        self.clear_button = QPushButton(self.tr("Clear highlight"), body)
        self.clear_button.setEnabled(False)
        self.model = GapTableModel(None, self)
        self.view = QTableView(body)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_RANK, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        row_height = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(MIN_TABLE_ROWS * row_height)  # a docked panel stays usable
        header = self.view.horizontalHeader()
        # Columns fit their contents when the rows change (a new set of gaps), not after every
        # retag: ResizeToContents measures rows again after each change of the table.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(COL_LINK, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_columns)
        self.empty_label = QLabel(self.tr("No weak or missing link: tag links on the map to see "
                                          "which gaps matter most."), body)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.joint_label = QLabel(body)
        self.joint_label.setObjectName("joint_label")
        self.joint_label.setWordWrap(True)
        self.joint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.joint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.joint_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.joint_area = QScrollArea(body)  # under the table, resizable with the splitter
        self.joint_area.setWidget(self.joint_label)
        self.joint_area.setWidgetResizable(True)
        self.joint_area.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical, body)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.joint_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.completeness_label, 1)
        top.addWidget(self.criticality_box)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.end_markets_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)
        self.setWidget(body)

        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self._on_selection())
        self.criticality_box.toggled.connect(self._on_criticality_toggled)
        self.clear_button.clicked.connect(self.clear_highlight)
        self.visibilityChanged.connect(self._on_visibility)
        self._show_report(None)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for about six ranked gaps when docked at the bottom of the window."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), 640), max(hint.height(), PREFERRED_HEIGHT))

    # ------------------------------------------------------------------ document
    def set_scene(self, scene: Any, reports: GapReportPublisher | None = None) -> None:
        """Follow the project of ``scene`` (a :class:`ChainScene`, or None for nothing).

        ``reports`` is the document's gap report publisher (shared with the plan's suggestions;
        one of its own, over the scene's notifier, when None).
        """
        if self.reports is not None:
            self.reports.set_needed(self, False)
            rebind(self.reports.gap_report_changed, None, self._on_report)
            if self.reports.parent() is self:
                self.reports.detach()
                self.reports.deleteLater()
        if self.notifier is not None:
            rebind(self.notifier.links_changed, None, self._on_links_changed)
        self.scene = scene
        self.project = scene.project if scene is not None else None
        self.notifier = scene.notifier if scene is not None else None
        if self.project is None:
            self.reports = None
        else:
            self.reports = (reports if reports is not None
                            else GapReportPublisher(self.notifier, parent=self))
            self.reports.gap_report_changed.connect(self._on_report)
            self.notifier.links_changed.connect(self._on_links_changed)
        self.analyzer = self.reports.analyzer if self.reports is not None else None
        self._highlighted = None
        self._highlight_ids = set()
        self._badges_shown = False
        self.report = None
        self.model.project = self.project
        self._show_report(None)
        self._unshown = True
        self._update_need()
        self.refresh()

    def _fit_columns(self) -> None:
        """Fit every column but the link's (which stretches) to its contents, measured on the
        first :data:`RESIZE_PRECISION` rows."""
        for column in range(self.model.columnCount()):
            if column != COL_LINK:
                self.view.resizeColumnToContents(column)

    # ------------------------------------------------------------------ updating
    def _on_report(self, report: GapReport) -> None:
        if self._needed():
            self._unshown = False
            self.report = report
            self._joint_stale = True
            self._show_report(report)
        else:
            self._unshown = True  # shown when the panel is shown again

    def _on_links_changed(self, ids: tuple, fields: tuple) -> None:
        if "name" in fields and self.report is not None:  # no new analysis: new names shown
            self.model.names_changed(ids)
            self._show_summary(self.report)
            self._render_joint()

    def _update_need(self) -> None:
        if self.reports is not None:
            self.reports.set_needed(self, self._needed())

    def _on_visibility(self, visible: bool) -> None:
        """Shown (its tab brought to the front too): what changed while it was hidden is
        shown now; hidden: it stops asking for reports."""
        self._update_need()
        if visible and self._unshown:
            self.refresh()
        elif visible and self._joint_stale:
            self._show_joint()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._update_need()

    def _needed(self) -> bool:
        return self.is_shown() or self.criticality_box.isChecked()

    def is_shown(self) -> bool:
        """True while the user can see the panel: visible and not a tab behind another dock
        (Qt keeps such a dock "visible", moved out of sight)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def is_pending(self) -> bool:
        """True while a model change has not reached the panel (analysis to run or report to
        show)."""
        return self.reports is not None and (self.reports.is_pending() or self._unshown)

    def refresh(self) -> None:
        """Show the current report now (analysed now if a change waits for it), when the panel
        or the badges need it."""
        if self.reports is None:
            self._unshown = False
            self._show_report(None)
            return
        if not self._needed():
            return  # shown when needed
        self.reports.refresh()  # a new report reaches _on_report
        report = self.reports.published()
        if report is not self.report or self._unshown:
            self._on_report(report)

    def _show_report(self, report: GapReport | None) -> None:
        keep = self._highlighted
        self._restoring = True
        try:
            self.model.set_report(report)
            self._show_summary(report)
            self._show_joint()
            self.empty_label.setVisible(report is not None and not report.gaps
                                        and bool(report.sources))
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.view.selectRow(row)
        finally:
            self._restoring = False
        if keep is not None:
            if row >= 0:  # re-highlight only if its downstream changed (keeps other highlights)
                self._apply_highlight(keep, select=False, only_if_changed=True)
            else:
                self.clear_highlight()  # the gap is gone (retagged strong, deleted)
        self._update_badges()

    def _show_joint(self) -> None:
        """The joint what-if under the table: computed here, only while the panel is visible."""
        if self.report is None or self.analyzer is None or self.project is None:
            self.joint, self._joint_stale = [], False
        elif self.is_shown():
            joint, self._joint_stale = self.analyzer.joint_what_if(), False
            if joint is self.joint:
                return  # the analysis kept its answer: the text shown is still right
            self.joint = joint
        else:
            return  # stale until the panel is shown
        self._render_joint()

    def _render_joint(self) -> None:
        """The text of the joint what-if last computed, with the links' current names."""
        if self.project is None:
            return
        text, tip = joint_text(self.project, self.joint) if self.joint else ("", "")
        self.joint_label.setText(text)
        self.joint_label.setToolTip(tip)
        self.joint_area.setVisible(bool(text))

    def _show_summary(self, report: GapReport | None) -> None:
        if report is None:
            self.completeness_label.setText("")
            self.completeness_label.setToolTip("")
            self.end_markets_label.setVisible(False)
            self.notes_label.setVisible(False)
            return
        text, tip = end_markets_text(self.project, report) if self.project else ("", "")
        self.end_markets_label.setText(text)
        self.end_markets_label.setToolTip(tip)
        self.end_markets_label.setVisible(bool(text))
        self.completeness_label.setText(self.tr("Completeness: <b>{value}</b>").format(
            value=format_percent(report.completeness)))
        total = len(report.end_markets)
        self.completeness_label.setToolTip(self.tr(
            "Mean of two shares of the end markets:\n"
            "• reachable from a source without passing a missing link: {missing} ({m} of {n});\n"
            "• reachable without passing a weak or missing link: {gaps} ({g} of {n}).\n"
            "Unassessed links count as present.").format(
                missing=format_percent(report.share_without_missing),
                gaps=format_percent(report.share_without_gaps),
                m=round(report.share_without_missing * total),
                g=round(report.share_without_gaps * total), n=total))
        notes = [self.note_text(note) for note in report.note_details]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def note_text(self, note: Any) -> str:
        """A note of the analysis (:class:`~valuechain_gui.analysis.graph.Note`) in the
        interface language, chosen by its code; an unknown code shows its English text."""
        params = dict(note.params)
        if note.code == "empty_chain":
            return self.tr("The chain has no link yet: there is nothing to analyse, and its "
                           "completeness is shown as 0.")
        if note.code == "no_end_market":
            return self.tr("No end market: no link is marked as one and every link flows into "
                           "another, so completeness cannot be measured and is shown as 0. Mark "
                           "the chain's final uses as end markets.")
        if note.code == "loop_without_source":
            return self.tr("The flows form a loop with no source ({links}): its links of the most "
                           "upstream stage ({sources}) are used as sources.").format(
                links=params.get("links", ""), sources=params.get("sources", ""))
        return note.text

    # ------------------------------------------------------------------ selection → canvas
    def selected_link_id(self) -> str | None:
        """The link id of the selected gap, or None."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(LINK_ID_ROLE) if rows else None

    def select_gap(self, link_id: str) -> bool:
        """Select the row of a gap (as a click would); False when ``link_id`` is not a gap."""
        row = self.model.row_of(link_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def _on_selection(self) -> None:
        if self._restoring:
            return
        link_id = self.selected_link_id()
        if link_id is None:
            self.clear_highlight()
        else:
            self._apply_highlight(link_id, select=True)

    def _apply_highlight(self, link_id: str, *, select: bool,
                         only_if_changed: bool = False) -> None:
        if (self.scene is None or self.analyzer is None or self.project is None
                or link_id not in self.project.links):
            return
        ids = self.analyzer.downstream(link_id) | {link_id}
        self._highlighted = link_id
        self.clear_button.setEnabled(True)
        if only_if_changed and ids == self._highlight_ids:
            return
        self._highlight_ids = ids
        self.scene.view_state.set_highlight(ids)
        if select:
            self.scene.view_state.focus_link(link_id, self)

    def highlighted_ids(self) -> set[str]:
        """The link ids this panel highlights on the canvas (the gap and its downstream links);
        empty when it highlights nothing."""
        return set(self._highlight_ids) if self._highlighted is not None else set()

    def clear_highlight(self) -> None:
        """Clear the highlight this panel put on the canvas and deselect the row."""
        had = self._highlighted is not None
        self.release_highlight()
        if had and self.scene is not None:
            self.scene.view_state.set_highlight(None)

    def release_highlight(self) -> None:
        """Forget this panel's highlight without touching the canvas (another highlight, e.g.
        View > Highlight by actor, replaced it): the row is deselected."""
        self._highlighted = None
        self._highlight_ids = set()
        self.clear_button.setEnabled(False)
        if self.view.selectionModel().hasSelection():
            self._restoring = True
            try:
                self.view.clearSelection()
            finally:
                self._restoring = False

    # ------------------------------------------------------------------ badges
    def _on_criticality_toggled(self, on: bool) -> None:
        self._update_need()
        if on and (self.is_pending() or self.report is None):
            self.refresh()
        self._update_badges()

    def _update_badges(self) -> None:
        if self.scene is None:
            return
        if self.criticality_box.isChecked() and self.report is not None:
            self.scene.view_state.set_badges(self.report.ranks())  # (copied there)
            self._badges_shown = True
        elif self._badges_shown:
            self.scene.view_state.set_badges(None)
            self._badges_shown = False


__all__ = ["GapsDock"]
