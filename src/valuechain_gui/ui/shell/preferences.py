"""The Preferences dialog: autosave interval, interface language, where recovery files live.

Settings (QSettings of the application, organisation "valuechain_gui"):

* ``autosave/interval_s`` (int, seconds, default 30, 5..3600): see :mod:`.autosave`; applied at
  once to the window's autosaver.
* ``ui/language``: ``"fr"``, ``"en"`` or ``"system"`` (French on a French system, English
  otherwise); read by :func:`valuechain_gui.ui.text.i18n.choose_language` at the next start.
* ``directory/path``: the partner directory file (blank: the user's default one), so a pôle
  team can share one on a network drive; read by the directory window when it opens.

The recovery folder is shown read-only, with a button that opens it in the file manager.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.ui.document.autosave import (
    DEFAULT_INTERVAL_S,
    INTERVAL_KEY,
    MAX_INTERVAL_S,
    MIN_INTERVAL_S,
    read_interval,
)
from valuechain_gui.ui.directory.settings import PATH_KEY as DIRECTORY_KEY
from valuechain_gui.ui.directory.settings import default_directory_path, directory_path
from valuechain_gui.ui.document import autosave as _autosave
from valuechain_gui.ui.text.i18n import SETTINGS_KEY as LANGUAGE_KEY

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Values stored under ``ui/language``, in the order of the combo box.
LANGUAGE_CHOICES = ("system", "fr", "en")


def read_language_choice(settings: QSettings) -> str:
    """The stored language choice: one of :data:`LANGUAGE_CHOICES` ("system" when unset)."""
    value = settings.value(LANGUAGE_KEY, "system")
    return value if value in LANGUAGE_CHOICES else "system"


class PreferencesDialog(QDialog):
    """Edit the preferences; :meth:`accept` writes them to ``settings``.

    Args:
        settings: where preferences are read and written.
        parent: parent widget.
        recovery_location: the folder shown (default :func:`.autosave.recovery_dir`).

    Attributes (for tests): ``interval_spin`` (QSpinBox, seconds), ``language_combo``
    (QComboBox, item data from :data:`LANGUAGE_CHOICES`), ``recovery_field`` (QLineEdit).
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None,
                 recovery_location: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences_dialog")

        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(MIN_INTERVAL_S, MAX_INTERVAL_S)
        self.interval_spin.setSuffix(self.tr(" s"))
        self.interval_spin.setValue(read_interval(settings))
        self.interval_spin.setToolTip(self.tr(
            "How often an open project with changes is copied to a recovery file (it is also "
            "copied when the window loses focus). Default: {n} s.").format(n=DEFAULT_INTERVAL_S))

        self.language_combo = QComboBox(self)
        labels = {"system": self.tr("System language"), "fr": "Français", "en": "English"}
        for choice in LANGUAGE_CHOICES:
            self.language_combo.addItem(labels[choice], choice)
        self.language_combo.setCurrentIndex(LANGUAGE_CHOICES.index(read_language_choice(settings)))
        restart = QLabel(self.tr("The interface language changes the next time valuechain-gui "
                                 "starts."), self)
        restart.setWordWrap(True)

        location = (recovery_location if recovery_location is not None
                    else _autosave.recovery_dir())
        self.recovery_field = QLineEdit(str(location), self)
        self.recovery_field.setReadOnly(True)
        self.recovery_field.setCursorPosition(0)
        open_folder = QPushButton(self.tr("Open Folder"), self)
        open_folder.clicked.connect(lambda: self._open_folder(location))
        row = QHBoxLayout()
        row.addWidget(self.recovery_field, 1)
        row.addWidget(open_folder)
        explain = QLabel(self.tr("Recovery files are kept here until the project is saved or "
                                 "closed; after a crash they are offered at the next start."),
                         self)
        explain.setWordWrap(True)

        self.directory_field = QLineEdit(str(directory_path(settings)), self)
        self.directory_field.setToolTip(self.tr(
            "The partner directory file. Choose a file on a shared drive to share one directory "
            "with your team; leave blank for your own."))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse_directory)
        directory_row = QHBoxLayout()
        directory_row.addWidget(self.directory_field, 1)
        directory_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Autosave every:"), self.interval_spin)
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        form.addRow("", restart)
        form.addRow(self.tr("Recovery files:"), row)
        form.addRow("", explain)
        form.addRow(self.tr("Partner &directory:"), directory_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _open_folder(self, location: Path) -> None:
        try:
            location.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(location)))

    def _browse_directory(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Partner Directory File"), self.directory_field.text(),
            self.tr("Partner directory (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.directory_field.setText(name)

    def directory_choice(self) -> str:
        """The chosen directory file ("" for the user's default one)."""
        text = self.directory_field.text().strip()
        return "" if not text or Path(text) == default_directory_path() else text

    def interval(self) -> int:
        """The chosen autosave interval, seconds."""
        return self.interval_spin.value()

    def language_choice(self) -> str:
        """The chosen language, one of :data:`LANGUAGE_CHOICES`."""
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        """Write the preferences, then close."""
        self.settings.setValue(INTERVAL_KEY, self.interval())
        self.settings.setValue(LANGUAGE_KEY, self.language_choice())
        self.settings.setValue(DIRECTORY_KEY, self.directory_choice())
        self.settings.sync()
        super().accept()


def show_preferences(window: MainWindow) -> bool:
    """Run the Preferences dialog for ``window`` (Edit > Preferences); True when accepted, and
    then the autosave interval applies to the window's autosaver at once."""
    dialog = PreferencesDialog(window.settings, window,
                               recovery_location=window.autosaver.folder())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        window.autosaver.set_interval(dialog.interval())
    dialog.deleteLater()
    return accepted
