"""Help > About and the application's identity: version, Qt and Python versions, the data and
recovery folders, the icon on the box and on the window; ``--version``."""

from __future__ import annotations

import platform
import tomllib
from pathlib import Path

from PySide6.QtCore import QLocale, qVersion
from PySide6.QtWidgets import QApplication

from valuechain_gui import __version__
from valuechain_gui.cli import main
from valuechain_gui.directory.paths import default_directory_path
from valuechain_gui.ui.document import autosave
from valuechain_gui.ui.shell import about
from valuechain_gui.ui.shell.app import make_application
from valuechain_gui.ui.text import i18n

from work_safety_testing import close_quietly, make_window, use_recovery_dir

ROOT = Path(__file__).resolve().parents[3]


def test_version_option_says_the_package_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"valuechain-gui {__version__}"
    with open(ROOT / "pyproject.toml", "rb") as handle:
        assert tomllib.load(handle)["project"]["version"] == __version__


def test_about_box_says_versions_and_folders_with_the_icon(qapp, tmp_path, monkeypatch,
                                                           english):
    folder = use_recovery_dir(monkeypatch, tmp_path)
    box = about.about_box(None)
    text = box.text()
    assert f"valuechain-gui {__version__}" in text
    assert f"Qt {qVersion()}" in text and f"Python {platform.python_version()}" in text
    assert str(about.data_dir()) in text and str(folder) == str(autosave.recovery_dir())
    assert str(folder) in text
    assert str(default_directory_path()) in text  # the partner directory (tests: their own)
    assert box.windowTitle() == "About valuechain-gui"
    assert box.iconPixmap().width() == about.ABOUT_ICON_SIZE
    assert not box.iconPixmap().toImage().pixelColor(48, 48).alpha() == 0  # the icon, drawn


def test_about_box_in_french(qapp, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    saved_locale = QLocale()
    installed = i18n.install_translators(qapp, "fr", cache_dir=tmp_path / "qm")
    try:
        box = about.about_box(None)
        assert box.windowTitle() == "À propos de valuechain-gui"
        assert "Dossier des données" in box.text() and "Fichiers de récupération" in box.text()
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(saved_locale)


def test_the_window_and_the_application_carry_the_icon_and_version(qtbot, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    assert about.ICON_PATH.is_file()
    app = make_application()
    assert not QApplication.windowIcon().isNull()
    assert app.applicationVersion() == __version__
    assert app.applicationDisplayName() == f"valuechain-gui {__version__}"
    window = make_window(qtbot, tmp_path)
    try:
        assert window.windowTitle().endswith(f"— valuechain-gui {__version__}")
        assert not window.windowIcon().isNull()
        assert window.windowIcon().availableSizes()[0].width() == 256
        assert window.menus.act_about in window.menus.help_menu.actions()
    finally:
        close_quietly(window)
