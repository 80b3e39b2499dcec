"""The View and Help menus' job: zoom, fit, highlights, auto-layout, About.

:class:`ViewActions` acts on the window's current canvas (:attr:`MainWindow.view`,
:attr:`MainWindow.scene`) and, for the highlights, on the gap panel, whose own highlight an
actor highlight replaces. Texts keep the "MainWindow" translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.shell.about import show_about

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

_CONTEXT = "MainWindow"


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


class ViewActions(QObject):
    """View and Help menu commands for ``window`` (see the module doc)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def zoom_in(self) -> None:
        """View > Zoom In."""
        self.window.view.zoom_in()

    def zoom_out(self) -> None:
        """View > Zoom Out."""
        self.window.view.zoom_out()

    def fit_all(self) -> None:
        """View > Fit Map in Window."""
        self.window.view.fit_all()

    def actual_size(self) -> None:
        """View > Actual Size (100 %)."""
        self.window.view.actual_size()

    def highlight_gaps(self, checked: bool) -> None:
        """View > Highlight weak and missing links (checkable)."""
        self.window.view_state.set_status_filter(
            {LinkStatus.WEAK, LinkStatus.MISSING} if checked else None)

    def highlight_actor(self) -> None:
        """View > Highlight by actor: choose one of the project's actors."""
        links = self.window.document.project.links.values()
        actors = sorted({a for link in links for a in link.actors}, key=str.casefold)
        if not actors:
            QMessageBox.information(self.window, _t("Highlight by actor"),
                                    _t("No link has actors yet: type them in the link "
                                       "properties."))
            return
        actor, ok = QInputDialog.getItem(self.window, _t("Highlight by actor"),
                                         _t("Show the links of:"), actors, 0, False)
        if ok and actor:
            self.set_actor_highlight(actor)

    def set_actor_highlight(self, actor: str) -> list[str]:
        """Highlight the links whose actors include ``actor``; returns their ids."""
        window = self.window
        ids = [link.id for link in window.document.project.links.values()
               if actor in link.actors]
        window.docks.gaps_dock.release_highlight()  # the actor highlight replaces the panel's
        window.menus.act_highlight_gaps.setChecked(False)
        window.view_state.set_status_filter(None)
        window.view_state.set_highlight(ids)
        window.statusBar().showMessage(_t("%n link(s) with this actor", len(ids)), 5000)
        return ids

    def clear_highlight(self) -> None:
        """View > Clear highlight."""
        self.window.docks.gaps_dock.release_highlight()
        self.window.menus.act_highlight_gaps.setChecked(False)
        self.window.view_state.set_status_filter(None)
        self.window.view_state.set_highlight(None)

    def auto_layout(self) -> None:
        """View > Auto-layout: one undoable step."""
        self.window.document.edit.layout()
        self.window.view.fit_all()

    def show_about(self) -> None:
        """Help > About: version, Qt and Python versions, data and recovery folders."""
        show_about(self.window)
