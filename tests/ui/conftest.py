"""Fixtures shared by the Qt tests."""

from __future__ import annotations

import pytest

from valuechain_gui.ui import i18n


@pytest.fixture
def english(qapp, tmp_path):
    """The English translators, as installed at start-up (plurals: "5 links"), removed after."""
    installed = i18n.install_translators(qapp, "en", cache_dir=tmp_path / "qm")
    yield
    i18n.remove_translators(qapp, installed)
