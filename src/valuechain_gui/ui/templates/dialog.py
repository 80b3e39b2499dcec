"""File > New from Template…: the template chooser and the new untitled project it opens.

The chooser lists the packaged templates by name in the interface language; the chosen one's
description, stages, links and public sources (with their addresses) show beside the list.
OK opens a new untitled project of that chain in the application's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.io.templates import Template, templates
from valuechain_gui.ui.document.document import Document

if TYPE_CHECKING:
    from valuechain_gui.ui.shell.main_window import MainWindow

_CONTEXT = "Templates"


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def describe(template: Template, language: str) -> str:
    """The HTML shown for ``template``: description, stages, links and sources."""
    stages = template.stage_names(language)
    links = template.link_names(language)
    stage_count, link_count = _t("%n stage(s):", len(stages)), _t("%n link(s):", len(links))
    sources_title = _t("Public sources")
    sources = template.sources(language)
    parts = [f"<h3>{_escape(template.text('name', language))}</h3>",
             f"<p>{_escape(template.text('description', language))}</p>",
             f"<p><b>{_escape(stage_count)}</b> "
             f"{_escape(' → '.join(stages))}</p>"]
    if links:
        parts.append(f"<p><b>{_escape(link_count)}</b> "
                     f"{_escape('; '.join(links))}</p>")
    if sources:
        items = "".join(f'<li>{_escape(s.title)}<br><a href="{_escape(s.url)}">'
                        f"{_escape(s.url)}</a></li>" for s in sources)
        parts.append(f"<p><b>{_escape(sources_title)}</b></p><ul>{items}</ul>")
    return "".join(parts)


class TemplateDialog(QDialog):
    """The chooser; :attr:`chosen` is the template after ``exec()`` (None if cancelled)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("New from Template"))
        self.language = language
        self.templates = list(templates())
        self.chosen: Template | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("template_list")
        self.list.addItems([t.text("name", language) for t in self.templates])
        self.list.setMaximumWidth(260)
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(True)
        row.addWidget(self.list)
        row.addWidget(self.details, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)
        self.resize(820, 460)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            self.details.setHtml(describe(self.templates[row], self.language))

    def accept(self) -> None:
        """Choose the selected template."""
        row = self.list.currentRow()
        if 0 <= row < len(self.templates):
            self.chosen = self.templates[row]
            super().accept()


def open_template(window: MainWindow, template: Template) -> None:
    """Show a new untitled project of ``template`` in the window's language."""
    window.set_document(Document(template.build(window.language)))
    window.statusBar().showMessage(
        _t("New project from the template “{name}”.").format(
            name=template.text("name", window.language)), 8000)


def new_from_template(window: MainWindow) -> None:
    """File > New from Template…: ask about unsaved changes, choose, open."""
    if not window.files.maybe_save():
        return
    dialog = TemplateDialog(window.language, window)
    if dialog.exec() and dialog.chosen is not None:
        open_template(window, dialog.chosen)


def install_template_action(window: MainWindow) -> QAction:
    """Put File > New from Template… under File > New; returns the action."""
    act = QAction(_t("New from &Template…"), window)
    act.setStatusTip(_t("Start from a generic chain or a public value chain of a market"))
    act.triggered.connect(lambda: new_from_template(window))
    menus = window.menus
    actions = menus.file_menu.actions()
    after = actions.index(menus.act_new) + 1
    menus.file_menu.insertAction(actions[after] if after < len(actions) else None, act)
    return act
