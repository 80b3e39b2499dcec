"""The user's own French↔English terms for matching link names, kept in the partner directory.

The shipped glossary knows the field's common terms; a pôle adds its own here (« Porte-outils »
= "Tool carrier"). Each pair is saved to the directory at once; matching merges them with the
shipped glossary (:func:`~valuechain_gui.analysis.matching.glossary.with_additions`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.directory import Directory, DirectoryError

from .labels import directory_error_text


class GlossaryDialog(QDialog):
    """List and add the user's term pairs of ``directory``.

    Attributes (for tests): ``pairs`` (QListWidget), ``french_edit``, ``english_edit``,
    ``add_button``, ``message``.
    """

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.setWindowTitle(self.tr("Your Glossary Terms"))
        self.setObjectName("glossary_dialog")
        explain = QLabel(self.tr("Terms matching should read as the same in French and English, "
                                 "besides those it knows already."), self)
        explain.setWordWrap(True)
        self.pairs = QListWidget(self)
        self.french_edit = QLineEdit(self)
        self.english_edit = QLineEdit(self)
        self.add_button = QPushButton(self.tr("&Add Pair"), self)
        self.add_button.clicked.connect(self.add_pair)
        for edit in (self.french_edit, self.english_edit):
            edit.textChanged.connect(self._update_add)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&French:"), self.french_edit)
        form.addRow(self.tr("&English:"), self.english_edit)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.pairs, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update_add()
        self.refresh()
        self.resize(520, 420)

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.french_edit.text().strip()
                                        and self.english_edit.text().strip()))

    def refresh(self) -> None:
        """Show the pairs the directory holds."""
        try:
            pairs = self.directory.glossary_additions()
        except DirectoryError as error:
            self.message.setText(directory_error_text(error))
            return
        self.pairs.clear()
        self.pairs.addItems([f"{fr} = {en}" for fr, en in pairs])

    def add_pair(self) -> bool:
        """Save the typed pair to the directory at once; False (said below) if refused."""
        try:
            self.directory.add_glossary_term(self.french_edit.text(), self.english_edit.text())
        except (DirectoryError, ValueError) as error:
            self.message.setText(directory_error_text(error) if isinstance(error, DirectoryError)
                                 else str(error))
            return False
        self.french_edit.clear()
        self.english_edit.clear()
        self.message.clear()
        self.refresh()
        return True
