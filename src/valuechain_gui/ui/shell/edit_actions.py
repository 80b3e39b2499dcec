"""The Edit menu's own commands of the main window: copy, cut and paste links, duplicate, find.

:class:`EditActions` is mixed into :class:`~valuechain_gui.ui.shell.main_window.MainWindow` (it uses
the window's ``document``, ``scene``, ``view``, ``find_dialog`` and ``act_*`` actions). Links
travel through the clipboard as JSON under :data:`~valuechain_gui.ui.document.commands.links.LINKS_MIME_TYPE`,
with their names as plain text for other applications. Texts use the "MainWindow" translation
context, where they have always been.
"""

from __future__ import annotations

import atexit
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication

from valuechain_gui.ui.document.commands.links import LINKS_MIME_TYPE, copy_links_data
from .find_dialog import FindDialog

if TYPE_CHECKING:
    from .main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class EditActions:
    """Edit menu commands (a mixin of the main window: no state of its own)."""

    def _update_edit_actions(self: MainWindow, ids: list[str]) -> None:
        for act in (self.act_cut, self.act_copy, self.act_duplicate):
            act.setEnabled(bool(ids))

    def _on_inline_editing(self: MainWindow, editing: bool) -> None:
        """While a name is edited on the canvas, Ctrl+X/C/V/D act on its text only."""
        if editing:
            for act in (self.act_cut, self.act_copy, self.act_paste, self.act_duplicate):
                act.setEnabled(False)
        else:
            self._update_edit_actions(self.scene.selected_link_ids())
            self._update_paste()

    def _update_paste(self: MainWindow) -> None:
        mime = QApplication.clipboard().mimeData()
        self.act_paste.setEnabled(mime is not None and mime.hasFormat(LINKS_MIME_TYPE))

    def selected_ids(self: MainWindow) -> list[str]:
        """Ids of the links selected on the canvas."""
        return list(self.scene.selected_link_ids())

    def copy_links(self: MainWindow) -> None:
        """Edit > Copy: the selected links and the flows between them, as JSON."""
        ids = self.selected_ids()
        if not ids:
            return
        data = copy_links_data(self.document.project, ids)
        mime = QMimeData()
        mime.setData(LINKS_MIME_TYPE, QByteArray(json.dumps(data).encode("utf-8")))
        mime.setText("\n".join(entry["name"] for entry in data["links"]))
        QApplication.clipboard().setMimeData(mime)

    def cut_links(self: MainWindow) -> None:
        """Edit > Cut: copy, then delete the selected links in one "Cut" step."""
        ids = self.selected_ids()
        if not ids:
            return
        self.copy_links()
        with self.document.edit.macro(_t("Cut")):
            self.document.edit.remove_links(ids)

    def paste_links(self: MainWindow) -> None:
        """Edit > Paste: links from the clipboard, with fresh ids and unique names."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(LINKS_MIME_TYPE):
            return
        try:
            data = json.loads(bytes(mime.data(LINKS_MIME_TYPE).data()).decode("utf-8"))
            new_ids = self.document.edit.paste_links(data)  # a refusal: in the status bar
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            self.statusBar().showMessage(_t("The clipboard holds no links to paste."), 5000)
            return
        if new_ids is not None:
            self.scene.select_links(new_ids)

    def duplicate_links(self: MainWindow) -> None:
        """Edit > Duplicate: copies of the selected links next to them, selected."""
        ids = self.selected_ids()
        if ids:
            new_ids = self.document.edit.duplicate_links(ids)
            if new_ids is not None:
                self.scene.select_links(new_ids)

    def show_find(self: MainWindow) -> None:
        """Edit > Find: the non-modal find dialog, focused on its search field."""
        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.document.project, self)
            self.find_dialog.link_chosen.connect(self.go_to_link)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.field.setFocus()
        self.find_dialog.field.selectAll()

    def go_to_link(self: MainWindow, link_id: str) -> None:
        """Select ``link_id`` and centre the canvas on it."""
        self.scene.select_links([link_id], center=True)
        self.view.center_on_link(link_id)


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
