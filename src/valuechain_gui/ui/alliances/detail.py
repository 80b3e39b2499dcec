"""The details of one alliance: stage and governance, next step, validation, history, operations.

A dialog over one alliance (partner × action). Its sections:

* **Stage**: the cooperation stage (choosing another adds a history entry dated today, editable
  below; choosing *validated* with no validation date fills it with today) and the governance;
* **Next step**: what and when;
* **Validation** by member companies or the region's international office: date, by whom, remark;
* **History**: the dated stage changes (date, stage, by whom, note), rows added or removed;
* **Operations** done or planned (kind, date, done, note), rows added or removed.

OK applies what changed as one undoable step
(:meth:`~valuechain_gui.ui.document.edit.DocumentEdit.update_alliance`); Cancel changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import (
    Alliance,
    CooperationStage,
    Governance,
    Operation,
    OperationKind,
    StageChange,
)
from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.plan.labels import coop_stage_label, governance_label
from valuechain_gui.ui.plan.widgets import EnumCombo, OptionalDateEdit
from .labels import operation_label


class _Rows(QWidget):
    """A table with Add / Remove buttons under it; rows made by ``add_row``."""

    def __init__(self, headers: list[str], widths: list[int], parent: QWidget) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def new_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}
                      or ({self.table.currentRow()} - {-1}), reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


class AllianceEditor(QDialog):
    """The details of ``alliance_id`` (see the module docstring).

    Attributes for tests: ``stage_combo``, ``governance_combo``, ``next_step_edit``,
    ``next_date_edit``, ``validated_on_edit``, ``validated_by_edit``, ``validation_note_edit``,
    ``history`` and ``operations`` (tables with ``add_button``/``remove_button``).
    """

    def __init__(self, edit: DocumentEdit, alliance_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit, self.alliance_id = edit, alliance_id
        project = edit.project
        alliance = project.alliance(alliance_id)
        self.alliance = alliance
        partner = project.partners[alliance.partner_id]
        action = project.actions[alliance.action_id]
        self.setWindowTitle(self.tr("Alliance with {partner}").format(partner=partner.name))
        title = QLabel(self.tr("{partner} — link: {link}").format(
            partner=partner.name, link=project.action_link_name(action)), self)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")

        self.stage_combo = EnumCombo(CooperationStage, coop_stage_label, parent=self)
        self.stage_combo.set_value(alliance.stage)
        self.stage_combo.currentIndexChanged.connect(self._on_stage_chosen)
        self.governance_combo = EnumCombo(Governance, governance_label,
                                          none_text=self.tr("none yet"), parent=self)
        self.governance_combo.set_value(alliance.governance)
        stage_box = QGroupBox(self.tr("Stage"), self)
        stage_form = QFormLayout(stage_box)
        stage_form.addRow(self.tr("Coo&peration stage:"), self.stage_combo)
        stage_form.addRow(self.tr("&Governance:"), self.governance_combo)

        self.next_step_edit = QLineEdit(alliance.next_step, self)
        self.next_date_edit = OptionalDateEdit(self)
        self.next_date_edit.set_value(alliance.next_date)
        next_box = QGroupBox(self.tr("Next step"), self)
        next_form = QFormLayout(next_box)
        next_form.addRow(self.tr("&What:"), self.next_step_edit)
        next_form.addRow(self.tr("W&hen:"), self.next_date_edit)

        self.validated_on_edit = OptionalDateEdit(self)
        self.validated_on_edit.set_value(alliance.validated_on)
        self.validated_by_edit = QLineEdit(alliance.validated_by, self)
        self.validated_by_edit.setPlaceholderText(self.tr("member companies, the region's "
                                                          "international office…"))
        self.validation_note_edit = QPlainTextEdit(alliance.validation_note, self)
        self.validation_note_edit.setFixedHeight(60)
        validation_box = QGroupBox(self.tr("Validation"), self)
        validation_form = QFormLayout(validation_box)
        validation_form.addRow(self.tr("&Date:"), self.validated_on_edit)
        validation_form.addRow(self.tr("&By:"), self.validated_by_edit)
        validation_form.addRow(self.tr("&Remark:"), self.validation_note_edit)

        self.history = _Rows([self.tr("Date"), self.tr("Stage"), self.tr("By"),
                              self.tr("Note")], [125, 200, 150], self)
        self.history.add_button.clicked.connect(
            lambda: self.add_history(StageChange(self._stage(), date.today())))
        for change in alliance.history:
            self.add_history(change)
        self.operations = _Rows([self.tr("Operation"), self.tr("Date"), self.tr("Done"),
                                 self.tr("Note")], [240, 125, 60], self)
        self.operations.add_button.clicked.connect(
            lambda: self.add_operation(Operation(OperationKind.B2B_MEETINGS)))
        for operation in alliance.operations:
            self.add_operation(operation)
        history_box = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history_box).addWidget(self.history)
        operations_box = QGroupBox(self.tr("Operations done or planned"), self)
        QVBoxLayout(operations_box).addWidget(self.operations)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        top = QHBoxLayout()
        left = QVBoxLayout()
        for box in (stage_box, next_box, validation_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(history_box, 1)
        right.addWidget(operations_box, 1)
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top, 1)
        layout.addWidget(buttons)
        self.resize(1080, 620)

    # ------------------------------------------------------------------ rows
    def _stage(self) -> CooperationStage:
        return CooperationStage(self.stage_combo.value())

    def add_history(self, change: StageChange) -> int:
        """Append a history row showing ``change``; returns the row."""
        row = self.history.new_row()
        table = self.history.table
        when = OptionalDateEdit(table)
        when.set_value(change.on)
        table.setCellWidget(row, 0, when)
        stage = EnumCombo(CooperationStage, coop_stage_label, parent=table)
        stage.set_value(change.stage)
        table.setCellWidget(row, 1, stage)
        table.setItem(row, 2, QTableWidgetItem(change.by))
        table.setItem(row, 3, QTableWidgetItem(change.note))
        return row

    def add_operation(self, operation: Operation) -> int:
        """Append an operation row showing ``operation``; returns the row."""
        row = self.operations.new_row()
        table = self.operations.table
        kind = EnumCombo(OperationKind, operation_label, parent=table)
        kind.set_value(operation.kind)
        table.setCellWidget(row, 0, kind)
        when = OptionalDateEdit(table)
        when.set_value(operation.on)
        table.setCellWidget(row, 1, when)
        done = QCheckBox(table)
        done.setChecked(operation.done)
        table.setCellWidget(row, 2, done)
        table.setItem(row, 3, QTableWidgetItem(operation.note))
        return row

    def _on_stage_chosen(self) -> None:
        """A new stage is a history entry dated today (editable); reaching *validated* dates
        the validation when it has no date yet."""
        stage = self._stage()
        self.add_history(StageChange(stage, date.today()))
        if stage == CooperationStage.VALIDATED and self.validated_on_edit.value() is None:
            self.validated_on_edit.set_value(date.today())

    # ------------------------------------------------------------------ reading back
    def history_values(self) -> list[StageChange]:
        """The history rows as records (rows without a date are left out)."""
        table, changes = self.history.table, []
        for row in range(table.rowCount()):
            when = table.cellWidget(row, 0)
            stage = table.cellWidget(row, 1)
            assert isinstance(when, OptionalDateEdit) and isinstance(stage, EnumCombo)
            on = when.value()
            if on is None:
                continue
            changes.append(StageChange(CooperationStage(stage.value()), on,
                                       self.history.text(row, 2).strip(),
                                       self.history.text(row, 3).strip()))
        return changes

    def operation_values(self) -> list[Operation]:
        """The operation rows as records."""
        table, operations = self.operations.table, []
        for row in range(table.rowCount()):
            kind, when, done = (table.cellWidget(row, c) for c in range(3))
            assert isinstance(kind, EnumCombo) and isinstance(when, OptionalDateEdit)
            assert isinstance(done, QCheckBox)
            operations.append(Operation(OperationKind(kind.value()), when.value(),
                                        done.isChecked(), self.operations.text(row, 3).strip()))
        return operations

    def changes(self) -> dict[str, Any]:
        """``{field: new value}`` for what differs from the alliance."""
        values: dict[str, Any] = {
            "stage": self._stage(),
            "governance": self.governance_combo.value(),
            "next_step": self.next_step_edit.text().strip(),
            "next_date": self.next_date_edit.value(),
            "validated_on": self.validated_on_edit.value(),
            "validated_by": self.validated_by_edit.text().strip(),
            "validation_note": self.validation_note_edit.toPlainText().strip(),
            "history": self.history_values(),
            "operations": self.operation_values(),
        }
        if values["governance"] is not None:
            values["governance"] = Governance(values["governance"])
        return {name: value for name, value in values.items()
                if value != getattr(self.alliance, name)}

    def apply(self) -> bool:
        """Push the changes as one undoable step; True when something changed."""
        changes = self.changes()
        return bool(changes) and self.edit.update_alliance(self.alliance_id, **changes)


def edit_alliance(edit: DocumentEdit, alliance_id: str, parent: QWidget | None = None) -> bool:
    """Open the details modally; on OK push the changes as one undo step."""
    dialog = AllianceEditor(edit, alliance_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return dialog.apply()


__all__ = ["AllianceEditor", "edit_alliance"]
