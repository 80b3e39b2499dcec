"""The Partner directory window: search and filter the partners, add, edit, delete, import and
export them.

Every edit is saved to the directory at once (one short write transaction) and is not on a
project's undo stack. When the directory cannot be used (locked by another program, damaged,
written by a newer version), a banner says so with a Retry button, the table is emptied and
editing is disabled; the rest of the application keeps working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.directory import Directory, DirectoryError, open_directory
from valuechain_gui.model.enums import PartnerKind
from valuechain_gui.model.partners import Ecosystem, Partner
from valuechain_gui.ui.plan.labels import partner_kind_label
from valuechain_gui.ui.plan.widgets import ui_language

from .filter_proxy import PartnerFilter
from .labels import directory_error_text, sector_label
from .partner_dialog import PartnerDialog
from .settings import directory_path
from .table_model import PARTNER_ROLE, PartnerTableModel

Opener = Callable[[Path], Directory]


class DirectoryWindow(QMainWindow):
    """The partner directory window (see the module docstring).

    Args:
        settings: where Preferences keep the directory file (``directory/path``).
        path: the directory file (default: from ``settings``).
        opener: opens a directory file (default :func:`~valuechain_gui.directory.open_directory`).

    Attributes (for tests): ``model``, ``proxy``, ``table``, ``search_edit``, ``country_combo``,
    ``sector_combo``, ``kind_combo``, ``validation_combo``, ``banner``, ``retry_button``,
    ``count_label``, ``add_button``, ``edit_button``, ``delete_button``.
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *,
                 path: Path | None = None, opener: Opener | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directory_window")
        self.setWindowTitle(self.tr("Partner Directory"))
        self.settings = settings
        self._path = path
        self._opener = opener or (lambda where: open_directory(where))
        self.directory: Directory | None = None
        self.model = PartnerTableModel(self)
        self.proxy = PartnerFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.reload()

    # ------------------------------------------------------------------------------ building
    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name, region, competences…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda text: self.proxy.set_filters(search=text))
        self.country_combo = QComboBox(self)
        self.country_combo.addItem(self.tr("All countries"), None)
        self.country_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(country=self.country_combo.currentData() or None))
        self.sector_combo = QComboBox(self)
        self.sector_combo.addItem(self.tr("All sectors"), None)
        for ecosystem in Ecosystem:
            self.sector_combo.addItem(sector_label(ecosystem), ecosystem.value)
        self.sector_combo.currentIndexChanged.connect(self._sector_changed)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in PartnerKind:
            self.kind_combo.addItem(partner_kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.validation_combo = QComboBox(self)
        self.validation_combo.addItem(self.tr("Validated or not"), None)
        self.validation_combo.addItem(self.tr("Validated"), True)
        self.validation_combo.addItem(self.tr("Not validated"), False)
        self.validation_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_filters(validated=self.validation_combo.currentData()))
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for combo in (self.country_combo, self.sector_combo, self.kind_combo,
                      self.validation_combo):
            filters.addWidget(combo, 1)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("directory_banner")
        self.banner.setStyleSheet("QLabel#directory_banner { background: #fdecea; "
                                  "color: #611a15; padding: 6px; }")
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.clicked.connect(self.reload)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.retry_button)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 110, 70, 150, 200, 260, 140, 50)):
            header.resizeSection(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # no sort now (indicator -1): the directory's order
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.add_partner)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("&Import List…"), self)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button = QPushButton(self.tr("E&xport List…"), self)
        self.export_button.clicked.connect(lambda: self._ask_export(share=False))
        self.share_button = QPushButton(self.tr("Export to &Share…"), self)
        self.share_button.setToolTip(self.tr("Without contact persons, e-mails and notes"))
        self.share_button.clicked.connect(lambda: self._ask_export(share=True))
        self.glossary_button = QPushButton(self.tr("&Glossary…"), self)
        self.glossary_button.setToolTip(self.tr("Your own French-English terms for matching "
                                                "link names"))
        self.glossary_button.clicked.connect(self.show_glossary)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        for button in (self.import_button, self.export_button, self.share_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(self.glossary_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(filters)
        layout.addLayout(banner_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.resize(1100, 640)

    def _sector_changed(self) -> None:
        value = self.sector_combo.currentData()
        self.proxy.set_filters(sector=Ecosystem(value) if value else None)

    def _kind_changed(self) -> None:
        value = self.kind_combo.currentData()
        self.proxy.set_filters(kind=PartnerKind(value) if value else None)

    # ------------------------------------------------------------------------------ the file
    def path(self) -> Path:
        """The directory file this window shows."""
        return self._path if self._path is not None else directory_path(self.settings)

    def reload(self) -> None:
        """(Re)open the directory and show its partners; a failure shows the banner."""
        if self.directory is None or self.directory.path != self.path():
            self._close_directory()
            try:
                self.directory = self._opener(self.path())
            except DirectoryError as error:
                self._failed(error)
                return
        self.refresh()

    def refresh(self) -> None:
        """Read the partners again (after an edit, or another program's)."""
        if self.directory is None:
            return
        try:
            partners = self.directory.partners()
            validations = self.directory.latest_validations()
        except DirectoryError as error:
            self._failed(error)
            return
        self.model.set_partners(partners, validations)
        self._fill_countries(partners)
        self._set_usable(True)

    def _fill_countries(self, partners: list[Partner]) -> None:
        current = self.country_combo.currentData()
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("All countries"), None)
        for code in sorted({p.country for p in partners if p.country}):
            self.country_combo.addItem(code, code)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(current), 0))
        self.country_combo.blockSignals(False)

    def _failed(self, error: DirectoryError) -> None:
        if error.code in ("corrupt", "newer", "unreadable", "missing"):
            self._close_directory()
            self.model.set_partners([], {})
            self._set_usable(False)
        self.banner.setText(directory_error_text(error))
        self.banner.setVisible(True)
        self.retry_button.setVisible(True)

    def _set_usable(self, usable: bool) -> None:
        for widget in (self.add_button, self.edit_button, self.delete_button,
                       self.import_button, self.export_button, self.share_button,
                       self.glossary_button):
            widget.setEnabled(usable)
        if usable:
            self.banner.setVisible(False)
            self.retry_button.setVisible(False)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("{shown} of %n partner(s)", "", total).format(
            shown=shown))

    def _close_directory(self) -> None:
        if self.directory is not None:
            self.directory.close()
            self.directory = None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._close_directory()
        super().closeEvent(event)

    # ------------------------------------------------------------------------------- edits
    def selected_partner(self) -> Partner | None:
        """The partner of the current row, or None."""
        index = self.table.currentIndex()
        return index.data(PARTNER_ROLE) if index.isValid() else None

    def save_partner(self, partner: Partner) -> bool:
        """Save ``partner`` to the directory at once; False (and the banner) if refused."""
        if self.directory is None:
            return False
        try:
            self.directory.upsert(partner)
        except DirectoryError as error:
            self._failed(error)
            return False
        self.refresh()
        return True

    def delete_partner(self, partner_id: str) -> bool:
        """Remove a partner (and its validations) from the directory at once."""
        if self.directory is None:
            return False
        try:
            self.directory.delete(partner_id)
        except DirectoryError as error:
            self._failed(error)
            return False
        self.refresh()
        return True

    def add_partner(self) -> None:
        """Ask for a new partner and save it."""
        self._edit(PartnerDialog(None, self))

    def edit_selected(self) -> None:
        """Edit the selected partner and save it."""
        partner = self.selected_partner()
        if partner is not None:
            self._edit(PartnerDialog(partner, self))

    def _edit(self, dialog: PartnerDialog) -> None:
        if dialog.exec() == PartnerDialog.DialogCode.Accepted:
            self.save_partner(dialog.partner())
        dialog.deleteLater()

    def delete_selected(self) -> None:
        """Ask, then remove the selected partner."""
        partner = self.selected_partner()
        if partner is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete Partner"),
            self.tr("Remove {name} from the partner directory? Projects that cite it keep "
                    "their copy.").format(name=partner.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_partner(partner.id)

    def show_glossary(self) -> None:
        """The user's glossary terms (saved to the directory at once)."""
        if self.directory is None:
            return
        from .glossary_dialog import GlossaryDialog

        dialog = GlossaryDialog(self.directory, self)
        dialog.exec()
        dialog.deleteLater()

    # --------------------------------------------------------------------- import / export
    def import_file(self, path: Path) -> tuple[str, list[str]]:
        """Import a partner list into the directory: ``(summary, problem lines)``, each problem
        ``FILENAME:ROW:COLUMN: text`` in the interface language."""
        from valuechain_gui.directory.sheet_import import read_partner_sheet
        from valuechain_gui.directory.sheet_load import load_into_directory
        from valuechain_gui.io.sheets.problems import ImportFailed
        from valuechain_gui.ui.text.import_problems import problem_text

        if self.directory is None:
            return self.banner.text(), []
        try:
            sheet = read_partner_sheet(path)
        except ImportFailed as failed:
            return (self.tr("Nothing was imported from {file}.").format(file=path.name),
                    [problem_text(p) for p in failed.problems])
        try:
            counts = load_into_directory(self.directory, sheet)
        except DirectoryError as error:
            self._failed(error)
            return directory_error_text(error), [problem_text(p) for p in sheet.problems]
        self.refresh()
        summary = (self.tr("%n partner(s) added", "", counts.added) + ", "
                   + self.tr("%n partner(s) updated", "", counts.updated))
        return summary, [problem_text(p) for p in sheet.problems]

    def export_file(self, path: Path, share: bool = False) -> int:
        """Write the partners shown in the directory to ``path`` (.xlsx/.csv); how many."""
        from valuechain_gui.directory.sheet_export import export_partners

        if self.directory is None:
            return 0
        return export_partners(self.directory.partners(), self.directory.latest_validations(),
                               path, language=ui_language(), share=share)

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import Partner List"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.csv)"))
        if not name:
            return
        summary, problems = self.import_file(Path(name))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import Partner List"), summary,
                          QMessageBox.StandardButton.Ok, self)
        if problems:
            box.setInformativeText(self.tr("%n problem(s): see the details.", "", len(problems)))
            box.setDetailedText("\n".join(problems))
        box.exec()
        box.deleteLater()

    def _ask_export(self, share: bool) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Partner List"), "partners.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            count = self.export_file(path, share)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export Partner List"), str(exc))
            return
        self.statusBar().showMessage(self.tr("%n partner(s) exported", "", count), 5000)
