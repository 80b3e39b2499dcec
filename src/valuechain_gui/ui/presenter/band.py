"""The presenter band: a slim line over the map with the counts per status, the completeness,
the link under discussion (its place in the order being stepped through) and the agenda timer.

Large type (22 px), dark text on white, each status count in its status colour with its glyph
(legible in grayscale too). When the timer ends the band turns amber for a few seconds: a quiet
visual signal.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from valuechain_gui.model import LinkStatus, Project
from valuechain_gui.ui import style
from valuechain_gui.ui.text.labels import link_status_label

#: Pixel size of the band's text.
BAND_TEXT_PX = 22
NORMAL_STYLE = "QWidget#presenter_band { background: white; border-bottom: 2px solid #1a1a1a; }"
ALERT_STYLE = "QWidget#presenter_band { background: #ffd54a; border-bottom: 2px solid #1a1a1a; }"


class PresenterBand(QWidget):
    """The band (see the module docstring). ``counts_label``, ``completeness_label``,
    ``position_label`` and ``timer_label`` are its parts (tests read them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_band")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(NORMAL_STYLE)
        font = QFont(self.font())
        font.setPixelSize(BAND_TEXT_PX)
        self.setFont(font)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.completeness_label = QLabel(self)
        self.position_label = QLabel(self)
        self.timer_label = QLabel(self)
        bold = QFont(font)
        bold.setBold(True)
        self.timer_label.setFont(bold)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(28)
        for label in (self.counts_label, self.completeness_label, self.position_label):
            label.setFont(font)
            label.setStyleSheet(f"color: {style.TEXT_COLOR};")
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.timer_label)
        self._alert = QTimer(self)
        self._alert.setSingleShot(True)
        self._alert.setInterval(6000)
        self._alert.timeout.connect(lambda: self.setStyleSheet(NORMAL_STYLE))

    def show_counts(self, project: Project, completeness: float | None) -> None:
        """The counts per status and the completeness (None: not computed yet)."""
        counts = Counter(link.status for link in project.links.values())
        parts = []
        for status in (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING,
                       LinkStatus.UNASSESSED):
            colour = style.STATUS_COLOR[status] if status != LinkStatus.UNASSESSED \
                else style.TEXT_COLOR
            parts.append(f'<span style="color:{colour}">{style.STATUS_GLYPH[status]}</span> '
                         f"{link_status_label(status)} <b>{counts.get(status, 0)}</b>")
        self.counts_label.setText("&nbsp;&nbsp; ".join(parts))
        self.completeness_label.setText(
            "" if completeness is None else self.tr("Completeness {value} %").format(
                value=round(completeness * 100)))

    def show_position(self, index: int, total: int, only_unassessed: bool) -> None:
        """Where the step-through is: "Link 3 / 20" (or "To assess 2 / 7")."""
        if total == 0:
            self.position_label.setText(self.tr("Nothing left to assess") if only_unassessed
                                        else "")
            return
        text = self.tr("To assess {index} / {total}") if only_unassessed \
            else self.tr("Link {index} / {total}")
        self.position_label.setText(text.format(index=index + 1 if index >= 0 else "–",
                                                total=total))

    def show_timer(self, text: str) -> None:
        """The timer's "item · mm:ss" (hidden when no timer runs)."""
        self.timer_label.setText(text)
        self.timer_label.setVisible(bool(text))

    def signal_end(self) -> None:
        """The timer ended: the band turns amber for a few seconds, the timer shows 00:00."""
        self.setStyleSheet(ALERT_STYLE)
        self.timer_label.setText(self.tr("Time is up"))
        self.timer_label.setVisible(True)
        self._alert.start()

    def alerting(self) -> bool:
        """Whether the end-of-time signal is showing."""
        return self.styleSheet() == ALERT_STYLE
