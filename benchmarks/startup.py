"""Startup probe: ``python -m benchmarks.startup app|reference`` exits as soon as the window shows.

``app`` imports valuechain_gui and shows its main window on an empty new project, as
``valuechain-gui`` does; ``reference`` shows a bare QMainWindow. The benchmark driver times the
whole process from the outside (interpreter start included).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(which: str) -> int:
    """Show the window, let it paint once, quit; returns the exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if which == "app":
        from valuechain_gui.ui.main_window import MainWindow

        window = MainWindow()
    else:
        window = QMainWindow()
        window.resize(1200, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    code = main(sys.argv[1] if len(sys.argv) > 1 else "app")
    sys.stdout.flush()
    os._exit(code)
