"""The canvas' inner rules, read from the sources (AST): the canvas does not import the panels nor
the undo commands (its edits go through the document's edit façade), and the display scene with
its items (what the map exports draw) imports no interaction and no edit façade."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "src" / "valuechain_gui" / "ui"
CANVAS = UI / "canvas"
DISPLAY = ["scene.py", "items.py", "flow_item.py", "lane_item.py", "scene_image.py"]


def imported_modules(path: Path) -> set[str]:
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    package = ".".join(path.relative_to(UI.parent.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("path", sorted(CANVAS.rglob("*.py")), ids=lambda p: p.name)
def test_the_canvas_imports_no_panel_and_no_command(path):
    forbidden = ("valuechain_gui.ui.plan", "valuechain_gui.ui.gaps",
                 "valuechain_gui.ui.properties", "valuechain_gui.ui.shell",
                 "valuechain_gui.ui.document.commands")
    assert sorted(m for m in imported_modules(path) if m.startswith(forbidden)) == []


@pytest.mark.parametrize("path", [CANVAS / name for name in DISPLAY]
                         + [UI / "export" / "map_scene.py"], ids=lambda p: p.name)
def test_the_display_scene_imports_no_interaction_and_no_edit(path):
    forbidden = ("valuechain_gui.ui.canvas.interactions", "valuechain_gui.ui.canvas.view",
                 "valuechain_gui.ui.document.edit", "valuechain_gui.ui.document.commands")
    assert sorted(m for m in imported_modules(path) if m.startswith(forbidden)) == []
