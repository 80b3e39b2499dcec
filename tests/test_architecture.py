"""The Qt-free layers never import Qt (the command line runs without a display), checked in a
fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "package", ["model", "analysis", "io", "cli", "words", "errors", "geometry", "limits",
                "text_safety"])
def test_qt_free_layers_do_not_import_qt(package):
    code = (
        "import importlib, pkgutil, sys\n"
        f"root = importlib.import_module('valuechain_gui.{package}')\n"
        "for info in pkgutil.walk_packages(getattr(root, '__path__', []), root.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
