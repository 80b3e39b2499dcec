"""Build the one-folder app: ``python tools/build_app.py`` writes ``dist/valuechain-gui/``.

Run it from a clone with ``.[test]`` installed (or ``.[build]``). It:

1. installs PyInstaller when it is missing: the requirements of the ``build`` extra of
   ``pyproject.toml`` (``pip install`` into the running Python);
2. compiles the app's translations (``.ts`` → ``.qm``, Qt's ``lrelease`` as the app itself
   would) into ``build/translations/``: the frozen app ships them compiled, since it has no
   ``lrelease`` to compile them at start-up;
3. runs PyInstaller on ``resources/valuechain-gui.spec`` (the clone's ``src/``, only the Qt
   modules the app uses, Qt's French translations kept);
4. on Linux, removes the debugging sections of the Python interpreter's own libraries
   (``libpython3.X.so``, ``lib-dynload/*.so``: ~25 MB when Python was built with them), with
   binutils' ``strip --strip-debug``. Not PyInstaller's ``strip`` option: stripping every library
   breaks numpy's bundled OpenBLAS ("ELF load command address/offset not page-aligned");
5. checks the result (:mod:`app_bundle`: the executable, the translations, the icon; no test,
   virtual-environment or unused Qt file) and prints its size and the time taken.

Exit 0 when built and checked; 1 otherwise (the reason on stderr). On macOS the spec also
makes ``dist/valuechain-gui.app``; on Windows the folder is what
``resources/windows/valuechain-gui.iss`` (Inno Setup) packs into an installer.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "resources" / "valuechain-gui.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
QM_DIR = BUILD / "translations"
TS_DIR = ROOT / "src" / "valuechain_gui" / "resources" / "translations"
#: The longest a PyInstaller run may take (the issue's bound for the whole build).
BUILD_TIMEOUT_S = 15 * 60

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_bundle import NAME, bundle_problems, executable, folder_size  # noqa: E402


def say(text: str) -> None:
    print(f"build_app: {text}", flush=True)


def build_requirements() -> list[str]:
    """The ``build`` extra of pyproject.toml (PyInstaller, with its lower bound)."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    return list(project["optional-dependencies"]["build"])


def ensure_pyinstaller() -> None:
    """Install the ``build`` extra's requirements when PyInstaller cannot be imported."""
    try:
        import PyInstaller  # noqa: F401
        return
    except ImportError:
        pass
    wanted = build_requirements()
    say(f"PyInstaller is missing: pip install {' '.join(wanted)}")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *wanted], check=True,
                   timeout=BUILD_TIMEOUT_S)


def compile_translations() -> list[Path]:
    """Compile every ``valuechain_gui_<lang>.ts`` into ``build/translations``; the .qm files."""
    sys.path.insert(0, str(ROOT / "src"))
    from valuechain_gui.ui.text.i18n import compile_ts, find_qt_tool

    lrelease = find_qt_tool("lrelease")
    if lrelease is None:
        raise SystemExit("build_app: lrelease (pyside6-lrelease) was not found")
    QM_DIR.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(TS_DIR.glob("valuechain_gui_*.ts")):
        qm = QM_DIR / ts.with_suffix(".qm").name
        if not compile_ts(ts, qm, lrelease):
            raise SystemExit(f"build_app: {ts}: lrelease failed")
        made.append(qm)
    return made


def qt_french_translation() -> Path:
    """Qt's own French translation (standard buttons, file dialogs); SystemExit when absent."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase = folder / "qtbase_fr.qm"
    if not qtbase.is_file():
        raise SystemExit(f"build_app: {qtbase} is missing: Qt's dialogs would not be French")
    return qtbase


def run_pyinstaller() -> None:
    """PyInstaller on the spec, output in dist/ and build/pyinstaller/."""
    env = dict(os.environ, VALUECHAIN_GUI_QM_DIR=str(QM_DIR))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    say(" ".join(command))
    subprocess.run(command, check=True, cwd=ROOT, env=env, timeout=BUILD_TIMEOUT_S)


def strip_interpreter(folder: Path) -> int:
    """Linux: ``strip --strip-debug`` the interpreter's libraries in ``folder``; bytes saved."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    internal = folder / "_internal"
    targets = [p for p in internal.glob("libpython3*.so*") if p.is_file() and not p.is_symlink()]
    targets += sorted(internal.glob("python3*/lib-dynload/*.so"))
    before = sum(path.stat().st_size for path in targets)
    if targets:
        subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True, timeout=300)
    return before - sum(path.stat().st_size for path in targets)


def main(argv: list[str] | None = None) -> int:
    """Build, check and measure the app (see the module doc); the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    started = time.monotonic()
    ensure_pyinstaller()
    for qm in compile_translations():
        say(f"compiled {qm.relative_to(ROOT)}")
    say(f"Qt's French translation: {qt_french_translation()}")
    folder = DIST / NAME
    if folder.exists():
        shutil.rmtree(folder)
    try:
        run_pyinstaller()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"build_app: PyInstaller failed: {exc}", file=sys.stderr)
        return 1
    saved = strip_interpreter(folder)
    if saved:
        say(f"debugging sections of the Python interpreter's libraries removed: "
            f"{saved / 2**20:.0f} MiB")
    problems = bundle_problems(folder)
    for problem in problems:
        print(f"build_app: {problem}", file=sys.stderr)
    if problems:
        return 1
    size = folder_size(folder)
    say(f"built {executable(folder).relative_to(ROOT)}: {size / 2**20:.0f} MiB in "
        f"{time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
