"""Status bar: how many links per status, how many still to assess, how many flows.

It follows the document's notifier: links added or removed and flows added or removed recount
(a count over the links dictionary); a status change moves the retagged links from one count to
another (a retag looks at its links only); a drag, a rename or an edit of the plan recounts
nothing. A label is set only when its text changes. The count labels keep a fixed size, their
text's own size hint: ``QLabel.setText`` always asks for a new geometry, which lays the status
bar and the main window out again, unless the label's size is fixed; a new count of the same
width ("1234 weak" after "1235 weak") then repaints the label only, and a wider or narrower one
fixes the new size, which lays the bar out as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.text.labels import link_status_label
from valuechain_gui.ui.document.notifier import Connection, connect_all, disconnect_all
from valuechain_gui.ui.canvas.legend_dock import status_colour

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size (QWIDGETSIZE_MAX in C++)


def _dot(colour: QColor, size: int = 10) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(140))
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


class CountLabel(QLabel):
    """A label of a fixed size once shown: its text's width and the height its layout gave it
    (so a new text of the same width does not lay its window out again). A font or style change
    (the bold count to assess) frees the size for the next layout. Its text's width is measured
    on a label never shown (a label's own size hint grows to its minimum size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measure = QLabel()

    def show_text(self, text: str) -> None:
        """Show ``text`` (nothing happens when it is already shown)."""
        if self.text() == text:
            return
        height = self.height() if self.isVisible() else None
        self.setText(text)
        if height is None:
            return  # not laid out yet: its layout sizes it
        self._measure.setFont(self.font())
        self._measure.setText(text)
        width = self._measure.sizeHint().width()
        if (self.minimumSize().toTuple() != (width, height)
                or self.maximumSize().toTuple() != (width, height)):
            self.setFixedSize(width, height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Free the size after a font or style change: the layout sizes the label again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setMinimumSize(0, 0)
            self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)


class ChainStatusBar(QStatusBar):
    """The window's status bar with permanent per-status counts.

    ``count_labels[status]`` shows e.g. "3 weak"; ``unassessed_label`` "2 links to assess";
    ``totals_label`` "14 links · 20 flows". Call :meth:`set_document` when the document changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._connections: tuple[Connection, ...] = ()
        self._statuses: dict[str, LinkStatus] = {}  # each link's status as counted
        self._counts: dict[LinkStatus, int] = {}
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(10)
        self.count_labels: dict[LinkStatus, QLabel] = {}
        for status in (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING):
            icon = QLabel(box)
            icon.setPixmap(_dot(status_colour(status)))
            label = CountLabel(box)
            layout.addWidget(icon)
            layout.addWidget(label)
            self.count_labels[status] = label
        self.unassessed_label = CountLabel(box)
        self.count_labels[LinkStatus.UNASSESSED] = self.unassessed_label
        self.totals_label = CountLabel(box)
        layout.addWidget(self.unassessed_label)
        layout.addWidget(QLabel("·", box))
        layout.addWidget(self.totals_label)
        self.addPermanentWidget(box)

    def set_document(self, document: Document) -> None:
        """Follow ``document``'s model events (and stop following the previous one)."""
        disconnect_all(self._connections)
        self._document = document
        notifier = document.notifier
        self._connections = ((notifier.links_added, self._on_links),
                             (notifier.links_removed, self._on_links),
                             (notifier.links_changed, self._on_links_changed),
                             (notifier.flows_changed, self.refresh))
        connect_all(self._connections)
        self.refresh()

    def _on_links(self, _ids: tuple) -> None:
        self.refresh()

    def _on_links_changed(self, ids: tuple, fields: tuple) -> None:
        if "status" not in fields or self._document is None:
            return
        links = self._document.project.links
        for link_id in ids:
            link = links.get(link_id)
            old = self._statuses.get(link_id)
            if link is None or old is None:
                self.refresh()  # not a link counted yet: count again
                return
            self._counts[old] -= 1
            self._counts[link.status] += 1
            self._statuses[link_id] = link.status
        self._show()

    def refresh(self) -> None:
        """Recount from the model."""
        if self._document is None:
            return
        self._statuses = {link.id: link.status for link in self._document.project.links.values()}
        self._counts = {status: 0 for status in LinkStatus}
        for status in self._statuses.values():
            self._counts[status] += 1
        self._show()

    def _show(self) -> None:
        project = self._document.project
        counts = self._counts
        for status in (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING):
            self.count_labels[status].show_text(self.tr("{n} {status}").format(
                n=counts[status], status=link_status_label(status)))
        self.unassessed_label.show_text(
            self.tr("%n link(s) to assess", "", counts[LinkStatus.UNASSESSED]))
        style = "font-weight: bold;" if counts[LinkStatus.UNASSESSED] else ""
        if self.unassessed_label.styleSheet() != style:
            self.unassessed_label.setStyleSheet(style)
        self.totals_label.show_text(self.tr("{links} · {flows}").format(
            links=self.tr("%n link(s)", "", len(project.links)),
            flows=self.tr("%n flow(s)", "", len(project.flows))))
