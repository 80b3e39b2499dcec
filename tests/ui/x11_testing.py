"""Real X11 for the tests that need real key and mouse events: an Xvfb server and the app on it.

The rest of the suite runs offscreen, where Qt delivers synthetic events straight to widgets and
menus never grab the keyboard; bugs of key routing (a menu letter reaching the map) only show
with a real X server. :func:`xvfb_display` (a session fixture) starts ``Xvfb -displayfd`` on a
free display and stops it at the end; :class:`AppDriver` runs :mod:`x11_app_driver` there (the
real window, ``QT_QPA_PLATFORM=xcb``) and talks to it over its stdin/stdout; :func:`xdotool`
sends real input events. Every wait is bounded.

Needs the Debian packages ``xvfb`` and ``xdotool``, and Qt's xcb libraries (docs/architecture.md, "Known
pitfalls": libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libegl1).
"""

from __future__ import annotations

import json
import os
import queue
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

#: Seconds to wait for the X server, the application, or one reply.
START_TIMEOUT_S = 20.0
REPLY_TIMEOUT_S = 10.0
#: Pause between two looks at the application's state while waiting for a condition.
POLL_S = 0.01
SCREEN = (1920, 1080)
DRIVER = Path(__file__).with_name("x11_app_driver.py")


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A running Xvfb server (1920×1080, 24 bits) on a free display; yields ``":N"``."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], START_TIMEOUT_S)
        number = os.read(read_fd, 64).decode().strip() if ready else ""
        if not number:
            raise RuntimeError("Xvfb did not report a display in time")
        yield f":{number}"
    finally:
        os.close(read_fd)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=5)


def xdotool(display: str, *args: str) -> None:
    """Run ``xdotool ARGS`` on ``display`` (real X input events)."""
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True,
                   timeout=REPLY_TIMEOUT_S, stdout=subprocess.DEVNULL)


class AppDriver:
    """The application window in a subprocess on ``display`` (see :mod:`x11_app_driver`).

    Args:
        display: the X display (``":N"``).
        project: the ``.vchain`` file to open (a copy the test may let the app lock).
        language: interface language.
        size: window size in pixels.
        log: where the subprocess's stderr goes.
    """

    def __init__(self, display: str, project: Path, language: str, size: tuple[int, int],
                 log: Path) -> None:
        self.display = display
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(project), language, f"{size[0]}x{size[1]}"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, env=env,
            text=True, bufsize=1)
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._reply(START_TIMEOUT_S)  # {"ready": true}
        self.wait_until(lambda s: s["exposed"] and s["active"], START_TIMEOUT_S)

    def _read(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line)

    def _reply(self, timeout: float = REPLY_TIMEOUT_S):
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the application did not answer within {timeout} s "
                                 f"(stderr in {self._log.name})") from None
        reply = json.loads(line)
        if isinstance(reply, dict) and "error" in reply:
            raise AssertionError(f"driver error: {reply['error']}")
        return reply

    def command(self, *words: str):
        """Send one command (see :mod:`x11_app_driver`) and return its JSON reply."""
        self.process.stdin.write(" ".join(words) + "\n")
        self.process.stdin.flush()
        return self._reply()

    def state(self) -> dict:
        return self.command("state")

    def wait_until(self, condition: Callable[[dict], bool], timeout: float = REPLY_TIMEOUT_S,
                   what: str = "") -> dict:
        """Poll the state until ``condition(state)`` holds; the last state. Fails after
        ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.state()
            if condition(state):
                return state
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what or 'a condition'}: {state}")
            time.sleep(POLL_S)

    def keys(self, *keys: str) -> dict:
        """Type ``keys`` (xdotool names, ``alt+f``) and wait until the windows received their
        presses, i.e. Qt handled them; returns the state then."""
        before = self.state()["keys"]
        xdotool(self.display, "key", *keys)
        count = sum(len(key.split("+")) for key in keys)
        return self.wait_until(lambda s: s["keys"] >= before + count,
                               what=f"the presses of {' '.join(keys)}")

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 4) -> dict:
        """Press the left button at screen point ``start``, move to ``end`` in ``steps``, release;
        waits until the window received the release."""
        before = self.state()["buttons"]
        moves: list[str] = []
        for i in range(1, steps + 1):
            x = round(start[0] + (end[0] - start[0]) * i / steps)
            y = round(start[1] + (end[1] - start[1]) * i / steps)
            moves += ["mousemove", str(x), str(y)]
        xdotool(self.display, "mousemove", str(start[0]), str(start[1]), "mousedown", "1",
                *moves, "mouseup", "1")
        return self.wait_until(lambda s: s["buttons"] >= before + 1, what="the button release")

    def close(self) -> None:
        """Quit the application (no questions asked) and wait for it."""
        if self.process.poll() is None:
            try:
                self.command("quit")
            except (AssertionError, OSError, ValueError):
                pass
            try:
                self.process.wait(timeout=REPLY_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=REPLY_TIMEOUT_S)
        self._log.close()
