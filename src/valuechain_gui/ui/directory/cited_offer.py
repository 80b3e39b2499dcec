"""On opening a project: offer to add the partners it cites that the local directory lacks.

The offer is a window-modal box opened without blocking (like the load notice); nothing is
written unless the user says yes. The directory is only read to check (never created for it);
it is created when the user accepts. A directory that cannot be used is left alone: the project
opens as usual and the status bar says why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from valuechain_gui.directory import DirectoryError, open_directory
from valuechain_gui.directory.cited import add_to_directory, not_in_directory
from valuechain_gui.model.partners import Partner

from .labels import directory_error_text
from .settings import directory_path


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CitedPartners", text, "", n)


def partners_to_offer(path: Path, cited: Sequence[Partner]) -> list[Partner]:
    """The cited partners the directory at ``path`` lacks (all of them when it does not exist).

    Raises:
        DirectoryError: the directory exists but cannot be read.
    """
    if not cited:
        return []
    try:
        directory = open_directory(path, create=False)
    except DirectoryError as error:
        if error.code == "missing":
            return list(cited)
        raise
    with directory:
        return not_in_directory(directory, cited)


def add_partners(path: Path, partners: Sequence[Partner]) -> int:
    """Add ``partners`` to the directory at ``path`` (created if needed); how many were added."""
    with open_directory(path) as directory:
        return add_to_directory(directory, partners)


def offer_cited_partners(parent: QWidget, cited: Sequence[Partner], settings: QSettings,
                         say: Callable[[str], None] | None = None) -> QMessageBox | None:
    """Open (not exec) the offer for the cited partners the directory lacks; None when it holds
    them all or cannot be read (``say(text)`` gets why, e.g. the status bar)."""
    path = directory_path(settings)
    try:
        missing = partners_to_offer(path, cited)
    except DirectoryError as error:
        if say is not None:
            say(directory_error_text(error))
        return None
    if not missing:
        return None
    box = QMessageBox(QMessageBox.Icon.Question, _t("Partners not in your directory"),
                      _t("This project cites %n partner(s) that your partner directory does "
                         "not hold. Add them to the directory?", len(missing)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDetailedText("\n".join(
        f"{p.name} ({p.country})" if p.country else p.name for p in missing))
    box.setObjectName("cited_partners_box")

    def answered(_result: int) -> None:
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        try:
            added = add_partners(path, missing)
        except DirectoryError as error:
            if say is not None:
                say(directory_error_text(error))
            return
        if say is not None:
            say(_t("%n partner(s) added to the directory", added))

    box.finished.connect(answered)
    box.open()
    return box
