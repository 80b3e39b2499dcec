"""The window starts without loading what only a menu, a dialog or a panel's first use needs:
the file schema (pydantic), the partner matcher (numpy, rapidfuzz) and the voting's web server
(uvicorn, starlette, asyncio) are imported when first used, not before the first paint; the
file reader is imported right after the first paint, and a file opened then is read with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"
DEFERRED = ("pydantic", "numpy", "rapidfuzz", "uvicorn", "starlette", "asyncio",
            "valuechain_gui.io.project.schema", "valuechain_gui.workshop.server")

PROBE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from valuechain_gui.ui.shell.main_window import MainWindow

app = QApplication([])
at_first_paint = []


class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window and not at_first_paint:
            at_first_paint.append(sorted(name for name in {deferred!r} if name in sys.modules))
        return False


window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat),
                    remember_layout=False)
watch = Watch()
window.installEventFilter(watch)
window.show()
deadline = time.monotonic() + 30
while "valuechain_gui.io.project.file" not in sys.modules and time.monotonic() < deadline:
    app.processEvents()  # the first paint, then the reader imported from the event loop
opened = window.files.load_path(Path(sys.argv[2])) is not False
print(json.dumps({{"at_first_paint": at_first_paint,
                   "warmed": "valuechain_gui.io.project.schema" in sys.modules,
                   "opened": opened, "links": len(window.document.project.links)}}))
"""


def test_the_window_shows_before_the_schema_the_matcher_and_the_voting_server(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(deferred=DEFERRED), str(tmp_path / "s.ini"),
         str(SAMPLE)], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"at_first_paint": [[]], "warmed": True, "opened": True, "links": 27}
