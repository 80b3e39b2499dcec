"""Startup probe: ``python -m benchmarks.startup app|reference`` exits once the window painted.

``app`` starts the application exactly as the ``valuechain-gui`` command does without a file
(:func:`valuechain_gui.ui.shell.app.run_app`: QApplication, translators, main window on a new project,
shown); ``reference`` shows a bare ``QMainWindow`` of the same size. Either way the process
exits on the first paint of the main window. The benchmark driver times the whole process from
the outside (interpreter start and imports included) with a throw-away ``XDG_CONFIG_HOME``, so the
user's settings are neither read nor written.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Give up after this long without a paint (ms): the probe then exits 3.
GIVE_UP_MS = 20000


def _quit_on_first_paint(app) -> None:
    """Exit the event loop (without closing windows) once a main window has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow)):
                QTimer.singleShot(0, lambda: app.exit(0))
            return False

    app._bench_watch = Watch()
    app.installEventFilter(app._bench_watch)
    QTimer.singleShot(GIVE_UP_MS, lambda: app.exit(3))


def main(which: str) -> int:
    """Start, wait for the first paint, return the exit code."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _quit_on_first_paint(app)
    if which == "app":
        from valuechain_gui.ui.shell.app import run_app

        return run_app(None, "en")
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.resize(1440, 900)
    window.show()
    return app.exec()


if __name__ == "__main__":
    code = main(sys.argv[1] if len(sys.argv) > 1 else "app")
    sys.stdout.flush()
    os._exit(code)
