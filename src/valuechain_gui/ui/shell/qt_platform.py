"""Choose Qt's platform before any QApplication exists, and say plainly why a window cannot open.

Used by the window's start-up (:func:`valuechain_gui.ui.shell.app.run_app`, which also keeps the
window's painting on the GUI thread: :func:`paint_on_gui_thread`) and by the headless map renderer
(:func:`valuechain_gui.ui.export.render.ensure_app`); it imports no other module of ours, so both
may use it without an import ring.
"""

from __future__ import annotations

import ctypes
import os
import sys
from importlib.util import find_spec
from pathlib import Path


def prepare_platform(headless_ok: bool, environ: dict[str, str] | None = None) -> str | None:
    """Choose Qt's platform before the QApplication exists; returns a problem text or None.

    On Linux with neither ``DISPLAY`` nor ``WAYLAND_DISPLAY`` set and no ``QT_QPA_PLATFORM``
    chosen, Qt would abort the process ("could not load the Qt platform plugin"). For a
    screenshot (``headless_ok``) the offscreen platform is selected instead; for the interactive
    window a plain English sentence says what to do (no Qt yet, so no tr()).
    """
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if env.get("WAYLAND_DISPLAY"):
        return None
    if env.get("DISPLAY"):
        return missing_x11_libraries()
    if headless_ok:
        env["QT_QPA_PLATFORM"] = "offscreen"
        return None
    return ("valuechain-gui: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
            "window cannot open. Run it in a desktop session; on a server use "
            "'valuechain-gui PROJECT --screenshot OUT.png' or 'valuechain-gui render PROJECT -o "
            "MAP.png'.")


def paint_on_gui_thread() -> None:
    """Let Qt fill and convert pictures on the GUI thread only, in this process: the window's
    start calls it before anything is painted.

    Qt's raster engine hands every fill of 96 pixel rows or more, and large image conversions,
    to a pool of threads and waits for them. What an edit repaints is small (a card, a table row,
    a scroll bar, a dock's title and frame): there the hand-over costs more than the fill. On the
    2-core benchmark machine the plan dock's repaint took 0.95 ms of CPU with the pool and 0.5 ms
    without, the whole main window's 4.4-7.4 ms and 2.1-3.1 ms (docs/benchmark.md).

    Qt's switch is the variable ``QT_NO_GUI_THREADPOOL``: set, whatever its value, it turns the
    pool off, and Qt reads it once, the first time it would use the pool. So it is set, Qt made
    to read it at once (a smooth scaling of a tiny picture asks for the pool), and the
    environment put back as it was: the programs the application starts (the viewer of an
    exported PDF) keep Qt's default. A variable already set is left alone (Qt reads it itself).
    The headless exports (``render``, ``report``, ``export``) keep Qt's default: they paint whole
    large pictures, which the pool can share out on a machine with more cores.
    """
    if "QT_NO_GUI_THREADPOOL" in os.environ:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    os.environ["QT_NO_GUI_THREADPOOL"] = "1"
    try:
        QImage(4, 4, QImage.Format.Format_ARGB32_Premultiplied).scaled(
            2, 2, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
    finally:
        del os.environ["QT_NO_GUI_THREADPOOL"]


#: Debian/Ubuntu packages that Qt's X11 plugin needs beyond a minimal desktop (Qt >= 6.5).
X11_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1"


def missing_x11_libraries() -> str | None:
    """A plain message when Qt's X11 platform plugin cannot load (a library is missing), else None.

    Qt aborts the process ("could not load the Qt platform plugin xcb") when a system library of
    its X11 plugin is missing; loading the plugin with ctypes first names the library instead.
    """
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt/plugins/platforms/libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        return (f"valuechain-gui: the window cannot open: a system library of Qt's X11 support "
                f"is missing ({exc}). On Debian or Ubuntu: sudo apt-get install {X11_PACKAGES}")
    return None
