"""File > Share for Co-editing…: the dialog's fields, the room's address to copy, a pasted
address split into relay and room, and what it refuses (said in the dialog, which stays open)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from valuechain_gui.ui.share.dialog import ShareDialog, ShareSettings, split_link

TOKEN = "p" * 40


def test_split_link():
    assert split_link(" ws://10.0.0.2:8765/abc-1 ") == ("ws://10.0.0.2:8765", "abc-1")
    assert split_link("wss://maps.example.org/room") == ("wss://maps.example.org", "room")
    assert split_link("ws://10.0.0.2:8765") is None
    assert split_link("http://x/room") is None


def test_sharing_with_a_token_file_gives_the_settings(qtbot, tmp_path):
    token_file = tmp_path / "relay.token"
    token_file.write_text(TOKEN)
    dialog = ShareDialog("room-of-the-project", relay="ws://127.0.0.1:9000", name="Pôle A")
    qtbot.addWidget(dialog)
    assert dialog.room_edit.text() == "room-of-the-project"
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "ws://127.0.0.1:9000/room-of-the-project"
    dialog.token_file_edit.setText(str(token_file))
    dialog.buttons.accepted.emit()
    assert dialog.settings() == ShareSettings("ws://127.0.0.1:9000", "room-of-the-project",
                                              TOKEN, "Pôle A", False)


def test_a_pasted_address_is_split_and_means_joining(qtbot):
    dialog = ShareDialog("own-room", name="Pôle B")
    qtbot.addWidget(dialog)
    dialog.relay_edit.setText("ws://192.168.1.5:8765/their-room")
    dialog.relay_edit.editingFinished.emit()
    assert dialog.relay_edit.text() == "ws://192.168.1.5:8765"
    assert dialog.room_edit.text() == "their-room" and dialog.join_button.isChecked()
    dialog.token_edit.setText(TOKEN)
    dialog.buttons.accepted.emit()
    assert dialog.settings() == ShareSettings("ws://192.168.1.5:8765", "their-room", TOKEN,
                                              "Pôle B", True)


def test_refusals_are_said_in_the_dialog(qtbot, tmp_path, english):
    dialog = ShareDialog("room", name="Pôle A")
    qtbot.addWidget(dialog)
    dialog.relay_edit.setText("http://host")
    dialog.buttons.accepted.emit()
    assert dialog.settings() is None
    assert dialog.error_label.text() == "The relay's address is ws://HOST:PORT (or wss://HOST)."
    dialog.relay_edit.setText("ws://host:1")
    dialog.token_file_edit.setText(str(tmp_path / "missing.token"))
    dialog.buttons.accepted.emit()
    assert dialog.settings() is None and "missing.token" in dialog.error_label.text()
    dialog.token_edit.setText("short")
    dialog.buttons.accepted.emit()
    assert dialog.error_label.text() == "A token is at least 32 printable characters."
