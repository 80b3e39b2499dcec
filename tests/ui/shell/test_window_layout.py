"""The main window's dock layout (ui/shell/window_layout.py) at 1440×900, as on a projector.

QA: the action plan showed ~2.5 rows; after Restore in crash recovery (a new document in the
window) the map shrank to a ~40 px strip, and that layout was saved and reused at every start.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from valuechain_gui.ui.shell import window_layout
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

SAMPLE = (Path(__file__).resolve().parents[3] / "sample_projects"
          / "autonomous_special_vehicles.vchain")


@pytest.fixture
def make(qtbot, tmp_path, monkeypatch):
    """``make(remember_layout=False)``: a shown window on the sample, settings in tmp_path."""
    use_recovery_dir(monkeypatch, tmp_path)

    def build(remember_layout: bool = False) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(open_document(SAMPLE), settings=settings,
                         remember_layout=remember_layout)
        win.files.maybe_save = lambda: True  # closed without the unsaved-changes prompt
        qtbot.addWidget(win)
        win.resize(1440, 900)
        win.show()
        qtbot.waitExposed(win)
        return win

    return build


def plan_rows(window: MainWindow) -> float:
    """How many rows of the action plan the table shows."""
    table = window.docks.plan_dock.current_view()
    return table.viewport().height() / table.rowHeight(0)


def map_share(window: MainWindow) -> float:
    """The map's viewport height as a share of the window height."""
    return window.view.viewport().height() / window.height()


def test_default_layout_shows_six_plan_rows_and_half_the_height_for_the_map(qtbot, make):
    window = make()
    assert window.height() == 900
    qtbot.waitUntil(lambda: plan_rows(window) >= 6 and map_share(window) >= 0.5)

    # the right column: properties above legend above overview, none squeezed out (the sizes
    # are applied at the first layout pass after the show)
    def heights() -> list[int]:
        return [d.height() for d in (window.docks.properties_dock, window.docks.legend_dock,
                                     window.docks.minimap_dock)]

    qtbot.waitUntil(lambda: heights()[0] > heights()[2] >= 120)
    assert heights()[0] < 0.5 * window.height()


def test_a_new_document_in_the_window_keeps_the_map_large(qtbot, make):
    window = make()
    qtbot.waitUntil(lambda: map_share(window) >= 0.5)
    window.set_document(open_document(SAMPLE))  # what Restore does in an unused window
    qtbot.waitUntil(window.view.isVisible)  # the new view is laid out
    assert not window_layout.layout_is_squashed(window)
    qtbot.waitUntil(lambda: map_share(window) >= 0.5 and plan_rows(window) >= 6)


def squash(qtbot, window: MainWindow) -> None:
    """Squash the map to a 40 px strip (the bottom dock takes the rest), as Restore did."""
    window.view.setMaximumHeight(40)
    qtbot.waitUntil(lambda: window_layout.layout_is_squashed(window))


def test_a_squashed_stored_layout_is_repaired_and_never_saved(qtbot, make, tmp_path):
    window = make()
    squash(qtbot, window)
    squashed_state = window.saveState()
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/state", squashed_state)  # as saved by an earlier version
    settings.sync()

    again = make(remember_layout=True)
    qtbot.waitUntil(lambda: map_share(again) >= 0.5)  # repaired at start

    squash(qtbot, again)
    again.settings.remove("window/state")
    again.close()
    assert again.settings.value("window/state") is None  # a squashed layout is not saved
    again.view.setMaximumHeight(16777215)
    again.show()
    qtbot.waitUntil(lambda: not window_layout.layout_is_squashed(again))
    again.close()
    assert again.settings.value("window/state") is not None  # a sane one is


def test_restore_after_a_crash_keeps_the_map_large(qtbot, tmp_path, monkeypatch):
    from valuechain_gui.io.project.file import load_project, save_project
    from valuechain_gui.ui.document.autosave import path_key, write_recovery
    from valuechain_gui.ui.shell.recovery import offer_recovery

    folder = use_recovery_dir(monkeypatch, tmp_path)
    path = tmp_path / "plan.vchain"
    project = load_project(SAMPLE)
    save_project(project, path)
    modified = project.clone()
    modified.update_link(next(iter(modified.links)), name="Renamed before the crash")
    write_recovery(modified, path_key(path), path, folder)  # what the killed instance left
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_document(path), settings=settings, remember_layout=True)
    window.files.maybe_save = lambda: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    offer_recovery(window, run=False).restore_selected()
    assert window.document.project.link_by_name("Renamed before the crash") is not None
    qtbot.waitUntil(window.view.isVisible)
    qtbot.waitUntil(lambda: map_share(window) >= 0.5 and plan_rows(window) >= 6)
    window.close()
    assert window.settings.value("window/state") is not None  # the saved layout is sane
