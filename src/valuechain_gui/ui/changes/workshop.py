"""Workshop > Save Snapshot, Compare With… and Close Comparison, for one window.

:class:`ChangesActions` is created by the main window after its menus. It puts its actions in
the Workshop menu (made here if no other part of the window made it), keeps the comparison
open against its basis, recomputes it (debounced) after every change of the project, and shows
it on the map (:mod:`.overlay`) and in the panel (:mod:`.panel`). Showing another document
closes the comparison.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from valuechain_gui.analysis.changes import Change, compare
from valuechain_gui.limits import MAX_SNAPSHOT_LABEL
from valuechain_gui.model.snapshots import chain_state
from .basis_dialog import Basis, BasisDialog
from .overlay import ChangesOverlay
from .panel import ChangesDock

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

_CONTEXT = "Changes"
#: objectName of the Workshop menu, shared with whatever else puts entries in it.
WORKSHOP_MENU = "workshop_menu"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def workshop_menu(window: MainWindow) -> QMenu:
    """The window's Workshop menu, made before Help if it is not there yet."""
    bar = window.menuBar()
    found = bar.findChild(QMenu, WORKSHOP_MENU)
    if found is not None:
        return found
    menu = QMenu(_t("&Workshop"), bar)
    menu.setObjectName(WORKSHOP_MENU)
    bar.insertMenu(window.menus.help_menu.menuAction(), menu)
    return menu


class ChangesActions(QObject):
    """Snapshots and the comparison of ``window`` (see the module doc).

    Attributes: ``act_save_snapshot``, ``act_compare``, ``act_close_comparison``, ``dock``
    (:class:`ChangesDock`), ``overlay`` (:class:`ChangesOverlay` of the current scene),
    ``basis`` (the open comparison's :class:`Basis`, or None), ``changes`` (its changes).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.basis: Basis | None = None
        self.changes: list[Change] = []
        self.overlay: ChangesOverlay | None = None
        self._connected: list = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        self.act_save_snapshot = QAction(_t("Save &Snapshot…"), window)
        self.act_save_snapshot.setStatusTip(_t("Keep the state of the chain in the project, "
                                               "dated and labelled, to compare with later"))
        self.act_save_snapshot.triggered.connect(self.save_snapshot)
        self.act_compare = QAction(_t("&Compare With…"), window)
        self.act_compare.setStatusTip(_t("Show what changed since a snapshot or another file"))
        self.act_compare.triggered.connect(self.choose_basis)
        self.act_close_comparison = QAction(_t("Close Co&mparison"), window)
        self.act_close_comparison.triggered.connect(self.close_comparison)
        self.act_close_comparison.setEnabled(False)
        menu = workshop_menu(window)
        menu.addActions([self.act_save_snapshot, self.act_compare, self.act_close_comparison])
        self.dock = ChangesDock(window)
        self.dock.hide()
        self.dock.close_requested.connect(self.close_comparison)
        self.dock.link_chosen.connect(self._select)

    # ------------------------------------------------------------------ document
    def follow_document(self) -> None:
        """The window shows another document (or a new canvas): the comparison closes."""
        self.close_comparison()
        for signal, slot in self._connected:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connected = []
        document = self.window.document
        for signal in document.notifier.every_change():
            signal.connect(self._changed)
            self._connected.append((signal, self._changed))
        self.overlay = ChangesOverlay(self.window.scene)

    def _changed(self, *_args: object) -> None:
        if self.basis is not None:
            self.timer.start()

    # ------------------------------------------------------------------ snapshot
    def save_snapshot(self) -> bool:
        """Ask for a label and keep a snapshot of today (one undoable step)."""
        default = _t("Workshop {date}").format(date=date.today().isoformat())
        label, ok = QInputDialog.getText(self.window, _t("Save Snapshot"),
                                         _t("Label of the snapshot (e.g. the workshop):"),
                                         QLineEdit.EchoMode.Normal, default)
        if not ok:
            return False
        return self.take_snapshot(label)

    def take_snapshot(self, label: str) -> bool:
        """Keep a snapshot labelled ``label`` of today; a blank label is refused."""
        label = label.strip()[:MAX_SNAPSHOT_LABEL]
        if not label:
            self.window.statusBar().showMessage(_t("A snapshot needs a label."), 8000)
            return False
        done = self.window.document.edit.save_snapshot(label, date.today())
        if done:
            self.window.statusBar().showMessage(
                _t("Snapshot “{label}” saved in the project.").format(label=label), 8000)
        return done

    # ------------------------------------------------------------------ comparison
    def choose_basis(self) -> None:
        """Workshop > Compare With…: choose a snapshot or a file, then show the comparison."""
        dialog = BasisDialog(self.window.document.project, self.window.files.start_folder(),
                             self.window)
        if dialog.exec() and dialog.basis is not None:
            self.show_comparison(dialog.basis)

    def show_comparison(self, basis: Basis) -> None:
        """Compare the current map with ``basis`` and show it until closed."""
        self.basis = basis
        self.act_close_comparison.setEnabled(True)
        self.refresh()
        if self.window.dockWidgetArea(self.dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            # only while a comparison is open: a hidden tabbed dock would keep a tab bar
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.window.tabifyDockWidget(self.window.docks.properties_dock, self.dock)
        self.dock.show()
        self.dock.raise_()

    def refresh(self) -> None:
        """Compute the comparison again and redraw it."""
        if self.basis is None or self.overlay is None:
            return
        state = self.basis.snapshot.state
        self.changes = compare(state, chain_state(self.window.document.project))
        self.overlay.show(self.changes, state)
        self.dock.show_changes(self.basis.description, self.changes)

    def close_comparison(self) -> None:
        """Take the comparison off the map and hide the panel."""
        self.timer.stop()
        self.basis = None
        self.changes = []
        if self.overlay is not None:
            self.overlay.clear()
        if self.window.dockWidgetArea(self.dock) != Qt.DockWidgetArea.NoDockWidgetArea:
            self.window.removeDockWidget(self.dock)  # hides it and gives the place back
        self.dock.hide()
        self.act_close_comparison.setEnabled(False)

    def _select(self, link_id: str) -> None:
        if self.window.scene.card(link_id) is not None:
            self.window.scene.select_links([link_id], center=True)
