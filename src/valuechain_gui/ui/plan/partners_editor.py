"""Editor of an action's alliances in the action form: a table with one row per partner.

Columns: the partner's name (text), country (:class:`CountryCombo`: ISO list with English/French
names) and kind, the alliance's cooperation stage (identified → structured alliance) and
governance (shared / rotating / neutral third party, or none yet). Add/Remove buttons below.
:meth:`PartnersEditor.rows` reads the rows back as
:class:`~valuechain_gui.ui.document.commands.alliances.AllianceRow` records (rows with a blank
name are left out); the form hands them to
:meth:`~valuechain_gui.ui.document.edit.DocumentEdit.update_action_fields`, which cites new
partners, moves changed stages (dated today) and removes the alliances whose row was removed, in
the form's one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import CooperationStage, Governance, PartnerKind
from valuechain_gui.ui.document.commands.alliances import AllianceRow
from .labels import coop_stage_label, governance_label, partner_kind_label
from .widgets import CountryCombo, EnumCombo

COL_NAME, COL_COUNTRY, COL_KIND, COL_STAGE, COL_GOVERNANCE = range(5)


class PartnersEditor(QWidget):
    """Table of an action's partners (its alliances) with Add / Remove buttons.

    Args:
        rows: the initial rows (:func:`~valuechain_gui.ui.document.commands.alliances.alliance_rows`).
        parent: parent widget.
    """

    def __init__(self, rows: list[AllianceRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str | None] = []  # alliance id of each row (None: added in the form)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Country"), self.tr("Kind"), self.tr("Cooperation stage"),
            self.tr("Governance")])
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(140)
        for column, width in ((COL_COUNTRY, 140), (COL_KIND, 110), (COL_STAGE, 215),
                              (COL_GOVERNANCE, 170)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add partner"), self)
        self.remove_button = QPushButton(self.tr("Remove partner"), self)
        self.add_button.clicked.connect(lambda: self.add_partner(AllianceRow("")))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for row in rows:
            self.add_partner(row)

    def add_partner(self, partner: AllianceRow) -> int:
        """Append a row showing ``partner``; returns the row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(partner.alliance_id)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(partner.name))
        country = CountryCombo(self.table)
        country.set_value(partner.country)
        self.table.setCellWidget(row, COL_COUNTRY, country)
        kind = EnumCombo(PartnerKind, partner_kind_label, parent=self.table)
        kind.set_value(partner.kind)
        self.table.setCellWidget(row, COL_KIND, kind)
        stage = EnumCombo(CooperationStage, coop_stage_label, parent=self.table)
        stage.set_value(partner.stage)
        self.table.setCellWidget(row, COL_STAGE, stage)
        governance = EnumCombo(Governance, governance_label, none_text=self.tr("none yet"),
                               parent=self.table)
        governance.set_value(partner.governance)
        self.table.setCellWidget(row, COL_GOVERNANCE, governance)
        self.table.setCurrentCell(row, COL_NAME)
        return row

    def remove_selected(self) -> None:
        """Remove the selected rows (or the current one)."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}
                      or ({self.table.currentRow()} - {-1}), reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self._ids[row]

    def combo(self, row: int, column: int) -> EnumCombo | CountryCombo:
        """The combo box of a cell (country, kind, stage or governance column)."""
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, (EnumCombo, CountryCombo))
        return widget

    def rows(self) -> list[AllianceRow]:
        """The rows as :class:`AllianceRow` records (blank names skipped)."""
        result = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NAME)
            name = item.text().strip() if item is not None else ""
            if not name:
                continue
            country = self.combo(row, COL_COUNTRY)
            assert isinstance(country, CountryCombo)
            governance = self.combo(row, COL_GOVERNANCE).value()
            result.append(AllianceRow(
                name, country.value(), PartnerKind(self.combo(row, COL_KIND).value()),
                CooperationStage(self.combo(row, COL_STAGE).value()),
                Governance(governance) if governance else None, self._ids[row]))
        return result
