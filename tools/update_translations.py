"""Update the translation sources from the code, keeping the existing translations.

Usage (from the repository root)::

    python tools/update_translations.py            # rewrite the .ts files from the ui/ sources
    python tools/update_translations.py --check    # exit 1 if the committed .ts files are stale
    python tools/update_translations.py --release  # also compile the .qm next to the .ts

It runs Qt's ``lupdate`` (``pyside6-lupdate``) over every ``src/valuechain_gui/ui/**/*.py`` into
``resources/translations/valuechain_gui_fr.ts`` (every string) and ``valuechain_gui_en.ts``
(plural forms only: English is the source language). Locations are not written (``-locations
none``) so that moving code does not change the files, and strings gone from the code are dropped
(``-no-obsolete``); a changed string comes back marked unfinished, with the old translation as a
suggestion when lupdate finds it similar.

lupdate only sees ``self.tr("...")`` and ``QCoreApplication.translate("Context", "...")``. Several
modules use a one-line wrapper with a fixed context (``def _t(text): return
QCoreApplication.translate("Menus", text)``): before running lupdate, the sources are copied to a
temporary folder where each call of such a wrapper is spelled out as the ``translate`` call it
makes (same line, same context), so those strings are extracted under their real context.

After running it, translate the new or changed French strings (Qt Linguist:
``pyside6-linguist src/valuechain_gui/resources/translations/valuechain_gui_fr.ts``, or by
hand), then run ``pytest tests/ui/test_i18n.py tests/ui/test_glossary.py``.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_ROOT = ROOT / "src" / "valuechain_gui" / "ui"
TS_DIR = ROOT / "src" / "valuechain_gui" / "resources" / "translations"
#: language → True when its .ts holds only plural forms (the source language).
LANGUAGES = {"fr": False, "en": True}
#: How a wrapper's call is spelled out for lupdate.
TRANSLATE = "QCoreApplication.translate"


def _find_tool(name: str) -> list[str]:
    """Qt's ``name`` tool; SystemExit with a clear message when PySide6 does not provide it."""
    sys.path.insert(0, str(ROOT / "src"))
    from valuechain_gui.ui.i18n import find_qt_tool

    tool = find_qt_tool(name)
    if tool is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-{name})")
    return tool


def translation_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level wrappers of ``QCoreApplication.translate`` with a literal context.

    A wrapper is ``def NAME(p0, p1, ...): return QCoreApplication.translate("Ctx", p0, p1, ...)``
    (a docstring allowed) or ``NAME = lambda p0, ...: QCoreApplication.translate("Ctx", p0, ...)``,
    its parameters passed on in order; the context may also be a module-level string constant
    (``_CONTEXT = "Messages"``). Returns ``{NAME: "Ctx"}``.
    """
    constants = {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                 and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                 for t in node.targets if isinstance(t, ast.Name)}
    found: dict[str, str] = {}
    for node in tree.body:
        name, params, expr = None, None, None
        if isinstance(node, ast.FunctionDef):
            body = [s for s in node.body
                    if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
            if len(body) == 1 and isinstance(body[0], ast.Return):
                name, params, expr = node.name, node.args, body[0].value
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1
              and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Lambda)):
            name, params, expr = node.targets[0].id, node.value.args, node.value.body
        if name is None or params is None or not isinstance(expr, ast.Call):
            continue
        func = expr.func
        if not (isinstance(func, ast.Attribute) and func.attr == "translate" and expr.args):
            continue
        context = expr.args[0]
        if isinstance(context, ast.Name):
            context = ast.Constant(constants.get(context.id))
        passed = [a.id if isinstance(a, ast.Name) else None for a in expr.args[1:]]
        names = [a.arg for a in params.args]
        if (isinstance(context, ast.Constant) and isinstance(context.value, str)
                and passed and passed == names[:len(passed)] and not expr.keywords):
            found[name] = context.value
    return found


def spell_out_wrappers(source: str) -> str:
    """``source`` with each call of a translation wrapper written as the translate call it makes.

    Lines and line numbers are kept (only the callee and the opening parenthesis are replaced),
    calls without arguments and the wrapper definitions themselves are left alone.
    """
    tree = ast.parse(source)
    wrappers = translation_wrappers(tree)
    if not wrappers:
        return source
    lines = source.encode("utf-8").splitlines(keepends=True)
    edits: list[tuple[int, int, int, bytes]] = []  # line index, start col, end col, new bytes
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in wrappers and node.args
                and node.func.end_lineno == node.func.lineno):
            line = node.func.lineno - 1
            end = node.func.end_col_offset or 0
            if lines[line][end:end + 1] != b"(":
                continue
            context = wrappers[node.func.id].replace("\\", "\\\\").replace('"', '\\"')
            new = f'{TRANSLATE}("{context}", '.encode()
            edits.append((line, node.func.col_offset, end + 1, new))
    for line, start, end, new in sorted(edits, reverse=True):
        text = lines[line]
        lines[line] = text[:start] + new + text[end:]
    return b"".join(lines).decode("utf-8")


def without_doc_comments(source: str) -> str:
    """``source`` with ``#:`` comment lines made plain ``#`` comments (same lines).

    ``#:`` marks attribute documentation here (Sphinx), but lupdate reads it as a note for the
    translator and glues every such comment of a module onto the next string: noise in the .ts,
    and a "stale" .ts each time a code comment changes. Notes for translators go in the
    disambiguation argument instead: ``self.tr("Open", "verb on a menu")``.
    """
    return re.sub(r"(?m)^(\s*)#:", r"\1# ", source)


def prepared_sources(source_root: Path, out_dir: Path) -> list[Path]:
    """Copy every ``*.py`` under ``source_root`` into ``out_dir`` with wrappers spelled out
    and without ``#:`` comments (see :func:`without_doc_comments`)."""
    copies = []
    for path in sorted(source_root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        target = out_dir / path.relative_to(source_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = spell_out_wrappers(path.read_text(encoding="utf-8"))
        target.write_text(without_doc_comments(text), encoding="utf-8")
        copies.append(target)
    return copies


def run_lupdate(sources: list[Path], ts: Path, language: str, plural_only: bool,
                lupdate: list[str]) -> str:
    """Run lupdate over ``sources`` into ``ts`` (created or updated); returns its report."""
    command = [*lupdate, *map(str, sources), "-source-language", "en", "-target-language",
               language, "-locations", "none", "-no-obsolete", "-no-ui-lines"]
    if plural_only:
        command.append("-pluralonly")
    command += ["-ts", str(ts)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed on {ts.name}:\n{done.stdout}{done.stderr}")
    return (done.stdout + done.stderr).strip()


def update_ts(ts_dir: Path = TS_DIR, source_root: Path = SOURCE_ROOT) -> dict[str, str]:
    """Update (or create) every ``valuechain_gui_<lang>.ts`` in ``ts_dir``; {lang: lupdate report}."""
    lupdate = _find_tool("lupdate")
    reports = {}
    with tempfile.TemporaryDirectory(prefix="vcg-lupdate-") as tmp:
        sources = prepared_sources(source_root, Path(tmp) / "ui")
        ts_dir.mkdir(parents=True, exist_ok=True)
        for language, plural_only in LANGUAGES.items():
            ts = ts_dir / f"valuechain_gui_{language}.ts"
            reports[language] = run_lupdate(sources, ts, language, plural_only, lupdate)
    return reports


def stale_files(ts_dir: Path = TS_DIR, source_root: Path = SOURCE_ROOT) -> list[str]:
    """Names of the .ts files in ``ts_dir`` that lupdate would change (the committed ones
    are copied to a temporary folder and updated there; ``ts_dir`` is not touched)."""
    with tempfile.TemporaryDirectory(prefix="vcg-ts-check-") as tmp:
        copy = Path(tmp)
        for language in LANGUAGES:
            ts = ts_dir / f"valuechain_gui_{language}.ts"
            if ts.exists():
                shutil.copy2(ts, copy / ts.name)
        update_ts(copy, source_root)
        return [f"valuechain_gui_{lang}.ts" for lang in LANGUAGES
                if not (ts_dir / f"valuechain_gui_{lang}.ts").exists()
                or not filecmp.cmp(ts_dir / f"valuechain_gui_{lang}.ts",
                                   copy / f"valuechain_gui_{lang}.ts", shallow=False)]


def release(ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile each .ts of ``ts_dir`` to the .qm next to it (for a build); the .qm paths."""
    lrelease = _find_tool("lrelease")
    written = []
    for ts in sorted(ts_dir.glob("valuechain_gui_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease, str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line; 0 on success, 1 when ``--check`` finds stale files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether the .ts files are up to date")
    parser.add_argument("--release", action="store_true",
                        help="also compile the .qm files next to the .ts (for a build)")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"{name} is stale: run python tools/update_translations.py", file=sys.stderr)
        return 1 if stale else 0
    for language, report in update_ts().items():
        print(f"[{language}] {report}")
    if args.release:
        for qm in release():
            print(f"{qm.relative_to(ROOT)} compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
