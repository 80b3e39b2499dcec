"""The agenda timer: its dialog (T in presenter mode, View > Agenda Timer…), the countdown, the
beep and the quiet signal at the end, stopping it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QSpinBox

from valuechain_gui.ui.presenter.timer import AgendaTimer, ask_timer, timer_dialog
from valuechain_gui.ui.text import i18n


def answer_dialog(label: str, minutes: int, accept: bool = True) -> None:
    """Fill the timer dialog once it shows, then OK (or Cancel)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, fill)
            return
        dialog.findChild(QLineEdit).setText(label)
        dialog.findChild(QSpinBox).setValue(minutes)
        (dialog.accept if accept else dialog.reject)()

    QTimer.singleShot(0, fill)


def test_the_dialog_sets_the_agenda_item_and_its_minutes(qapp):
    timer = AgendaTimer()
    answer_dialog("Assess the components", 12)
    assert ask_timer(None, timer)
    assert timer.running and timer.remaining == 12 * 60
    assert timer.text() == "Assess the components · 12:00"
    answer_dialog("ignored", 3, accept=False)
    assert not ask_timer(None, timer)
    assert timer.remaining == 12 * 60
    answer_dialog("", 0)  # 0 minutes: "Stop the timer"
    assert ask_timer(None, timer)
    assert not timer.running and timer.text() == ""


def test_a_short_countdown_ends_with_a_beep_once(qapp, qtbot, monkeypatch):
    beeps = []
    monkeypatch.setattr("valuechain_gui.ui.presenter.timer.QApplication.beep",
                        lambda: beeps.append(1))
    timer = AgendaTimer()
    ticks = []
    timer.ticked.connect(ticks.append)
    timer.start(2)
    assert timer.text() == "00:02"
    qtbot.waitUntil(lambda: not timer.running, timeout=5000)
    assert ticks == [2, 1, 0] and beeps == [1]
    assert not timer._clock.isActive()  # no further tick, no second beep


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_agenda_item_field_shows_its_whole_hint(qapp, qtbot, tmp_path, language):
    """The dialog was so narrow that its hint read "e.g. Assess the c…"."""
    translators = i18n.install_translators(qapp, language, cache_dir=tmp_path / "qm")
    try:
        dialog, label, _minutes = timer_dialog(None, AgendaTimer())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = label.placeholderText()
        margins = label.textMargins().left() + label.textMargins().right()
        assert label.width() >= label.fontMetrics().horizontalAdvance(hint) + margins + 12
    finally:
        i18n.remove_translators(qapp, translators)
