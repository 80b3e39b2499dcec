"""No keyboard trap (real key events, offscreen window): F6 / Shift+F6 go round the map and the
visible panels, Escape in a panel returns to the map, the panel with the keyboard is marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from valuechain_gui.io.project.file import save_project
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.shell.panel_focus import FOCUSED_STYLE
from valuechain_gui.ui.text import i18n


def holder(window):
    """The dock holding the keyboard, or the map."""
    focus = QApplication.focusWidget()
    if focus is window.view:
        return "map"
    return next(d.objectName() for d in window.docks.all() if d.isAncestorOf(focus))


def test_f6_goes_round_the_map_and_the_panels_and_escape_comes_back(qapp, qtbot, tmp_path,
                                                                    small_project):
    path = tmp_path / "chain.vchain"
    save_project(small_project, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(path), language="en", settings=settings,
                     remember_layout=False)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    win.files.maybe_save = lambda: True
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.view.setFocus()
    visible = [d.objectName() for d in win.docks.all() if d.isVisible()]
    stops = []
    for _ in range(len(visible) + 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        stops.append(holder(win))
        if stops[-1] != "map":
            assert win.panels.marked.objectName() == stops[-1]
            assert win.panels.marked.styleSheet() == FOCUSED_STYLE
    assert stops == visible + ["map"]
    assert win.panels.marked is None
    QTest.keyClick(win.view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert holder(win) == visible[-1]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert holder(win) == "map" and win.panels.marked is None
    # Alt+Enter on a focused card opens its properties; Escape comes back
    QTest.keyClick(win.view, Qt.Key.Key_Tab)
    QTest.keyClick(win.view, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is win.docks.properties_dock.name_edit
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert holder(win) == "map"
    win.close()
    win.deleteLater()


@pytest.mark.parametrize("language, menu_key, entry_key", [
    ("en", Qt.Key.Key_V, Qt.Key.Key_E), ("fr", Qt.Key.Key_A, Qt.Key.Key_O)])
def test_present_is_reached_by_its_menu_letters(qapp, qtbot, tmp_path, small_project, language,
                                                menu_key, entry_key):
    """View > Present by mnemonics (Alt+V, E / Alt+A, O in French)."""
    path = tmp_path / "chain.vchain"
    save_project(small_project, path)
    translators = i18n.install_translators(qapp, language, cache_dir=tmp_path / "qm")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(path), language=language, settings=settings,
                     remember_layout=False)
    try:
        win.show()
        qtbot.waitExposed(win)
        win.files.maybe_save = lambda: True
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        win.view.setFocus()
        QTest.keyClick(win.view, menu_key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is win.menus.view_menu)
        QTest.keyClick(win.menus.view_menu, entry_key)
        qtbot.waitUntil(lambda: win.presenter.active)
        win.presenter.leave()
        assert not win.presenter.active
    finally:
        win.close()
        win.deleteLater()
        i18n.remove_translators(qapp, translators)

