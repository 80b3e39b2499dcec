"""Menu letters (offscreen): no two entries of a menu share a letter, no visible field takes a
menu bar letter, a disabled entry can hold the keyboard highlight, and the map's keys are handed
to an open popup instead of acting on the map. The same with real X11 key events:
``test_x11_window.py``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QStyle

from valuechain_gui.io.project.file import save_project
from valuechain_gui.ui.text import i18n
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow

_Key = Qt.Key
_Mod = Qt.KeyboardModifier


@pytest.fixture(params=["fr", "en"])
def window(request, qapp, qtbot, tmp_path, small_project):
    """A shown window in each language, a link selected (so the link form shows)."""
    project_file = tmp_path / "chain.vchain"
    save_project(small_project, project_file)
    translators = i18n.install_translators(qapp, request.param, cache_dir=tmp_path / "qm")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(project_file), language=request.param, settings=settings,
                     remember_layout=False)
    win.show()
    qtbot.waitExposed(win)
    win.scene.select_links([next(iter(win.document.project.links))])
    yield win
    win.files.maybe_save = lambda: True
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp, translators)


def letter(text: str) -> str | None:
    key = QKeySequence.mnemonic(text)
    return None if key.isEmpty() else QKeySequence(key[0].key()).toString().lower()


def all_menus(window: MainWindow) -> list[QMenu]:
    todo = [act.menu() for act in window.menuBar().actions() if act.menu() is not None]
    found = []
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [act.menu() for act in menu.actions() if act.menu() is not None]
    return found


def test_no_menu_has_two_entries_on_one_letter(window):
    for menu in all_menus(window):
        menu.aboutToShow.emit()  # menus filled on demand (recent files)
        letters = [letter(act.text()) for act in menu.actions() if not act.isSeparator()]
        letters = [x for x in letters if x]
        assert len(letters) == len(set(letters)), (menu.title(), letters)
    bar = [letter(act.text()) for act in window.menuBar().actions()]
    assert None not in bar and len(bar) == len(set(bar)), bar


def test_no_visible_field_takes_a_menu_bar_letter(window):
    """Alt+A opened the actors field instead of « Affichage » while a link was selected."""
    bar = {letter(act.text()) for act in window.menuBar().actions()}
    taken = {}
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and letter(widget.text()) in bar:
            taken[widget.text()] = letter(widget.text())
    assert taken == {}


def test_keyboard_highlight_may_rest_on_a_disabled_entry(window):
    """Edit opened from the keyboard highlights « Undo » even when it is disabled, so Enter
    does nothing instead of cutting the selected link."""
    assert not window.menus.act_undo.isEnabled()
    for menu in all_menus(window):
        assert menu.style().styleHint(QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled, None,
                                      menu)
    window.menus.edit_menu.popup(window.mapToGlobal(window.rect().center()))
    window.menus.edit_menu.setActiveAction(window.menus.act_undo)
    assert window.menus.edit_menu.activeAction() is window.menus.act_undo
    window.menus.edit_menu.close()


@pytest.mark.parametrize("key, modifiers, handed_over", [
    (_Key.Key_S, _Mod.NoModifier, True), (_Key.Key_F, _Mod.NoModifier, True),
    (_Key.Key_1, _Mod.NoModifier, True), (_Key.Key_Delete, _Mod.NoModifier, True),
    (_Key.Key_Q, _Mod.ControlModifier, False), (_Key.Key_K, _Mod.NoModifier, False)])
def test_an_open_menu_gets_the_map_keys(window, key, modifiers, handed_over):
    """A map key sent to a popup as ShortcutOverride is accepted (Qt then gives the popup the
    key instead of running the map's action); other keys are left to Qt."""
    menu = window.menus.file_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    window.view.shortcut_guard._on_focus_object(menu)
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
    event.ignore()
    QApplication.sendEvent(menu, event)
    menu.close()
    assert event.isAccepted() is handed_over
    assert window.document.undo_stack.count() == 0
