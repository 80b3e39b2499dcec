"""Characters no file may hold (ESC, NUL, U+FFFF, lone surrogates), pasted or typed in the app,
never get into the project: the inline name editor and the model behind the link edit commands
clean them (a lone surrogate becomes U+FFFD, the others are removed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from valuechain_gui.ui.document.commands.links import EditLinkCommand

from canvas_testing import ids, laid_out_project, make_view


def test_a_name_pasted_in_the_inline_editor_loses_its_escape_character(qtbot):
    project = laid_out_project()
    view = make_view(qtbot, project)
    farms = ids(project)["Farms"]
    view.interactions.inline.start_rename(farms)
    editor = view.interactions.inline.editor
    editor.textCursor().insertText("\x1b[31mOrchards\ufffe")  # what a paste inserts
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert project.links[farms].name == "[31mOrchards"


def test_edit_commands_clean_names_notes_and_actors(qapp):
    project = laid_out_project()
    stack = QUndoStack()
    farms = ids(project)["Farms"]
    stack.push(EditLinkCommand(project, farms, "name", "Farms\x00 and\ud800 vineyards",
                               merge_key="dock"))
    stack.push(EditLinkCommand(project, farms, "notes", "line 1\nline\x07 2"))
    stack.push(EditLinkCommand(project, farms, "actors", ["Acme\x1b", "Lab"]))
    link = project.links[farms]
    cleaned = ("Farms and\ufffd vineyards", "line 1\nline 2", ["Acme", "Lab"])
    assert (link.name, link.notes, link.actors) == cleaned
    assert project.take_cleaned_places() == ["links[4].name", "links[4].notes",
                                             "links[4].actors[0]"]
    while stack.canUndo():
        stack.undo()
    assert link.name == "Farms"
    while stack.canRedo():
        stack.redo()
    assert (link.name, link.notes, link.actors) == cleaned
    assert project.take_cleaned_places() == []  # a redo replays the cleaned texts
