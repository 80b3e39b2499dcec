"""The alliance board: one column per cooperation stage, one card per alliance.

Columns, left to right: identified, validated, contacted, first joint operations, structured
alliance, each headed by its name and count. A card says the partner (and its country), the link
whose action the alliance serves, who validated it and when (from the *validated* stage on), the
next step and its date, and the governance once chosen.

A selected card moves to the next or previous stage with the buttons above the columns, its
context menu (also: move to any stage, edit the details, remove from the pipeline) or the keyboard
(Ctrl+Right / Ctrl+Left; Enter opens the details). Every move is one undoable step through
:meth:`~valuechain_gui.ui.document.edit.DocumentEdit.move_alliance`, dated today, and the card
stays selected in its new column. Moving to *validated* first asks who validated (member
companies, the region's international office...): that is the validation recorded with today's
date; cancelling leaves the card where it was. The board only shows the model: it is rebuilt when alliances,
partners, actions or links change in a way its cards or headers show.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QInputDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import CooperationStage, Project
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.plan.labels import coop_stage_label
from .cards import CardDelegate
from .labels import card_text

#: The stages in pipeline order (the board's columns).
STAGES = list(CooperationStage)
#: Item data role holding the alliance id of a card.
ALLIANCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_COLUMN_STYLE = "QListWidget { background: palette(window); border: none; }"


def ask_validator(parent: QWidget) -> str | None:
    """Ask who validated an alliance; the text typed (maybe empty), or None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("AllianceBoard", "Validation"),
        QCoreApplication.translate(
            "AllianceBoard", "Validated by (member companies, the region's international "
            "office…):"))
    return text.strip() if ok else None


class AllianceBoard(QWidget):
    """The board over one project (see the module docstring).

    Attributes for other modules and tests: ``columns`` (stage → QListWidget), ``headers``
    (stage → QLabel), ``prev_button``, ``next_button``, ``details_button``, ``remove_button``,
    ``ask_validator`` (the function asking who validated: :func:`ask_validator`).

    Signals:
        details_requested(str): the alliance whose details the user asked to edit.
    """

    details_requested = Signal(str)

    def __init__(self, project: Project, edit: DocumentEdit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.edit = project, edit
        self.ask_validator = ask_validator
        self.prev_button = QPushButton(self.tr("◀ Previous stage"), self)
        self.next_button = QPushButton(self.tr("Next stage ▶"), self)
        self.details_button = QPushButton(self.tr("Details…"), self)
        self.remove_button = QPushButton(self.tr("Remove from pipeline"), self)
        self.prev_button.setToolTip(self.tr("Move the selected alliance back a stage "
                                            "(Ctrl+Left)"))
        self.next_button.setToolTip(self.tr("Move the selected alliance to the next stage "
                                            "(Ctrl+Right)"))
        self.prev_button.clicked.connect(lambda: self.move_selected(-1))
        self.next_button.clicked.connect(lambda: self.move_selected(1))
        self.details_button.clicked.connect(self._request_details)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.prev_button, self.next_button, self.details_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.empty_label = QLabel(self.tr("No alliance yet: add candidate partners to an "
                                          "action of the plan (its form), or from the matches "
                                          "of a gap."), self)
        self.empty_label.setWordWrap(True)
        self.columns: dict[CooperationStage, QListWidget] = {}
        self.headers: dict[CooperationStage, QLabel] = {}
        # what the cards and headers last showed: (stage -> [(alliance id, card text)],
        # stage -> header)
        self._shown: tuple[dict[CooperationStage, list[tuple[str, str]]],
                           dict[CooperationStage, str]] | None = None
        row = QHBoxLayout()
        for stage in STAGES:
            row.addWidget(self._column(stage), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addLayout(row, 1)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _column(self, stage: CooperationStage) -> QWidget:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        header = QLabel(frame)
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setStyleSheet("font-weight: bold;")
        cards = QListWidget(frame)
        cards.setObjectName(f"stage_{stage.value}")
        cards.installEventFilter(self)
        cards.setWordWrap(True)
        cards.setResizeMode(QListWidget.ResizeMode.Adjust)
        cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        cards.setItemDelegate(CardDelegate(cards))
        cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cards.setStyleSheet(_COLUMN_STYLE)
        cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        cards.customContextMenuRequested.connect(
            lambda point, lst=cards: self._context_menu(lst, point))
        cards.itemSelectionChanged.connect(lambda lst=cards: self._on_selection(lst))
        cards.itemActivated.connect(lambda _item: self._request_details())
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(header)
        layout.addWidget(cards, 1)
        self.columns[stage], self.headers[stage] = cards, header
        return frame

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Right / Ctrl+Left in a column move its selected card (read on the columns
        themselves: a window-wide shortcut would fire while another panel has the focus)."""
        if event.type() == QEvent.Type.KeyPress and watched in self.columns.values():
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
                    Qt.Key.Key_Right, Qt.Key.Key_Left):
                self.move_selected(1 if event.key() == Qt.Key.Key_Right else -1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ showing the model
    def set_project(self, project: Project, edit: DocumentEdit) -> None:
        """Show another project (the window shows another document)."""
        self.project, self.edit = project, edit
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the cards from the model, keeping the selected alliance selected; nothing is
        rebuilt when every card and header would read as it does (most edits of links and
        actions, a retag: the board is told of them all)."""
        by_stage: dict[CooperationStage, list[tuple[str, str]]] = {stage: [] for stage in STAGES}
        for alliance in self.project.alliances.values():
            by_stage[alliance.stage].append((alliance.id, card_text(self.project, alliance)))
        headers = {stage: self.tr("{stage} ({count})").format(
            stage=_capital(coop_stage_label(stage)), count=len(by_stage[stage]))
            for stage in STAGES}
        if (by_stage, headers) == self._shown:
            return
        self._shown = (by_stage, headers)
        selected = self.selected_alliance_id()
        for stage, cards in self.columns.items():
            cards.blockSignals(True)
            cards.clear()
            for alliance_id, text in by_stage[stage]:
                item = QListWidgetItem(text, cards)
                item.setData(ALLIANCE_ID_ROLE, alliance_id)
                item.setToolTip(text)
            cards.blockSignals(False)
            self.headers[stage].setText(headers[stage])
        self.empty_label.setVisible(not self.project.alliances)
        if selected is not None and selected in self.project.alliances:
            self.select(selected)
        self._update_buttons()

    def select(self, alliance_id: str) -> None:
        """Select the card of ``alliance_id`` (and give its column the focus)."""
        stage = self.project.alliance(alliance_id).stage
        cards = self.columns[stage]
        for row in range(cards.count()):
            if cards.item(row).data(ALLIANCE_ID_ROLE) == alliance_id:
                cards.setCurrentRow(row)
                cards.setFocus()
                break
        self._update_buttons()

    def selected_alliance_id(self) -> str | None:
        """The alliance of the selected card, or None."""
        for cards in self.columns.values():
            items = cards.selectedItems()
            if items:
                return items[0].data(ALLIANCE_ID_ROLE)
        return None

    def _on_selection(self, source: QListWidget) -> None:
        if source.selectedItems():  # one selection on the whole board
            for cards in self.columns.values():
                if cards is not source:
                    cards.blockSignals(True)
                    cards.clearSelection()
                    cards.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        alliance_id = self.selected_alliance_id()
        index = STAGES.index(self.project.alliances[alliance_id].stage) \
            if alliance_id in self.project.alliances else None
        self.prev_button.setEnabled(index is not None and index > 0)
        self.next_button.setEnabled(index is not None and index < len(STAGES) - 1)
        self.details_button.setEnabled(index is not None)
        self.remove_button.setEnabled(index is not None)

    # ------------------------------------------------------------------ edits
    def move_selected(self, step: int) -> bool:
        """Move the selected alliance ``step`` stages (±1); True when a step was pushed."""
        alliance_id = self.selected_alliance_id()
        if alliance_id is None:
            return False
        index = STAGES.index(self.project.alliances[alliance_id].stage) + step
        if not 0 <= index < len(STAGES):
            return False
        return self.move_to(alliance_id, STAGES[index])

    def move_to(self, alliance_id: str, stage: CooperationStage) -> bool:
        """Move ``alliance_id`` to ``stage`` (dated today), keeping its card selected; to
        *validated* only once :attr:`ask_validator` says who validated."""
        by = ""
        if stage == CooperationStage.VALIDATED:
            answer = self.ask_validator(self)
            if answer is None:
                return False
            by = answer
        done = self.edit.move_alliance(alliance_id, stage, by=by)
        if done:
            self.refresh()
            self.select(alliance_id)
        return done

    def remove_selected(self) -> bool:
        """Take the selected alliance out of its action's pipeline (undoable)."""
        alliance_id = self.selected_alliance_id()
        return alliance_id is not None and self.edit.remove_alliance(alliance_id)

    def _request_details(self) -> None:
        alliance_id = self.selected_alliance_id()
        if alliance_id is not None:
            self.details_requested.emit(alliance_id)

    def _context_menu(self, cards: QListWidget, point: QPoint) -> None:
        item = cards.itemAt(point)
        if item is None:
            return
        cards.setCurrentItem(item)
        self.context_menu(item.data(ALLIANCE_ID_ROLE)).exec(cards.viewport().mapToGlobal(point))

    def context_menu(self, alliance_id: str) -> QMenu:
        """The menu of a card: next/previous stage, move to any stage, details, remove."""
        menu = QMenu(self)
        current = STAGES.index(self.project.alliance(alliance_id).stage)
        forward = menu.addAction(self.tr("Move to next stage"),
                                 lambda: self.move_to(alliance_id, STAGES[current + 1]))
        forward.setEnabled(current < len(STAGES) - 1)
        back = menu.addAction(self.tr("Move to previous stage"),
                              lambda: self.move_to(alliance_id, STAGES[current - 1]))
        back.setEnabled(current > 0)
        move = menu.addMenu(self.tr("Move to"))
        for stage in STAGES:
            action = move.addAction(_capital(coop_stage_label(stage)))
            action.triggered.connect(partial(self.move_to, alliance_id, stage))
            action.setEnabled(stage != STAGES[current])
        menu.addSeparator()
        menu.addAction(self.tr("Details…"), lambda: self.details_requested.emit(alliance_id))
        menu.addAction(self.tr("Remove from pipeline"),
                       lambda: self.edit.remove_alliance(alliance_id))
        return menu


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
