"""The "Recomposed chain" panel: our chain beside the maps of the partners we cite.

Rows are our links grouped by stage, columns the cited partners that have a map (drawn as on the
map: colour, border style, glyph; see :mod:`.table_model` and :mod:`.delegate`), then the link in
the alliance. A check per partner includes it in the alliance considered; above the table, the
chain's completeness alone and with the included partners' strong links filling our weak and
missing links, and how many links are strong in at least one cluster of the alliance
(:mod:`valuechain_gui.analysis.recompose`).

The panel only shows the model. It follows the document's notifier and recomputes (coalesced by a
zero-delay timer) while it is visible; a hidden panel costs nothing. Clicking a link's row
selects and centres its card on the map (through the document's ``ViewState``).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.analysis.recompose import RecomposedChain, recompose
from valuechain_gui.model import Project
from valuechain_gui.model.partners import Partner
from valuechain_gui.ui.document.notifier import ProjectNotifier, disconnect_all
from valuechain_gui.ui.document.view_state import ViewState
from valuechain_gui.ui.matching.sources import user_glossary
from .delegate import StatusCellDelegate
from .table_model import LINK_ID_ROLE, RecomposedModel

PREFERRED_HEIGHT = 300
#: Width of the column of our links (pixels); the partners' columns are narrower.
FIRST_COLUMN_WIDTH = 270


def mapped_partners(project: Project) -> list[Partner]:
    """The partners the project cites that have a map attached, in citation order."""
    return [partner for partner in project.partners.values() if partner.map_links]


def percent(share: float) -> str:
    """A share (0..1) as a whole percentage in the interface locale."""
    return QLocale().toString(round(100.0 * share)) + "\u202f%"


class RecomposedDock(QDockWidget):
    """The recomposed-chain panel (see the module docstring).

    Attributes for other modules and tests: ``model`` (:class:`RecomposedModel`), ``view``,
    ``summary_label``, ``checks`` (partner id → its QCheckBox), ``empty_label``, ``chain`` (the
    last :class:`RecomposedChain`, None before the first computation or without partner).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recomposed chain"), parent)
        self.setObjectName("recomposed_dock")
        self.project: Project | None = None
        self.notifier: ProjectNotifier | None = None
        self.chain: RecomposedChain | None = None
        self.checks: dict[str, QCheckBox] = {}
        self._excluded: set[str] = set()
        self._connections: list = []
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        body = QWidget(self)
        self.summary_label = QLabel(body)
        self.summary_label.setObjectName("recomposed_summary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.include_label = QLabel(self.tr("Include in the alliance:"), body)
        self.checks_row = QHBoxLayout()
        self.checks_row.setContentsMargins(0, 0, 0, 0)
        self.checks_row.addWidget(self.include_label)
        self.checks_row.addStretch(1)
        self.model = RecomposedModel(self)
        self.view = QTableView(body)
        self.view.setModel(self.model)
        self.view.setItemDelegate(StatusCellDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(210)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.empty_label = QLabel(self.tr(
            "No cited partner has a map yet. Attach a partner's own map (a .vchain or a "
            "spreadsheet) to see, link by link, what an alliance with it would complete."), body)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.checks_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.setWidget(body)
        self.view_state: ViewState | None = None
        self.view.clicked.connect(self._on_clicked)
        self.visibilityChanged.connect(self._on_visibility)
        self._show(None, [])

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for a stage or two when docked under the map."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), 640), max(hint.height(), PREFERRED_HEIGHT))

    # ------------------------------------------------------------------ document
    def set_project(self, project: Project | None, notifier: ProjectNotifier | None) -> None:
        """Follow ``project`` (and its ``notifier``); forget the previous one's choices."""
        disconnect_all(self._connections)
        self.project, self.notifier = project, notifier
        self._excluded = set()
        self._connections = []
        if notifier is not None:
            signals = [notifier.links_added, notifier.links_removed, notifier.links_changed,
                       notifier.flows_added, notifier.flows_removed, notifier.stages_changed,
                       notifier.partners_changed, notifier.correspondences_changed]
            self._connections = [(signal, self.schedule) for signal in signals]
            for signal in signals:
                signal.connect(self.schedule)
        self._stale = True
        self.schedule()

    def set_view_state(self, view_state: ViewState | None) -> None:
        """Clicking a link's row selects and centres its card through ``view_state``."""
        self.view_state = view_state

    def _on_clicked(self, index: object) -> None:
        link_id = index.data(LINK_ID_ROLE)
        if link_id and self.view_state is not None:
            self.view_state.focus_link(link_id, self)

    def schedule(self, *_args: object) -> None:
        """Recompute soon (once for a burst of changes), or when next shown if hidden."""
        self._stale = True
        if not self.parent() or (self.isVisible() and not self.visibleRegion().isEmpty()):
            self._timer.start()  # shown (a tab behind another is visible, with nothing shown)

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self._timer.start()

    # ------------------------------------------------------------------ computing
    def set_included(self, partner_id: str, included: bool) -> None:
        """Include (or leave out) a partner in the alliance considered."""
        if included:
            self._excluded.discard(partner_id)
        else:
            self._excluded.add(partner_id)
        box = self.checks.get(partner_id)
        if box is not None and box.isChecked() != included:
            box.setChecked(included)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the recomposed chain of the project and show it."""
        self._timer.stop()
        self._stale = False
        project = self.project
        partners = mapped_partners(project) if project is not None else []
        if project is None or not partners:
            self._show(None, partners)
            return
        selected = [p.id for p in partners if p.id not in self._excluded]
        chain = recompose(project, partners, selected,
                          decisions=list(project.correspondences.values()),
                          glossary=user_glossary())
        self._show(chain, partners)

    def _show(self, chain: RecomposedChain | None, partners: list[Partner]) -> None:
        self.chain = chain
        self._rebuild_checks(partners)
        self.model.show(self.project, partners if chain is not None else [], chain)
        for row in range(self.model.rowCount()):
            if self.model.is_header(row):
                self.view.setSpan(row, 0, 1, self.model.columnCount())
        self.view.setColumnWidth(0, FIRST_COLUMN_WIDTH)
        has = chain is not None
        self.view.setVisible(has)
        self.include_label.setVisible(has)
        self.empty_label.setVisible(not has)
        self.summary_label.setText(self._summary(chain))

    def _rebuild_checks(self, partners: list[Partner]) -> None:
        if [p.id for p in partners] == list(self.checks) and all(
                self.checks[p.id].text() == p.name for p in partners):
            return
        for box in self.checks.values():
            self.checks_row.removeWidget(box)
            box.deleteLater()
        self.checks = {}
        for i, partner in enumerate(partners):
            box = QCheckBox(partner.name, self)
            box.setChecked(partner.id not in self._excluded)
            box.setToolTip(self.tr("Count {name}'s strong links in the chain's completeness")
                           .format(name=partner.name))
            box.toggled.connect(lambda on, pid=partner.id: self.set_included(pid, on))
            self.checks_row.insertWidget(1 + i, box)
            self.checks[partner.id] = box

    def _summary(self, chain: RecomposedChain | None) -> str:
        if chain is None:
            if self.project is None:
                return ""
            return self.tr("Completeness alone: <b>{alone}</b>").format(
                alone=percent(self._alone()))
        total = len(chain.rows)
        strong = self.tr("strong in at least one cluster of the alliance: <b>{n} of {total}</b> "
                         "links (here alone: {alone})").format(
            n=chain.strong_with, total=total, alone=chain.strong_alone)
        return self.tr("Completeness: <b>{alone}</b> alone, <b>{with_}</b> with the selected "
                       "partners · {strong}").format(
            alone=percent(chain.completeness_alone), with_=percent(chain.completeness_with),
            strong=strong)

    def _alone(self) -> float:
        from valuechain_gui.analysis.gaps import analyse

        return analyse(self.project).completeness if self.project is not None else 0.0
