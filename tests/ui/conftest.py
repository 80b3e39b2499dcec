"""Fixtures shared by the Qt tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The helpers beside this file (canvas_testing, work_safety_testing, x11_testing, ...) are
# imported by tests in the feature folders below: put this folder on the import path once.
HELPERS = str(Path(__file__).resolve().parent)
if HELPERS not in sys.path:
    sys.path.insert(0, HELPERS)

from valuechain_gui.ui.text import i18n


@pytest.fixture
def english(qapp, tmp_path):
    """The English translators, as installed at start-up (plurals: "5 links"), removed after."""
    installed = i18n.install_translators(qapp, "en", cache_dir=tmp_path / "qm")
    yield
    i18n.remove_translators(qapp, installed)
