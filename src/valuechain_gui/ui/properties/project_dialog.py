"""Project > Properties: the project's details and the settings of its gap analysis.

The dialog edits the target market, the pôle (cluster), the territory, the working group's
participants (one per line), the workshop date (or none), and the two **status weights** of the
criticality score (missing, weak; each 0..1, see docs/gap_analysis.md). OK applies every changed
field as ONE undoable command (``document.edit.update_project``, "Edit project properties"); OK with
nothing changed pushes nothing. The market and the pôle show in the window title, and everything
here in the exports (Summary sheet, map title block).

The window's menus (``ui/shell/menus.py``) call :func:`edit_project_properties` from
"Project > Properties…".
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import Project
from valuechain_gui.model.settings import DEFAULT_MISSING_WEIGHT, DEFAULT_WEAK_WEIGHT

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow


def _participants(text: str) -> list[str]:
    """One participant per non-blank line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class ProjectPropertiesDialog(QDialog):
    """Edit the project's details and status weights; read :meth:`changes` after ``exec()``.

    Attributes (for tests): ``market_edit``, ``pole_edit``, ``territory_edit`` (QLineEdit),
    ``participants_edit`` (QPlainTextEdit), ``date_check`` (QCheckBox: a date is set),
    ``date_edit`` (QDateEdit), ``missing_spin``, ``weak_spin`` (QDoubleSpinBox), ``defaults_button``.
    """

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Project Properties"))
        self.setObjectName("project_properties_dialog")

        self.market_edit = QLineEdit(project.target_market, self)
        self.market_edit.setPlaceholderText(self.tr("e.g. Autonomous special vehicles"))
        self.pole_edit = QLineEdit(project.pole_name, self)
        self.territory_edit = QLineEdit(project.territory, self)
        self.participants_edit = QPlainTextEdit("\n".join(project.participants), self)
        self.participants_edit.setTabChangesFocus(True)
        self.participants_edit.setPlaceholderText(self.tr("One name per line"))
        self.participants_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.date_check = QCheckBox(self.tr("Workshop &date:"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.locale().dateFormat(
            self.locale().FormatType.ShortFormat))
        when = project.date or date.today()
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self.date_check.setChecked(project.date is not None)
        self.date_edit.setEnabled(project.date is not None)
        self.date_check.toggled.connect(self.date_edit.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("&Target market:"), self.market_edit)
        form.addRow(self.tr("&Cluster:"), self.pole_edit)
        form.addRow(self.tr("Te&rritory:"), self.territory_edit)
        form.addRow(self.tr("&Participants:"), self.participants_edit)
        form.addRow(self.date_check, self.date_edit)

        self.missing_spin = self._weight_spin(project.settings.missing_weight)
        self.weak_spin = self._weight_spin(project.settings.weak_weight)
        self.defaults_button = QPushButton(self.tr("Restore De&faults"), self)
        self.defaults_button.clicked.connect(self.restore_default_weights)
        explain = QLabel(self.tr(
            "The criticality score of a gap is multiplied by the weight of its status: a missing "
            "link (nobody here does it) is a worse gap than a weak one (present but "
            "insufficient). Defaults: missing {missing}, weak {weak}.").format(
                missing=self.locale().toString(DEFAULT_MISSING_WEIGHT, "f", 1),
                weak=self.locale().toString(DEFAULT_WEAK_WEIGHT, "f", 1)), self)
        explain.setWordWrap(True)
        weights = QFormLayout()
        weights.addRow(self.tr("&Missing link:"), self.missing_spin)
        weights.addRow(self.tr("&Weak link:"), self.weak_spin)
        defaults_row = QHBoxLayout()
        defaults_row.addWidget(self.defaults_button)
        defaults_row.addStretch(1)
        weights.addRow("", defaults_row)
        weights.addRow(explain)
        group = QGroupBox(self.tr("Gap analysis: status weights"), self)
        group.setLayout(weights)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _weight_spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0.0, 1.0)
        spin.setDecimals(2)
        spin.setSingleStep(0.05)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("0.00") * 3)
        return spin

    def restore_default_weights(self) -> None:
        """Put the default weights (missing 1.0, weak 0.6) in the spin boxes."""
        self.missing_spin.setValue(DEFAULT_MISSING_WEIGHT)
        self.weak_spin.setValue(DEFAULT_WEAK_WEIGHT)

    def values(self) -> dict[str, Any]:
        """Every edited attribute as the dialog shows it (``Project.update_meta`` names)."""
        chosen = self.date_edit.date()
        settings = self.project.settings
        missing, weak = round(self.missing_spin.value(), 2), round(self.weak_spin.value(), 2)
        if (missing, weak) != (settings.missing_weight, settings.weak_weight):
            settings = settings.with_weights(missing, weak)
        return {
            "target_market": self.market_edit.text().strip(),
            "pole_name": self.pole_edit.text().strip(),
            "territory": self.territory_edit.text().strip(),
            "participants": _participants(self.participants_edit.toPlainText()),
            "date": (date(chosen.year(), chosen.month(), chosen.day())
                     if self.date_check.isChecked() else None),
            "settings": settings,
        }

    def changes(self) -> dict[str, Any]:
        """The attributes whose value differs from the project's (empty: nothing to do)."""
        return {name: value for name, value in self.values().items()
                if value != getattr(self.project, name)}


def edit_project_properties(window: MainWindow) -> bool:
    """Run the dialog for the window's project; True when something changed (one command)."""
    document = window.document
    if document is None:
        return False
    dialog = ProjectPropertiesDialog(document.project, window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = dialog.changes()
    finally:
        dialog.deleteLater()
    return document.edit.update_project(changes)


__all__ = ["ProjectPropertiesDialog", "edit_project_properties"]
