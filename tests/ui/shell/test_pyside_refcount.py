"""Regression test for the PySide6 6.12.0 / CPython 3.11 reference leak on void calls.

That release drops one reference to ``None`` per call of a C++ method returning nothing and the
interpreter aborts ("none_dealloc") after a few thousand calls (docs/architecture.md, Known pitfalls;
pyproject.toml excludes it). This test catches any later release with the same bug.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem

CALLS = 1000
TOLERANCE = 50


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    item = QGraphicsRectItem(0, 0, 10, 10)
    item.setPos(1.0, 1.0)  # warm up caches of the binding
    before = sys.getrefcount(None)
    for i in range(CALLS):
        item.setPos(float(i), 2.0)
    after = sys.getrefcount(None)
    assert abs(after - before) <= TOLERANCE, (
        f"sys.getrefcount(None) went from {before} to {after} after {CALLS} void Qt calls: "
        "this PySide6 release leaks references to None (see docs/architecture.md, Known pitfalls)")
