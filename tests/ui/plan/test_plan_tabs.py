"""The plan's tabs: a title change (a count after a retag) repaints the tab bar, not the table
shown under it; choosing a tab shows its page, as a QTabWidget does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from valuechain_gui.ui.plan.tabs import PlanTabs


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.rows = 0  # pixel rows repainted, summed

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            self.rows += event.region().boundingRect().height()
        return False


def test_retitling_a_tab_repaints_the_bar_not_the_page_and_tabs_switch_pages(qtbot):
    tabs = PlanTabs()
    qtbot.addWidget(tabs)
    pages = [QLabel(f"page {i}") for i in range(3)]
    for i, page in enumerate(pages):
        assert tabs.addTab(page, f"Tab ({i})") == i
    counter, bar_counter = PaintCounter(), PaintCounter()
    pages[0].installEventFilter(counter)
    tabs.tabBar().installEventFilter(bar_counter)
    tabs.resize(600, 300)
    tabs.show()
    qtbot.waitUntil(lambda: counter.paints > 0 and bar_counter.paints > 0)  # first paint
    counter.paints = counter.rows = bar_counter.paints = 0
    tabs.setTabText(1, "Tab (12345)")
    qtbot.waitUntil(lambda: bar_counter.paints > 0)
    assert tabs.tabText(1) == "Tab (12345)"
    assert counter.rows <= 4  # the page shown is left alone (but the pane's edge under the bar)
    assert tabs.tabBar().width() >= tabs.tabBar().sizeHint().width()  # the longer title fits
    with qtbot.waitSignal(tabs.currentChanged) as signal:
        tabs.setCurrentIndex(2)
    assert signal.args == [2]
    assert tabs.currentWidget() is pages[2] and pages[2].isVisible() and not pages[0].isVisible()


def _docked_tabs(qtbot):
    """PlanTabs in a dock of a main window, as the action plan shows them."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QTableView, QVBoxLayout, QWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("map"))
    dock = QDockWidget("Action plan", window)
    body = QWidget(dock)
    tabs = PlanTabs(body)
    for i in range(3):
        tabs.addTab(QTableView(tabs), f"Tab ({i})")
    QVBoxLayout(body).addWidget(tabs)
    dock.setWidget(body)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resize(700, 500)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # activated: repainted in the active colours
    QCoreApplication.sendPostedEvents()  # the layout the show asked for, done now
    window.repaint()  # and what it moved, painted now
    return window, dock, tabs


def test_a_retitled_tab_does_not_repaint_the_dock_under_the_tabs_and_looks_the_same(qtbot):
    window, dock, tabs = _docked_tabs(qtbot)
    counter, bar_counter = PaintCounter(), PaintCounter()
    dock.installEventFilter(counter)
    tabs.tabBar().installEventFilter(bar_counter)
    tabs.setTabText(0, "Tab (7)")
    qtbot.waitUntil(lambda: bar_counter.paints > 0)
    tabs.setTabText(0, "Tab (8)")  # same width: the bar alone
    qtbot.waitUntil(lambda: bar_counter.paints > 1)
    assert counter.paints == 0  # the dock's title is not drawn again
    # the tabs' own background is the colour that showed through them: same pixels
    opaque = window.grab().toImage()
    tabs.setAutoFillBackground(False)
    window.repaint()
    assert window.grab().toImage() == opaque
