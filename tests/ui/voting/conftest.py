"""A window on a copy of the worked example, with voting stopped at the end of each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.text import i18n

from work_safety_testing import use_recovery_dir

SAMPLE = Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain"


def make_window(qapp, qtbot, tmp_path, monkeypatch, language: str):
    """A shown window on a copy of the worked example, in ``language``."""
    use_recovery_dir(monkeypatch, tmp_path)
    path = tmp_path / "chain.vchain"
    shutil.copy(SAMPLE, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(path), language=language, settings=settings,
                     remember_layout=False)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_window(win) -> None:
    win.voting.stop()
    win.files.maybe_save = lambda: True
    win.close()
    win.deleteLater()


@pytest.fixture
def window(qapp, qtbot, tmp_path, monkeypatch):
    translators = i18n.install_translators(qapp, "en", cache_dir=tmp_path / "qm")
    win = make_window(qapp, qtbot, tmp_path, monkeypatch, "en")
    yield win
    close_window(win)
    i18n.remove_translators(qapp, translators)
