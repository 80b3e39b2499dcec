"""What a built one-folder app must hold, and must not: checked by the build and the smoke test.

:func:`bundle_problems` lists, one line each, what is wrong with a built folder
(``dist/valuechain-gui``): a missing executable, compiled translation (ours or Qt's French
``qtbase_fr.qm``) or icon; a stray file of the development environment (tests, a virtual
environment, translation sources, caches); a Qt library the app does not use (Qt Quick, QML,
WebEngine, 3D, PDF...); a Python module of the tests or of the build tools in the program's
archive (:func:`bundled_modules`). :func:`folder_size` measures the folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The app's name: its folder under dist/ and its executable.
NAME = "valuechain-gui"
#: Folder names that only a development environment has.
STRAY_DIRS = frozenset({"tests", ".venv", "venv", "__pycache__", ".git", ".pytest_cache",
                        ".hypothesis", "pytest", "_pytest", "pytestqt", "hypothesis",
                        "selenium", "pip", "setuptools", "PyInstaller", "sample_projects",
                        "benchmarks"})
#: File suffixes that only a development environment has.
STRAY_SUFFIXES = frozenset({".ts", ".pyc", ".py", ".spec", ".orig", ".bak"})
#: Qt libraries of modules the app never imports (a part of their file name).
UNUSED_QT = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt63D", "Qt6Pdf", "Qt6Designer",
             "Qt6Multimedia", "Qt6Charts", "Qt6Sql", "Qt6Test", "Qt6OpenGLWidgets",
             "Qt6ShaderTools", "Qt6VirtualKeyboard", "QtQuick", "QtQml", "QtWebEngine")


#: Top-level Python modules of the tests and the build tools (and what only they pull in).
STRAY_MODULES = frozenset({"tests", "conftest", "pytest", "_pytest", "pytestqt", "pytest_timeout",
                           "hypothesis", "selenium", "trio", "trio_websocket", "outcome",
                           "sortedcontainers", "attr", "attrs", "wsproto", "pip", "setuptools",
                           "pkg_resources", "PyInstaller"})


def bundled_modules(folder: Path) -> set[str]:
    """The top-level Python modules in the program's archive (PyInstaller's reader)."""
    from PyInstaller.archive.readers import CArchiveReader

    program = CArchiveReader(str(executable(folder)))
    names = next((name for name in program.toc if name.endswith(".pyz")), None)
    if names is None:
        return set()
    return {module.split(".")[0] for module in program.open_embedded_archive(names).toc}


def executable(folder: Path) -> Path:
    """The app's program inside its built folder (``valuechain-gui``, ``.exe`` on Windows)."""
    return folder / (NAME + (".exe" if sys.platform == "win32" else ""))


def folder_size(folder: Path) -> int:
    """The bytes of every file under ``folder`` (symbolic links not followed)."""
    total = 0
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(base, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def bundle_problems(folder: Path) -> list[str]:
    """Every problem of the built app in ``folder`` (empty: the bundle is as it must be)."""
    problems: list[str] = []
    if not executable(folder).is_file():
        return [f"{executable(folder)}: no executable"]
    files = [path for path in folder.rglob("*") if path.is_file()]
    names = {path.name for path in files}
    for wanted in ("valuechain_gui_fr.qm", "valuechain_gui_en.qm", "qtbase_fr.qm",
                   "valuechain-gui.png", "vote.html"):
        if wanted not in names:
            problems.append(f"{folder}: {wanted} is missing")
    modules = bundled_modules(folder)
    if "valuechain_gui" not in modules:
        problems.append(f"{executable(folder)}: the valuechain_gui package is not in it")
    for module in sorted(modules & STRAY_MODULES):
        problems.append(f"{executable(folder)}: holds {module}, a module of the tests or tools")
    for path in files:
        relative = path.relative_to(folder)
        if STRAY_DIRS & set(relative.parts[:-1]):
            problems.append(f"{relative}: a file of the development environment")
        elif path.suffix in STRAY_SUFFIXES and "base_library" not in path.name:
            problems.append(f"{relative}: a source or cache file")
        elif any(part in path.name for part in UNUSED_QT):
            problems.append(f"{relative}: a Qt library the app does not use")
        elif "/translations/" in relative.as_posix() and path.suffix == ".qm" \
                and not path.stem.endswith(("_fr", "_en")):
            problems.append(f"{relative}: a translation in a language the app does not offer")
    return problems
