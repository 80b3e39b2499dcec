"""The rules of the code's shape (docs/architecture.md), checked on the sources.

Layers: the Qt-free layers never import Qt (checked in a fresh interpreter). Inside ``ui/``, found
by reading the sources with :mod:`ast`: only ``ui/document/`` pushes undo commands or touches a
``QUndoStack``; commands import only the model (and Qt's ``QUndoCommand`` /
``QCoreApplication``); the canvas and the docks (plan, gaps, properties) do not import each
other; no runtime import ring between our modules (imports inside functions included); no module
under ``src/`` over 500 lines; at most three Python files at the root of ``ui/``. Each failure
names the offending module.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_ROOT = REPO_ROOT / "src" / "valuechain_gui"
UI_ROOT = PACKAGE_ROOT / "ui"
PACKAGE = "valuechain_gui"
MAX_LINES = 500
MAX_UI_ROOT_FILES = 3
#: Feature folders of ui/ that show panels next to the map; they meet the canvas only through
#: the document and its ViewState.
DOCK_FEATURES = ("plan", "gaps", "properties")
#: What a command module may import besides the standard library and the model.
COMMAND_QT_NAMES = {"PySide6.QtGui": {"QUndoCommand"}, "PySide6.QtCore": {"QCoreApplication"}}
#: Modules of ours a command may import: the model, and the errors module where the model's
#: refusal (ModelError) is defined.
COMMAND_OWN_MODULES = ("valuechain_gui.model", "valuechain_gui.errors")
#: Design notes that once lived outside the repository (their rules are in docs/architecture.md).
NOTES_OUTSIDE = ("DESIGN" + ".md", "STYLE" + ".md")

#: Modules that still break a rule while a rewrite is under way, by rule (none now). A module
#: breaking a rule and not listed fails the test; a listed module that no longer breaks it fails
#: too, so a list only shrinks.
PENDING: dict[str, set[str]] = {
    "push": set(),
    "push_text": set(),
    "commands": set(),
    "docks_import_canvas": set(),
    "canvas_imports_docks": set(),
    "rings": set(),
    "size": set(),
    "shims": set(),
    "import_guards": set(),
    "outside_notes": set(),
}


@pytest.mark.parametrize(
    "package", ["model", "analysis", "io", "directory", "workshop", "sync", "cli", "words",
                "errors", "geometry", "limits", "text_safety", "token_file"])
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


# ---------------------------------------------------------------------------------- helpers
def module_name(path: Path) -> str:
    """``.../src/valuechain_gui/ui/shell/app.py`` → ``valuechain_gui.ui.shell.app``."""
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def source_files(root: Path = PACKAGE_ROOT) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


MODULES = {module_name(p): p for p in source_files()}


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except those under ``if TYPE_CHECKING:`` (never run)."""
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))


def absolute_base(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module an ``ImportFrom`` reads from (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    package = module_name(path).split(".")
    if not is_package(path):
        package = package[:-1]
    if node.level > 1:
        package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def imports_of(path: Path) -> Iterator[tuple[str, list[str], int]]:
    """``(module, names, line)`` for each runtime import of ``path`` (inside functions too);
    ``names`` are the imported names of a ``from`` import (empty for ``import x``)."""
    for node in runtime_nodes(parse(path)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            yield absolute_base(path, node), [a.name for a in node.names], node.lineno


def our_targets(path: Path) -> set[str]:
    """Our modules that importing ``path`` runs: ``from pkg import mod`` counts ``pkg.mod`` when
    it is a module, else ``pkg`` itself."""
    targets: set[str] = set()
    for module, names, _line in imports_of(path):
        if not module.startswith(PACKAGE):
            continue
        subs = [f"{module}.{name}" for name in names if f"{module}.{name}" in MODULES]
        targets.update(subs)
        if len(subs) < len(names) or not names:
            if module in MODULES:
                targets.add(module)
    return targets


def relative(path: Path) -> str:
    """``path`` as the failure messages show it (from ``src/``, or from the repository)."""
    root = PACKAGE_ROOT.parent if PACKAGE_ROOT in path.parents else REPO_ROOT
    return str(path.relative_to(root))


def key(path: Path) -> str:
    """``path`` as :data:`PENDING` lists it (from the package, or from the repository)."""
    root = PACKAGE_ROOT if PACKAGE_ROOT in path.parents else REPO_ROOT
    return str(path.relative_to(root))


def check(rule: str, offences: list[tuple[Path, str]], title: str) -> None:
    """Fail when a module breaks ``rule`` and is not in :data:`PENDING`, or is listed there and
    no longer breaks it; the message names each module and what it does."""
    found = {key(path) for path, _ in offences}
    new = sorted(f"{relative(path)}: {what}" for path, what in offences
                 if key(path) not in PENDING[rule])
    fixed = sorted(PENDING[rule] - found)
    assert new == [], f"{title}:\n" + "\n".join(new)
    assert fixed == [], (f"{title}: these modules keep the rule now; remove them from "
                         f"PENDING[{rule!r}]: {fixed}")


def in_feature(path: Path, *features: str) -> bool:
    parts = path.relative_to(UI_ROOT).parts if UI_ROOT in path.parents else ()
    return bool(parts) and parts[0] in features


# ---------------------------------------------------------------------------------- ui/ rules
def test_only_ui_document_pushes_commands():
    """A ``.push(...)`` call or a ``QUndoStack`` reference outside ``ui/document/`` means an edit
    that bypasses the document's one doorway (refusals unreported, no single push point)."""
    offences = []
    for path in source_files(UI_ROOT):
        if in_feature(path, "document"):
            continue
        for node in runtime_nodes(parse(path)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "push"):
                offences.append((path, f"line {node.lineno}: .push(...)"))
            elif ((isinstance(node, ast.Name) and node.id == "QUndoStack")
                  or (isinstance(node, ast.Attribute) and node.attr == "QUndoStack")
                  or (isinstance(node, ast.ImportFrom)
                      and any(a.name == "QUndoStack" for a in node.names))):
                offences.append((path, f"line {node.lineno}: QUndoStack"))
    check("push", offences, "only ui/document/ pushes commands")


def test_push_is_not_even_mentioned_outside_ui_document():
    """Comments and docstrings included: ``.push(`` appears only under ``ui/document/``."""
    offences = [(path, f"line {number}: {line.strip()}")
                for path in source_files(UI_ROOT) if not in_feature(path, "document")
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if ".push(" in line]
    check("push_text", offences, "'.push(' written outside ui/document/")


def test_commands_import_only_the_model():
    """Commands depend on the model and Qt's QUndoCommand / QCoreApplication.translate, nothing
    else of ours, so the doorway can later mirror them into a shared document."""
    commands = UI_ROOT / "document" / "commands"
    package = module_name(commands / "__init__.py")
    offences = []
    for path in source_files(commands):
        for module, names, line in imports_of(path):
            top = module.split(".")[0]
            if module == "__future__" or top in sys.stdlib_module_names:
                continue
            if module.startswith(package) or module.startswith(COMMAND_OWN_MODULES):
                continue
            allowed = COMMAND_QT_NAMES.get(module, set())
            extra = [n for n in names if n not in allowed] if names else [module]
            if extra:
                offences.append((path, f"line {line}: {module} {', '.join(extra)}"))
    check("commands", offences, "commands import only the model")


def _feature_imports(sources: tuple[str, ...], targets: tuple[str, ...]) -> list[tuple[Path, str]]:
    """Imports from the ui/ feature folders ``sources`` of modules in the folders ``targets``."""
    prefixes = tuple(f"{PACKAGE}.ui.{t}" for t in targets)
    return [(path, f"imports {target}")
            for path in source_files(UI_ROOT) if in_feature(path, *sources)
            for target in sorted(our_targets(path))
            if target in prefixes or target.startswith(tuple(p + "." for p in prefixes))]


def test_the_canvas_does_not_import_the_docks():
    """The map and the panels meet through the document and its ViewState, not directly."""
    check("canvas_imports_docks", _feature_imports(("canvas",), DOCK_FEATURES),
          "ui/canvas/ imports a dock")


def test_the_docks_do_not_import_the_canvas():
    """The plan, gap and properties panels do not reach into the canvas."""
    check("docks_import_canvas", _feature_imports(DOCK_FEATURES, ("canvas",)),
          "a dock imports ui/canvas/")


def import_graph() -> nx.DiGraph:
    """Our modules and who imports whom at run time (imports inside functions included)."""
    graph = nx.DiGraph()
    for name, path in MODULES.items():
        graph.add_node(name)
        for target in our_targets(path):
            if target != name:
                graph.add_edge(name, target)
    return graph


def test_no_runtime_import_ring():
    """No module imports, directly or through others, a module that imports it back: an import
    hidden in a function body to dodge a ring is still a ring."""
    graph = import_graph()
    offences = []
    for component in nx.strongly_connected_components(graph):
        if len(component) > 1:
            cycle = nx.find_cycle(graph.subgraph(component))
            ring = " → ".join([edge[0] for edge in cycle] + [cycle[-1][1]])
            offences += [(MODULES[name], f"in the ring {ring}") for name in sorted(component)]
    check("rings", offences, "runtime import rings")


def test_the_import_graph_sees_imports_inside_functions():
    """The ring check reads function bodies: ui/export/render.py imports the platform check
    inside ``ensure_app``, and that edge is in the graph."""
    graph = import_graph()
    assert graph.has_edge(f"{PACKAGE}.ui.export.render", f"{PACKAGE}.ui.shell.qt_platform")


def test_no_module_level_getattr_shim():
    """No module answers for names it does not define (a module ``__getattr__`` re-exporting
    another module's names hides where things live)."""
    offences = [(path, f"line {node.lineno}: module-level __getattr__")
                for path in source_files() for node in parse(path).body
                if isinstance(node, ast.FunctionDef) and node.name == "__getattr__"]
    check("shims", offences, "module-level __getattr__ shims")


def _imports_ours(node: ast.AST) -> bool:
    return any((isinstance(sub, ast.ImportFrom) and (sub.level or (sub.module or "").startswith(
        PACKAGE))) or (isinstance(sub, ast.Import) and any(
            a.name.startswith(PACKAGE) for a in sub.names)) for sub in ast.walk(node))


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = {"ImportError", "ModuleNotFoundError"}
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(kind, ast.Name) and kind.id in names for kind in kinds)


def test_no_import_error_guard_around_our_modules():
    """Our modules always ship: importing one is never wrapped in ``except ImportError``."""
    offences = [(path, f"line {node.lineno}: try/except ImportError around our import")
                for path in source_files() for node in ast.walk(parse(path))
                if isinstance(node, ast.Try) and any(map(_catches_import_error, node.handlers))
                and any(_imports_ours(stmt) for stmt in node.body)]
    check("import_guards", offences, "ImportError guards around our own modules")


def test_no_reference_to_design_notes_outside_the_repository():
    """The rules of the code are in docs/architecture.md; sources and tests cite nothing a
    reader of the repository cannot open."""
    tests_root = REPO_ROOT / "tests"
    offences = [(path, f"line {number}: {line.strip()}")
                for path in source_files() + source_files(tests_root)
                if path.resolve() != Path(__file__).resolve()
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if any(name in line for name in NOTES_OUTSIDE)]
    check("outside_notes", offences, "references to notes outside the repository")


def test_no_module_over_500_lines():
    """Every module under src/ stays small (split by responsibility, never part1/part2)."""
    offences = [(path, f"{count} lines") for path in source_files()
                if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    check("size", offences, f"modules over {MAX_LINES} lines")


def test_ui_root_holds_at_most_three_python_files():
    """Everything in ui/ lives in a feature folder (shell, document, canvas, plan, gaps,
    properties, export, text)."""
    loose = sorted(p.name for p in UI_ROOT.glob("*.py"))
    assert len(loose) <= MAX_UI_ROOT_FILES, f"ui/ holds {len(loose)} Python files: {loose}"
