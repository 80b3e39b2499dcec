"""The overview (minimap) follows retags of links the main view has already repainted.

QA: on the plant-based proteins sample, a link selected and retagged missing turned red on the map
but stayed green in the overview (the cards' device-coordinate cache keeps one "needs repainting"
flag for every painter; the main view cleared it first). Each test grabs the overview and reads the
pixel at the card's place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui import style
from valuechain_gui.ui.document.commands.links import SetStatusCommand
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

SAMPLE = Path(__file__).resolve().parents[3] / "sample_projects" / "plant_based_proteins.vchain"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch) -> MainWindow:
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(SAMPLE), settings=settings, remember_layout=False)
    win.files.maybe_save = lambda: True  # closed by qtbot without the unsaved-changes prompt
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def nearest_status(color: QColor) -> LinkStatus:
    """The status whose colour is nearest to ``color`` (RGB distance)."""
    def distance(status: LinkStatus) -> int:
        ref = QColor(style.STATUS_COLOR[status])
        return sum((a - b) ** 2 for a, b in zip(color.getRgb()[:3], ref.getRgb()[:3]))
    return min(style.STATUS_COLOR, key=distance)


def overview_status(window: MainWindow, link_id: str) -> LinkStatus:
    """The status colour the overview shows at the centre of the link's card."""
    minimap = window.docks.minimap_dock.widget()
    centre = window.scene.card(link_id).sceneBoundingRect().center()
    point = minimap.mapFromScene(centre)
    return nearest_status(minimap.grab().toImage().pixelColor(point))


def test_a_retagged_link_shown_on_the_map_changes_colour_in_the_overview(qtbot, window):
    project = window.document.project
    minimap = window.docks.minimap_dock.widget()
    visible = minimap.visible_rect()
    link_id = next(i for i, link in project.links.items() if link.status == LinkStatus.STRONG
                   and visible.contains(window.scene.card(i).sceneBoundingRect()))
    qtbot.waitUntil(lambda: overview_status(window, link_id) == LinkStatus.STRONG)
    for status in (LinkStatus.WEAK, LinkStatus.MISSING):  # keys 2 then 3
        window.document.undo_stack.push(SetStatusCommand(project, [link_id], status))
        window.view.viewport().grab()  # the main view repaints the card first, as on screen
        qtbot.waitUntil(lambda: overview_status(window, link_id) == status, timeout=3000)
