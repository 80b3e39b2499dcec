"""The window starts without loading what only a menu, a dialog or a panel's first use needs:
the file schema (pydantic), the partner matcher (numpy, rapidfuzz) and the voting's web server
(uvicorn, starlette, asyncio) are imported when first used, not before the first paint; and a
file opened afterwards is read with them."""

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
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from valuechain_gui.ui.shell.main_window import MainWindow

app = QApplication([])
window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat),
                    remember_layout=False)
window.show()
app.processEvents()
shown = sorted(name for name in {deferred!r} if name in sys.modules)
from pathlib import Path
opened = window.files.load_path(Path(sys.argv[2])) is not False
print(json.dumps({{"shown": shown, "opened": opened,
                   "links": len(window.document.project.links)}}))
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
    assert result == {"shown": [], "opened": True, "links": 27}
