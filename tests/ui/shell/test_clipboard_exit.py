"""Copying links and quitting never crashes at exit (Qt deleting Python-owned clipboard data)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
from PySide6.QtWidgets import QApplication
from valuechain_gui.model import Project
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.shell.main_window import MainWindow

app = QApplication([])
project = Project.new("en")
project.add_link(project.make_link("LiDAR sensors", project.stages[1].id))
window = MainWindow(Document(project), remember_layout=False)
window.scene.select_links(list(project.links))
window.edits.copy_links()
print(QApplication.clipboard().mimeData().text())
"""


def test_copying_links_then_exiting_ends_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.stdout.strip() == "LiDAR sensors"
    assert done.returncode == 0, done.stderr[-2000:]
