"""The main window's dock layout: sensible default sizes, and no squashed map, ever.

Default (a projector at 1440×900): the bottom panels (action plan tabbed with critical gaps)
take about 30 % of the window height, more if needed to show :data:`PLAN_ROWS` rows of the
plan, but the map keeps at least :data:`MIN_MAP_SHARE` of the height; the right column is
~23 % of the width, split properties 41 %, legend 37 % (its wrapped meanings must fit),
overview 22 %.

``QMainWindow.resizeDocks`` only works once the window is laid out (after ``show``), and
replacing the central widget (a new document, e.g. one restored after a crash) let the bottom
dock take all the height (the map shrank to a ~40 px strip), a layout then saved and reused at
every start. :func:`ensure_sane_layout` puts the defaults back when the map is squashed, and
:func:`layout_is_squashed` lets the window refuse to save such a layout.

Small screens (a 1280×720 laptop or projector): the window's minimum size must stay within
:data:`MIN_WINDOW_SIZE`, with the status bar, the panel tabs and the legend readable.
:func:`fit_small_screens` lets the link properties scroll (its form alone wanted ~300 px of
height) and gives the legend the height its wrapped texts need at its width (a dock only asks
its content for a width-independent minimum, so the texts overlapped when it was narrow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QTabBar, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Share of the window height given to the bottom panels by default.
BOTTOM_SHARE = 0.30
#: Rows of the action plan shown by default when the window is tall enough.
PLAN_ROWS = 6
#: The map (central widget) never gets less than this share of the window height by default,
#: and a layout giving it less than :data:`SQUASHED_SHARE` is repaired, never saved.
MIN_MAP_SHARE = 0.50
SQUASHED_SHARE = 0.25
#: Right column: share of the window width, and the split of its height (properties, legend,
#: overview; resizeDocks keeps these proportions).
RIGHT_SHARE = 0.23
RIGHT_SPLIT = (41, 37, 22)
#: The main window's minimum size never exceeds this (a 1280×720 screen, less its task bar).
MIN_WINDOW_SIZE = QSize(1280, 680)


def bottom_docks(window: MainWindow) -> list[QDockWidget]:
    """The visible dock widgets in the window's bottom area."""
    return [dock for dock in window.findChildren(QDockWidget)
            if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
            and not dock.isFloating()]


def _plan_rows_height(window: MainWindow) -> int:
    """Height (px) of the bottom dock that shows :data:`PLAN_ROWS` plan rows, measured from the
    current layout (dock height minus the table's viewport, plus the rows)."""
    table = window.docks.plan_dock.current_view()
    overhead = window.docks.plan_dock.height() - table.viewport().height() + _dock_tabs_height(window)
    return overhead + PLAN_ROWS * table.verticalHeader().defaultSectionSize() + 2


def _dock_tabs_height(window: MainWindow) -> int:
    """Height (px) of the tab bar under tabbed docks (counted in the sizes resizeDocks sets)."""
    bars = [bar.height() for bar in window.findChildren(QTabBar)
            if bar.parent() is window and bar.isVisible()]
    return max(bars, default=0)


def default_dock_sizes(window: MainWindow) -> None:
    """Apply the default dock sizes (see module doc) to ``window``, at its current size."""
    width, height = window.width(), window.height()
    right = max(260, round(width * RIGHT_SHARE))
    window.resizeDocks([window.docks.properties_dock], [right], Qt.Orientation.Horizontal)
    window.resizeDocks([window.docks.properties_dock, window.docks.legend_dock, window.docks.minimap_dock],
                       [share * 10 for share in RIGHT_SPLIT], Qt.Orientation.Vertical)
    bottom = bottom_docks(window)
    if not bottom:
        return
    window.resizeDocks(bottom, [_bottom_height(window)] * len(bottom), Qt.Orientation.Vertical)


def _bottom_height(window: MainWindow) -> int:
    """The default height (px) of the bottom panels: :data:`BOTTOM_SHARE` of the window, or
    more to show :data:`PLAN_ROWS` plan rows, as long as the map keeps :data:`MIN_MAP_SHARE`
    (measured on the current layout: the central widget and the bottom dock share the room)."""
    height = window.height()
    wanted = max(round(height * BOTTOM_SHARE), _plan_rows_height(window))
    central = window.centralWidget()
    if central is None or window.docks.plan_dock.isHidden() or window.docks.plan_dock.isFloating():
        return round(height * BOTTOM_SHARE)
    room = central.height() + window.docks.plan_dock.height()
    cap = room - round(height * MIN_MAP_SHARE) - _scrollbar_allowance(window)
    return max(120, min(wanted, cap))


def _scrollbar_allowance(window: MainWindow) -> int:
    """Pixels of the central widget that are not map viewport (its horizontal scroll bar)."""
    view = window.view
    if view is None:
        return 0
    return max(0, view.height() - view.viewport().height())


def layout_is_squashed(window: MainWindow) -> bool:
    """Whether the map (central widget) has less than :data:`SQUASHED_SHARE` of the window
    height while the window is shown."""
    central = window.centralWidget()
    if central is None or not window.isVisible():
        return False
    return central.height() < window.height() * SQUASHED_SHARE


def ensure_sane_layout(window: MainWindow) -> bool:
    """Put the default dock sizes back if the map is squashed; whether it was."""
    if not layout_is_squashed(window):
        return False
    default_dock_sizes(window)
    return True


class HeightForWidth(QObject):
    """Keeps a widget's minimum height at what its layout needs for its current width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(watched.width())
                if needed > 0 and needed != watched.minimumHeight():
                    watched.setMinimumHeight(needed)
        return False


class ContentWidth(QObject):
    """Keeps a scroll area (no horizontal scroll bar) as wide as its content's minimum width,
    plus the vertical scroll bar, whenever the content's layout changes."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self.update_width()

    def update_width(self) -> None:
        content = self.area.widget()
        bar = self.area.verticalScrollBar().sizeHint().width()
        self.area.setMinimumWidth(content.minimumSizeHint().width() + bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.update_width()
        return False


def scrollable(dock: QDockWidget) -> QScrollArea:
    """Put the dock's content in a frameless vertical scroll area (as wide as the content
    needs); returns the area."""
    content = dock.widget()
    area = QScrollArea(dock)
    area.setObjectName(f"{dock.objectName()}_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    content.installEventFilter(ContentWidth(area))
    dock.setWidget(area)
    return area


def fit_small_screens(window: MainWindow) -> None:
    """Let ``window`` shrink to :data:`MIN_WINDOW_SIZE` (see the module doc); call once."""
    scrollable(window.docks.properties_dock)
    legend = window.docks.legend_dock.widget()
    guard = HeightForWidth(legend)
    legend.installEventFilter(guard)
