"""The files of the release build in ``resources/``: the Linux desktop entry and file type
validate with the freedesktop tools (Debian ``desktop-file-utils``, ``libxml2-utils``,
``shared-mime-info``), the Windows installer registers ``.vchain`` for the user with the path
quoted, the macOS bundle declares the document type, the icons are fresh, and the spec bundles
no Qt module the app does not import."""

from __future__ import annotations

import ast
import configparser
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from PIL import Image

from valuechain_gui import __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / "linux" / "valuechain-gui.desktop"
MIME = RESOURCES / "linux" / "valuechain-gui-mime.xml"
INNO = RESOURCES / "windows" / "valuechain-gui.iss"
PLIST = RESOURCES / "macos" / "document-types.plist"
SPEC = RESOURCES / "valuechain-gui.spec"
MIME_TYPE = "application/x-valuechain-project"


def run(*command: str) -> subprocess.CompletedProcess:
    tool = shutil.which(command[0])
    assert tool, f"{command[0]} is missing (Debian: see .ci/run's SYSTEM_PACKAGES)"
    return subprocess.run([tool, *command[1:]], capture_output=True, text=True, timeout=60)


def test_desktop_entry_validates_and_opens_vchain_files_with_the_app():
    done = run("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr
    entry = configparser.RawConfigParser(strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "valuechain-gui %f"
    assert desktop["Icon"] == "valuechain-gui"
    assert desktop["MimeType"].split(";")[:1] == [MIME_TYPE]
    assert "Comment[fr]" in desktop


def test_mime_type_is_well_formed_and_the_mime_database_takes_it(tmp_path):
    done = run("xmllint", "--noout", str(MIME))
    assert done.returncode == 0, done.stderr
    database = tmp_path / "mime"
    (database / "packages").mkdir(parents=True)
    shutil.copy(MIME, database / "packages")
    done = run("update-mime-database", str(database))
    assert done.returncode == 0, done.stderr
    globs = (database / "globs2").read_text("utf-8").splitlines()
    assert any(line.endswith(f":{MIME_TYPE}:*.vchain") for line in globs), globs


def test_windows_installer_is_per_user_and_registers_vchain_with_the_path_quoted():
    script = INNO.read_text("utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert "HKLM" not in script and "{commonpf}" not in script  # nothing needs admin rights
    assert re.search(r"^DefaultDirName=\{autopf\}", script, re.M)
    registry = [line for line in script.splitlines() if line.startswith("Root: HKA;")]
    assert any('Subkey: "Software\\Classes\\.vchain"' in line
               and 'ValueData: "ValueChainGui.Project"' in line for line in registry)
    command = next(line for line in registry if "shell\\open\\command" in line)
    # Inno doubles a quote inside a quoted value: the command is "…\valuechain-gui.exe" "%1"
    assert command.endswith('ValueData: """{app}\\{#AppExe}"" ""%1"""')
    assert re.search(r'^#define AppExe "valuechain-gui\.exe"$', script, re.M)
    assert 'Source: "dist\\valuechain-gui\\*"' in script  # what tools/build_app.py writes


def test_macos_bundle_declares_the_vchain_document_type():
    with open(PLIST, "rb") as handle:
        info = plistlib.load(handle)
    declared = info["UTExportedTypeDeclarations"][0]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["vchain"]
    assert tags["public.mime-type"] == MIME_TYPE
    project = info["CFBundleDocumentTypes"][0]
    assert project["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert project["CFBundleTypeRole"] == "Editor"
    assert "BUNDLE(" in SPEC.read_text("utf-8") and PLIST.name in SPEC.read_text("utf-8")


def test_icon_files_are_made_from_the_svg_and_the_app_has_its_copy():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "make_icons.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # stale: run python tools/make_icons.py
    with Image.open(RESOURCES / "icons" / "valuechain-gui.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(RESOURCES / "icons" / "valuechain-gui.icns") as icns:
        assert icns.size == (1024, 1024)
    package_icon = ROOT / "src" / "valuechain_gui" / "resources" / "icons" / "valuechain-gui.png"
    assert package_icon.read_bytes() == (RESOURCES / "icons" / "valuechain-gui-256.png").read_bytes()


def spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name:
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not found in {SPEC}")


def test_the_spec_leaves_out_every_qt_module_the_app_does_not_import():
    import PySide6

    shipped = {path.stem.split(".")[0] for path in Path(PySide6.__file__).parent.glob("Qt*.pyi")}
    code = "\n".join(path.read_text("utf-8")
                     for path in (ROOT / "src" / "valuechain_gui").rglob("*.py"))
    used = set(re.findall(r"PySide6\.(Qt\w+)", code))
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg"}
    excluded = set(spec_list("QT_UNUSED"))
    assert excluded.isdisjoint(used)
    assert shipped - used - excluded == set()  # a new PySide6 module: list it as unused
    assert {"QtQuick", "QtQml", "QtWebEngineCore", "Qt3DCore"} <= excluded
    assert {"pytest", "_pytest", "hypothesis", "selenium"} <= set(spec_list("PYTHON_UNUSED"))


def test_build_extra_workflow_and_changelog_name_this_release():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    assert any(req.startswith("pyinstaller>=") for req in project["optional-dependencies"]["build"])
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text("utf-8")
    assert "windows-latest" in workflow and "macos-latest" in workflow
    assert "python tools/build_app.py" in workflow and "valuechain-gui.iss" in workflow
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert "Keep a Changelog" in changelog
    assert re.search(rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog,
                     re.M)
