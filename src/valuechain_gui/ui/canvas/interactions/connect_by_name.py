"""Connect the focused card to another one chosen by typing the start of its name.

C opens a small field over the map with a completer of the other links' names (starts with,
case and accents as typed); Enter adds a flow from the focused link to the chosen one (Shift+C:
from the chosen one to the focused link), Escape closes it. The first name that starts with the
typed text is taken when no name matches it exactly, so "Capt" Enter is enough.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

if TYPE_CHECKING:
    from .controller import CanvasInteractions


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class ConnectByName(QObject):
    """The "connect to…" field of a canvas (see the module docstring).

    Attributes:
        field: the open :class:`QLineEdit`, or None.
    """

    def __init__(self, owner: CanvasInteractions) -> None:
        super().__init__(owner)
        self.owner = owner
        self.field: QLineEdit | None = None
        self._source: str | None = None
        self._downstream = True

    def open(self, downstream: bool = True) -> None:
        """Open the field for the focused link (``downstream``: it is the flow's upstream)."""
        scene = self.owner.scene
        ids = scene.selected_link_ids()
        views = scene.views()
        if not ids or not views:
            self.owner.tell(_t("Select a link first (Tab moves between links)."))
            return
        self.close()
        view = views[0]
        self._source, self._downstream = ids[-1], downstream
        project = self.owner.project
        names = sorted((link.name for link in project.links.values() if link.id != ids[-1]),
                       key=str.casefold)
        field = QLineEdit(view)
        field.setObjectName("connect_by_name")
        field.setPlaceholderText(_t("Flow to… (type the start of a name)") if downstream
                                 else _t("Flow from… (type the start of a name)"))
        field.setMinimumWidth(320)
        completer = QCompleter(names, field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        field.setCompleter(completer)
        field.returnPressed.connect(self._chosen)
        field.installEventFilter(self)
        card = scene.card(ids[-1])
        corner = view.mapFromScene(card.sceneBoundingRect().bottomLeft()) if card else None
        field.adjustSize()
        x = min(max(0, corner.x() if corner else 0), max(0, view.width() - field.width()))
        y = min(max(0, corner.y() + 4 if corner else 0), max(0, view.height() - field.height()))
        field.move(x, y)
        self.field = field
        self.owner.editing_changed.emit(True)  # the map's single keys are off while typing
        field.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def close(self) -> None:
        """Close the field (nothing added) and give the keyboard back to the map."""
        field, self.field = self.field, None
        if field is None:
            return
        field.removeEventFilter(self)
        field.hide()
        field.deleteLater()
        self.owner.editing_changed.emit(False)
        views = self.owner.scene.views()
        if views:
            views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def target_for(self, text: str) -> str | None:
        """The link named ``text`` (any case), else the first whose name starts with it."""
        text = text.strip().casefold()
        if not text:
            return None
        links = [link for link in self.owner.project.links.values() if link.id != self._source]
        exact = [link.id for link in links if link.name.casefold() == text]
        if exact:
            return exact[0]
        starts = sorted((link for link in links if link.name.casefold().startswith(text)),
                        key=lambda link: link.name.casefold())
        return starts[0].id if starts else None

    def _chosen(self) -> None:
        if self.field is None:
            return
        target = self.target_for(self.field.text())
        source, downstream = self._source, self._downstream
        if target is None:
            self.owner.tell(_t("No link starts with “{text}”.").format(text=self.field.text()))
            return
        self.close()
        if source is None or source not in self.owner.project.links:
            return
        up, down = (source, target) if downstream else (target, source)
        self.owner.edit.add_flow(up, down)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Escape in the field closes it; leaving it closes it too."""
        if watched is self.field:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                    event.key() == Qt.Key.Key_Escape:
                self.close()
                return True
            if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
                popup = watched.completer().popup() if watched.completer() else None
                if popup is None or not popup.isVisible():
                    self.close()
        return False
