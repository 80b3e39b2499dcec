"""File > New from Template…: the chooser lists the templates in the interface language and
opens a new untitled project of the chosen chain, in French and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from valuechain_gui.io.templates import template
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.templates.dialog import TemplateDialog, open_template
from valuechain_gui.ui.text import i18n

from work_safety_testing import use_recovery_dir


@pytest.fixture(params=["fr", "en"])
def window(request, qapp, qtbot, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    translators = i18n.install_translators(qapp, request.param, cache_dir=tmp_path / "qm")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(language=request.param, settings=settings, remember_layout=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.files.maybe_save = lambda: True
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp, translators)


def test_the_menu_entry_sits_under_new(window):
    texts = [a.text() for a in window.menus.file_menu.actions()]
    expected = "Nouveau depuis un &modèle…" if window.language == "fr" else "New from &Template…"
    assert texts.index(expected) == texts.index(window.menus.act_new.text()) + 1


def test_the_chooser_names_the_templates_and_their_sources(window, qtbot):
    dialog = TemplateDialog(window.language, window)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    if window.language == "fr":
        assert names == ["Chaîne générique en six étapes", "Batteries", "Hydrogène décarboné",
                         "Protéines végétales"]
    else:
        assert names == ["Generic six-stage chain", "Batteries", "Low-carbon hydrogen",
                         "Plant proteins"]
    dialog.list.setCurrentRow(1)
    assert "https://www.eba250.com/about-eba250/value-chain/" in dialog.details.toPlainText()
    dialog.accept()
    assert dialog.chosen is template("batteries")


def test_a_template_opens_as_a_new_untitled_project_in_the_app_language(window):
    open_template(window, template("hydrogen"))
    project = window.document.project
    french = window.language == "fr"
    assert window.document.path is None and not window.document.is_modified()
    assert project.language == window.language
    assert project.target_market == ("Hydrogène décarboné" if french else "Low-carbon hydrogen")
    assert [s.name for s in project.stages] == (
        ["Recherche", "Équipements", "Production", "Stockage", "Usages"] if french
        else ["Research", "Equipment", "Production", "Storage", "Uses"])
    assert len(project.links) == 9 and len(project.flows) == 8
    assert len(window.scene.cards()) == 9
    positions = {tuple(link.position) for link in project.links.values()}
    assert len(positions) == 9  # laid out: no two cards on one place
