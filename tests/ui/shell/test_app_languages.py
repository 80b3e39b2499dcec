"""The application in French and in English: menus, legend, status bar, a dialog's
standard buttons, and the real start-up path (``run_app`` with ``--lang``)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox

from valuechain_gui.ui.document.edit import DocumentEdit
from valuechain_gui.ui.text import i18n
from valuechain_gui.ui.document.commands.links import RenameLinkCommand
from valuechain_gui.ui.document.document import new_document, open_document
from valuechain_gui.ui.shell.main_window import MainWindow

from work_safety_testing import answer_next_box, close_quietly, use_recovery_dir

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_projects" / "autonomous_special_vehicles.vchain"

MENUS = {"fr": ["&Fichier", "É&dition", "&Maillon", "&Affichage", "Aid&e"],
         "en": ["&File", "&Edit", "&Link", "&View", "&Help"]}
LEGEND = {"fr": ("Légende", ["Fort", "Faible", "Manquant", "À évaluer", "Stratégique",
                             "Marché final", "Flux de retour"], "présent et compétitif"),
          "en": ("Legend", ["Strong", "Weak", "Missing", "Unassessed", "Strategic",
                            "End market", "Return flow"], "present and competitive")}
BUTTONS = {"fr": ("Enregistrer", "Ne pas enregistrer", "Annuler"),
           "en": ("Save", "Discard", "Cancel")}


@pytest.fixture
def window_in(qapp, qtbot, tmp_path, monkeypatch):
    """``make(language, document=None, recorder=None)``: a shown MainWindow with that
    language's translators installed as at start-up (then ``recorder``, a QTranslator, if
    given); translators, locale and window are cleaned up afterwards."""
    use_recovery_dir(monkeypatch, tmp_path)
    saved_locale = QLocale()
    installed, windows = [], []

    def make(language: str, document=None, recorder: QTranslator | None = None) -> MainWindow:
        installed.extend(i18n.install_translators(qapp, language, cache_dir=tmp_path / "qm"))
        if recorder is not None:  # last installed, so asked first
            qapp.installTranslator(recorder)
            installed.append(recorder)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(document or new_document(language), language=language,
                            settings=settings, remember_layout=False)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        close_quietly(window)
    i18n.remove_translators(qapp, installed)
    QLocale.setDefault(saved_locale)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_menu_titles_in_the_interface_language(window_in, language):
    window = window_in(language)
    titles = [action.text() for action in window.menuBar().actions()]
    assert [t for t in titles if t in MENUS[language]] == MENUS[language], titles
    file_entries = [a.text() for a in window.menus.file_menu.actions() if a.text()]
    if language == "fr":
        assert "&Enregistrer" in file_entries and "Enregistrer &sous…" in file_entries
    else:
        assert "&Save" in file_entries and "Save &As…" in file_entries


@pytest.mark.parametrize("language", ["fr", "en"])
def test_legend_in_the_interface_language(window_in, language):
    window = window_in(language)
    title, names, meaning = LEGEND[language]
    dock = window.docks.legend_dock
    assert dock.windowTitle() == title
    texts = [label.text() for label in dock.findChildren(QLabel)]
    for name in names:
        assert f"<b>{name}</b>" in texts, (name, texts)
    assert any(text.startswith(meaning) for text in texts), texts


@pytest.mark.parametrize("language", ["fr", "en"])
def test_unsaved_changes_question_and_its_standard_buttons(window_in, language):
    window = window_in(language, open_document(SAMPLE))
    document = window.document
    link_id = next(iter(document.project.links))
    document.undo_stack.push(RenameLinkCommand(document.project, link_id, "Radar 77 GHz"))
    # Command texts are written to follow the Undo prefix: "Annuler le renommage du maillon".
    assert window.menus.act_undo.text() == {"fr": "&Annuler le renommage du maillon",
                                      "en": "&Undo Rename link"}[language]
    seen: list[QMessageBox] = []
    texts = {}

    def cancel(box: QMessageBox):
        texts.update(title=box.windowTitle(), text=box.text(),
                     buttons=tuple(box.button(b).text() for b in (
                         QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)))
        return QMessageBox.StandardButton.Cancel

    answer_next_box(cancel, seen)
    assert window.files.maybe_save() is False  # cancelled: the caller must not go on
    assert seen
    assert texts["buttons"] == BUTTONS[language]
    if language == "fr":
        assert texts["title"] == "Modifications non enregistrées"
        assert texts["text"].startswith("«\u00a0") and "Voulez-vous les enregistrer\u202f?" in texts["text"]
    else:
        assert texts["title"] == "Unsaved changes"
    assert document.is_modified()


@pytest.mark.parametrize("language, words", [("fr", ("maillons", "flux", "à évaluer")),
                                             ("en", ("links", "flows", "to assess"))])
def test_status_bar_counts_with_plurals(window_in, language, words):
    window = window_in(language, open_document(SAMPLE))
    project = window.document.project
    totals = window.status.totals_label.text()
    links, flows, _ = words
    assert totals.startswith(f"{len(project.links)} {links}"), totals
    assert f"{len(project.flows)} {flows}" in totals, totals


@pytest.mark.parametrize("language, file_menu", [("fr", "&Fichier"), ("en", "&File")])
def test_run_app_starts_in_the_language_of_the_option(qapp, tmp_path, monkeypatch, language,
                                                      file_menu):
    """The real start-up path: ``valuechain-gui SAMPLE --lang xx --screenshot OUT.png``."""
    from valuechain_gui.ui.shell import app as app_module

    use_recovery_dir(monkeypatch, tmp_path)
    monkeypatch.setattr(app_module, "QSettings", lambda: QSettings(
        str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).setValue(
        i18n.SETTINGS_KEY, "en" if language == "fr" else "fr")  # the option wins
    seen = {}
    original = app_module.install_translators

    def spy(app, lang):
        seen["translators"] = original(app, lang, cache_dir=tmp_path / "qm")
        seen["menu"] = QCoreApplication.translate("Menus", "&File")
        seen["locale"] = QLocale().name()
        return seen["translators"]

    monkeypatch.setattr(app_module, "install_translators", spy)
    saved_locale = QLocale()
    out = tmp_path / "window.png"
    try:
        code = app_module.run_app(SAMPLE, lang=language, screenshot=out)
    finally:
        i18n.remove_translators(qapp, seen.get("translators", []))
        QLocale.setDefault(saved_locale)
    assert code == 0 and out.stat().st_size > 10_000
    assert seen["menu"] == file_menu
    assert seen["locale"] == ("fr_FR" if language == "fr" else "en_GB")


class RecordingTranslator(QTranslator):
    """Installed last, so asked first: records each (context, source) looked up and answers
    nothing, so that the real translators still answer."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        self.seen.add((context, source))
        return ""

    def isEmpty(self) -> bool:  # noqa: N802, D102 - Qt override
        return False


def _known_french() -> set[tuple[str, str]]:
    root = ET.parse(i18n.ts_path("fr")).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


def test_every_string_the_french_window_asks_for_is_in_the_ts(window_in, qapp):
    """Catches what lupdate cannot see: ``self.tr`` in a base class (the runtime context is
    the subclass), ``tr(variable)``, a wrapper with another context."""
    from valuechain_gui.ui.canvas.interactions.menus import build_context_menu

    recorder = RecordingTranslator()
    window = window_in("fr", open_document(SAMPLE), recorder=recorder)
    try:
        for action in window.menuBar().actions():
            if action.menu() is not None:
                action.menu().aboutToShow.emit()
        scene = window.scene
        ids = list(window.document.project.links)
        scene.select_links(ids[:1])
        scene.select_links(ids[:3])
        card = scene.card(ids[0])
        for pos in (card.sceneBoundingRect().center(), scene.content_rect().bottomRight()):
            build_context_menu(window.view.interactions, pos, window).deleteLater()
        window.edits.show_find()
        qapp.processEvents()
    finally:
        qapp.removeTranslator(recorder)
    ours = {(c, s) for c, s in recorder.seen if not re.match(r"Q[A-Z]", c or "")}
    missing = sorted(ours - _known_french())
    assert len(ours) > 100
    assert not missing, ("looked up at run time but not in valuechain_gui_fr.ts (a tr() in a "
                         f"base class, or a tr() of a variable?): {missing}")


def test_every_string_the_french_plan_and_dialogs_ask_for_is_in_the_ts(qapp, qtbot, tmp_path):
    """The same check on the action plan dock, the action form (both kinds), the find and
    preferences dialogs, built under the recorder with the French sample."""
    from PySide6.QtGui import QUndoStack

    from valuechain_gui.io.project.file import load_project
    from valuechain_gui.model import ActionKind
    from valuechain_gui.ui.plan.action_form import ActionForm
    from valuechain_gui.ui.plan.dock import PlanDock
    from valuechain_gui.ui.shell.find_dialog import FindDialog
    from valuechain_gui.ui.shell.preferences import PreferencesDialog

    saved_locale = QLocale()
    installed = i18n.install_translators(qapp, "fr", cache_dir=tmp_path / "qm")
    recorder = RecordingTranslator()
    qapp.installTranslator(recorder)
    try:
        project = load_project(SAMPLE)
        stack = QUndoStack()
        dock = PlanDock(project, DocumentEdit(project, stack))
        qtbot.addWidget(dock)
        dock.show()
        actions = list(project.actions.values())
        for kind in ActionKind:
            action = next(a for a in actions if a.kind == kind)
            form = ActionForm(project, action.id)
            qtbot.addWidget(form)
            form.show()
        finder = FindDialog(project)
        qtbot.addWidget(finder)
        finder.search("capteurs")
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        preferences = PreferencesDialog(settings, recovery_location=tmp_path)
        qtbot.addWidget(preferences)
        qapp.processEvents()
    finally:
        qapp.removeTranslator(recorder)
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(saved_locale)
    ours = {(c, s) for c, s in recorder.seen if not re.match(r"Q[A-Z]", c or "")}
    missing = sorted(ours - _known_french())
    assert len(ours) > 80
    assert not missing, f"looked up at run time but not in valuechain_gui_fr.ts: {missing}"
