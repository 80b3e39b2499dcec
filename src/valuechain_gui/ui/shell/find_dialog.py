"""Find (Ctrl+F): search links by name, actor or note, and jump to the one chosen.

Matching ignores case and accents ("electrique" finds "Électrique"); the results list each
matching link with where the text was found. Choosing a result emits ``link_chosen(link_id)``;
the window then selects the link and centres the canvas on it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import Project

#: Where a match was found, in the order they are tried.
WHERE = ("name", "actors", "notes")


def fold(text: str) -> str:
    """``text`` without accents, case-folded, whitespace collapsed (for matching)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def find_links(project: Project, text: str) -> list[tuple[str, str]]:
    """Links matching ``text``: ``[(link id, where)]`` with ``where`` in :data:`WHERE`.

    Name matches come first (those starting with the text before the others), then actor
    matches, then note matches; each link appears once. An empty ``text`` matches nothing.
    """
    needle = fold(text)
    if not needle:
        return []
    starts, names, actors, notes = [], [], [], []
    for link in project.links.values():
        name = fold(link.name)
        if name.startswith(needle):
            starts.append((link.id, "name"))
        elif needle in name:
            names.append((link.id, "name"))
        elif any(needle in fold(actor) for actor in link.actors):
            actors.append((link.id, "actors"))
        elif needle in fold(link.notes):
            notes.append((link.id, "notes"))
    return starts + names + actors + notes


class FindDialog(QDialog):
    """A small non-modal dialog: a search field and the matching links.

    Signals:
        link_chosen(str): the id of the link the user picked (Enter or double-click; never
            while typing, so the canvas does not jump around under the group's eyes).
    """

    link_chosen = Signal(str)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a link"))
        self.project = project
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Name, actor or note…"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.info = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(380, 320)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(self._choose_item)

    def set_project(self, project: Project) -> None:
        """Search another project (after File > Open); clears the results."""
        self.project = project
        self.search(self.field.text())

    def search(self, text: str) -> None:
        """Fill the results for ``text`` and select the first one."""
        where_text = {"name": self.tr("name"), "actors": self.tr("actor"),
                      "notes": self.tr("note")}
        self.results.clear()
        for link_id, where in find_links(self.project, text):
            link = self.project.links[link_id]
            label = link.name if where == "name" else self.tr("{name} (in {where})").format(
                name=link.name, where=where_text[where])
            item = QListWidgetItem(label, self.results)
            item.setData(Qt.ItemDataRole.UserRole, link_id)
            item.setToolTip(self.project.stage(link.stage_id).name)
        count = self.results.count()
        self.info.setText(self.tr("%n link(s) found", "", count) if text.strip() else "")
        if count:
            self.results.setCurrentRow(0)

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.link_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _choose_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Up/Down in the field move through the results."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
            return
        super().keyPressEvent(event)
