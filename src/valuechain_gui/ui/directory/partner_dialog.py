"""The dialog that adds or edits one partner of the directory.

It edits a copy; :meth:`PartnerDialog.partner` gives the edited record (same id) once the user
presses OK, which the window saves to the directory at once (directory edits are not on a
project's undo stack). OK stays disabled while the name is blank.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model.enums import PartnerKind, SearchChannel
from valuechain_gui.model.partners import Ecosystem, Partner
from valuechain_gui.ui.plan.labels import channel_label, partner_kind_label
from valuechain_gui.ui.plan.widgets import CountryCombo, EnumCombo

from .labels import sector_label


def split_tags(text: str) -> list[str]:
    """Tags typed separated by ``;`` (trimmed, blanks and repeats dropped)."""
    return list(dict.fromkeys(" ".join(part.split()) for part in text.split(";")
                              if part.strip()))


class PartnerDialog(QDialog):
    """Add or edit a partner (``partner`` None: a new one).

    Attributes (for tests): ``name_edit``, ``kind_combo``, ``country_combo``, ``region_edit``,
    ``sector_list`` (checkable items, data = ecosystem value), ``competences_edit``,
    ``website_edit``, ``contact_edit``, ``email_edit``, ``channel_combo``, ``notes_edit``,
    ``buttons``.
    """

    def __init__(self, partner: Partner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = partner or Partner(name="")
        self.setWindowTitle(self.tr("Edit Partner") if partner else self.tr("Add Partner"))
        self.setObjectName("partner_dialog")
        p = self._original
        self.name_edit = QLineEdit(p.name, self)
        self.kind_combo = EnumCombo(list(PartnerKind), partner_kind_label, parent=self)
        self.kind_combo.set_value(p.kind)
        self.country_combo = CountryCombo(self)
        self.country_combo.set_value(p.country)
        self.region_edit = QLineEdit(p.region, self)
        self.sector_list = QListWidget(self)
        for ecosystem in Ecosystem:
            item = QListWidgetItem(sector_label(ecosystem), self.sector_list)
            item.setData(Qt.ItemDataRole.UserRole, ecosystem.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ecosystem in p.sectors
                               else Qt.CheckState.Unchecked)
        self.sector_list.setMaximumHeight(150)
        self.competences_edit = QLineEdit("; ".join(p.competences), self)
        self.competences_edit.setPlaceholderText(self.tr("LiDAR; radar; embedded software"))
        self.website_edit = QLineEdit(p.website, self)
        self.contact_edit = QLineEdit(p.contact_name, self)
        self.email_edit = QLineEdit(p.contact_email, self)
        self.channel_combo = EnumCombo(list(SearchChannel), channel_label,
                                       none_text=self.tr("not said"), parent=self)
        self.channel_combo.set_value(p.found_via)
        self.notes_edit = QPlainTextEdit(p.notes, self)
        self.notes_edit.setMaximumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Country:"), self.country_combo)
        form.addRow(self.tr("&Region:"), self.region_edit)
        form.addRow(self.tr("&Sectors:"), self.sector_list)
        form.addRow(self.tr("Co&mpetences:"), self.competences_edit)
        form.addRow(self.tr("&Website:"), self.website_edit)
        form.addRow(self.tr("Contact &person:"), self.contact_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Found via:"), self.channel_combo)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def partner(self) -> Partner:
        """The edited partner (the same id as the one given)."""
        sectors = [Ecosystem(self.sector_list.item(i).data(Qt.ItemDataRole.UserRole))
                   for i in range(self.sector_list.count())
                   if self.sector_list.item(i).checkState() == Qt.CheckState.Checked]
        return replace(
            self._original, name=" ".join(self.name_edit.text().split()),
            kind=self.kind_combo.value(), country=self.country_combo.value(),
            region=self.region_edit.text().strip(), sectors=sectors,
            competences=split_tags(self.competences_edit.text()),
            website=self.website_edit.text().strip(),
            contact_name=self.contact_edit.text().strip(),
            contact_email=self.email_edit.text().strip(), found_via=self.channel_combo.value(),
            notes=self.notes_edit.toPlainText().strip())
