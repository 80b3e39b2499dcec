"""The action plan's tabs: a tab bar over a stack of pages, in place of a ``QTabWidget``.

The tab titles carry counts ("Alliance search (12)") that change with most retags (a link tagged
weak instead of missing moves its action to the other tab). ``QTabWidget.setTabText`` lays the
whole tab widget out again and repaints it with the table shown in it; here a title change
repaints the tab bar only, and the page shown is left alone. Same behaviour otherwise: one page
shown at a time, the tab bar's keys and clicks switch pages, ``currentChanged`` follows.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QStackedWidget, QStyle, QTabBar, QWidget


class PlanTabs(QWidget):
    """Tabs over pages, with the part of ``QTabWidget``'s interface the plan uses.

    Signals:
        currentChanged(int): the index of the page now shown.
    """

    currentChanged = Signal(int)  # noqa: N815 - QTabWidget's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opaque (its own window-coloured background, what showed through it before): a
        # repaint inside the tabs (a title, a table row, the scroll bar) stops here instead of
        # painting the dock under it too, whose title Qt's style draws again in full each time
        # (its buttons' icons looked up from the theme: ~0.4 ms a retag).
        self.setAutoFillBackground(True)
        self.stack = QStackedWidget(self)
        self.stack.setFrameShape(QFrame.Shape.StyledPanel)  # the pane's frame under the tabs
        self.bar = QTabBar(self)  # over the pane's top edge, as in a QTabWidget
        self.bar.setExpanding(False)
        self.bar.setUsesScrollButtons(True)
        self.bar.setDrawBase(False)  # the pane's frame is the base line
        self.bar.currentChanged.connect(self._show_page)

    def _bar_height(self) -> int:
        return self.bar.sizeHint().height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The tab bar on top, the pane under it overlapping by the style's base overlap (the
        current tab opens onto the pane)."""
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        height = self._bar_height()
        overlap = self.style().pixelMetric(QStyle.PixelMetric.PM_TabBarBaseOverlap, None, self)
        self.bar.setGeometry(0, 0, min(self.width(), self.bar.sizeHint().width()), height)
        self.stack.setGeometry(0, height - overlap, self.width(),
                               max(0, self.height() - height + overlap))
        self.bar.raise_()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The pages' size under the tab bar."""
        page = self.stack.sizeHint()
        return QSize(max(page.width(), self.bar.sizeHint().width()),
                     page.height() + self._bar_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The pages' minimum under the tab bar."""
        page = self.stack.minimumSizeHint()
        return QSize(page.width(), page.height() + self._bar_height())

    def _show_page(self, index: int) -> None:
        if index >= 0:
            self.stack.setCurrentIndex(index)
        self.currentChanged.emit(index)

    def addTab(self, page: QWidget, text: str) -> int:  # noqa: N802 - QTabWidget's name
        """Add ``page`` under a tab titled ``text``; returns its index."""
        self.stack.addWidget(page)
        index = self.bar.addTab(text)
        self._place()
        return index

    def tabBar(self) -> QTabBar:  # noqa: N802 - QTabWidget's name
        """The tab bar."""
        return self.bar

    def count(self) -> int:
        """Number of tabs."""
        return self.bar.count()

    def widget(self, index: int) -> QWidget | None:
        """The page of tab ``index``."""
        return self.stack.widget(index)

    def currentIndex(self) -> int:  # noqa: N802 - QTabWidget's name
        """Index of the tab shown."""
        return self.bar.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - QTabWidget's name
        """Show tab ``index``."""
        self.bar.setCurrentIndex(index)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - QTabWidget's name
        """The page shown."""
        return self.stack.currentWidget()

    def tabText(self, index: int) -> str:  # noqa: N802 - QTabWidget's name
        """Title of tab ``index``."""
        return self.bar.tabText(index)

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802 - QTabWidget's name
        """Retitle tab ``index``: only the tab bar is laid out and repainted."""
        self.bar.setTabText(index, text)
        width = min(self.width(), self.bar.sizeHint().width())
        if width != self.bar.width():
            self.bar.resize(width, self.bar.height())

    def tabToolTip(self, index: int) -> str:  # noqa: N802 - QTabWidget's name
        """Tooltip of tab ``index``."""
        return self.bar.tabToolTip(index)

    def setTabToolTip(self, index: int, tip: str) -> None:  # noqa: N802 - QTabWidget's name
        """Set the tooltip of tab ``index``."""
        self.bar.setTabToolTip(index, tip)


__all__ = ["PlanTabs"]
