"""A main window on the worked example with the two illustrative partner maps attached (each
cites a new partner through the Partners menu's path), for the matching and recomposed tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.matching.attach_map import attach_map
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.text import i18n

from work_safety_testing import use_recovery_dir

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_projects"
SENSOR = SAMPLES / "partners" / "sensor_valley_cluster.vchain"
FLEET = SAMPLES / "partners" / "fleet_robotics_cluster.vchain"


@pytest.fixture
def partner_window(qapp, qtbot, tmp_path, monkeypatch):
    """A shown English window on a copy of the worked example, both partner maps attached."""
    use_recovery_dir(monkeypatch, tmp_path)
    translators = i18n.install_translators(qapp, "en", cache_dir=tmp_path / "qm")
    example = tmp_path / "example.vchain"
    example.write_bytes((SAMPLES / "autonomous_special_vehicles.vchain").read_bytes())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_document(example), language="en", settings=settings,
                        remember_layout=False)
    window.show()
    qtbot.waitExposed(window)
    window.sensor_id = attach_map(window.document, SENSOR)
    window.fleet_id = attach_map(window.document, FLEET)
    assert window.sensor_id and window.fleet_id
    yield window
    window.files.maybe_save = lambda: True
    window.close()
    window.deleteLater()
    i18n.remove_translators(qapp, translators)


def link_id(window, name: str) -> str:
    """The id of our link named ``name``."""
    link = window.document.project.link_by_name(name)
    assert link is not None, name
    return link.id
