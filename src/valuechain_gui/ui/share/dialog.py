"""File > Share for Co-editing…: where to share this map, or which shared map to join.

The relay's address (``ws://HOST:PORT``, ``wss://`` behind TLS), the room (by default this
project's id), the token (a token file, or the token pasted), and the name the others see.
*Copy Address* puts the room's address (``ws://HOST:PORT/ROOM``, never the token) on the clipboard
to send to the partner, who pastes it into the relay field when joining (it is split into relay
and room). :func:`split_link` does the splitting.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.errors import ValueChainError
from valuechain_gui.sync.client import room_url
from valuechain_gui.sync.relay import ROOM_NAME
from valuechain_gui.sync.token import MIN_TOKEN_LENGTH, read_token
from valuechain_gui.ui.text.messages import error_text

DEFAULT_RELAY = "ws://127.0.0.1:8765"


@dataclass(frozen=True)
class ShareSettings:
    """What the dialog gives: where to connect, as whom, and whether to join (take the room's
    map) or share (put this map in the room)."""

    relay: str
    room: str
    token: str
    name: str
    join: bool = False


def split_link(text: str) -> tuple[str, str] | None:
    """``ws://HOST:PORT/ROOM`` → ``("ws://HOST:PORT", "ROOM")``; None when ``text`` is not a
    room's address."""
    parts = urlsplit(text.strip())
    room = unquote(parts.path.strip("/"))
    if parts.scheme not in ("ws", "wss") or not parts.netloc or not room or "/" in room:
        return None
    return f"{parts.scheme}://{parts.netloc}", room


class ShareDialog(QDialog):
    """Choose the relay, the room, the token and one's name (see the module docstring).

    ``share_button``/``join_button`` choose the mode; ``relay_edit``, ``room_edit``,
    ``token_file_edit``, ``token_edit``, ``name_edit`` are the fields (tests fill them);
    :meth:`settings` gives the choice once accepted; ``error_label`` says what is wrong.
    """

    def __init__(self, room: str, relay: str = "", name: str = "", token_file: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share for Co-editing"))
        self._own_room = room
        self._settings: ShareSettings | None = None
        intro = QLabel(self.tr(
            "Several clusters edit this map at once through a relay (valuechain-gui serve). "
            "Edits made while the network is down are kept and merged when it comes back."))
        intro.setWordWrap(True)
        self.share_button = QRadioButton(self.tr("&Share this map"))
        self.join_button = QRadioButton(self.tr("&Join a shared map (it replaces the map "
                                                "shown)"))
        self.share_button.setChecked(True)
        self.relay_edit = QLineEdit(relay or DEFAULT_RELAY)
        self.relay_edit.setToolTip(self.tr("ws://HOST:PORT, or wss://HOST behind TLS; a "
                                           "room's address may be pasted here"))
        self.relay_edit.editingFinished.connect(self._split_pasted_link)
        self.room_edit = QLineEdit(room)
        self.token_file_edit = QLineEdit(token_file)
        self.token_file_edit.setPlaceholderText(self.tr("the relay's token file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        token_file_row = QHBoxLayout()
        token_file_row.addWidget(self.token_file_edit, 1)
        token_file_row.addWidget(browse)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("or paste the token"))
        self.name_edit = QLineEdit(name or getpass.getuser())
        self.name_edit.setToolTip(self.tr("The name the others see beside your colour"))
        self.copy_button = QPushButton(self.tr("&Copy Address"))
        self.copy_button.setToolTip(self.tr("Copy the room's address (without the token) to "
                                            "send to your partner"))
        self.copy_button.clicked.connect(self.copy_link)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Relay:"), self.relay_edit)
        form.addRow(self.tr("R&oom:"), self.room_edit)
        form.addRow(self.tr("&Token file:"), token_file_row)
        form.addRow(self.tr("Token:"), self.token_edit)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.share_button)
        layout.addWidget(self.join_button)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.join_button.toggled.connect(self._mode_changed)
        self._mode_changed(False)
        self.resize(560, self.sizeHint().height())

    def _mode_changed(self, join: bool) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Join") if join else self.tr("Share"))
        if join and self.room_edit.text() == self._own_room:
            self.room_edit.clear()
        elif not join and not self.room_edit.text():
            self.room_edit.setText(self._own_room)

    def _split_pasted_link(self) -> None:
        split = split_link(self.relay_edit.text())
        if split is not None:
            self.relay_edit.setText(split[0])
            self.room_edit.setText(split[1])
            self.join_button.setChecked(True)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("The Relay's Token File"),
                                                    self.token_file_edit.text())
        if path:
            self.token_file_edit.setText(path)

    def link(self) -> str:
        """The room's address to send to the partner (``ws://HOST:PORT/ROOM``)."""
        return room_url(self.relay_edit.text().strip(), self.room_edit.text().strip())

    def copy_link(self) -> None:
        """Put :meth:`link` on the clipboard."""
        QApplication.clipboard().setText(self.link())
        self.error_label.setText(self.tr("Copied: {link}").format(link=self.link()))

    def _problem(self) -> str:
        relay, room = self.relay_edit.text().strip(), self.room_edit.text().strip()
        if split_link(relay + "/x") is None or urlsplit(relay).path.strip("/"):
            return self.tr("The relay's address is ws://HOST:PORT (or wss://HOST).")
        if not ROOM_NAME.match(room):
            return self.tr("The room is a name of letters, digits, '.', '_' or '-'.")
        if not self.name_edit.text().strip():
            return self.tr("Give the name the others will see.")
        return ""

    def _token(self) -> str:
        """The pasted token, else the token file's (raises ValueChainError)."""
        pasted = self.token_edit.text().strip()
        if pasted:
            if len(pasted) < MIN_TOKEN_LENGTH or not re.fullmatch(r"[!-~]+", pasted):
                raise ValueError(self.tr("A token is at least {n} printable characters.")
                                 .format(n=MIN_TOKEN_LENGTH))
            return pasted
        if not self.token_file_edit.text().strip():
            raise ValueError(self.tr("Choose the relay's token file, or paste the token."))
        return read_token(self.token_file_edit.text().strip())

    def _accept(self) -> None:
        problem = self._problem()
        token = ""
        if not problem:
            try:
                token = self._token()
            except ValueChainError as error:
                problem = error_text(error)
            except ValueError as error:
                problem = str(error)
        if problem:
            self.error_label.setText(problem)
            return
        self._settings = ShareSettings(self.relay_edit.text().strip().rstrip("/"),
                                       self.room_edit.text().strip(), token,
                                       self.name_edit.text().strip(),
                                       self.join_button.isChecked())
        self.accept()

    def settings(self) -> ShareSettings | None:
        """The choice, once the dialog was accepted."""
        return self._settings
