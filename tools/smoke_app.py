"""Smoke test of the built app: ``python tools/smoke_app.py`` after ``python tools/build_app.py``.

The built folder is copied elsewhere (a temporary folder whose path has spaces and accents,
``…/Pôle Véhicules/valuechain-gui``) and run there under ``env -i HOME=…``: no PATH, no
language, no virtual environment, nothing of this clone. It must:

- hold what a bundle must and nothing of the development environment (:mod:`app_bundle`);
- answer ``--version`` with the project's version;
- ``check``, ``export`` (a readable workbook of the plan's sheets: the export's writer is in
  the bundle) and ``render`` the worked example (copied as
  ``…/Pôle Véhicules/chaîne 2025.vchain``);
- take a screenshot of the window on it in French and in English (offscreen: there is no
  display), each a 1440 × 900 picture;
- start ``serve`` (the co-editing relay) and ``workshop serve`` (the voting page, fetched with
  its token), each stopped by SIGTERM with exit code 0.

Every step is bounded in time. The pictures are kept in ``build/smoke/`` to be looked at.
Exit 0 when every step passed, 1 otherwise (each failure said on stderr).
"""

from __future__ import annotations

import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_bundle import NAME, bundle_problems, executable, folder_size  # noqa: E402

SAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"
PICTURES = ROOT / "build" / "smoke"
#: Seconds one command may take (the first start of a frozen app unpacks nothing: a few s).
STEP_TIMEOUT_S = 120
#: Seconds a server has to start listening, then to stop after SIGTERM.
SERVER_TIMEOUT_S = 60


def version() -> str:
    text = (ROOT / "src" / "valuechain_gui" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert found, "no __version__ in src/valuechain_gui/__init__.py"
    return found.group(1)


class Smoke:
    """The app copied into ``place`` and run there under ``env -i``; failures collected."""

    def __init__(self, place: Path) -> None:
        self.place = place
        self.app = place / "Pôle Véhicules" / NAME
        self.home = place / "home"
        self.home.mkdir(parents=True)
        self.failures: list[str] = []

    def command(self, *args: str) -> list[str]:
        return ["env", "-i", f"HOME={self.home}", str(executable(self.app)), *args]

    def run(self, title: str, *args: str) -> subprocess.CompletedProcess | None:
        started = time.monotonic()
        try:
            done = subprocess.run(self.command(*args), capture_output=True, text=True,
                                  timeout=STEP_TIMEOUT_S, cwd=self.place)
        except subprocess.TimeoutExpired:
            return self.fail(title, f"still running after {STEP_TIMEOUT_S} s")
        took = time.monotonic() - started
        if done.returncode != 0:
            return self.fail(title, f"exit {done.returncode}: {done.stderr.strip()[-800:]}")
        print(f"smoke: {title}: ok ({took:.1f} s)", flush=True)
        return done

    def fail(self, title: str, why: str) -> None:
        self.failures.append(f"{title}: {why}")
        print(f"smoke: {title}: FAILED: {why}", file=sys.stderr, flush=True)
        return None

    def serve(self, title: str, args: list[str], port: int, url_pattern: str | None) -> None:
        """Start a server, wait until it listens (and its page answers), SIGTERM, exit 0."""
        process = subprocess.Popen(self.command(*args), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, cwd=self.place)
        try:
            if not self._listening(process, port):
                return self.fail(title, f"not listening on port {port} after "
                                        f"{SERVER_TIMEOUT_S} s")
            if url_pattern is not None:
                line = process.stdout.readline()
                url = re.search(url_pattern, line)
                if url is None:
                    return self.fail(title, f"no address printed: {line!r}")
                with urllib.request.urlopen(url.group(0), timeout=30) as answer:
                    page = answer.read().decode("utf-8")
                if answer.status != 200 or "<html" not in page.lower():
                    return self.fail(title, f"the page answered {answer.status}")
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=SERVER_TIMEOUT_S)
            if code != 0:
                return self.fail(title, f"exit {code} after SIGTERM: "
                                        f"{process.stderr.read().strip()[-800:]}")
            print(f"smoke: {title}: ok (listened, stopped by SIGTERM, exit 0)", flush=True)
        except subprocess.TimeoutExpired:
            self.fail(title, f"still running {SERVER_TIMEOUT_S} s after SIGTERM")
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=SERVER_TIMEOUT_S)
        return None

    @staticmethod
    def _listening(process: subprocess.Popen, port: int) -> bool:
        deadline = time.monotonic() + SERVER_TIMEOUT_S
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return True
            except OSError:
                try:
                    process.wait(timeout=0.2)  # bounded wait between attempts
                except subprocess.TimeoutExpired:
                    pass
        return False


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def smoke(folder: Path, place: Path) -> list[str]:
    """Run every step on the app built in ``folder``, copied into ``place``; the failures."""
    problems = bundle_problems(folder)
    if problems:
        return problems
    test = Smoke(place)
    shutil.copytree(folder, test.app, symlinks=True)
    print(f"smoke: {folder} copied to {test.app} ({folder_size(test.app) / 2**20:.0f} MiB)")
    sample = place / "Pôle Véhicules" / "chaîne 2025.vchain"
    shutil.copy(SAMPLE, sample)
    PICTURES.mkdir(parents=True, exist_ok=True)

    done = test.run("--version", "--version")
    if done is not None and done.stdout.strip() != f"{NAME} {version()}":
        test.fail("--version", f"said {done.stdout.strip()!r}, not {NAME} {version()}")
    done = test.run("check", "check", str(sample))
    if done is not None and "Links: 27" not in done.stdout:
        test.fail("check", f"the sample's 27 links are not counted: {done.stdout[:300]!r}")
    plan = place / "plan d'action.xlsx"
    if test.run("export", "export", str(sample), "-o", str(plan), "--no-map") is not None:
        try:
            with zipfile.ZipFile(plan) as book:
                sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
        except (OSError, zipfile.BadZipFile) as exc:
            sheets = []
            test.fail("export", f"the workbook cannot be read: {exc}")
        if len(sheets) < 5:
            test.fail("export", f"the workbook holds {len(sheets)} sheets, not the plan's")
    out = PICTURES / "render.png"
    if test.run("render", "render", str(sample), "-o", str(out)) is not None:
        check_picture(test, "render", out, None)
    for language in ("fr", "en"):
        out = PICTURES / f"window_{language}.png"
        title = f"--screenshot --lang {language}"
        shot = test.run(title, str(sample), "--lang", language, "--screenshot", str(out))
        if shot is not None:
            check_picture(test, title, out, (1440, 900))
            if "English" in shot.stderr:  # "the interface stays in English": no .qm found
                test.fail(title, shot.stderr.strip()[-400:])
    token = place / "relay.token"
    token.write_text("t" * 40 + "\n", "utf-8")
    port = free_port()
    test.serve("serve (co-editing relay)",
               ["serve", "--token-file", str(token), "--port", str(port),
                "--store", str(place / "rooms")], port, None)
    port = free_port()
    test.serve("workshop serve (voting page)",
               ["workshop", "serve", str(sample), "--port", str(port), "--token-file",
                str(place / "vote.token")], port, r"http://\S+")
    return test.failures


def check_picture(test: Smoke, title: str, path: Path, size: tuple[int, int] | None) -> None:
    """The picture at ``path`` exists, is a PNG of ``size`` (when given) and is not blank."""
    from PIL import Image

    if not path.is_file():
        test.fail(title, f"{path} was not written")
        return
    with Image.open(path) as image:
        if size is not None and image.size != size:
            test.fail(title, f"{path} is {image.size}, not {size}")
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
        if len(colours) < 50:
            test.fail(title, f"{path} looks blank ({len(colours)} colours)")


def main() -> int:
    """Smoke-test dist/valuechain-gui (see the module doc); the exit code."""
    folder = ROOT / "dist" / NAME
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="valuechain-smoke-") as place:
        failures = smoke(folder, Path(place))
    for failure in failures:
        print(f"smoke: FAILED: {failure}", file=sys.stderr)
    if failures:
        return 1
    print(f"smoke: every step passed in {time.monotonic() - started:.0f} s; pictures in "
          f"{PICTURES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
