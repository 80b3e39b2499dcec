"""The main window on a 1280×720 screen (offscreen): it fits in 1280×680 with the status bar, the
panel tabs, the legend and the tool bar readable, in French and in English.

It could not be made smaller than 742 px tall: the link properties form and the legend each
claimed their full height, so the status bar and the panel tabs ended up off-screen, and the
legend's wrapped texts overlapped when the column was narrow. The same window, really shown on
X11 and looked at: ``test_x11_window.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTabBar, QToolButton, QWidget

from valuechain_gui.ui.text import i18n
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import use_recovery_dir

SAMPLE = Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain"
SMALL = (1280, 680)


@pytest.fixture(params=["fr", "en"])
def window(request, qapp, qtbot, tmp_path, monkeypatch):
    """The sample in a window at 1280×680, its first link selected (the form shows)."""
    use_recovery_dir(monkeypatch, tmp_path)
    translators = i18n.install_translators(qapp, request.param, cache_dir=tmp_path / "qm")
    sample = tmp_path / "sample.vchain"
    sample.write_bytes(SAMPLE.read_bytes())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(sample), language=request.param, settings=settings,
                     remember_layout=False)
    win.resize(*SMALL)
    win.show()
    qtbot.waitExposed(win)
    win.scene.select_links([next(iter(win.document.project.links))])
    qtbot.waitUntil(lambda: win.width() == SMALL[0])  # (its height was at least 742 px)
    qapp.processEvents()
    yield win
    win.files.maybe_save = lambda: True
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp, translators)


def inside(window: MainWindow, widget: QWidget) -> bool:
    """Whether ``widget`` is shown and lies entirely in the window."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and window.rect().contains(rect)


def test_the_minimum_size_fits_a_1280_by_720_screen(window):
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= SMALL[0] and minimum.height() <= SMALL[1], minimum
    assert (window.width(), window.height()) == SMALL


def test_status_bar_and_panel_tabs_are_on_screen(window):
    assert inside(window, window.status)
    assert all(inside(window, label) for label in window.status.findChildren(QLabel)
               if label.isVisible())
    tabs = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window
            and bar.isVisible()]
    assert tabs, "the action plan and the critical gaps are tabbed under the map"
    for bar in tabs:
        assert inside(window, bar)
        for index in range(bar.count()):  # every tab shows its whole title
            assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width()


def test_legend_texts_have_their_room_and_never_overlap(window):
    dock = window.docks.legend_dock
    labels = [label for label in dock.widget().findChildren(QLabel) if label.text()]
    assert len(labels) == 14  # seven words (statuses, star, flag, return flow), seven meanings
    rects = []
    for label in labels:
        assert inside(window, label) and inside(window, dock)
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        rects.append(QRect(label.mapTo(window, label.rect().topLeft()), label.size()))
    overlaps = [(a, b) for i, a in enumerate(rects) for b in rects[i + 1:] if a.intersects(b)]
    assert overlaps == []


def test_the_tool_bar_shows_every_button(window):
    bar = window.menus.main_toolbar
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # no ">>" hiding actions
    assert bar.sizeHint().width() <= SMALL[0] - 60  # some room left for a new button
    for action in bar.actions():
        if not action.isSeparator():
            assert inside(window, bar.widgetForAction(action)), action.text()


def test_the_link_form_scrolls_instead_of_pushing_the_window(window, qtbot):
    form = window.docks.properties_dock
    assert inside(window, form)
    assert form.height() < form.widget().widget().sizeHint().height()  # it has to scroll
    assert form.notes_edit.visibleRegion().isEmpty()
    form.actors_edit.setFocus()
    QTest.keyClick(form.actors_edit, Qt.Key.Key_Tab)  # Tab to the notes brings them in view
    assert form.notes_edit.hasFocus()
    qtbot.waitUntil(lambda: form.notes_edit.visibleRegion().boundingRect().height() > 20)
