"""Qt's own log messages, filtered: harmless platform noise dropped, everything else on stderr.

On the offscreen platform (``--screenshot`` without a display, tests), Qt warns "This plugin
does not support propagateSizeHints()" each time a window with docks is laid out: the offscreen
plugin simply has no window manager to tell sizes to (qtbase, ``QPlatformWindow::
propagateSizeHints``). It says nothing to a user and buried the one-line error of a failed
screenshot under two lines of noise. :func:`install` drops exactly that message and writes
every other one to stderr as Qt would (one line each).
"""

from __future__ import annotations

import sys
from typing import TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

#: Messages dropped, compared with the whole message text.
HARMLESS = frozenset({"This plugin does not support propagateSizeHints()"})

_installed = False


def handle(kind: QtMsgType, context: QMessageLogContext | None, message: str,
           stream: TextIO | None = None) -> None:
    """Qt message handler: drop :data:`HARMLESS` messages, write the others to ``stream``
    (default ``sys.stderr``) followed by a newline. ``kind`` and ``context`` are unused: Qt's
    default handler prints the bare message too."""
    if message in HARMLESS:
        return
    out = sys.stderr if stream is None else stream
    if out is not None:
        out.write(message + "\n")
        out.flush()


def install() -> None:
    """Install :func:`handle` as Qt's message handler (once per process; later calls do
    nothing)."""
    global _installed
    if _installed:
        return
    qInstallMessageHandler(handle)
    _installed = True
