"""Interface language: which one, compiling the translations, and installing the translators.

The language is, in order: the ``--lang`` option, the ``ui/language`` preference (QSettings:
``"fr"``, ``"en"`` or ``"system"``), else French when the system locale is French, English
otherwise. It is chosen once at start-up, so a new preference applies after a restart.

Qt's own strings (standard buttons, file dialogs) come from ``qtbase_<lang>.qm`` in Qt's
translations folder; the application's from ``resources/translations/valuechain_gui_<lang>.ts``
(sources kept in git, written by ``tools/update_translations.py``). The ``.qm`` files are not
committed (the one-folder app bundles them compiled by its build, without the ``.ts``): :func:`compiled_translation` uses a ``.qm`` next to the ``.ts`` when it is up to date
(made by the build), else compiles one with ``lrelease`` into the cache folder (QStandardPaths
CacheLocation), else next to the ``.ts``. Without ``lrelease`` the interface stays in English and
a warning goes to stderr. English is the source language; its ``.ts`` only holds plural forms
("%n link(s)" → "1 link", "2 links").

The default QLocale follows the interface language (French: ``1 234,50 €``, ``31/12/2027``;
English: British conventions, as the users are European), so dates, numbers and amounts in the
interface are written the way its readers expect.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings,
                            QStandardPaths, QTranslator)

# Qt's own words that ``qtbase_fr`` says oddly for our dialogs, or not at all: the standard
# Discard button of the unsaved-changes question is "Ne pas tenir compte" there, "Ne pas
# enregistrer" in our .ts; Qt 6.11's Open/Save dialog spells two labels with a mnemonic that the
# qtbase_fr shipped with PySide does not know, so they showed in English. (Where the platform has
# its own file dialog, GNOME's or KDE's through their Qt theme or portal, Qt uses it and these
# words do not appear.) Our translator is installed after Qt's, so it is searched first. (Plain
# comments here: lupdate would take "#:" comments as notes for the translator.)
QT_WORDING = (QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
              QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
              QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

#: Languages the interface offers.
UI_LANGUAGES = ("fr", "en")
#: QSettings key of the preferred interface language ("fr", "en" or "system").
SETTINGS_KEY = "ui/language"
#: Folder of the translation sources ``valuechain_gui_<lang>.ts``.
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: Seconds an ``lrelease`` run may take before it is given up.
LRELEASE_TIMEOUT_S = 60


def choose_language(option: str | None = None, settings: QSettings | None = None,
                    system_locale: QLocale | None = None) -> str:
    """The interface language, ``"fr"`` or ``"en"``.

    Args:
        option: the ``--lang`` value, wins when it is one of :data:`UI_LANGUAGES`.
        settings: where to read the ``ui/language`` preference (default: the application's);
            ``"system"``, an empty or an unknown value defer to the system locale.
        system_locale: the system locale (default: ``QLocale.system()``).
    """
    if option in UI_LANGUAGES:
        return str(option)
    settings = settings if settings is not None else QSettings()
    preferred = settings.value(SETTINGS_KEY, "")
    if isinstance(preferred, str) and preferred in UI_LANGUAGES:
        return preferred
    locale = system_locale if system_locale is not None else QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def locale_for(language: str) -> QLocale:
    """The QLocale that formats dates, numbers and amounts for ``language`` ("fr" → France,
    anything else → English with British conventions: 31/12/2027, 1,234.50)."""
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def ts_path(language: str, ts_dir: Path | None = None) -> Path:
    """The translation source of ``language``: ``<ts_dir>/valuechain_gui_<language>.ts``."""
    return (ts_dir or TRANSLATIONS_DIR) / f"valuechain_gui_{language}.ts"


def find_qt_tool(name: str) -> list[str] | None:
    """The command line (argv prefix) that runs Qt's ``name`` tool ("lrelease", "lupdate").

    Looks for the binary PySide6 ships inside its package, then ``pyside6-<name>`` next to the
    running Python or on PATH, then a system ``<name>``; None when there is none.
    """
    suffix = ".exe" if sys.platform == "win32" else ""
    try:
        bundled = Path(PySide6.__file__).resolve().parent / f"{name}{suffix}"
        if bundled.is_file() and os.access(bundled, os.X_OK):
            return [str(bundled)]
    except OSError:  # an unreadable installation folder: look elsewhere
        pass
    script = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if script.is_file():
        return [str(script)]
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            return [found]
    return None


def _warn(text: str) -> None:
    print(f"valuechain-gui: {text}", file=sys.stderr)


def _cache_dir() -> Path | None:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "translations" if location else None


def compile_ts(ts: Path, qm: Path, lrelease: list[str] | None = None) -> bool:
    """Compile ``ts`` to ``qm`` with lrelease, atomically (a temporary file, then replace).

    Returns True on success; False (and nothing at ``qm`` touched) when lrelease is missing,
    fails, or the folder cannot be written.
    """
    lrelease = lrelease or find_qt_tool("lrelease")
    if lrelease is None:
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=qm.stem + "-", suffix=".qm.tmp", dir=qm.parent)
        os.close(fd)
    except OSError:
        return False
    tmp = Path(tmp_name)
    try:
        done = subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(tmp)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=LRELEASE_TIMEOUT_S, check=False)
        if done.returncode != 0 or tmp.stat().st_size == 0:
            return False
        os.replace(tmp, qm)
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        tmp.unlink(missing_ok=True)


def compiled_translation(language: str, *, ts_dir: Path | None = None,
                         cache_dir: Path | None = None) -> Path | None:
    """The up-to-date ``.qm`` of ``language``, compiling it when needed; None when impossible.

    A ``.qm`` without its ``.ts`` is used as it is (the one-folder app built by
    ``tools/build_app.py`` ships only the compiled translations, having no ``lrelease``).
    Otherwise, in order: a ``.qm`` next to the ``.ts`` no older than it; a ``.qm`` in
    ``cache_dir`` (default: CacheLocation/translations) named after a hash of the ``.ts``
    contents, compiled now if absent; else a ``.qm`` compiled next to the ``.ts``. When nothing
    works a warning is printed on stderr (then a stale ``.qm`` next to the ``.ts`` is still
    returned if there is one, since old translations beat none).
    """
    ts = ts_path(language, ts_dir)
    beside = ts.with_suffix(".qm")
    if not ts.is_file():  # the built app ships the compiled translations only
        return beside if beside.is_file() else None
    try:
        if beside.is_file() and beside.stat().st_mtime >= ts.stat().st_mtime:
            return beside
        digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    except OSError as exc:
        _warn(f"{ts}: cannot read the translation ({exc.strerror or exc})")
        return None
    cache = cache_dir if cache_dir is not None else _cache_dir()
    lrelease = find_qt_tool("lrelease")
    if cache is not None:
        cached = cache / f"{ts.stem}-{digest}.qm"
        if cached.is_file():
            return cached
        if lrelease is not None and compile_ts(ts, cached, lrelease):
            for old in cache.glob(f"{ts.stem}-*.qm"):
                if old != cached:
                    old.unlink(missing_ok=True)
            return cached
    if lrelease is not None and compile_ts(ts, beside, lrelease):
        return beside
    why = "lrelease (pyside6-lrelease) was not found" if lrelease is None else "lrelease failed"
    if beside.is_file():
        _warn(f"{ts.name} could not be compiled ({why}); using an older {beside.name}")
        return beside
    _warn(f"{ts.name} could not be compiled ({why}); the interface stays in English")
    return None


def install_translators(app: QCoreApplication, language: str, *,
                        cache_dir: Path | None = None) -> list[QTranslator]:
    """Install Qt's base translation and the application's own for ``language``.

    Qt's ``qtbase_<lang>.qm`` first (standard buttons, file dialogs), then ours (installed
    last, so searched first). Also sets the default QLocale (:func:`locale_for`).

    Returns the installed translators: keep a reference, a collected QTranslator is
    uninstalled. Missing files are not an error: the interface then stays in English
    (see :func:`compiled_translation` for the warning).
    """
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", qt_dir) and app.installTranslator(translator):
            installed.append(translator)
    qm = compiled_translation(language, cache_dir=cache_dir)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            _warn(f"{qm}: not a valid translation file; the interface stays in English")
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall ``translators`` (from :func:`install_translators`), e.g. between tests."""
    for translator in translators:
        app.removeTranslator(translator)
