"""What the window's first uses need, imported once the window has painted.

The window shows without the project file reader (its schema is built with pydantic: ~0.1-0.2 s
to import), since an empty map does not need it. File > Open, the recent files and a dropped
file do, and the first file read would pay that import. :func:`warm_up_after_first_paint` imports
it from the event loop right after the first paint: the user sees the window at once, and the
first file opens as fast as the next ones.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QTimer

#: Modules imported after the first paint (what reading a project file needs).
WARM_MODULES = ("valuechain_gui.io.project.file",)


def warm_up() -> None:
    """Import :data:`WARM_MODULES` (nothing to do when they are imported already)."""
    for name in WARM_MODULES:
        importlib.import_module(name)


def warm_up_after_first_paint() -> None:
    """Schedule :func:`warm_up` for the event loop's next pass (call it from the first paint)."""
    QTimer.singleShot(0, warm_up)


__all__ = ["WARM_MODULES", "warm_up", "warm_up_after_first_paint"]
