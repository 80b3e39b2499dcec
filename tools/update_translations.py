"""Update the translation sources from the code, keeping the existing translations.

Usage (from the repository root)::

    python tools/update_translations.py            # rewrite the .ts files from the ui/ sources
    python tools/update_translations.py --check    # exit 1 if the committed .ts files are stale
    python tools/update_translations.py --release  # also compile the .qm next to the .ts

It runs Qt's ``lupdate`` (``pyside6-lupdate``) over every ``src/valuechain_gui/ui/**/*.py`` into
``resources/translations/valuechain_gui_fr.ts`` (every string) and ``valuechain_gui_en.ts``
(plural forms only: English is the source language). Locations are not written (``-locations
none``) so that moving code does not change the files, and strings gone from the code are dropped
(``-no-obsolete``): a changed string comes back as a new, unfinished message to translate. New English plural forms are written from the source
("%n link(s)" → "%n link" / "%n links"); a plural source without ``word(s)`` is left for a person.

lupdate only sees ``self.tr("...")`` and ``QCoreApplication.translate("Context", "...")``. Several
modules use a one-line wrapper with a fixed context (``def _t(text): return
QCoreApplication.translate("Menus", text)``): before running lupdate, the sources are copied to a
temporary folder where each call of such a wrapper is spelled out as the ``translate`` call it
makes (same line, same context), so those strings are extracted under their real context.

After running it, translate the new or changed French strings (Qt Linguist:
``pyside6-linguist src/valuechain_gui/resources/translations/valuechain_gui_fr.ts``, or by
hand), then run ``pytest tests/ui/text/test_i18n.py tests/ui/text/test_glossary.py``.
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
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_ROOT = ROOT / "src" / "valuechain_gui" / "ui"
TS_DIR = ROOT / "src" / "valuechain_gui" / "resources" / "translations"
#: language → True when its .ts holds only plural forms (the source language).
LANGUAGES = {"fr": False, "en": True}
#: How a wrapper's call is spelled out for lupdate.
TRANSLATE = "QCoreApplication.translate"
#: ``word(s)`` / ``word(es)`` in an English plural source.
PLURAL_MARK = re.compile(r"(\w)\((s|es)\)")
#: Classes whose ``translate`` is Qt's translation (not QPainter.translate).
APPLICATION_CLASSES = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})


def _find_tool(name: str) -> list[str]:
    """Qt's ``name`` tool; SystemExit with a clear message when PySide6 does not provide it."""
    sys.path.insert(0, str(ROOT / "src"))
    from valuechain_gui.ui.text.i18n import find_qt_tool

    tool = find_qt_tool(name)
    if tool is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-{name})")
    return tool


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments of ``tree``."""
    return {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for t in node.targets if isinstance(t, ast.Name)}


@dataclass(frozen=True)
class Wrapper:
    """A module-level function that calls ``QCoreApplication.translate`` with a fixed context.

    ``template`` lists the arguments it passes after the context: an ``int`` is the index of one
    of its own parameters, a ``str`` the source text of a constant (``""`` for no
    disambiguation). ``params`` are its parameter names, in order.
    """

    context: str
    template: tuple[int | str, ...]
    params: tuple[str, ...]


def translation_wrappers(tree: ast.Module) -> dict[str, Wrapper]:
    """Module-level wrappers of ``QCoreApplication.translate`` with a literal context.

    A wrapper is ``def NAME(text, n=-1): return QCoreApplication.translate("Ctx", text, "", n)``
    (a docstring allowed) or ``NAME = lambda text: QCoreApplication.translate("Ctx", text)``:
    the context is a literal or a module-level string constant (``_CONTEXT = "Messages"``), the
    other arguments its own parameters or constants, the text (second argument) a parameter.
    Returns ``{NAME: Wrapper}``.
    """
    constants = _module_constants(tree)
    found: dict[str, Wrapper] = {}
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
        if (not (isinstance(func, ast.Attribute) and func.attr == "translate")
                or len(expr.args) < 2 or expr.keywords):
            continue
        context = expr.args[0]
        if isinstance(context, ast.Name):
            context = ast.Constant(constants.get(context.id))
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            continue
        names = tuple(a.arg for a in params.args)
        template: list[int | str] = []
        for arg in expr.args[1:]:
            if isinstance(arg, ast.Name) and arg.id in names:
                template.append(names.index(arg.id))
            elif isinstance(arg, ast.Constant):
                template.append(repr(arg.value))
            else:
                break
        else:
            if template and isinstance(template[0], int):
                found[name] = Wrapper(context.value, tuple(template), names)
    return found


def _spelled_call(call: ast.Call, wrapper: Wrapper, source: str) -> str | None:
    """The ``QCoreApplication.translate(...)`` text that ``call`` of ``wrapper`` amounts to;
    None when its arguments cannot be mapped (``*args``, unknown keyword)."""
    given: dict[int, str] = {}
    for index, arg in enumerate(call.args):
        if isinstance(arg, ast.Starred) or index >= len(wrapper.params):
            return None
        given[index] = ast.get_source_segment(source, arg) or ""
    for keyword in call.keywords:
        if keyword.arg not in wrapper.params:
            return None
        given[wrapper.params.index(keyword.arg)] = ast.get_source_segment(source, keyword.value) or ""
    parts = [repr(wrapper.context)]
    for item in wrapper.template:
        if isinstance(item, int):
            if item not in given:
                break  # a defaulted parameter (e.g. no n): the rest is left out
            parts.append(given[item])
        else:
            parts.append(item)
    return f"{TRANSLATE}({', '.join(parts)}"


def spell_out_wrappers(source: str) -> str:
    """``source`` with each call of a translation wrapper written as the translate call it makes.

    ``_t("Open", n)`` of ``def _t(text, n=-1): return QCoreApplication.translate("Ctx", text,
    "", n)`` becomes ``QCoreApplication.translate('Ctx', "Open", '', n)``. Line numbers are kept
    (a call over several lines keeps its line breaks); the wrapper definitions, calls without
    arguments and calls nested in another wrapper call are left alone.
    """
    tree = ast.parse(source)
    wrappers = translation_wrappers(tree)
    if not wrappers:
        return source
    data = source.encode("utf-8")
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    edits: list[tuple[int, int, bytes]] = []  # byte start, byte end, new bytes
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in wrappers and node.args):
            continue
        spelled = _spelled_call(node, wrappers[node.func.id], source)
        if spelled is None or node.end_lineno is None or node.end_col_offset is None:
            continue
        begin = starts[node.lineno - 1] + node.col_offset
        end = starts[node.end_lineno - 1] + node.end_col_offset
        breaks = data[begin:end].count(b"\n") - spelled.count("\n")
        edits.append((begin, end, (spelled + "\n" * max(breaks, 0) + ")").encode("utf-8")))
    last_end = -1
    kept = []
    for begin, end, new in sorted(edits):
        if begin >= last_end:  # outermost calls only
            kept.append((begin, end, new))
            last_end = end
    for begin, end, new in reversed(kept):
        data = data[:begin] + new + data[end:]
    return data.decode("utf-8")


def spell_out_plurals(source: str) -> str:
    """``source`` with each plural ``QCoreApplication.translate(ctx, text, disambiguation, n)``
    re-marked so that lupdate records it as a plural message.

    lupdate's Python parser marks ``self.tr(text, disambiguation, n)`` as plural (numerus) but
    not ``translate`` with ``n``: it would record "%n link(s)" as a plain message, whose one
    French form would then serve for 1 and for 2. So in the copy, such a call's callee is
    renamed (lupdate then skips it) and, at the end of the file, a class named after the context
    repeats it as ``self.tr(text, disambiguation, 0)``, which lupdate records as plural under
    that context. Lines before the end of the file are kept. Calls whose context is not a
    literal identifier are left alone.
    """
    tree = ast.parse(source)
    constants = _module_constants(tree)
    data = source.encode("utf-8")
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    renames: list[tuple[int, int]] = []
    plurals: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate" and isinstance(node.func.value, ast.Name)
                and node.func.value.id in APPLICATION_CLASSES and len(node.args) >= 2):
            continue
        has_n = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
        context = node.args[0]
        name = (context.value if isinstance(context, ast.Constant)
                else constants.get(context.id) if isinstance(context, ast.Name) else None)
        text = node.args[1]
        if (not has_n or not isinstance(name, str) or not name.isidentifier()
                or not (isinstance(text, ast.Constant) and isinstance(text.value, str))):
            continue
        disambiguation = node.args[2] if len(node.args) >= 3 else next(
            (k.value for k in node.keywords if k.arg == "disambiguation"), None)
        comment = (ast.get_source_segment(source, disambiguation)
                   if isinstance(disambiguation, ast.Constant)
                   and isinstance(disambiguation.value, str) else '""')
        plurals.setdefault(name, []).append(
            f"        self.tr({ast.get_source_segment(source, text)}, {comment}, 0)\n")
        func = node.func
        begin = starts[func.lineno - 1] + func.col_offset
        renames.append((begin, starts[func.end_lineno - 1] + (func.end_col_offset or 0)))
    if not plurals:
        return source
    for begin, end in sorted(renames, reverse=True):
        data = data[:begin] + b"_plural_spelled_below" + data[end:]
    tail = "".join(f"\n\nclass {name}:  # plural messages, for lupdate\n"
                   f"    def plurals(self):\n{''.join(lines)}"
                   for name, lines in plurals.items())
    return data.decode("utf-8").rstrip("\n") + "\n" + tail


def untranslatable_calls(source: str) -> list[tuple[int, str]]:
    """``(line, call)`` of each ``tr``/``translate``/wrapper call whose text is not a literal.

    lupdate cannot extract ``tr(f"...")`` or ``tr(variable)``: an f-string never matches at run
    time, a variable only works if the same literal is marked elsewhere. The bodies of the
    wrappers themselves (``translate(_CONTEXT, text)``) are not reported.
    """
    tree = ast.parse(source)
    wrappers = translation_wrappers(tree)
    wrapper_bodies = {id(n) for node in tree.body
                      if isinstance(node, ast.FunctionDef) and node.name in wrappers
                      for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in wrapper_bodies:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "translate" and isinstance(func, ast.Attribute) and len(node.args) >= 2:
            if not (isinstance(func.value, ast.Name) and func.value.id in APPLICATION_CLASSES):
                continue  # QPainter.translate(x, y) and the like
            text = node.args[1]
        elif (name == "tr" or name in wrappers) and node.args:
            text = node.args[0]
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            continue
        found.append((node.lineno, ast.unparse(node)[:80]))
    return found


def code_messages(source_root: Path = SOURCE_ROOT) -> dict[tuple[str, str], bool]:
    """{(context, text): plural?} of every translation call with a literal text under
    ``source_root``, found with Python's own parser (wrappers spelled out first):
    ``self.tr("...")`` in class C gives ("C", "..."), ``QCoreApplication.translate("Ctx",
    "...")`` ("Ctx", "..."); plural when the call passes ``n``.

    A cross-check of lupdate, whose Python parser skips some forms (a test compares the two).
    """
    found: dict[tuple[str, str], bool] = {}
    for path in sorted(source_root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        source = spell_out_wrappers(path.read_text(encoding="utf-8"))
        tree = ast.parse(source)
        constants = _module_constants(tree)

        def visit(node: ast.AST, cls: str | None) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                    func, args = child.func, child.args
                    text = args[1] if func.attr == "translate" and len(args) >= 2 else (
                        args[0] if func.attr == "tr" and args else None)
                    plural = (len(args) >= (4 if func.attr == "translate" else 3)
                              or any(k.arg == "n" for k in child.keywords))
                    if isinstance(text, ast.Constant) and isinstance(text.value, str):
                        if (func.attr == "tr" and isinstance(func.value, ast.Name)
                                and func.value.id == "self" and cls):
                            found[(cls, text.value)] = plural
                        elif (func.attr == "translate" and isinstance(func.value, ast.Name)
                              and func.value.id in APPLICATION_CLASSES):
                            context = args[0]
                            name = (context.value if isinstance(context, ast.Constant)
                                    else constants.get(context.id)
                                    if isinstance(context, ast.Name) else None)
                            if isinstance(name, str):
                                found[(name, text.value)] = plural
                visit(child, cls)

        visit(tree, None)
    return found


def without_doc_comments(source: str) -> str:
    """``source`` with ``#:`` comment lines made plain ``#`` comments (same lines).

    ``#:`` marks attribute documentation here (Sphinx), but lupdate reads it as a note for the
    translator and glues every such comment of a module onto the next string: noise in the .ts,
    and a "stale" .ts each time a code comment changes. Notes for translators go in the
    disambiguation argument instead: ``self.tr("Open", "verb on a menu")``.
    """
    return re.sub(r"(?m)^(\s*)#:", r"\1# ", source)


def prepared_sources(source_root: Path, out_dir: Path) -> list[Path]:
    """Copy every ``*.py`` under ``source_root`` into ``out_dir`` with wrappers and plural
    ``translate`` calls spelled out for lupdate (:func:`spell_out_wrappers`,
    :func:`spell_out_plurals`) and without ``#:`` comments (:func:`without_doc_comments`)."""
    copies = []
    for path in sorted(source_root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        target = out_dir / path.relative_to(source_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        original = path.read_text(encoding="utf-8")
        for line, call in untranslatable_calls(original):
            print(f"{path}:{line}: warning: lupdate cannot extract {call}", file=sys.stderr)
        text = spell_out_plurals(spell_out_wrappers(original))
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


def english_plural_forms(source: str) -> tuple[str, str] | None:
    """``("%n link", "%n links")`` for ``"%n link(s)"`` (also ``"match(es)"``); None when the
    source has no ``word(s)`` to expand."""
    if not PLURAL_MARK.search(source):
        return None
    return PLURAL_MARK.sub(r"\1", source), PLURAL_MARK.sub(r"\1\2", source)


def fill_english_plurals(ts: Path) -> int:
    """Give each new (unfinished, empty) plural message of the English ``ts`` its two forms
    from :func:`english_plural_forms`; returns how many were filled. Sources without
    ``word(s)`` ("%n links selected") stay unfinished for a person to write."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if (message.get("numerus") != "yes" or translation is None
                or translation.get("type") != "unfinished"
                or any((form.text or "").strip() for form in translation.iter("numerusform"))):
            continue
        forms = english_plural_forms(message.findtext("source") or "")
        if forms is None:
            continue
        for form in list(translation):
            translation.remove(form)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update_ts(ts_dir: Path = TS_DIR, source_root: Path = SOURCE_ROOT) -> dict[str, str]:
    """Update (or create) every ``valuechain_gui_<lang>.ts`` in ``ts_dir``; {lang: lupdate report}.

    New English plural forms of ``word(s)`` sources are filled in (:func:`fill_english_plurals`),
    then lupdate runs once more so the file keeps lupdate's own layout.
    """
    lupdate = _find_tool("lupdate")
    reports = {}
    with tempfile.TemporaryDirectory(prefix="vcg-lupdate-") as tmp:
        sources = prepared_sources(source_root, Path(tmp) / "ui")
        ts_dir.mkdir(parents=True, exist_ok=True)
        for language, plural_only in LANGUAGES.items():
            ts = ts_dir / f"valuechain_gui_{language}.ts"
            reports[language] = run_lupdate(sources, ts, language, plural_only, lupdate)
            if plural_only and fill_english_plurals(ts):
                run_lupdate(sources, ts, language, plural_only, lupdate)
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
