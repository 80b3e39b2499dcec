"""``valuechain-gui [open] PROJECT --screenshot OUT.png`` through the real command line, in a
child process with ``QT_QPA_PLATFORM=offscreen`` and its own home folder (settings, recovery
files), as a user or the docs build would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from valuechain_gui.io.project.file import load_project, save_project

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    return subprocess.run([sys.executable, "-m", "valuechain_gui.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def colour_count(image: QImage, colour: str, step: int = 3) -> int:
    """Pixels (sampled every ``step`` pixels) within a few units of ``colour``."""
    want = QColor(colour)
    found = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) + abs(c.green() - want.green())
                    + abs(c.blue() - want.blue())) <= 6:
                found += 1
    return found


def test_screenshot_of_the_sample_is_a_full_window_picture(tmp_path):
    out = tmp_path / "window.png"
    done = run_cli(tmp_path, "open", str(SAMPLE), "--lang", "en", "--screenshot", str(out))
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)
    # the cards' fills are on it: strong (green), weak (orange), missing (red), unassessed
    for fill in ("#dff2e3", "#fdebd0", "#f1f1f1"):
        assert colour_count(image, fill) > 200, fill
    assert out.stat().st_size > 50_000


def test_default_command_and_a_saved_project(tmp_path, small_project):
    project = tmp_path / "chain.vchain"
    save_project(small_project, project)
    out = tmp_path / "shot.png"
    done = run_cli(tmp_path, str(project), "--screenshot", str(out), "--lang", "fr")
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == 1440
    assert load_project(project) == small_project  # a screenshot never writes the project


def test_unopenable_project_exits_1_with_the_reason_and_no_picture(tmp_path):
    broken = tmp_path / "broken.vchain"
    broken.write_text('{"format": "valuechain-gui-project", "version": 1, "links": [', "utf-8")
    out = tmp_path / "shot.png"
    done = run_cli(tmp_path, "open", str(broken), "--screenshot", str(out))
    assert done.returncode == 1
    assert "broken.vchain" in done.stderr and "JSON" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    missing = run_cli(tmp_path, str(tmp_path / "nowhere.vchain"), "--screenshot", str(out))
    assert missing.returncode == 1 and "nowhere.vchain" in missing.stderr


def test_no_display_gives_a_plain_message_and_screenshot_goes_offscreen():
    from valuechain_gui.ui.shell.qt_platform import prepare_platform

    env: dict[str, str] = {}
    problem = prepare_platform(False, env)
    assert problem is not None and "no display found" in problem and "--screenshot" in problem
    assert prepare_platform(True, env) is None and env["QT_QPA_PLATFORM"] == "offscreen"


#: Started in a child process: {start} makes the QApplication, then a large picture is painted
#: and scaled (what Qt hands to its pool of fill threads); prints the process's thread count
#: (Linux) and whether QT_NO_GUI_THREADPOOL is left in the environment.
PAINT_AND_COUNT = """
import os, sys
from pathlib import Path
{start}
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
image = QImage(2000, 2000, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
painter.fillRect(5, 5, 1500, 1500, QColor(10, 20, 30, 128))
painter.end()
image.scaled(1000, 1000, Qt.AspectRatioMode.IgnoreAspectRatio,
             Qt.TransformationMode.SmoothTransformation)
print(len(os.listdir("/proc/self/task")), "QT_NO_GUI_THREADPOOL" in os.environ)
"""


def test_the_window_paints_on_the_gui_thread_and_leaves_the_environment_as_it_was(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))

    def run(start: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", PAINT_AND_COUNT.format(start=start), str(SAMPLE),
             str(tmp_path / "window.png")], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    window = run("from valuechain_gui.ui.shell import app\n"
                 "assert app.run_app(Path(sys.argv[1]), 'en', screenshot=Path(sys.argv[2])) == 0")
    assert window == ["1", "False"]  # no fill thread; a program it starts gets Qt's default
    plain = run("from PySide6.QtWidgets import QApplication\nqapp = QApplication([])")
    assert int(plain[0]) > 1  # Qt's default: the same painting starts its fill threads


def test_with_a_display_and_the_real_x11_libraries_the_window_can_open():
    """Loads Qt's real X11 plugin (libqxcb.so) and every system library it needs, which .ci/run
    installs (libxcb-icccm4, libxcb-cursor0, ...): no problem is reported."""
    from valuechain_gui.ui.shell.qt_platform import prepare_platform

    assert prepare_platform(False, {"DISPLAY": ":0"}) is None


def test_a_missing_x11_library_is_named_instead_of_qt_aborting(monkeypatch):
    import ctypes

    from valuechain_gui.ui.shell import qt_platform as app

    def refuse(path, *args, **kwargs):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file")

    monkeypatch.setattr(ctypes, "CDLL", refuse)
    problem = app.prepare_platform(False, {"DISPLAY": ":0"})
    assert problem is not None
    assert "libxcb-cursor.so.0" in problem and "apt-get install libxcb-cursor0" in problem
