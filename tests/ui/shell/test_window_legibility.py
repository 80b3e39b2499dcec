"""Card names measured on screen in the real main window at 1920×1080, fitted, on the worked
example (27 links; its 9-link "Composants" lane sets the map's height).

With the default panels (the action plan showing six rows) the map gets 1456×654 px: names come
out at 11.3 px (11.1 px with the wider fit margin), 12.3 px once laid out again (Ctrl+L), and
16.7 px with the bottom panels closed, as a presenter shows the map. At 1440×900: 8.4 px.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from valuechain_gui.ui import style
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch) -> MainWindow:
    """The main window at 1920×1080 on the worked example, default panels, shown."""
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(SAMPLE), settings=settings, remember_layout=False)
    win.files.maybe_save = lambda: True  # closed without the unsaved-changes prompt
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    table = win.docks.plan_dock.current_view()
    qtbot.waitUntil(lambda: table.viewport().height() >= 6 * table.rowHeight(0))
    return win


def name_height(win: MainWindow) -> float:
    """On-screen height (px) of a card name once the map is fitted, all of it in view."""
    view = win.view
    view.fit_all()
    content = view.mapFromScene(view.chain_scene.content_rect(0)).boundingRect()
    assert view.viewport().rect().contains(content)  # the whole map shows
    return style.card_font().pixelSize() * view.transform().m11()


def test_names_at_fit_all_in_the_main_window_at_1920_by_1080(window, qtbot):
    assert name_height(window) >= 11.2

    window.menus.act_layout.trigger()  # Ctrl+L
    assert name_height(window) >= 12.2


def test_names_reach_14_px_with_the_bottom_panels_closed(window, qtbot):
    for dock in window.findChildren(QDockWidget):
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
            dock.close()
    qtbot.waitUntil(lambda: window.view.viewport().height() > 900)
    assert name_height(window) >= 14
