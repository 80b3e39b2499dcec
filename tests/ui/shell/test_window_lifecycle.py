"""Documents coming and going in one window (offscreen): what a new or opened map shows first,
a converted file's modified mark, and that replaced documents are freed.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSettings
from PySide6.QtWidgets import QMessageBox

from valuechain_gui.geometry import LANE_HEADER_HEIGHT, LANE_WIDTH
from valuechain_gui.io.project import migrations
from valuechain_gui.io.project.file import save_project
from valuechain_gui.model import Project
from valuechain_gui.ui.text import i18n
from valuechain_gui.ui.canvas.minimap import Minimap
from valuechain_gui.ui.canvas.scene import FIT_MARGIN
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

SAMPLE = Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain"


@pytest.fixture
def window(qapp, qtbot, tmp_path, monkeypatch):
    """A shown English window at 1280×680 on a new project, settings and recovery in tmp."""
    use_recovery_dir(monkeypatch, tmp_path)
    translators = i18n.install_translators(qapp, "en", cache_dir=tmp_path / "qm")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(None, language="en", settings=settings, remember_layout=False)
    win.resize(1280, 680)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.files.maybe_save = lambda: True
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp, translators)


def first_header_visible(win: MainWindow) -> bool:
    """Whether the first stage's header (the map's top-left) lies inside the canvas."""
    header = QRectF(0, 0, LANE_WIDTH, LANE_HEADER_HEIGHT)
    shown = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    return shown.contains(header)


def test_a_new_map_shows_its_top_left(window, qtbot, tmp_path):
    sample = tmp_path / "sample.vchain"
    sample.write_bytes(SAMPLE.read_bytes())
    assert window.files.load_path(sample)
    qtbot.waitUntil(lambda: first_header_visible(window))
    window.files.new_project()
    qtbot.waitUntil(lambda: window.view.isVisible())
    qtbot.waitUntil(lambda: first_header_visible(window))
    window.view.horizontalScrollBar().triggerAction(  # the user scrolls: no more fitting
        window.view.horizontalScrollBar().SliderAction.SliderPageStepAdd)
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: window.width() == 1400)
    assert not first_header_visible(window)


def test_an_opened_map_shows_its_top_left_once_the_window_is_laid_out(window, qtbot, tmp_path):
    sample = tmp_path / "sample.vchain"
    sample.write_bytes(SAMPLE.read_bytes())
    assert window.files.load_path(sample)
    qtbot.waitUntil(lambda: window.view.isVisible())
    content = window.scene.content_rect(FIT_MARGIN)
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(content.adjusted(2, 2, -2, -2))  # the whole map, so its top-left
    top = window.view.mapFromScene(content.topLeft()).y()
    assert 0 <= top <= 2  # the map starts at the top of the canvas, not in its middle


def test_a_converted_file_opens_modified_and_closing_offers_to_save(window, tmp_path,
                                                                    monkeypatch):
    older = tmp_path / "older.vchain"
    save_project(Project.new(language="en", target_market="Drones"), older)
    # this file is now one format version behind the application's (a no-op conversion)
    version = migrations.CURRENT_VERSION
    monkeypatch.setattr(migrations, "CURRENT_VERSION", version + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, version, lambda data: data)
    assert window.files.load_path(older)
    assert window.document.migrated and window.document.is_modified()
    assert window.isWindowModified()
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda *args: asked.append(args[1]) or QMessageBox.StandardButton.Save))
    window.files.close_project()
    assert asked == ["Unsaved changes"]
    assert f'"version": {version + 1}' in older.read_text(encoding="utf-8")


def settle(qapp) -> None:
    """Run deferred deletions and collect garbage."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        gc.collect()


def test_replaced_documents_are_freed(window, qapp, tmp_path):
    """File > New / Open / Close / Import each replace the document; the old project, scene,
    overview and undo history must go (the overview once stayed in its dock and kept them)."""
    sample = tmp_path / "sample.vchain"
    sample.write_bytes(SAMPLE.read_bytes())
    window.files.maybe_save = lambda: True

    def imported() -> None:  # what File > Import ends with: an untitled, unsaved project
        window.set_document(Document(Project.new(language="en"), None, unsaved=True))

    steps = [lambda: window.files.load_path(sample), window.files.new_project, window.files.close_project,
             imported] * 3
    refs: list[dict[str, weakref.ref]] = []
    for step in steps[:10]:
        step()
        settle(qapp)
        refs.append({name: weakref.ref(obj) for name, obj in (
            ("project", window.document.project), ("scene", window.scene),
            ("overview", window.docks.minimap_dock.widget()), ("view", window.view),
            ("undo stack", window.document.undo_stack), ("document", window.document))})
    settle(qapp)
    alive = [(number, name) for number, objects in enumerate(refs[:-1], start=1)
             for name, ref in objects.items() if ref() is not None]
    assert alive == []
    assert all(ref() is not None for ref in refs[-1].values())
    assert len(window.docks.minimap_dock.findChildren(Minimap)) == 1


def test_a_window_deleted_before_its_first_pass_of_the_event_loop_runs_nothing_late(
        qapp, qtbot, tmp_path, monkeypatch):
    # A window shown a document and deleted at once (a script, a benchmark, a window closed
    # by its first event): what it scheduled for the next pass of the loop must not run on
    # the deleted window (pytest-qt fails the test on an exception in the event loop).
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(None, language="en", settings=settings, remember_layout=False)
    win.show()
    win.set_document(Document(Project(target_market="Drones"), None))
    win.hide()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    deleted: list[bool] = []
    qtbot.waitUntil(lambda: deleted.append(True) or len(deleted) > 3)  # passes of the loop
