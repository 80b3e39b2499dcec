"""The "Find partners" panel: for one weak or missing link, the partners that could fill it.

:meth:`MatchingDock.show_link` ranks the candidate partners (:func:`.sources.candidate_partners`:
the cited partners, then the directory's) with the matcher
(:func:`valuechain_gui.analysis.matching.match_gaps`, the project's decisions honoured). Each
candidate row gives its score (0-100), its scope relative to our territory, what we bring it
(reciprocity: our strong links that fill one of its gaps) and whether it is already in the link's
action; under it, its evidence: each of its links that corresponds to ours (status there,
similarity, the group's decision), or the competence tag that does.

The buttons act through the document's edit API, one undo step each: *Confirm* / *Reject* the
selected correspondence, a link of theirs or a competence tag (stored in the project and reused by every later matching), *Add to the
action* (the link's action gets the partner as an identified alliance, the action and the cited
partner made if needed). The panel ranks again when partners, alliances, correspondences or the
link change (when it is next shown, if hidden).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.model.partners import Decision, Partner
from valuechain_gui.ui.document.notifier import disconnect_all
from valuechain_gui.ui.plan.labels import coop_stage_label, scope_label
from valuechain_gui.ui.style import status_icon
from valuechain_gui.ui.text.labels import link_status_label
from .sources import candidate_partners, user_glossary

if TYPE_CHECKING:  # the matcher (numpy, rapidfuzz: ~0.15 s) is imported when a link is shown
    from valuechain_gui.analysis.matching import Evidence

#: Columns of the candidates tree.
COL_PARTNER, COL_SCORE, COL_SCOPE, COL_BRING, COL_ACTION = range(5)
#: What a row stands for: ("candidate", Candidate) or ("evidence", Candidate, Evidence).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
GAP_STATUSES = (LinkStatus.WEAK, LinkStatus.MISSING)


def evidence_name(evidence: Evidence) -> str:
    """What a decision on ``evidence`` is keyed by: their link's name, or the competence tag."""
    return evidence.competence or evidence.their_link


class MatchingDock(QDockWidget):
    """The "Find partners" panel (see the module docstring).

    Attributes for other modules and tests: ``tree`` (QTreeWidget), ``title_label``,
    ``note_label``, ``confirm_button``, ``reject_button``, ``add_button``, ``link_id`` (the link
    shown, or None), ``matches`` (the candidates shown, best first), ``partners`` (id → the
    :class:`Partner` ranked).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Find partners"), parent)
        self.setObjectName("matching_dock")
        self.document: Any = None
        self.link_id: str | None = None
        self.matches: list[Any] = []
        self.partners: dict[str, Partner] = {}
        self._connections: list = []
        self._stale = False

        body = QWidget(self)
        self.title_label = QLabel(body)
        self.title_label.setObjectName("matching_title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.note_label = QLabel(body)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: palette(placeholder-text);")
        self.tree = QTreeWidget(body)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Candidate / their link"), self.tr("Score"),
                                   self.tr("Scope / their status"), self.tr("We bring them"),
                                   self.tr("In the action")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_PARTNER, QHeaderView.ResizeMode.Stretch)
        for column in (COL_SCORE, COL_SCOPE, COL_ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BRING, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_BRING, 260)
        self.confirm_button = QPushButton(self.tr("&Confirm correspondence"), body)
        self.confirm_button.setToolTip(self.tr(
            "Their link is the same as ours: always count it (similarity 100)"))
        self.reject_button = QPushButton(self.tr("&Reject correspondence"), body)
        self.reject_button.setToolTip(self.tr("Their link is not ours: never count it again"))
        self.add_button = QPushButton(self.tr("&Add to the action"), body)
        self.add_button.setToolTip(self.tr(
            "Put this partner into the link's action as an identified alliance"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.confirm_button.clicked.connect(lambda: self.decide(Decision.CONFIRMED))
        self.reject_button.clicked.connect(lambda: self.decide(Decision.REJECTED))
        self.add_button.clicked.connect(self.add_selected)
        self.visibilityChanged.connect(self._on_visibility)
        self.show_link(None)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(max(hint.width(), 640), max(hint.height(), 280))

    # ------------------------------------------------------------------ document
    @property
    def project(self) -> Project | None:
        return self.document.project if self.document is not None else None

    def set_document(self, document: Any) -> None:
        """Follow ``document`` (its project, edit API and notifier); shows no link."""
        disconnect_all(self._connections)
        self.document = document
        self._connections = []
        if document is not None:
            notifier = document.notifier
            self._connections = [(signal, self._on_change) for signal in (
                notifier.links_changed, notifier.links_removed, notifier.partners_changed,
                notifier.alliances_changed, notifier.correspondences_changed,
                notifier.actions_added, notifier.actions_removed)]
            for signal, slot in self._connections:
                signal.connect(slot)
        self.show_link(None)

    def _on_change(self, *_args: object) -> None:
        if self.link_id is None:
            return
        if not self.isVisible() or self.visibleRegion().isEmpty():  # a tab behind another:
            # ranked again when shown
            self._stale = True
            return
        self.show_link(self.link_id, keep_selection=True)

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._stale and self.link_id is not None:
            self.show_link(self.link_id, keep_selection=True)

    # ------------------------------------------------------------------ showing
    def show_link(self, link_id: str | None, *, keep_selection: bool = False) -> None:
        """Rank the candidate partners for link ``link_id`` (None: show nothing)."""
        project = self.project
        if link_id is not None and (project is None or link_id not in project.links):
            link_id = None
        kept = self._selected_key() if keep_selection else None
        self.link_id = link_id
        self._stale = False
        self.tree.clear()
        self.matches = []
        if link_id is None:
            self.title_label.setText(self.tr("Find partners"))
            self.note_label.setText(self.tr(
                "Select a weak or missing link and choose Find Partners (card menu, gap panel, "
                "or Partners menu) to see the partners that could fill it."))
            self._update_buttons()
            return
        link = project.links[link_id]
        self.title_label.setText(self.tr("Partners for “{link}” ({status})").format(
            link=link.name, status=link_status_label(link.status)))
        if link.status not in GAP_STATUSES:
            self.note_label.setText(self.tr(
                "This link is not weak or missing: partners are looked for to fill gaps."))
            self._update_buttons()
            return
        from valuechain_gui.analysis.matching import match_gaps

        partners = candidate_partners(project)
        self.partners = {p.id: p for p in partners}
        found = match_gaps(project, partners, decisions=list(project.correspondences.values()),
                           glossary=user_glossary())
        gap = next((g for g in found if g.link_id == link_id), None)
        self.matches = list(gap.candidates) if gap is not None else []
        self.note_label.setText(self._note(len(partners)))
        for rank, candidate in enumerate(self.matches, start=1):
            self._add_candidate_row(rank, candidate)
        self.tree.expandAll()
        self._restore_selection(kept)
        self._update_buttons()

    def _note(self, partner_count: int) -> str:
        from valuechain_gui.analysis.matching import CORRESPONDENCE_THRESHOLD

        count = len(self.matches)
        if partner_count == 0:
            return self.tr("No partner to compare with: cite partners and attach their maps "
                           "(Partners > Attach a Partner's Map).")
        if count == 0:
            return self.tr("None of the %n partner(s) compared has a strong link or a "
                           "competence corresponding to this one (similarity at least {t}).",
                           "", partner_count).format(t=CORRESPONDENCE_THRESHOLD)
        return self.tr("%n candidate(s), best first. Select one of their links to confirm or "
                       "reject the correspondence.", "", count)

    def _in_action(self, partner_id: str) -> Any:
        """The alliance of ``partner_id`` in an action of the link shown, or None."""
        project = self.project
        for action in project.actions_for_link(self.link_id):
            for alliance in project.alliances_of_action(action.id):
                if alliance.partner_id == partner_id:
                    return alliance
        return None

    def _add_candidate_row(self, rank: int, candidate: Any) -> None:
        alliance = self._in_action(candidate.partner_id)
        item = QTreeWidgetItem(self.tree, [
            f"{rank}. {candidate.partner}", str(candidate.score),
            scope_label(candidate.scope) if candidate.scope is not None else "\u2014",
            ", ".join(candidate.reciprocity) or "\u2014",
            coop_stage_label(alliance.stage) if alliance is not None else ""])
        font = item.font(COL_PARTNER)
        font.setBold(True)
        item.setFont(COL_PARTNER, font)
        item.setData(COL_PARTNER, ROW_ROLE, ("candidate", candidate))
        item.setToolTip(COL_BRING, self.tr("Our strong links that fill one of their weak or "
                                           "missing links:\n{links}").format(
            links="\n".join(candidate.reciprocity) or "\u2014"))
        words = {Decision.CONFIRMED: self.tr("confirmed"), Decision.REJECTED: self.tr("rejected")}
        for evidence in candidate.evidence:
            decision = words.get(self._decision(candidate.partner_id, evidence_name(evidence)),
                                 self.tr("proposed"))
            if evidence.competence:
                child = QTreeWidgetItem(item, [
                    self.tr("competence: {tag}").format(tag=evidence.competence),
                    str(evidence.similarity), "", decision, ""])
            else:
                child = QTreeWidgetItem(item, [
                    evidence.their_link, str(evidence.similarity),
                    link_status_label(evidence.their_status), decision, ""])
                child.setIcon(COL_SCOPE, status_icon(evidence.their_status, size=16))
            child.setData(COL_PARTNER, ROW_ROLE, ("evidence", candidate, evidence))

    def _decision(self, partner_id: str, their_link: str) -> Decision | None:
        return self.project.decision(self.link_id, partner_id, their_link)

    # ------------------------------------------------------------------ selection
    def selected(self) -> tuple[Any, ...] | None:
        """What the current row stands for (see :data:`ROW_ROLE`), or None."""
        item = self.tree.currentItem()
        return item.data(COL_PARTNER, ROW_ROLE) if item is not None else None

    def select_candidate(self, partner_id: str, their_link: str | None = None) -> bool:
        """Make the row of ``partner_id`` (or of its evidence ``their_link``) current."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(COL_PARTNER, ROW_ROLE)[1].partner_id != partner_id:
                continue
            if their_link is None:
                self.tree.setCurrentItem(top)
                return True
            for j in range(top.childCount()):
                row = top.child(j).data(COL_PARTNER, ROW_ROLE)
                if evidence_name(row[2]) == their_link:
                    self.tree.setCurrentItem(top.child(j))
                    return True
        return False

    def _selected_key(self) -> tuple[str, str | None] | None:
        row = self.selected()
        if row is None:
            return None
        return (row[1].partner_id, evidence_name(row[2]) if len(row) > 2 else None)

    def _restore_selection(self, key: tuple[str, str | None] | None) -> None:
        if key is not None and not self.select_candidate(*key):
            self.select_candidate(key[0])

    def _update_buttons(self) -> None:
        row = self.selected()
        evidence = row[2] if row is not None and row[0] == "evidence" else None
        decision = (self._decision(row[1].partner_id, evidence_name(evidence))
                    if evidence is not None else None)
        self.confirm_button.setEnabled(evidence is not None and decision is not Decision.CONFIRMED)
        self.reject_button.setEnabled(evidence is not None)
        self.add_button.setEnabled(row is not None
                                   and self._in_action(row[1].partner_id) is None)

    # ------------------------------------------------------------------ edits
    def decide(self, decision: Decision) -> bool:
        """Confirm or reject the selected correspondence (one undo step)."""
        row = self.selected()
        if row is None or row[0] != "evidence":
            return False
        return bool(self.document.edit.set_correspondence(
            self.link_id, row[1].partner_id, evidence_name(row[2]), decision))

    def add_selected(self) -> str | None:
        """Put the selected candidate into the link's action (one undo step); its alliance id."""
        row = self.selected()
        if row is None or self.link_id is None:
            return None
        partner = self.partners.get(row[1].partner_id)
        if partner is None:
            return None
        return self.document.edit.add_candidate(self.link_id, partner)
