"""Help > About, and the application icon it shows with the windows.

The About box says what the app is for and what a support question needs: the app's version,
Qt's and PySide's, Python's, and where the app keeps its data (QStandardPaths AppDataLocation:
logs), the recovery files of autosave and the partner directory. The texts keep the main window's
translation context, where the About box's always were.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from valuechain_gui import __version__
from valuechain_gui.directory.paths import default_directory_path
from valuechain_gui.ui.document import autosave as _autosave

#: The application icon, package data made from resources/icons/ by tools/make_icons.py.
ICON_PATH = Path(__file__).resolve().parents[2] / "resources" / "icons" / "valuechain-gui.png"
#: The icon's size in the About box, in pixels.
ABOUT_ICON_SIZE = 96

_CONTEXT = "MainWindow"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def app_icon() -> QIcon:
    """The application icon (the windows', the About box's)."""
    return QIcon(str(ICON_PATH))


def data_dir() -> Path:
    """The application's data folder (QStandardPaths AppDataLocation; may not exist yet)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def about_text() -> str:
    """The About box's text (rich text): purpose, versions, folders."""
    return _t(
        "<h3>valuechain-gui {version}</h3>"
        "<p>Map a target market's value chain with your working group, tag each link "
        "strong, weak or missing, and turn the gaps into an action plan: local "
        "reinforcement of weak links, alliance search for missing ones.</p>"
        "<p>Qt {qt} · PySide {pyside} · Python {python}</p>"
        "<p>Data folder: {data}<br>Recovery files: {recovery}<br>"
        "Partner directory: {directory}</p>").format(
            version=__version__, qt=qVersion(), pyside=PySide6.__version__,
            python=platform.python_version(), data=_escape(str(data_dir())),
            recovery=_escape(str(_autosave.recovery_dir())),
            directory=_escape(str(default_directory_path())))


def about_box(parent: QWidget | None) -> QMessageBox:
    """The About box (not shown), with the application icon."""
    box = QMessageBox(parent)
    box.setWindowTitle(_t("About valuechain-gui"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setIconPixmap(app_icon().pixmap(ABOUT_ICON_SIZE, ABOUT_ICON_SIZE))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def show_about(parent: QWidget | None) -> None:
    """Help > About: the box, modal."""
    about_box(parent).exec()
