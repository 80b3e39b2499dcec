"""A spreadsheet where a project was expected: offer to import it, and the import itself.

``valuechain-gui open SHEET.xlsx``, File > Open or a drop of a workbook on the window lands here
(the file's content says it is a spreadsheet, :mod:`valuechain_gui.io.project.file_kind`): the user is
asked whether to import it into a new project rather than shown a parse error. File > Import
Spreadsheet uses :func:`import_file` too, once its file dialog has a name.

The texts keep the main window's translation context, where File > Import's texts always were.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from valuechain_gui.errors import ValueChainError
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.text.import_problems import problems_text
from valuechain_gui.ui.text.messages import error_text

if TYPE_CHECKING:
    from .main_window import MainWindow

_CONTEXT = "MainWindow"
_Button = QMessageBox.StandardButton


def _t(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", count)


def offer_import(window: MainWindow, path: Path) -> bool:
    """Ask whether to import the spreadsheet ``path`` into a new project; True if imported."""
    box = QMessageBox(QMessageBox.Icon.Question, _t("Import a spreadsheet"),
                      _t("“{name}” is a spreadsheet, not a project.").format(name=path.name),
                      _Button.Cancel, window)
    box.setInformativeText(_t("Import its links into a new project? The spreadsheet itself "
                              "is not changed."))
    import_button = box.addButton(_t("&Import"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(import_button)
    box.exec()
    return box.clickedButton() is import_button and import_file(window, path)


def import_file(window: MainWindow, path: Path) -> bool:
    """Import ``path`` into a new untitled project shown in ``window``; True when imported.

    A refused file shows why and leaves the window as it was; warnings are listed after.
    """
    from valuechain_gui.io.sheets.importer import import_spreadsheet

    try:
        result = import_spreadsheet(path, language=window.language)
    except (ValueChainError, OSError) as exc:  # error_text lists an ImportFailed's problems
        box = QMessageBox(QMessageBox.Icon.Critical, _t("Import failed"),
                          _t("Nothing was imported from {name}.").format(name=path.name),
                          _Button.Ok, window)
        box.setInformativeText(error_text(exc))
        box.exec()
        return False
    window.set_document(Document(result.project, None, unsaved=True))
    window.fit_all()
    if result.problems:
        box = QMessageBox(QMessageBox.Icon.Warning, _t("Imported with warnings"),
                          _t("%n link(s) imported; please check these rows:",
                             len(result.project.links)), _Button.Ok, window)
        box.setInformativeText(problems_text(result.problems))
        box.exec()
    return True
