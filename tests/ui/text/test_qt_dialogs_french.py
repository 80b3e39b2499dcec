"""Qt's own Open and Save dialogs in the French interface (offscreen, where Qt has no platform
dialog and shows its own, as on a bare X11 desktop): no English word among their labels and
buttons. Qt 6.11 spells "&Look in:" and "Files of &type:" with mnemonics the shipped qtbase_fr
does not know; ui/text/i18n.py supplies them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from valuechain_gui.ui.text import i18n
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

#: Turns of the event loop to wait for the dialog (each a zero-delay timer).
MAX_TURNS = 200


def dialog_words(window: MainWindow, open_it: Callable[[], object]) -> list[str]:
    """Open a file dialog with ``open_it``, return the texts and tooltips of its visible labels
    and buttons, then cancel it."""
    seen: list[str] = []

    def inspect(turn: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            if turn < MAX_TURNS:
                QTimer.singleShot(0, lambda: inspect(turn + 1))
            return
        for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
            if widget.isVisible():
                seen.extend(text for text in (widget.text(), widget.toolTip()) if text)
        dialog.reject()

    QTimer.singleShot(0, inspect)
    open_it()
    assert seen, "the file dialog did not show"
    return seen


def words_in(language: str, which: str, qapp, qtbot, folder) -> list[str]:
    """The words of the dialog that ``MainWindow.<which>`` opens in a window whose interface is
    in ``language`` (its translators installed meanwhile)."""
    translators = i18n.install_translators(qapp, language, cache_dir=folder / "qm")
    settings = QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue("files/last_folder", str(folder))
    window = MainWindow(None, language=language, settings=settings, remember_layout=False)
    try:
        window.show()
        qtbot.waitExposed(window)
        return dialog_words(window, getattr(window.files, which))
    finally:
        window.close()
        window.deleteLater()
        i18n.remove_translators(qapp, translators)


@pytest.mark.parametrize("which", ["open_project", "save_as"])
def test_open_and_save_dialogs_have_no_english_words_in_french(qapp, qtbot, tmp_path,
                                                                monkeypatch, which):
    use_recovery_dir(monkeypatch, tmp_path)
    english = set(words_in("en", which, qapp, qtbot, tmp_path))
    assert {"&Look in:", "Files of &type:"} <= english  # what the French once showed
    french = words_in("fr", which, qapp, qtbot, tmp_path)
    assert [text for text in french if text in english] == []
    assert "&Voir dans\xa0:" in french and "Fichiers de &type\xa0:" in french
