"""The message shown when a project opened with changes (texts cleaned on the way in).

A project file may hold characters that cannot be saved or exported (control characters, lone
surrogates, U+FFFE/U+FFFF: see :mod:`valuechain_gui.text_safety`); the loader removes them and
lists the places (:attr:`~valuechain_gui.ui.document.document.Document.load_warnings`). The document is
then marked modified, and this window-modal box says what happened and where, without blocking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.text.messages import load_warnings_text

_CONTEXT = "LoadNotice"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


def cleaned_places_count(warnings: list) -> int:
    """How many places were cleaned (the listed ones plus those only counted)."""
    return sum(int(w.params.get("count", 0)) if w.code == "text_cleaned_more" else 1
               for w in warnings)


def show_load_warnings(parent: QWidget, document: Document) -> QMessageBox | None:
    """Open (not exec) a warning box about ``document.load_warnings``; None when there are none.

    The box names the file, says how many places were cleaned and that the project is modified,
    and lists each place (JSON path) in its details.
    """
    warnings = document.load_warnings
    if not warnings:
        return None
    text = _t("Some texts of {name} held characters that cannot be saved or exported (control "
              "characters or invalid Unicode); they were removed.")
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Opened with changes"),
                      text.format(name=document.display_name()),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(_t("%n place(s) cleaned. The project is marked as modified: save it "
                              "to keep the cleaned texts.", cleaned_places_count(warnings)))
    box.setDetailedText(load_warnings_text(warnings))
    box.setObjectName("load_warnings_box")
    box.open()
    return box
