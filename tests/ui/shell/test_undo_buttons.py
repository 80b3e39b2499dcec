"""The tool bar's Undo and Redo: a fixed look, the command's text in the tooltip, and a retag
that neither lays out nor repaints the tool bar (the Edit menu keeps "Undo Tag as …")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QToolButton

from valuechain_gui.model import LinkStatus

from test_main_window import make_window, project_file, retag, window  # noqa: F401 - fixtures


class _Events(QObject):
    """Counts layout requests and paints a widget receives."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.types: list[QEvent.Type] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Paint):
            self.types.append(event.type())
        return False


def _buttons(window) -> tuple[QToolButton, QToolButton]:
    bar = window.menus.main_toolbar
    return (bar.widgetForAction(window.menus.act_undo_button),
            bar.widgetForAction(window.menus.act_redo_button))


def test_buttons_keep_their_text_and_follow_the_stack(window):
    undo, redo = _buttons(window)
    assert (undo.text(), redo.text()) == ("Undo", "Redo")
    assert not undo.isEnabled() and not redo.isEnabled()
    retag(window, "Farms", LinkStatus.STRONG)
    assert undo.text() == "Undo" and undo.isEnabled() and not redo.isEnabled()
    assert window.menus.act_undo.text() == "&Undo Tag as strong"
    undo.click()
    assert window.document.project.link_by_name("Farms").status != LinkStatus.STRONG
    assert not undo.isEnabled() and redo.isEnabled()
    redo.click()
    assert window.document.project.link_by_name("Farms").status == LinkStatus.STRONG


def test_tooltip_and_status_tip_name_the_command(window):
    undo, _ = _buttons(window)
    retag(window, "Farms", LinkStatus.STRONG)
    retag(window, "Farms", LinkStatus.MISSING)
    centre = QPointF(undo.rect().center())
    QApplication.sendEvent(undo, QEnterEvent(centre, centre, QPointF(undo.mapToGlobal(QPoint()))))
    assert undo.toolTip() == "Undo Tag as missing"
    assert window.statusBar().currentMessage() == "Undo Tag as missing"


def test_a_retag_leaves_the_tool_bar_alone(window, qtbot):
    bar = window.menus.main_toolbar
    undo, redo = _buttons(window)
    retag(window, "Farms", LinkStatus.STRONG)  # enables Undo: that may repaint
    qtbot.wait(50)
    width = undo.width()
    seen = [_Events(widget) for widget in (bar, undo, redo)]
    for status in (LinkStatus.MISSING, LinkStatus.WEAK, LinkStatus.MISSING):
        retag(window, "Farms", status)
        QApplication.processEvents()
    qtbot.wait(50)
    assert [events.types for events in seen] == [[], [], []]
    assert undo.width() == width
