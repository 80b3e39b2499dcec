"""Drive the real application for the benchmark: one place that knows the window's API.

The figures call only these functions, so when the main window, the canvas or the docks change
names, only this file changes. Each function says which real API it uses.

The retag figure must update "model + scene + plan + gap analysis" (what a user waits for). When
the main window has no action-plan dock yet, :func:`ensure_panels` attaches the real
:class:`~valuechain_gui.ui.plan.dock.PlanDock` (whose table shows the gap analysis's
suggested priority, refreshed after a short delay) and says so in the figure's JSON (``panels``).
"""

from __future__ import annotations

import inspect
import tempfile
from pathlib import Path

from .reference import VIEW_H, VIEW_W, app

_SETTINGS_DIR = tempfile.mkdtemp(prefix="vcg-bench-")


def new_window():
    """A shown :class:`MainWindow` on an empty project, with throw-away settings.

    Uses ``MainWindow(settings=QSettings(ini), remember_layout=False)`` so the benchmark
    neither reads nor writes the user's recent files and window layout; the autosave interval
    is an hour, so no autosave falls inside a figure.
    """
    from PySide6.QtCore import QSettings

    from valuechain_gui.ui.shell.main_window import MainWindow

    app()
    params = inspect.signature(MainWindow).parameters
    kwargs = {}
    if "settings" in params:
        settings = QSettings(str(Path(_SETTINGS_DIR) / "bench.ini"), QSettings.Format.IniFormat)
        # the longest autosave interval: the 30 s autosave of a modified project (~1 s at
        # 20,000 links) would otherwise fall inside whichever figure runs 30 s after the window
        # opened (the auto-layout at 20,000 links, not at 5,000), a cost of no figure
        settings.setValue("autosave/interval_s", 3600)
        kwargs["settings"] = settings
    if "remember_layout" in params:
        kwargs["remember_layout"] = False
    window = MainWindow(**kwargs)
    window.resize(VIEW_W + 480, VIEW_H + 520)  # room for the side and bottom docks
    window.show()
    app().processEvents()  # the first paint
    # what the window does from the event loop right after its first paint (it imports the file
    # reader then), long before a user can pick a file in File > Open
    app().processEvents()
    return window


def open_file(window, path: Path) -> None:
    """Open ``path`` in ``window`` as File > Open does (without the unsaved-changes prompt).

    Uses ``MainWindow.files.load_path``; RuntimeError if it fails.
    """
    if window.files.load_path(Path(path)) is False:
        raise RuntimeError(f"the window could not open {path}")


def wait_until_built(window, timeout_s: float = 60.0) -> None:
    """Run the event loop until the canvas has built every item it builds after the first paint
    (``window.scene.is_built()``; flow arrows of a large map), as a user waiting a moment would.
    A scene without that notion is built at once."""
    import time

    scene = window.scene
    if not hasattr(scene, "is_built"):
        return
    deadline = time.monotonic() + timeout_s
    while not scene.is_built():
        if time.monotonic() > deadline:
            raise RuntimeError("the canvas was not built within the time allowed")
        app().processEvents()


def canvas_view(window):
    """The window's canvas view (``window.view``), fixed to exactly 1600x900 pixels."""
    view = window.view
    view.setFixedSize(VIEW_W, VIEW_H)
    return view


def project_of(window):
    """The open :class:`Project` (``window.document.project``)."""
    return window.document.project


def undo_stack_of(window):
    """The document's QUndoStack (``window.document.undo_stack``)."""
    return window.document.undo_stack


def card_of(window, link_id: str):
    """The link's card item (``window.scene.card(id)``)."""
    return window.scene.card(link_id)


def centre_on_link(window, link_id: str) -> None:
    """Scroll the canvas so the link's card is in the middle (``view.center_on_link``)."""
    window.view.center_on_link(link_id)


def fit_all(window) -> None:
    """View > Fit all (``window.fit_all``)."""
    window.fit_all()


def actual_size(window) -> None:
    """100 % zoom centred on the middle of the map (``view.actual_size`` + ``centerOn``)."""
    view = window.view
    view.actual_size()
    view.centerOn(window.scene.content_rect().center())


def status_command(project, link_ids, status):
    """The undo command that tags links (``ui.document.commands.links.SetStatusCommand``)."""
    from valuechain_gui.ui.document.commands.links import SetStatusCommand

    return SetStatusCommand(project, link_ids, status)


def layout_command(project):
    """The undo command of View > Auto-layout (``ui.document.commands.links.LayoutCommand``,
    with the positions and return-flow marks of ``analysis.layout.auto_layout``)."""
    from valuechain_gui.ui.document.commands.links import LayoutCommand

    from valuechain_gui.analysis.layout import auto_layout

    plan = auto_layout(project)
    return LayoutCommand(project, plan.positions, plan.return_marks(project))


_PLAN_NAMES = ("plan_dock", "action_plan_dock")
_GAP_NAMES = ("gaps_dock", "gap_dock", "gaps_panel", "critical_gaps_dock", "gap_panel")


def ensure_panels(window) -> dict[str, str]:
    """Make sure an action-plan dock and a gap panel follow the open document.

    Returns ``{"plan": how, "gaps": how}``: ``"window"`` (the window's own), ``"harness"`` (the
    real PlanDock attached here) or ``"none"`` (no gap panel: the retag figure times the gap
    analysis separately).
    """
    from PySide6.QtCore import Qt

    how = {}
    if any(getattr(window.docks, name, None) is not None for name in _PLAN_NAMES):
        how["plan"] = "window"
    else:
        from valuechain_gui.ui.plan.dock import PlanDock

        document = window.document
        window._bench_plan = PlanDock(document.project, document.edit, window,
                                      notifier=document.notifier, reports=document.gap_reports)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window._bench_plan)
        how["plan"] = "harness"
    how["gaps"] = ("window" if any(getattr(window.docks, name, None) is not None
                                   for name in _GAP_NAMES) else "none")
    app().processEvents()
    return how


def directory_window(db_path: Path):
    """The partner directory window on ``db_path``, shown and painted once.

    Uses ``DirectoryWindow(settings, path=...)`` (what Partners > Partner Directory opens).
    """
    from PySide6.QtCore import QSettings

    from valuechain_gui.ui.directory.window import DirectoryWindow

    app()
    settings = QSettings(str(Path(_SETTINGS_DIR) / "bench.ini"), QSettings.Format.IniFormat)
    window = DirectoryWindow(settings, path=Path(db_path))
    window.show()
    window.repaint()
    app().processEvents()
    return window
