"""Workshop > Save Snapshot and Compare With… in the window (offscreen): a snapshot taken (one
undo step), the map changed, the comparison shown on the map (badge and ghost items) and in the
panel, cleared when closed; the same comparison in the workbook's Évolution sheet."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings

from valuechain_gui.io.excel.export import build_workbook_bytes
from valuechain_gui.io.project.file import save_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.changes.basis_dialog import file_basis, snapshot_basis
from valuechain_gui.ui.changes.overlay import ChangeBadge, GhostCard
from valuechain_gui.ui.document.document import open_document
from valuechain_gui.ui.shell.main_window import MainWindow
from valuechain_gui.ui.text import i18n

from work_safety_testing import use_recovery_dir

SAMPLE = (Path(__file__).parents[3] / "sample_projects" / "autonomous_special_vehicles.vchain")


@pytest.fixture(params=["fr", "en"])
def window(request, qapp, qtbot, tmp_path, monkeypatch):
    use_recovery_dir(monkeypatch, tmp_path)
    language = request.param
    translators = i18n.install_translators(qapp, language, cache_dir=tmp_path / "qm")
    path = tmp_path / "chain.vchain"
    shutil.copy(SAMPLE, path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(open_document(path), language=language, settings=settings,
                     remember_layout=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.files.maybe_save = lambda: True
    win.close()
    win.deleteLater()
    i18n.remove_translators(qapp, translators)


def _overlay_items(win: MainWindow, kind: type) -> list:
    return [item for item in win.scene.items() if isinstance(item, kind)]


def test_snapshot_then_change_then_compare_on_the_map_and_in_the_panel(window, qtbot):
    win, project = window, window.document.project
    french = win.language == "fr"
    assert win.changes.take_snapshot("Atelier 2025")
    assert [s.label for s in project.snapshots] == ["Atelier 2025"]
    win.document.undo_stack.undo()
    assert project.snapshots == ()
    win.document.undo_stack.redo()
    assert len(project.snapshots) == 1

    computers = project.link_by_name("Calculateurs embarqués")
    gnss = project.link_by_name("Positionnement GNSS-RTK")
    win.document.edit.set_status([computers.id], LinkStatus.WEAK)
    win.document.edit.remove_links([gnss.id])

    win.changes.show_comparison(snapshot_basis(project.snapshots[-1]))
    badges = {b.link_id: b.text for b in _overlay_items(win, ChangeBadge)}
    assert badges[computers.id] == ("était manquant" if french else "was missing")
    assert [g.name for g in _overlay_items(win, GhostCard)] == ["Positionnement GNSS-RTK"]
    lines = win.changes.dock.lines()
    assert (("Statut modifié\u00a0: Calculateurs embarqués, manquant → faible" if french else
             "Status changed: Calculateurs embarqués, missing → weak") in lines)
    assert any(line.startswith("Maillon supprimé\u00a0: Positionnement GNSS-RTK" if french else
                               "Link removed: Positionnement GNSS-RTK") for line in lines)
    assert win.changes.dock.isVisible()

    win.document.edit.set_status([computers.id], LinkStatus.STRONG)  # followed, debounced
    qtbot.waitUntil(lambda: {b.link_id: b.text for b in _overlay_items(win, ChangeBadge)}
                    .get(computers.id) == ("était manquant" if french else "was missing")
                    and any("→ " + ("fort" if french else "strong") in line
                            for line in win.changes.dock.lines()), timeout=3000)

    win.changes.close_comparison()
    assert _overlay_items(win, ChangeBadge) == [] and _overlay_items(win, GhostCard) == []
    assert not win.changes.dock.isVisible()

    content, counters = build_workbook_bytes(project, language=win.language)
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    sheet = "Évolution" if french else "Changes"
    assert counters.sheets[-1] == sheet
    rows = [row for row in workbook[sheet].iter_rows(values_only=True)]
    assert any(row[1:] == ("Calculateurs embarqués", "manquant" if french else "missing",
                           "fort" if french else "strong") for row in rows)


def test_compare_with_another_file(window, tmp_path):
    win, project = window, window.document.project
    other = project.clone()
    link = other.link_by_name("Calculateurs embarqués")
    other.update_link(link.id, name="Calculateurs")
    save_project(other, tmp_path / "other.vchain")
    win.changes.show_comparison(file_basis(tmp_path / "other.vchain"))
    badges = {b.link_id: b.text for b in _overlay_items(win, ChangeBadge)}
    assert badges == {link.id: "renommé" if win.language == "fr" else "renamed"}


def test_a_new_document_closes_the_comparison(window):
    win = window
    win.changes.take_snapshot("x")
    win.document.edit.set_status([next(iter(win.document.project.links))], LinkStatus.STRONG)
    win.changes.show_comparison(snapshot_basis(win.document.project.snapshots[-1]))
    assert win.changes.basis is not None
    win.files.maybe_save = lambda: True
    win.files.new_project()
    assert win.changes.basis is None and _overlay_items(win, ChangeBadge) == []


def test_save_snapshot_asks_a_label_with_today_as_default(window, monkeypatch):
    from datetime import date

    from PySide6.QtWidgets import QInputDialog

    asked = {}

    def answer(parent, title, label, mode, default):
        asked["default"] = default
        return "  Atelier de juin  ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    assert window.changes.save_snapshot()
    prefix = "Atelier " if window.language == "fr" else "Workshop "
    assert asked["default"] == prefix + date.today().isoformat()
    snapshot = window.document.project.snapshots[-1]
    assert (snapshot.label, snapshot.taken) == ("Atelier de juin", date.today())
    assert window.document.undo_stack.count() == 1
    # the command's text follows the Undo prefix, as every other one does
    assert window.menus.act_undo.text() == {
        "fr": "&Annuler l’enregistrement de l’instantané",
        "en": "&Undo Save snapshot"}[window.language]


def test_a_snapshot_past_the_limit_is_refused_and_pushes_nothing(window):
    from valuechain_gui.limits import MAX_SNAPSHOTS

    messages = []
    window.document.edit.message.connect(messages.append)
    for i in range(MAX_SNAPSHOTS):
        assert window.changes.take_snapshot(f"s{i}")
    count = window.document.undo_stack.count()
    assert not window.changes.take_snapshot("one more")
    assert window.document.undo_stack.count() == count
    assert len(window.document.project.snapshots) == MAX_SNAPSHOTS
    assert messages and str(MAX_SNAPSHOTS) in messages[-1]
    assert not window.changes.take_snapshot("   ")  # blank: refused before any edit
    assert window.document.undo_stack.count() == count


def test_the_basis_dialog_offers_the_snapshots_newest_first(window, qtbot):
    from valuechain_gui.ui.changes.basis_dialog import BasisDialog

    window.changes.take_snapshot("first")
    window.changes.take_snapshot("second")
    dialog = BasisDialog(window.document.project, parent=window)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert [t.split(",")[0] for t in texts] == ["second", "first"]
    dialog.list.setCurrentRow(1)
    dialog.accept()
    assert dialog.basis.snapshot.label == "first"


def test_a_snapshot_labelled_with_its_date_is_listed_without_the_date_twice(window, qtbot):
    from datetime import date

    from valuechain_gui.ui.changes.basis_dialog import BasisDialog

    label = f"Atelier {date.today().isoformat()}"
    window.changes.take_snapshot(label)
    dialog = BasisDialog(window.document.project, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text() == label


def test_the_basis_dialog_says_why_a_file_cannot_be_used(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from valuechain_gui.ui.changes.basis_dialog import BasisDialog

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    bad = tmp_path / "bad.vchain"
    bad.write_text("not json", encoding="utf-8")
    dialog = BasisDialog(window.document.project, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.use_file(bad)
    assert dialog.basis is None and said and "bad.vchain" in said[0]
