"""Translations: complete, not stale, compiled at start-up, plurals, locale formats.

The .ts files are read with ElementTree; the staleness check runs lupdate (through
``tools/update_translations.py``) into a temporary copy and compares it with the committed files.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator

from valuechain_gui.ui.text import i18n

ROOT = Path(__file__).resolve().parents[3]
FR_TS = i18n.ts_path("fr")
EN_TS = i18n.ts_path("en")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|<[^>]+>")
MNEMONIC = re.compile(r"&(?!&)\S")


def load_tool():
    """``tools/update_translations.py`` as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def messages(ts: Path):
    """(context, message element) for every message of ``ts``."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def forms(message: ET.Element) -> list[str]:
    """The translation of ``message``: one text, or its plural forms."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def ui_language(qapp, tmp_path):
    """Install the translators of a language for one test; removed (and the locale reset)
    afterwards so other tests stay in English."""
    installed = []
    saved_locale = QLocale()

    def install(language: str):
        installed.extend(i18n.install_translators(qapp, language, cache_dir=tmp_path / "cache"))
        return installed

    yield install
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(saved_locale)


def test_every_french_string_is_translated_and_finished():
    problems = []
    count = 0
    for context, message in messages(FR_TS):
        count += 1
        source = message.findtext("source")
        kind = message.find("translation").get("type")
        texts = forms(message)
        where = f"{context}: {source!r}"
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {kind}")
        elif not all(t.strip() for t in texts):
            problems.append(f"{where} has no French translation")
        elif message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"{where} needs 2 plural forms (1 maillon / 2 maillons)")
    assert count > 300, "the French .ts lost its messages"
    assert not problems, ("valuechain_gui_fr.ts: run tools/update_translations.py, then "
                          "translate:\n" + "\n".join(problems))


def test_french_keeps_placeholders_markup_and_one_mnemonic():
    problems = []
    for context, message in messages(FR_TS):
        source = message.findtext("source")
        for text in forms(message):
            if not text:
                continue  # reported by the completeness test
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{context}: {source!r} → {text!r}: placeholders {wanted}")
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
                problems.append(f"{context}: {source!r} → {text!r}: one & (shortcut letter)")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_are_complete_and_say_one_or_many():
    plural_messages = list(messages(EN_TS))
    assert plural_messages, "valuechain_gui_en.ts holds no plural form"
    for context, message in plural_messages:
        assert message.get("numerus") == "yes", f"{context}: en.ts holds only plurals"
        one, many = forms(message)
        assert message.find("translation").get("type") is None, (context, one)
        assert "(s)" not in one and "(s)" not in many, (context, one, many)
        assert one != many and "%n" in one and "%n" in many, (context, one, many)


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source")) for context, message in messages(ts)}


def test_committed_ts_files_are_what_lupdate_makes_from_the_code(tmp_path):
    tool = load_tool()
    stale = tool.stale_files()
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    tool.update_ts(fresh)  # from scratch: which strings the code has now
    new = sorted(_keys(fresh / FR_TS.name) - _keys(FR_TS))
    gone = sorted(_keys(FR_TS) - _keys(fresh / FR_TS.name))
    assert not stale, (f"{', '.join(stale)} out of date with the code: run "
                       "`python tools/update_translations.py`, translate the new strings and "
                       f"commit the .ts files.\nNew in the code: {new}\nGone from the code: {gone}")


def test_calls_of_a_translate_wrapper_are_spelled_out_for_lupdate():
    tool = load_tool()
    source = ('from PySide6.QtCore import QCoreApplication\n'
              '_CONTEXT = "Menus"\n'
              'def _t(text: str) -> str:\n'
              '    """Doc."""\n'
              '    return QCoreApplication.translate(_CONTEXT, text)\n'
              'def _n(text, n=-1):\n'
              '    return QCoreApplication.translate("Plural", text, "", n)\n'
              'FILE = _t("&Fichier é")  # _t("in a comment")\n'
              'other(_t(name))\n'
              'many = _n("%n link(s)",\n'
              '         len(links))\n'
              'one = _n("Plain")\n')
    spelled = tool.spell_out_wrappers(source)
    lines = spelled.splitlines()
    assert len(lines) == len(source.splitlines())
    assert lines[2] == "def _t(text: str) -> str:"
    assert lines[7] == ("FILE = QCoreApplication.translate('Menus', \"&Fichier é\")"
                        '  # _t("in a comment")')
    assert lines[8] == "other(QCoreApplication.translate('Menus', name))"
    assert lines[9] == ("many = QCoreApplication.translate('Plural', \"%n link(s)\", '', "
                        "len(links)")
    assert lines[10] == ")"
    assert lines[11] == "one = QCoreApplication.translate('Plural', \"Plain\", '')"
    assert tool.untranslatable_calls(source) == [(9, "_t(name)")]


def test_language_option_then_preference_then_system_locale(tmp_path):
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    french, german = QLocale(QLocale.Language.French), QLocale(QLocale.Language.German)
    assert i18n.choose_language(None, settings, french) == "fr"
    assert i18n.choose_language(None, settings, german) == "en"
    settings.setValue(i18n.SETTINGS_KEY, "system")
    assert i18n.choose_language(None, settings, french) == "fr"
    settings.setValue(i18n.SETTINGS_KEY, "en")
    assert i18n.choose_language(None, settings, french) == "en"
    assert i18n.choose_language("fr", settings, german) == "fr"
    settings.setValue(i18n.SETTINGS_KEY, "fr")
    assert i18n.choose_language(None, settings, german) == "fr"
    assert i18n.choose_language("en", settings, french) == "en"


def _translate(context_source: str, n: int) -> str:
    context = next(c for c, m in messages(FR_TS) if m.findtext("source") == context_source)
    return QCoreApplication.translate(context, context_source, None, n)


def test_plurals_in_french(ui_language):
    ui_language("fr")
    assert _translate("%n link(s)", 0) == "0 maillon"  # French: singular for 0 and 1
    assert _translate("%n link(s)", 1) == "1 maillon"
    assert _translate("%n link(s)", 2) == "2 maillons"
    assert _translate("%n flow(s)", 3) == "3 flux"


def test_plurals_in_english(ui_language):
    ui_language("en")
    assert _translate("%n link(s)", 0) == "0 links"
    assert _translate("%n link(s)", 1) == "1 link"
    assert _translate("%n link(s)", 2) == "2 links"


def test_french_locale_writes_numbers_amounts_and_dates_the_french_way(ui_language):
    from valuechain_gui.ui.plan.labels import format_date, format_euros

    ui_language("fr")
    locale = QLocale()
    assert locale.language() == QLocale.Language.French
    assert locale.toString(1234.5, "f", 2) == "1\u202f234,50"
    assert format_euros(1234.5) == "1\u202f234,50\u00a0€"
    assert format_date(date(2027, 12, 31)) == "31/12/2027"
    assert locale.toString(QDate(2027, 12, 31), "d MMMM yyyy") == "31 décembre 2027"


def test_english_locale_writes_british_numbers_and_dates(ui_language):
    from valuechain_gui.ui.plan.labels import format_date, format_euros

    ui_language("en")
    assert QLocale().toString(1234.5, "f", 2) == "1,234.50"
    assert format_euros(1234.5) == "€1,234.50"
    assert format_date(date(2027, 12, 31)) == "31/12/2027"


def test_qm_is_compiled_once_into_the_cache_and_again_when_the_ts_changes(tmp_path):
    ts_dir = tmp_path / "translations"
    ts_dir.mkdir()
    ts = ts_dir / FR_TS.name
    ts.write_bytes(FR_TS.read_bytes())
    cache = tmp_path / "cache"
    first = i18n.compiled_translation("fr", ts_dir=ts_dir, cache_dir=cache)
    assert first is not None and first.parent == cache and first.stat().st_size > 1000
    assert i18n.compiled_translation("fr", ts_dir=ts_dir, cache_dir=cache) == first
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Légende<", ">Légende 2<"),
                  encoding="utf-8")
    second = i18n.compiled_translation("fr", ts_dir=ts_dir, cache_dir=cache)
    assert second is not None and second != first and not first.exists()
    assert list(cache.glob("*.qm")) == [second]


def test_up_to_date_qm_next_to_the_ts_is_used_as_built(tmp_path):
    ts_dir = tmp_path / "translations"
    ts_dir.mkdir()
    (ts_dir / FR_TS.name).write_bytes(FR_TS.read_bytes())
    assert i18n.compile_ts(ts_dir / FR_TS.name, ts_dir / "valuechain_gui_fr.qm")
    found = i18n.compiled_translation("fr", ts_dir=ts_dir, cache_dir=tmp_path / "cache")
    assert found == ts_dir / "valuechain_gui_fr.qm"
    assert not (tmp_path / "cache").exists()


def test_a_qm_shipped_without_its_ts_is_used_with_no_lrelease(tmp_path, monkeypatch):
    """The one-folder app ships the compiled .qm only and has no lrelease."""
    ts_dir = tmp_path / "translations"
    ts_dir.mkdir()
    assert i18n.compile_ts(FR_TS, ts_dir / "valuechain_gui_fr.qm")
    monkeypatch.setattr(i18n, "find_qt_tool", lambda name: None)
    found = i18n.compiled_translation("fr", ts_dir=ts_dir, cache_dir=tmp_path / "cache")
    assert found == ts_dir / "valuechain_gui_fr.qm"
    translator = QTranslator()
    assert translator.load(str(found))
    assert translator.translate("LegendDock", "Legend") == "Légende"
    assert i18n.compiled_translation("en", ts_dir=ts_dir, cache_dir=tmp_path / "cache") is None


def test_without_lrelease_the_interface_stays_english_with_a_warning(
        qapp, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(i18n, "find_qt_tool", lambda name: None)
    saved_locale = QLocale()
    installed = i18n.install_translators(qapp, "fr", cache_dir=tmp_path / "cache")
    try:
        assert "the interface stays in English" in capsys.readouterr().err
        assert QCoreApplication.translate("LegendDock", "Legend") == "Legend"
        # Qt's own French (standard buttons) still loads: it needs no compiling.
        assert len(installed) == 1
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(saved_locale)


def test_english_plural_forms_are_made_from_word_s():
    tool = load_tool()
    assert tool.english_plural_forms("%n link(s) with this actor") == (
        "%n link with this actor", "%n links with this actor")
    assert tool.english_plural_forms("Remove %n match(es)") == ("Remove %n match",
                                                                 "Remove %n matches")
    assert tool.english_plural_forms("%n links selected") is None  # left for a person


def test_plural_translate_calls_are_re_marked_so_lupdate_sees_plurals(tmp_path):
    tool = load_tool()
    source = ('from PySide6.QtCore import QCoreApplication\n'
              '_CONTEXT = "Messages"\n'
              'a = QCoreApplication.translate(_CONTEXT, "%n cell(s)", "", count["x"])\n'
              'b = QCoreApplication.translate("Messages", "plain")\n')
    spelled = tool.spell_out_plurals(source)
    lines = spelled.splitlines()
    assert lines[2] == 'a = _plural_spelled_below(_CONTEXT, "%n cell(s)", "", count["x"])'
    assert lines[3] == source.splitlines()[3]
    assert 'class Messages:' in spelled and 'self.tr("%n cell(s)", "", 0)' in spelled
    root = tmp_path / "ui"
    root.mkdir()
    (root / "m.py").write_text(source, encoding="utf-8")
    tool.update_ts(tmp_path / "ts", root)
    found = {m.findtext("source"): m.get("numerus")
             for _, m in messages(tmp_path / "ts" / "valuechain_gui_fr.ts")}
    assert found == {"%n cell(s)": "yes", "plain": None}


def test_every_literal_tr_call_in_the_code_is_in_the_french_ts():
    """Cross-check of lupdate's Python parser (it silently skips some call forms) with
    Python's own: each ``self.tr("...")``/``translate("Ctx", "...")`` is a message."""
    in_code = load_tool().code_messages()
    assert len(in_code) > 300
    missing = sorted(set(in_code) - _keys(FR_TS))
    assert not missing, f"in the code but not in valuechain_gui_fr.ts: {missing}"
    plural_in_ts = {(c, m.findtext("source")) for c, m in messages(FR_TS)
                    if m.get("numerus") == "yes"}
    not_plural = sorted(key for key, plural in in_code.items()
                        if plural and key not in plural_in_ts)
    assert not not_plural, f"called with n but not plural in the .ts: {not_plural}"
