"""The agenda timer: an optional countdown for the agenda item under discussion.

:class:`AgendaTimer` counts down once per second and emits ``ticked(remaining seconds)`` and,
at zero, ``finished()`` after a short system beep (``QApplication.beep``): the presenter band
shows it and flashes quietly. :func:`ask_timer` is the small dialog that sets it (the agenda
item's name and its minutes; 0 stops the timer).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


class AgendaTimer(QObject):
    """A countdown of whole seconds (see the module docstring).

    Attributes:
        label: the agenda item's name ("" when none was given).
        remaining: seconds left (0 when stopped or finished).
        running: whether it counts down.

    Signals:
        ticked(int): the seconds left, at the start and after every second.
        finished(): the time is up (emitted once, after the beep).
    """

    ticked = Signal(int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = ""
        self.remaining = 0
        self.running = False
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)

    def start(self, seconds: int, label: str = "") -> None:
        """Count ``seconds`` down for the agenda item ``label``; 0 or less stops the timer."""
        self.label = label
        if seconds <= 0:
            self.stop()
            return
        self.remaining = int(seconds)
        self.running = True
        self._clock.start()
        self.ticked.emit(self.remaining)

    def stop(self) -> None:
        """Stop without signalling the end."""
        self._clock.stop()
        self.running = False
        self.remaining = 0
        self.ticked.emit(0)

    def _tick(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        self.ticked.emit(self.remaining)
        if self.remaining == 0:
            self._clock.stop()
            self.running = False
            QApplication.beep()
            self.finished.emit()

    def text(self) -> str:
        """"mm:ss" left, with the agenda item's name first when there is one; "" if stopped."""
        if not self.running and self.remaining == 0:
            return ""
        clock = f"{self.remaining // 60:02d}:{self.remaining % 60:02d}"
        return f"{self.label} · {clock}" if self.label else clock


def timer_dialog(parent: QWidget | None, timer: AgendaTimer) -> tuple[QDialog, QLineEdit,
                                                                     QSpinBox]:
    """The dialog of View > Timer (not shown): the agenda item's field, wide enough for its
    hint and a name of some length, and the minutes."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_t("Agenda timer"))
    label = QLineEdit(timer.label, dialog)
    label.setPlaceholderText(_t("e.g. Assess the components"))
    metrics = label.fontMetrics()
    label.setMinimumWidth(max(metrics.horizontalAdvance(label.placeholderText()),
                              metrics.averageCharWidth() * 32) + 24)
    minutes = QSpinBox(dialog)
    minutes.setRange(0, 240)
    minutes.setSuffix(_t(" min"))
    minutes.setValue(max(1, round(timer.remaining / 60)) if timer.running else 15)
    minutes.setSpecialValueText(_t("Stop the timer"))
    form = QFormLayout(dialog)
    form.addRow(_t("&Agenda item:"), label)
    form.addRow(_t("&Minutes:"), minutes)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    minutes.setFocus()
    minutes.selectAll()
    return dialog, label, minutes


def ask_timer(parent: QWidget | None, timer: AgendaTimer) -> bool:
    """The small dialog of View > Timer: the agenda item and its minutes. True if set."""
    dialog, label, minutes = timer_dialog(parent, timer)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if accepted:
        timer.start(minutes.value() * 60, label.text().strip())
    dialog.deleteLater()
    return accepted
