"""Interface language: which one, and installing Qt's and the application's translators.

The language is, in order: the ``--lang`` option, the ``ui/language`` preference (QSettings),
else French when the system locale is French, English otherwise (issue 8). Qt's own strings
(standard buttons, file dialogs) come from ``qtbase_<lang>.qm`` in Qt's translations folder;
the application's from ``resources/translations/valuechain_gui_<lang>.qm`` when it exists
(English is the source language, so no file is needed for it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

#: Languages the interface offers.
UI_LANGUAGES = ("fr", "en")
#: QSettings key of the preferred interface language.
SETTINGS_KEY = "ui/language"
#: Folder of the application's compiled translations (``valuechain_gui_<lang>.qm``).
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def choose_language(option: str | None = None, settings: QSettings | None = None,
                    system_locale: QLocale | None = None) -> str:
    """The interface language, ``"fr"`` or ``"en"``.

    Args:
        option: the ``--lang`` value, wins when it is one of :data:`UI_LANGUAGES`.
        settings: where to read the ``ui/language`` preference (default: the application's).
        system_locale: the system locale (default: ``QLocale.system()``).
    """
    if option in UI_LANGUAGES:
        return option
    settings = settings if settings is not None else QSettings()
    preferred = settings.value(SETTINGS_KEY, "")
    if isinstance(preferred, str) and preferred in UI_LANGUAGES:
        return preferred
    locale = system_locale if system_locale is not None else QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's base translation and the application's own for ``language``.

    Returns the installed translators (keep a reference: a collected QTranslator is
    uninstalled). Missing files are not an error: the interface then stays in English.
    Also sets the default QLocale so dates and numbers follow the interface language.
    """
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr"
                               else QLocale.Language.English))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir), (f"valuechain_gui_{language}", str(TRANSLATIONS_DIR))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed
