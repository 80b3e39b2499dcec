"""One running app per user: a second ``valuechain-gui FILE`` hands the file to the first one,
which opens it in a new window; ``--screenshot`` and the other commands never do.

The running instance is a real :class:`InstanceServer` (a QLocalServer) in the test, under the
name each test gets from ``tests/conftest.py``; the second launch is the real command line in a
child process (offscreen), or a real QLocalSocket. Every wait is bounded.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from valuechain_gui.cli import _with_command
from valuechain_gui.io.project.file import save_project
from valuechain_gui.ui.shell import app as app_module, single_instance, window_opener
from valuechain_gui.ui.shell.single_instance import (SERVER_ENV, InstanceServer, decode_request,
                                                    encode_request, forward)
from valuechain_gui.ui.shell.window_opener import WindowOpener

from work_safety_testing import close_quietly, use_recovery_dir

#: Bound of every wait on a child process (its start imports Qt: a few seconds).
CHILD_TIMEOUT_MS = 60_000


@pytest.fixture
def accented_project(tmp_path, small_project) -> Path:
    folder = tmp_path / "Pôle Véhicules"
    folder.mkdir()
    path = folder / "chaîne 2025.vchain"
    save_project(small_project, path)
    return path


@pytest.fixture
def server(qapp):
    instance = InstanceServer()
    assert instance.listen()
    yield instance
    instance.close()


def launch(tmp_path: Path, *args: str) -> subprocess.Popen:
    """``valuechain-gui ARGS`` in a child process, offscreen, with its own home folders."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.Popen([sys.executable, "-m", "valuechain_gui.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(qtbot, child: subprocess.Popen) -> tuple[int, str]:
    """Serve the event loop until ``child`` exits (bounded); its exit code and stderr."""
    try:
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=CHILD_TIMEOUT_MS)
    finally:
        if child.poll() is None:
            child.kill()
    _out, err = child.communicate(timeout=60)
    return child.returncode, err


def test_the_server_name_is_per_user_unless_the_environment_names_one(monkeypatch):
    assert single_instance.server_name() == os.environ[SERVER_ENV]  # set by conftest
    monkeypatch.delenv(SERVER_ENV)
    name = single_instance.server_name()
    assert name.startswith("valuechain-gui-") and name == single_instance.server_name()
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "another user")
    assert single_instance.server_name() != name


def test_a_request_carries_absolute_paths_with_spaces_and_accents(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = encode_request([Path("Pôle Véhicules/chaîne 2025.vchain")])
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode_request(line.rstrip(b"\n")) == [tmp_path / "Pôle Véhicules/chaîne 2025.vchain"]
    assert decode_request(b'{"open": "not a list"}') is None
    assert decode_request(b"\xff\xfe") is None
    assert decode_request(b'{"open": [""]}') is None


def test_a_second_launch_hands_its_file_to_the_running_instance(qtbot, tmp_path, server,
                                                                accented_project):
    with qtbot.waitSignal(server.files_received, timeout=CHILD_TIMEOUT_MS) as received:
        child = launch(tmp_path, str(accented_project))
        code, err = finish(qtbot, child)
    assert code == 0, err
    assert received.args == [[accented_project]]


def test_a_running_instance_answers_ok_and_a_bad_request_gets_nothing(qtbot, server):
    client = QLocalSocket()
    client.connectToServer(server.name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState,
                    timeout=5000)
    with qtbot.waitSignal(server.files_received, timeout=5000) as received:
        client.write(encode_request([Path("/tmp/a b/é.vchain"), Path("/tmp/x.xlsx")]))
    assert received.args == [[Path("/tmp/a b/é.vchain"), Path("/tmp/x.xlsx")]]
    qtbot.waitUntil(lambda: client.bytesAvailable() >= 3, timeout=5000)
    assert bytes(client.readAll().data()) == b"ok\n"

    bad = QLocalSocket()
    bad.connectToServer(server.name)
    emitted: list[object] = []
    server.files_received.connect(emitted.append)
    bad.write(b"hello\n")
    qtbot.waitUntil(lambda: bad.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                    timeout=5000)
    assert emitted == []


def test_with_nobody_listening_forward_says_no_at_once(qapp, tmp_path):
    assert not forward([tmp_path / "x.vchain"], connect_timeout_ms=2000)


def test_an_instance_that_never_answers_is_given_up_on(qapp, tmp_path):
    mute = QLocalServer()
    assert mute.listen(os.environ[SERVER_ENV])
    try:
        assert not forward([tmp_path / "x.vchain"], reply_timeout_ms=300)
    finally:
        mute.close()


def test_a_second_server_does_not_take_over_a_live_one(server):
    other = InstanceServer(server.name)
    assert not other.listen()
    assert server.server.isListening()


def test_a_socket_left_by_a_crashed_app_is_taken_over(qapp, tmp_path):
    name = os.environ[SERVER_ENV]
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # bound, never listening, never removed: as after a crash
    stale.close()
    try:
        instance = InstanceServer(name)
        assert instance.listen()
        instance.close()
    finally:
        path.unlink(missing_ok=True)


def test_screenshot_and_other_commands_never_hand_over(qtbot, tmp_path, server,
                                                       accented_project):
    emitted: list[object] = []
    server.files_received.connect(emitted.append)
    out = tmp_path / "shot.png"
    code, err = finish(qtbot, launch(tmp_path, str(accented_project), "--screenshot", str(out)))
    assert code == 0, err
    assert out.stat().st_size > 10_000
    code, err = finish(qtbot, launch(tmp_path, "check", str(accented_project)))
    assert code == 0, err
    assert emitted == []  # a hand-over is emitted before the child's wait for "ok" ends


def test_only_a_plain_open_of_a_file_is_offered_to_a_running_instance(tmp_path):
    project = tmp_path / "chaîne.vchain"
    share = {"relay": "ws://127.0.0.1:8765", "token": "t" * 32}
    assert app_module.hands_over(project, None, None)
    assert not app_module.hands_over(None, None, None)
    assert not app_module.hands_over(project, tmp_path / "shot.png", None)
    assert not app_module.hands_over(project, None, share)  # --share / --join: own window


def test_a_file_path_with_spaces_and_accents_is_opened(accented_project):
    assert _with_command([str(accented_project)]) == ["open", str(accented_project)]


@pytest.fixture
def opener(qapp, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    made = WindowOpener("en")
    yield made
    for window in made.windows:
        close_quietly(window)


def test_a_handed_file_opens_in_a_new_window_once(qtbot, opener, accented_project):
    first = opener.open(None)
    opener.open_all([accented_project])
    assert len(opener.windows) == 2
    window = opener.windows[1]
    assert window is not first and window.isVisible()
    assert window.document.path == accented_project
    assert "chaîne 2025.vchain" in window.windowTitle()
    assert len(window.document.project.links) == 4
    opener.open_all([accented_project])  # already shown: that window comes forward
    assert len(opener.windows) == 2


def test_a_handed_spreadsheet_is_offered_for_import(qtbot, opener, tmp_path, monkeypatch):
    sheet = tmp_path / "Pôle Véhicules" / "filière 2025.csv"
    sheet.parent.mkdir(exist_ok=True)
    sheet.write_text("Maillon;Étape;Statut\nÉlevage;Amont;faible\n", "utf-8")
    offered: list[tuple[object, Path]] = []
    monkeypatch.setattr(window_opener, "offer_import",
                        lambda window, path: offered.append((window, path)))
    opener.open_all([sheet])
    qtbot.waitUntil(lambda: offered != [], timeout=5000)
    assert offered == [(opener.windows[0], sheet)]
    assert opener.windows[0].document.path is None  # a new project, the import offered


def test_a_handed_file_that_cannot_be_read_says_why(qtbot, opener, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    opener.open_all([tmp_path / "Pôle" / "absent.vchain"])
    assert len(opener.windows) == 1 and opener.windows[0].document.path is None
    assert shown and "absent.vchain" in shown[0]


def test_a_file_the_system_asks_to_open_opens_in_a_new_window(qtbot, qapp, opener,
                                                               accented_project):
    opener.watch_file_open_events(qapp)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(accented_project)))
    finally:
        qapp.removeEventFilter(opener)
    assert [w.document.path for w in opener.windows] == [accented_project]
