"""The Edit menu's job: copy, cut and paste links, duplicate, find, and when those may act.

:class:`EditActions` works for a :class:`~valuechain_gui.ui.shell.main_window.MainWindow` (it
reads the window's ``document``, ``scene`` and ``view``, and enables the clipboard actions of
``window.menus``); it owns the find dialog. Links
travel through the clipboard as JSON under :data:`~valuechain_gui.ui.document.commands.links.LINKS_MIME_TYPE`,
with their names as plain text for other applications. Texts use the "MainWindow" translation
context, where they have always been.
"""

from __future__ import annotations

import atexit
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject
from PySide6.QtWidgets import QApplication

from valuechain_gui.ui.document.commands.links import LINKS_MIME_TYPE, copy_links_data
from .find_dialog import FindDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class EditActions(QObject):
    """Edit menu commands for ``window`` (see the module doc)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.find_dialog: FindDialog | None = None

    def update_actions(self, ids: list[str]) -> None:
        """Cut, Copy and Duplicate act only when links are selected."""
        menus = self.window.menus
        for act in (menus.act_cut, menus.act_copy, menus.act_duplicate):
            act.setEnabled(bool(ids))

    def on_inline_editing(self, editing: bool) -> None:
        """While a name is edited on the canvas, Ctrl+X/C/V/D act on its text only."""
        menus = self.window.menus
        if editing:
            for act in (menus.act_cut, menus.act_copy, menus.act_paste, menus.act_duplicate):
                act.setEnabled(False)
        else:
            self.update_actions(self.window.scene.selected_link_ids())
            self.update_paste()

    def update_paste(self) -> None:
        """Paste acts only when the clipboard holds links."""
        mime = QApplication.clipboard().mimeData()
        self.window.menus.act_paste.setEnabled(
            mime is not None and mime.hasFormat(LINKS_MIME_TYPE))

    def selected_ids(self) -> list[str]:
        """Ids of the links selected on the canvas."""
        return list(self.window.scene.selected_link_ids())

    def copy_links(self) -> None:
        """Edit > Copy: the selected links and the flows between them, as JSON."""
        ids = self.selected_ids()
        if not ids:
            return
        data = copy_links_data(self.window.document.project, ids)
        mime = QMimeData()
        mime.setData(LINKS_MIME_TYPE, QByteArray(json.dumps(data).encode("utf-8")))
        mime.setText("\n".join(entry["name"] for entry in data["links"]))
        QApplication.clipboard().setMimeData(mime)

    def cut_links(self) -> None:
        """Edit > Cut: copy, then delete the selected links in one "Cut" step."""
        ids = self.selected_ids()
        if not ids:
            return
        self.copy_links()
        document = self.window.document
        with document.edit.macro(_t("Cut")):
            document.edit.remove_links(ids)

    def paste_links(self) -> None:
        """Edit > Paste: links from the clipboard, with fresh ids and unique names."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(LINKS_MIME_TYPE):
            return
        try:
            data = json.loads(bytes(mime.data(LINKS_MIME_TYPE).data()).decode("utf-8"))
            new_ids = self.window.document.edit.paste_links(data)  # a refusal: in the status bar
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            self.window.statusBar().showMessage(
                _t("The clipboard holds no links to paste."), 5000)
            return
        if new_ids is not None:
            self.window.scene.select_links(new_ids)

    def duplicate_links(self) -> None:
        """Edit > Duplicate: copies of the selected links next to them, selected."""
        ids = self.selected_ids()
        if ids:
            new_ids = self.window.document.edit.duplicate_links(ids)
            if new_ids is not None:
                self.window.scene.select_links(new_ids)

    def show_find(self) -> None:
        """Edit > Find: the non-modal find dialog, focused on its search field."""
        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.window.document.project, self.window)
            self.find_dialog.link_chosen.connect(self.go_to_link)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.field.setFocus()
        self.find_dialog.field.selectAll()

    def follow_document(self) -> None:
        """The find dialog searches the window's new project."""
        if self.find_dialog is not None:
            self.find_dialog.set_project(self.window.document.project)

    def close_find(self) -> None:
        """Close the find dialog (the window closes)."""
        if self.find_dialog is not None:
            self.find_dialog.close()

    def go_to_link(self, link_id: str) -> None:
        """Select ``link_id`` and centre the canvas on it."""
        self.window.scene.select_links([link_id], center=True)
        self.window.view.center_on_link(link_id)


def _release_clipboard() -> None:
    """Clear the clipboard if it holds our links, before the interpreter shuts down.

    The clipboard owns the QMimeData we gave it; Qt deletes it from a C++ exit handler after
    Python is gone, and shiboken then crashes (SIGSEGV at exit, seen with PySide6 6.11). Clearing
    it while Python still runs deletes it cleanly. On X11 the data would leave with the process
    anyway (unless a clipboard manager took a copy, which it does on dataChanged).
    """
    app = QApplication.instance()
    if app is None:
        return
    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(LINKS_MIME_TYPE):
        clipboard.clear()


atexit.register(_release_clipboard)
