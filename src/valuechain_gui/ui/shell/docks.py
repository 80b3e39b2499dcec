"""The window's panels: which docks exist, where they sit, and how they follow the document.

:class:`WindowDocks` creates the link properties, the legend and the overview (minimap) on the
right, the action plan tabbed with the critical gaps and the alliance pipeline under the map, and
lists their show/hide
actions in View > Panels. When the window shows another document or installs a new canvas, the
docks follow through :meth:`WindowDocks.follow_document` and :meth:`WindowDocks.follow_canvas`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from valuechain_gui.ui.alliances.dock import AlliancesDock
from valuechain_gui.ui.canvas import CanvasView, ChainScene
from valuechain_gui.ui.canvas.legend_dock import LegendDock
from valuechain_gui.ui.canvas.minimap import Minimap
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.document.view_state import ViewState
from valuechain_gui.ui.gaps.dock import GapsDock
from valuechain_gui.ui.matching.panel import MatchingDock
from valuechain_gui.ui.plan.dock import PlanDock
from valuechain_gui.ui.properties.dock import PropertiesDock
from valuechain_gui.ui.recomposed.dock import RecomposedDock

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

_Area = Qt.DockWidgetArea


class WindowDocks(QObject):
    """The docks of ``window``, first showing ``document`` (see the module doc).

    Attributes: ``properties_dock``, ``legend_dock``, ``minimap_dock`` (right column, full
    height), ``plan_dock``, ``gaps_dock``, ``alliances_dock`` (the pipeline), ``matching_dock``
    (find partners) and ``recomposed_dock`` (the recomposed chain), tabbed under the map, the plan
    in front.
    """

    def __init__(self, window: MainWindow, document: Document) -> None:
        super().__init__(window)
        self.window = window
        # the right-hand docks run the full height; bottom docks sit under the canvas only
        window.setCorner(Qt.Corner.BottomRightCorner, _Area.RightDockWidgetArea)
        self.properties_dock = PropertiesDock(window)
        self.legend_dock = LegendDock(window)
        self.minimap_dock = QDockWidget(
            QCoreApplication.translate("MainWindow", "Overview"), window)
        self.minimap_dock.setObjectName("minimap_dock")
        for dock in (self.properties_dock, self.legend_dock, self.minimap_dock):
            window.addDockWidget(_Area.RightDockWidgetArea, dock)
        self.plan_dock = PlanDock(document.project, document.edit, window, document.notifier,
                                  document.gap_reports)
        window.addDockWidget(_Area.BottomDockWidgetArea, self.plan_dock)
        self.gaps_dock = GapsDock(window)
        window.addDockWidget(_Area.BottomDockWidgetArea, self.gaps_dock)
        window.tabifyDockWidget(self.plan_dock, self.gaps_dock)
        self.alliances_dock = AlliancesDock(document.project, document.edit, document.notifier,
                                            window)
        window.addDockWidget(_Area.BottomDockWidgetArea, self.alliances_dock)
        window.tabifyDockWidget(self.gaps_dock, self.alliances_dock)
        self.matching_dock = MatchingDock(window)  # find partners for a gap
        self.recomposed_dock = RecomposedDock(window)  # our chain beside the partners' maps
        for dock in (self.matching_dock, self.recomposed_dock):
            window.addDockWidget(_Area.BottomDockWidgetArea, dock)
            window.tabifyDockWidget(self.alliances_dock, dock)
        self.plan_dock.raise_()

    def all(self) -> list[QDockWidget]:
        """Every dock, in the order of View > Panels."""
        return [self.properties_dock, self.legend_dock, self.minimap_dock, self.plan_dock,
                self.gaps_dock, self.alliances_dock, self.matching_dock, self.recomposed_dock]

    def list_in(self, menu: QMenu) -> None:
        """Put each dock's show/hide action in ``menu`` (View > Panels)."""
        for dock in self.all():
            menu.addAction(dock.toggleViewAction())

    def follow_document(self, document: Document) -> None:
        """The docks show ``document``."""
        self.properties_dock.set_document(document)
        self.matching_dock.set_document(document)
        self.recomposed_dock.set_project(document.project, document.notifier)
        if self.plan_dock.project is not document.project:
            self.plan_dock.set_project(document.project, document.edit, document.notifier,
                                       document.gap_reports)
        if self.alliances_dock.board.project is not document.project:
            self.alliances_dock.set_project(document.project, document.edit, document.notifier)

    def follow_canvas(self, scene: ChainScene, view: CanvasView, view_state: ViewState,
                      document: Document) -> None:
        """The docks follow a newly installed canvas (selection, overview, highlights):
        the gap panel reads ``document``'s published gap report, the plan panel meets the canvas
        through ``view_state`` (the window's, one per open document)."""
        scene.links_selection_changed.connect(self.properties_dock.show_links)
        old_minimap = self.minimap_dock.widget()
        self.minimap_dock.setWidget(Minimap(view))
        if old_minimap is not None:  # setWidget keeps the old one: it would keep the old map alive
            old_minimap.deleteLater()
        self.gaps_dock.set_scene(scene, document.gap_reports)  # follows the new project
        self.plan_dock.set_view_state(view_state)
        self.recomposed_dock.set_view_state(view_state)
