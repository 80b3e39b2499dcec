"""The changes panel: what changed since the comparison basis, one line per change.

A dock with the basis ("Compared with: Workshop 2025, 2025-06-12"), the count, the lines
(a click selects the link on the map) and a button that closes the comparison.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.analysis.changes import Change
from .texts import change_text

_CONTEXT = "Changes"


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


class ChangesDock(QDockWidget):
    """The panel; ``link_chosen(link_id)`` when a line is clicked, ``close_requested()`` by its
    button."""

    link_chosen = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_t("Changes"), parent)
        self.setObjectName("changes_dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.basis_label = QLabel(body)
        self.basis_label.setWordWrap(True)
        self.count_label = QLabel(body)
        self.list = QListWidget(body)
        self.list.setObjectName("changes_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.close_button = QPushButton(_t("Close Comparison"), body)
        self.close_button.clicked.connect(self.close_requested)
        for widget in (self.basis_label, self.count_label, self.list, self.close_button):
            layout.addWidget(widget)
        self.setWidget(body)

    def show_changes(self, basis: str, changes: list[Change]) -> None:
        """Show ``changes`` against the basis described by ``basis``."""
        self.basis_label.setText(_t("Compared with: {basis}").format(basis=basis))
        self.count_label.setText(_t("%n change(s)", len(changes)))
        self.list.clear()
        for change in changes:
            item = QListWidgetItem(change_text(change))
            item.setData(Qt.ItemDataRole.UserRole, change.link_id)
            self.list.addItem(item)

    def lines(self) -> list[str]:
        """The lines shown, in order."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        link_id = item.data(Qt.ItemDataRole.UserRole)
        if link_id:
            self.link_chosen.emit(link_id)
