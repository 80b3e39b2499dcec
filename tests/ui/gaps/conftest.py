"""Shared by the gap panel's tests: numbers formatted the English way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def english_locale():
    """Numbers formatted the English way for the test, the default locale restored after it."""
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)
