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
