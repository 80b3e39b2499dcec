"""The co-editing part of the status bar: the connection's state and the people connected.

``● Connected · ● Pôle A ● Pôle B``: the state first (connecting, connected, offline with the
edits kept, refused with the reason), then one coloured dot and name per person in the room,
oneself first. Hidden while the window is not sharing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from valuechain_gui.sync import live_states as live

#: The state's dot: green connected, amber connecting/offline, red refused.
STATE_COLOURS = {live.CONNECTING: "#e0a000", live.CONNECTED: "#2ca02c",
                 live.OFFLINE: "#e0a000", live.REFUSED: "#d62728"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def state_text(state: str, reason: str = "") -> str:
    """The one-line, translated wording of a connection state and its reason."""
    if state == live.CONNECTING:
        return _t("Connecting to the relay…")
    if state == live.CONNECTED:
        return _t("Connected")
    if state == live.OFFLINE:
        if reason == live.UNREACHABLE:
            return _t("Offline: relay unreachable (your edits are kept and merged on "
                      "reconnection)")
        return _t("Offline (your edits are kept and merged on reconnection)")
    if state == live.REFUSED:
        reasons = {live.WRONG_TOKEN: _t("wrong token"),
                   live.BAD_ROOM: _t("no such room name"),
                   live.ROOM_REFUSED: _t("the relay cannot serve this room (its store is "
                                         "damaged)"),
                   live.TOO_MANY: _t("too many refused attempts from this address")}
        return _t("Refused: {reason}").format(reason=reasons.get(reason, reason))
    return ""


def dot(colour: str, size: int = 10) -> QPixmap:
    """A small filled circle of ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(140))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class ShareStatus(QWidget):
    """The state and the people (see the module docstring).

    Attributes: ``state_label`` (the state's wording), ``people`` (the names shown, oneself
    first), ``state`` and ``reason`` (the last state received).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share_status")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 10, 0)
        self._layout.setSpacing(4)
        self.state_dot = QLabel(self)
        self.state_label = QLabel(self)
        self._layout.addWidget(self.state_dot)
        self._layout.addWidget(self.state_label)
        self._people: list[QLabel] = []
        self.people: list[str] = []
        self.state = ""
        self.reason = ""
        self.hide()

    def show_state(self, state: str, reason: str = "") -> None:
        """Show the connection's state."""
        self.state, self.reason = state, reason
        self.state_dot.setPixmap(dot(STATE_COLOURS.get(state, "#888888")))
        self.state_label.setText(state_text(state, reason))
        self.show()

    def show_people(self, me: dict, others: list[dict]) -> None:
        """Show oneself and the others in the room, a coloured dot and a name each."""
        for label in self._people:
            self._layout.removeWidget(label)
            label.hide()  # until deleted: not drawn where it was
            label.deleteLater()
        self._people = []
        self.people = []
        separator = QLabel("·", self)
        self._layout.addWidget(separator)
        self._people.append(separator)
        for person, own in [(me, True)] + [(other, False) for other in others]:
            name = str(person.get("name", ""))
            icon = QLabel(self)
            icon.setPixmap(dot(str(person.get("colour", "#888888"))))
            label = QLabel(_t("{name} (you)").format(name=name) if own else name, self)
            self._layout.addWidget(icon)
            self._layout.addWidget(label)
            self._people += [icon, label]
            self.people.append(name)

    def clear(self) -> None:
        """Not sharing: nothing shown."""
        self.show_people({}, [])
        self.people = []
        self.hide()
