"""The Partners menu of the main window: find partners for the selected link, attach a partner's
map, show the recomposed chain.

:class:`PartnerActions` is created by the window; it owns the menu's actions and acts on the
window's current document and canvas selection. "Find Partners" (Ctrl+Shift+M) is also put in
the card's context menu and the gap panel's (which selects the link on the map), so the same
action serves the three places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from .attach_map import ask_and_attach

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

#: Shortcut of "Find Partners for the Selected Link".
FIND_SHORTCUT = "Ctrl+Shift+M"


class PartnerActions(QObject):
    """The partner actions of ``window`` (see the module docstring).

    Attributes: ``act_find`` (Find Partners for the Selected Link), ``act_attach`` (Attach a
    Partner's Map), ``menu`` (the Partners menu, once :meth:`add_menu` is called).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None
        self.act_find = QAction(self.tr("&Find Partners for the Selected Link"), window)
        self.act_find.setShortcut(QKeySequence(FIND_SHORTCUT))
        self.act_find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_find.setStatusTip(self.tr(
            "Rank the partners whose strong links or competences could fill the selected weak "
            "or missing link"))
        self.act_find.triggered.connect(self.find_partners)
        self.act_attach = QAction(self.tr("&Attach a Partner's Map…"), window)
        self.act_attach.setStatusTip(self.tr(
            "Read the value chain a partner has mapped itself (.vchain or spreadsheet)"))
        self.act_attach.triggered.connect(self.attach_map)

    def add_menu(self, bar: QMenuBar, before: QAction | None = None) -> QMenu:
        """Put the Partners menu in ``bar`` (before ``before``)."""
        menu = QMenu(self.tr("Partner&s"), bar)
        menu.setObjectName("partners_menu")
        menu.addAction(self.act_find)
        menu.addAction(self.act_attach)
        menu.addSeparator()
        docks = self.window.docks
        menu.addAction(docks.matching_dock.toggleViewAction())
        menu.addAction(docks.recomposed_dock.toggleViewAction())
        if before is not None:
            bar.insertMenu(before, menu)
        else:
            bar.addMenu(menu)
        self.menu = menu
        return menu

    def find_partners(self) -> bool:
        """Show the partners for the one selected link; False (and a status message) if not
        exactly one link is selected."""
        window = self.window
        ids = window.scene.selected_link_ids() if window.scene is not None else []
        if len(ids) != 1:
            window.statusBar().showMessage(
                self.tr("Select one weak or missing link to find partners for it."), 8000)
            return False
        dock = window.docks.matching_dock
        dock.show_link(ids[0])
        dock.show()
        dock.raise_()
        return True

    def attach_map(self) -> str | None:
        """Attach a partner's map through the dialogs; the partner's id, or None."""
        return ask_and_attach(self.window, self.window.document)
