"""The main window (pytest-qt, offscreen): title and modified marker, status-bar counts, the
unsaved-changes prompt, recent files, clipboard, find, and canvas keys that stay on the canvas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from valuechain_gui.io.project.file import load_project, save_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.text import i18n
from valuechain_gui.ui.document.commands.links import SetStatusCommand
from valuechain_gui.ui.document.document import APP_TITLE, open_document
from valuechain_gui.ui.shell.file_actions import FileActions
from valuechain_gui.ui.shell.find_dialog import find_links
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

_Button = QMessageBox.StandardButton


@pytest.fixture
def project_file(tmp_path, small_project) -> Path:
    path = tmp_path / "chain.vchain"
    save_project(small_project, path)
    return path


@pytest.fixture
def make_window(qapp, qtbot, tmp_path, monkeypatch):
    """``make(document=None)``: a shown English window, as started by ``run_app`` (English
    translators for plurals), with its settings and recovery files in ``tmp_path``."""
    use_recovery_dir(monkeypatch, tmp_path)
    translators = i18n.install_translators(qapp, "en", cache_dir=tmp_path / "qm")
    windows = []

    def make(document=None) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(document, language="en", settings=settings, remember_layout=False)
        windows.append(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    yield make
    for win in windows:
        win.files.maybe_save = lambda: True
        win.close()
        win.deleteLater()
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def window(make_window, project_file):
    return make_window(open_document(project_file))


def answer(monkeypatch, button):
    """Make the unsaved-changes prompt answer ``button``; returns the list of prompts seen."""
    asked = []

    def fake_warning(parent, title, text, buttons, default):
        asked.append((title, text, buttons))
        return button

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    return asked


def retag(window, name, status):
    project = window.document.project
    window.document.undo_stack.push(
        SetStatusCommand(project, [project.link_by_name(name).id], status))


def test_title_and_status_bar_counts(window):
    assert window.windowTitle() == f"chain.vchain[*] — Autonomous special vehicles — {APP_TITLE}"
    assert not window.isWindowModified()
    labels = window.status.count_labels
    assert labels[LinkStatus.STRONG].text() == "1 strong"
    assert labels[LinkStatus.WEAK].text() == "1 weak"
    assert labels[LinkStatus.MISSING].text() == "1 missing"
    assert window.status.unassessed_label.text() == "1 link to assess"
    assert window.status.totals_label.text() == "4 links · 3 flows"


def test_status_bar_follows_model_events(window):
    retag(window, "Farms", LinkStatus.WEAK)
    assert window.status.count_labels[LinkStatus.WEAK].text() == "2 weak"
    assert window.status.unassessed_label.text() == "0 links to assess"
    window.document.undo_stack.undo()
    assert window.status.count_labels[LinkStatus.WEAK].text() == "1 weak"
    assert window.status.unassessed_label.text() == "1 link to assess"


def test_modified_marker_follows_the_undo_stack(window):
    retag(window, "Farms", LinkStatus.STRONG)
    assert window.isWindowModified()
    assert window.menus.act_undo.text() == "&Undo Tag as strong"
    window.menus.act_undo.trigger()
    assert not window.isWindowModified()
    window.menus.act_redo.trigger()
    assert window.isWindowModified()


def test_save_clears_the_marker_and_writes_the_file(window, project_file):
    retag(window, "Farms", LinkStatus.STRONG)
    assert window.files.save()
    assert not window.isWindowModified()
    reloaded = load_project(project_file)
    assert reloaded.link_by_name("Farms").status == LinkStatus.STRONG


def test_close_with_changes_save(window, project_file, monkeypatch):
    asked = answer(monkeypatch, _Button.Save)
    retag(window, "Farms", LinkStatus.MISSING)
    assert window.close()
    assert len(asked) == 1 and "chain.vchain" in asked[0][1]
    assert load_project(project_file).link_by_name("Farms").status == LinkStatus.MISSING


def test_close_with_changes_discard(window, project_file, monkeypatch):
    answer(monkeypatch, _Button.Discard)
    retag(window, "Farms", LinkStatus.MISSING)
    assert window.close()
    assert load_project(project_file).link_by_name("Farms").status == LinkStatus.UNASSESSED


def test_close_with_changes_cancel_keeps_the_window(window, project_file, monkeypatch):
    answer(monkeypatch, _Button.Cancel)
    retag(window, "Farms", LinkStatus.MISSING)
    assert not window.close()
    assert window.isVisible()
    assert window.isWindowModified()
    assert load_project(project_file).link_by_name("Farms").status == LinkStatus.UNASSESSED


def test_new_project_asks_then_starts_from_the_template(window, monkeypatch):
    asked = answer(monkeypatch, _Button.Discard)
    window.menus.act_new.trigger()  # clean: no question
    assert asked == []
    assert [s.name for s in window.document.project.stages][0] == "Research"
    assert window.windowTitle() == f"Untitled[*] — {APP_TITLE}"
    assert window.status.totals_label.text() == "0 links · 0 flows"


def test_recent_files_updated_and_pruned(make_window, project_file, tmp_path, monkeypatch):
    window = make_window()
    other = tmp_path / "other.vchain"
    save_project(load_project(project_file), other)
    assert window.files.open_project(project_file)
    assert window.files.open_project(other)
    assert window.recent.paths() == [other.absolute(), project_file.absolute()]
    other.unlink()
    window.files.fill_recent_menu(window.menus.recent_menu)  # what showing File > Open Recent does
    entries = [a.text() for a in window.menus.recent_menu.actions() if not a.isSeparator()]
    assert entries[0] == "&1 chain.vchain"
    assert window.recent.paths() == [project_file.absolute()]
    assert "other.vchain" in window.statusBar().currentMessage()


def test_recent_file_gone_since_the_menu_was_shown(make_window, project_file, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text: shown.append(text)))
    window = make_window()
    window.recent.add(project_file)
    project_file.unlink()
    assert not window.files.open_recent(project_file.absolute())
    assert window.recent.paths() == []
    assert "no longer exists" in shown[0]


def test_open_error_is_shown_and_keeps_the_current_project(make_window, tmp_path, monkeypatch):
    window = make_window()
    bad = tmp_path / "broken.vchain"
    bad.write_text('{"format": "valuechain-gui-project", "version": 99}', encoding="utf-8")
    shown = []
    monkeypatch.setattr(FileActions, "show_error",
                        lambda self, title, error: shown.append((title, error.code)))
    before = window.document
    assert not window.files.open_project(bad)
    assert shown == [("Cannot open broken.vchain", "newer_version")]
    assert window.document is before


def test_copy_paste_duplicate_and_cut(window):
    project, stack = window.document.project, window.document.undo_stack
    lidar = project.link_by_name("LiDAR sensors")
    software = project.link_by_name("Perception software")
    window.scene.select_links([lidar.id, software.id])
    window.menus.act_copy.trigger()
    window.menus.act_paste.trigger()
    assert project.link_by_name("LiDAR sensors (2)") is not None
    pasted = project.link_by_name("Perception software (2)")
    assert project.upstream_of(pasted.id) == [project.link_by_name("LiDAR sensors (2)").id]
    assert sorted(window.scene.selected_link_ids()) == sorted(
        [pasted.id, project.link_by_name("LiDAR sensors (2)").id])
    stack.undo()
    assert len(project.links) == 4
    window.scene.select_links([lidar.id])
    window.menus.act_duplicate.trigger()
    assert project.link_by_name("LiDAR sensors (2)").status == LinkStatus.WEAK
    stack.undo()
    window.scene.select_links([lidar.id])
    window.menus.act_cut.trigger()
    assert lidar.id not in project.links and len(project.flows) == 2
    assert stack.undoText() == "Cut"
    window.menus.act_paste.trigger()  # the cut link comes back as a new link with its name
    assert project.link_by_name("LiDAR sensors") is not None


def test_find_jumps_to_the_link(window, qtbot):
    project = window.document.project
    project.update_link(project.link_by_name("Vehicle integration").id,
                        actors=["Électromécanique Dupont"])
    assert find_links(project, "electromecanique") == [
        (project.link_by_name("Vehicle integration").id, "actors")]
    window.view.set_zoom(3.0)  # the whole map no longer fits: the view must scroll to it
    window.menus.act_find.trigger()
    dialog = window.edits.find_dialog
    qtbot.keyClicks(dialog.field, "percep")
    assert dialog.results.count() == 1
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    target = project.link_by_name("Perception software").id
    assert window.scene.selected_link_ids() == [target]
    assert window.docks.properties_dock.name_edit.text() == "Perception software"
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    card = window.scene.card(target).sceneBoundingRect()
    assert card.adjusted(-40, -40, 40, 40).contains(centre)


def test_delete_in_the_dock_name_field_never_deletes_a_link(window, qtbot):
    project = window.document.project
    lidar = project.link_by_name("LiDAR sensors")
    window.scene.select_links([lidar.id])
    name_edit = window.docks.properties_dock.name_edit
    name_edit.setFocus()
    qtbot.waitUntil(name_edit.hasFocus)
    name_edit.end(False)
    qtbot.keyClick(name_edit, Qt.Key.Key_Backspace)
    name_edit.home(False)
    qtbot.keyClick(name_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(name_edit, Qt.Key.Key_2)
    assert lidar.id in project.links and len(project.links) == 4
    assert lidar.name == "2iDAR sensor"
    assert lidar.status == LinkStatus.WEAK
    # the same key on the canvas does delete: the binding is the view's
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert lidar.id not in project.links


def test_menus_hold_the_canvas_actions_and_standard_keys(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Link", "&View", "Partner&s", "&Project", "&Workshop", "&Help"]
    view_actions = window.view.canvas_actions
    assert view_actions["delete"] in window.menus.edit_menu.actions()
    assert view_actions["strong"] in window.menus.link_menu.actions()
    assert view_actions["delete"].shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert window.menus.act_save.shortcut().toString() == "Ctrl+S"
    assert window.menus.act_open.shortcut().toString() == "Ctrl+O"
    assert window.menus.act_find.shortcut().toString() == "Ctrl+F"
    docks = [a.text() for a in window.menus.docks_menu.actions()]
    assert {"Link properties", "Legend", "Overview"} <= set(docks)


def test_highlight_by_status_and_actor(window):
    project = window.document.project
    window.menus.act_highlight_gaps.trigger()
    strong = project.link_by_name("Vehicle integration").id
    weak = project.link_by_name("LiDAR sensors").id
    assert window.scene.is_dimmed(strong) and not window.scene.is_dimmed(weak)
    window.menus.act_clear_highlight.trigger()
    assert not window.scene.is_dimmed(strong)
    project.update_link(weak, actors=["Acme"])
    assert window.views.set_actor_highlight("Acme") == [weak]
    assert window.scene.is_dimmed(strong) and not window.scene.is_dimmed(weak)


def test_auto_layout_is_one_undo_step(window):
    project = window.document.project
    before = {i: link.position for i, link in project.links.items()}
    window.menus.act_layout.trigger()
    assert window.document.undo_stack.undoText() == "Auto-layout"
    window.document.undo_stack.undo()
    assert {i: link.position for i, link in project.links.items()} == before


def test_import_spreadsheet_gives_an_untitled_modified_project(make_window, tmp_path,
                                                               monkeypatch):
    sheet = tmp_path / "chaine.csv"
    sheet.write_bytes("Maillon;Étape;Statut;Amont\r\nÉlevage;Amont;faible;\r\n"
                      "Abattoir;Transformation;peut-être;Élevage\r\n".encode("cp1252"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(sheet), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    window = make_window()
    window.menus.act_import.trigger()
    project = window.document.project
    assert sorted(link.name for link in project.links.values()) == ["Abattoir", "Élevage"]
    assert project.link_by_name("Élevage").status == LinkStatus.WEAK
    assert len(project.flows) == 1
    assert window.windowTitle() == f"Untitled[*] — chaine — {APP_TITLE}"  # market: file name
    assert window.isWindowModified()  # imported, never saved: closing asks
    assert len(shown) == 1 and "chaine.csv:3" in shown[0]  # the unknown status, row 3


def test_save_as_adds_the_extension_and_renames_the_window(make_window, tmp_path, monkeypatch):
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "atelier"), ""))
    window = make_window()
    window.menus.act_save.trigger()  # untitled: Save is Save As
    target = tmp_path / "atelier.vchain"
    assert load_project(target).stages[0].name == "Research"
    assert window.windowTitle() == f"atelier.vchain[*] — {APP_TITLE}"
    assert window.recent.paths() == [target.absolute()]


def test_open_error_box_says_what_and_where(make_window, tmp_path, monkeypatch):
    window = make_window()
    bad = tmp_path / "cut.vchain"
    bad.write_text('{"format": "valuechain-gui-project", "version": 1, "links": [', "utf-8")
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: boxes.append((box.text(), box.informativeText())))
    assert not window.files.load_path(bad)
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "Cannot open cut.vchain"
    assert text.startswith("The file is not valid JSON: it may be truncated or damaged")
    assert "(at line 1, column" in text
    assert window.windowTitle() == f"Untitled[*] — {APP_TITLE}"  # nothing half-loaded


def test_dropping_a_project_file_opens_it(make_window, project_file, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()  # not a project: refused
    mime.setUrls([QUrl.fromLocalFile(str(project_file))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.windowTitle() == f"chain.vchain[*] — Autonomous special vehicles — {APP_TITLE}"
    assert len(window.document.project.links) == 4


def test_clipboard_keys_edit_the_text_while_a_name_is_edited_on_the_canvas(window, qtbot):
    project = window.document.project
    lidar = project.link_by_name("LiDAR sensors")
    window.scene.select_links([lidar.id])
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    window.view.canvas_actions["rename"].trigger()
    assert not window.menus.act_cut.isEnabled() and not window.menus.act_duplicate.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(project.links) == 4 and lidar.id in project.links
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.menus.act_cut.isEnabled()  # back on the canvas: Ctrl+X cuts links again
    qtbot.keyClick(window.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert lidar.id not in project.links


def test_dock_layout_is_remembered_between_sessions(qtbot, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    first = MainWindow(language="en", settings=settings)
    first.show()
    qtbot.waitExposed(first)
    first.docks.legend_dock.toggleViewAction().trigger()  # the user hides the legend
    assert first.docks.legend_dock.isHidden()
    assert first.close()
    second = MainWindow(language="en", settings=settings)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert second.docks.legend_dock.isHidden()
        assert second.docks.properties_dock.isVisible()
    finally:
        second.close()
