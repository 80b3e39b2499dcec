"""Screenshots of two windows co-editing the worked example, in English and French, for
docs/screenshots/ (``coediting_LANG_a.png`` and ``coediting_LANG_b.png``).

Usage (from the repository root; no display needed)::

    QT_QPA_PLATFORM=offscreen python tools/make_coediting_screenshots.py [OUT_DIR]

A relay (``valuechain-gui serve``) is started on loopback with a fresh token; window A shares a
copy of the worked example, window B joins its room. A retags « Capteurs LiDAR, radar et
caméras » weak and selects it; B selects « Calculateurs embarqués ». Each window then shows the
other's selection outlined in the other's colour and both people in the status bar. Windows
are 1440 × 900 with the default layout.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"
LIDAR = "Capteurs LiDAR, radar et caméras"
COMPUTERS = "Calculateurs embarqués"
TOKEN = "screenshot-relay-token-" + "x" * 32


def _wait(app, check: Callable[[], bool], what: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"no {what} within {seconds} s")
        app.processEvents()
        time.sleep(0.01)  # a tool's event pump, bounded by the deadline


def _relay(work: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    token_file = work / "relay.token"
    token_file.write_text(TOKEN)
    process = subprocess.Popen([sys.executable, "-m", "valuechain_gui.cli", "serve", "--port",
                                str(port), "--token-file", str(token_file), "--store",
                                str(work / "rooms")], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, f"ws://127.0.0.1:{port}"
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("the relay did not start") from None
            time.sleep(0.05)


def shoot(app, language: str, out: Path, work: Path, relay: str) -> list[Path]:
    """Take the two screenshots in ``language``; the files written."""
    from PySide6.QtCore import QSettings

    from valuechain_gui.model import LinkStatus
    from valuechain_gui.ui.document.document import new_document, open_document
    from valuechain_gui.ui.share.dialog import ShareSettings
    from valuechain_gui.ui.shell.main_window import MainWindow
    from valuechain_gui.ui.text import i18n

    translators = i18n.install_translators(app, language, cache_dir=work / "qm")
    example = work / f"example_{language}.vchain"
    shutil.copyfile(SAMPLE, example)
    room = f"worked-example-{language}"
    windows = []
    for name, document in (("a", open_document(example)), ("b", new_document(language))):
        settings = QSettings(str(work / f"settings_{language}_{name}.ini"),
                             QSettings.Format.IniFormat)
        window = MainWindow(document, language=language, settings=settings,
                            remember_layout=False)
        window.files.maybe_save = lambda: True
        window.resize(1440, 900)
        window.show()
        windows.append(window)
    a, b = windows
    a.sharing.start(ShareSettings(relay, room, TOKEN, "Claire (Pôle A)"))
    _wait(app, lambda: a.sharing.status.state == "connected", "connection of A")
    b.sharing.start(ShareSettings(relay, room, TOKEN, "Jonas (Cluster B)", join=True))
    _wait(app, lambda: b.document.project.link_by_name(LIDAR) is not None, "join of B")
    lidar = a.document.project.link_by_name(LIDAR).id
    computers = a.document.project.link_by_name(COMPUTERS).id
    a.document.edit.set_status([lidar], LinkStatus.WEAK)
    _wait(app, lambda: b.document.project.links[lidar].status == LinkStatus.WEAK, "retag")
    a.view_state.select_links([lidar])
    b.view_state.select_links([computers])
    _wait(app, lambda: a.sharing.selections.outlined() == {computers: ["Jonas (Cluster B)"]}
          and b.sharing.selections.outlined() == {lidar: ["Claire (Pôle A)"]}, "outlines")
    _wait(app, lambda: len(a.sharing.status.people) == 2 == len(b.sharing.status.people),
          "people")
    written = []
    for name, window in (("a", a), ("b", b)):
        window.view.resetTransform()
        window.view.scale(0.9, 0.9)  # close enough to read the outlines' names
        window.view.centerOn(window.scene.card(lidar))
        for _ in range(5):
            app.processEvents()
        written.append(out / f"coediting_{language}_{name}.png")
        window.grab().save(str(written[-1]))
    for window in windows:
        window.sharing.stop()
        window.close()
    i18n.remove_translators(app, translators)
    return written


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        process, relay = _relay(Path(folder))
        try:
            for language in ("en", "fr"):
                for path in shoot(app, language, out, Path(folder), relay):
                    print(path)
        finally:
            process.terminate()
            process.wait(15)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
