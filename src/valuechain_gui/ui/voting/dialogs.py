"""Workshop > Open Voting…: choosing where to serve the page, then the view the room scans.

:class:`OpenVotingDialog` offers the laptop's LAN addresses (and loopback) and a port (a free
one by default). :class:`AddressView` shows the voting address as a QR code (drawn by segno)
and in large type, in a window that can go full screen (F11 or its button) for the projector.
"""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .addresses import LOOPBACK, free_port, lan_addresses, short_address

#: Pixel sizes of the address under the QR code (read from the back of a room), of its token
#: (the secret part, on its own line) and of the hint.
ADDRESS_PX = 40
TOKEN_PX = 24
HINT_PX = 18


def qr_pixmap(url: str, size: int) -> QPixmap:
    """The QR code of ``url`` as a pixmap about ``size`` pixels wide (whole modules, quiet zone
    kept so phones find it)."""
    import segno  # imported when voting opens: the window starts without it

    code = segno.make(url, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class OpenVotingDialog(QDialog):
    """Choose the address and the port of the voting page. ``host()`` and ``port()`` give the
    choice; ``address_combo`` and ``port_spin`` are its widgets (tests set them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Voting"))
        intro = QLabel(self.tr(
            "Participants vote on the links from their phones or laptops, on a page this "
            "computer serves on the room's network. Choose the network the room is on."))
        intro.setWordWrap(True)
        self.address_combo = QComboBox()
        for address, interface in lan_addresses():
            self.address_combo.addItem(self.tr("{address} ({interface})").format(
                address=address, interface=interface), address)
        self.address_combo.addItem(self.tr("{address} (this computer only, for a test)").format(
            address=LOOPBACK), LOOPBACK)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(free_port())
        self.port_spin.setToolTip(self.tr("A port nothing else uses on this computer"))
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address_combo)
        form.addRow(self.tr("&Port:"), self.port_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open Voting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def host(self) -> str:
        """The address chosen."""
        return str(self.address_combo.currentData())

    def port(self) -> int:
        """The port chosen."""
        return self.port_spin.value()


class AddressView(QWidget):
    """The voting address for the room: its QR code and the short address in large type.

    A window of its own (so the map stays on the laptop's screen); F11 or "Full screen" puts it
    full screen on the screen it is on, Escape leaves full screen. ``qr_label``,
    ``address_label`` (``HOST:PORT/``) and ``token_label`` (``?t=TOKEN``) are its parts.
    """

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Voting address"))
        self.setObjectName("voting_address_view")
        self.setStyleSheet("QWidget#voting_address_view { background: white; }")
        self.url = url
        title = QLabel(self.tr("Scan to vote on the links"))
        big = QFont(self.font())
        big.setPixelSize(ADDRESS_PX)
        big.setBold(True)
        title.setFont(big)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(240, 240)
        place, _, query = short_address(url).partition("?")
        self.address_label = QLabel(place)
        self.token_label = QLabel("?" + query if query else "")
        for label, px, bold in ((self.address_label, ADDRESS_PX, True),
                                (self.token_label, TOKEN_PX, False)):
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            font.setPixelSize(px)
            font.setBold(bold)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("No account, no internet: the phones must be on the same network "
                              "as this computer."))
        hint_font = QFont(self.font())
        hint_font.setPixelSize(HINT_PX)
        hint.setFont(hint_font)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.full_button = QPushButton(self.tr("Full screen (F11)"))
        self.full_button.clicked.connect(self.toggle_full_screen)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(self.qr_label, 1)
        layout.addWidget(self.address_label)
        layout.addWidget(self.token_label)
        layout.addWidget(hint)
        layout.addLayout(row)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Escape"), self, self.showNormal)
        self.resize(720, 820)
        self._draw()

    def toggle_full_screen(self) -> None:
        """F11: full screen for the room, or back to a window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The QR code grows with the window (a full screen makes it large)."""
        super().resizeEvent(event)
        self._draw()

    def _draw(self) -> None:
        side = max(240, min(self.qr_label.width(), self.qr_label.height()))
        self.qr_label.setPixmap(qr_pixmap(self.url, side))
