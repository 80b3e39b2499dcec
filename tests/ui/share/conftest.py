"""Co-editing in the window: a relay on loopback (the real ``serve`` command) and windows that
share or join its rooms, everything stopped at the end of each test."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from valuechain_gui.ui.document.document import new_document, open_document
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.share.dialog import ShareSettings
from valuechain_gui.ui.text import i18n

from work_safety_testing import use_recovery_dir

SYNC_TESTS = str(Path(__file__).parents[2] / "sync")
if SYNC_TESTS not in sys.path:
    sys.path.insert(0, SYNC_TESTS)

from sync_helpers import TOKEN, Relay, relay  # noqa: E402,F401 - relay: the fixture

SAMPLE = Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain"
ROOM = "worked-example"


class Windows:
    """Makes windows (A on a copy of the worked example, the others on a new project) and
    closes them at the end."""

    def __init__(self, qtbot, tmp_path: Path, relay: Relay) -> None:
        self.qtbot, self.tmp_path, self.relay = qtbot, tmp_path, relay
        self.made: list[MainWindow] = []

    def window(self, name: str, sample: bool) -> MainWindow:
        if sample:
            path = self.tmp_path / f"{name}.vchain"
            shutil.copy(SAMPLE, path)
            document = open_document(path)
        else:
            document = new_document("en")
        settings = QSettings(str(self.tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        win = MainWindow(document, language="en", settings=settings, remember_layout=False)
        win.files.maybe_save = lambda: True  # joining replaces the map without asking
        win.sharing.retry_delays = (0.1, 0.5)  # back soon after the relay restarts
        win.resize(1200, 800)
        win.show()
        self.qtbot.waitExposed(win)
        self.made.append(win)
        return win

    def settings(self, name: str, join: bool, token: str = TOKEN) -> ShareSettings:
        return ShareSettings(self.relay.url, ROOM, token, name, join)

    def close(self) -> None:
        for win in self.made:
            win.sharing.stop()
            win.close()
            win.deleteLater()


@pytest.fixture
def windows(qapp, qtbot, tmp_path, monkeypatch, relay):
    use_recovery_dir(monkeypatch, tmp_path)
    translators = i18n.install_translators(qapp, "en", cache_dir=tmp_path / "qm")
    made = Windows(qtbot, tmp_path, relay)
    yield made
    made.close()
    i18n.remove_translators(qapp, translators)
