"""File > Export action plan (Excel), Export map (PNG/SVG/PDF) and Print: the dialogs around
the writers.

Called by the main window as ``export_action_plan(window)``, ``export_map(window)`` and
``print_map(window)``; ``window.document.project`` and ``window.document.path`` are read.
Every step is a small function taking explicit arguments, so that tests can drive the flow by
monkeypatching ``QFileDialog.getSaveFileName`` and the ``ask_*`` / :func:`run_box` helpers.

Flow of an export: choose the version (internal, or to share with partners) → save dialog opened
in the last export folder (QSettings ``export/last_dir``) → write with a progress dialog → a
message with "Open file" / "Open folder". When writing fails (the file is open in Excel, the
folder is read-only, the disk is full) the message says so plainly and offers to choose another
name; nothing is ever half-written (the writers replace files atomically).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from valuechain_gui.errors import ValueChainError
from valuechain_gui.io.project.atomic import SaveError
from valuechain_gui.model import Project
from valuechain_gui.ui.text.messages import error_text

SETTINGS_KEY = "export/last_dir"


def make_settings() -> QSettings:
    """The settings where the last export folder is kept (the application's; tests replace it)."""
    return QSettings()


# ---------------------------------------------------------------------- small dialogs
def run_box(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` modally and return the button clicked (tests replace this function)."""
    box.exec()
    return box.clickedButton()


def ask_share_version(parent: QWidget | None) -> bool | None:
    """Ask which version to export: False internal, True "to share with partners", None cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ExportActions", "Which version?"))
    box.setText(QCoreApplication.translate(
        "ExportActions", "Export the internal version, or the version to share with partners?"))
    box.setInformativeText(QCoreApplication.translate(
        "ExportActions", "The version to share with partners leaves out notes, budgets, funding "
        "sources and the names of the working group's participants."))
    internal = box.addButton(QCoreApplication.translate("ExportActions", "Internal version"),
                             QMessageBox.ButtonRole.AcceptRole)
    shared = box.addButton(QCoreApplication.translate(
        "ExportActions", "Version to share with partners"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(internal)
    clicked = run_box(box)
    if clicked is internal:
        return False
    if clicked is shared:
        return True
    return None


def last_dir(settings: QSettings | None = None, fallback: Path | None = None) -> str:
    """The folder of the last export (QSettings ``export/last_dir``), else ``fallback`` or home."""
    settings = settings if settings is not None else make_settings()
    value = settings.value(SETTINGS_KEY, "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return str(fallback) if fallback is not None else str(Path.home())


def choose_save_path(parent: QWidget | None, caption: str, suggested_name: str,
                     filters: list[tuple[str, str]], settings: QSettings | None = None,
                     start_dir: Path | None = None) -> tuple[Path, str] | None:
    """Ask where to save; returns ``(path, suffix)`` or None if cancelled.

    Args:
        filters: ``[(label, suffix)]`` e.g. ``[("Excel workbook", ".xlsx")]``; the first is the
            default. A name typed without one of these suffixes gets the chosen filter's suffix.
        start_dir: the folder to open when no export was made yet (else the last one, remembered
            in QSettings ``export/last_dir``).
    """
    settings = settings if settings is not None else make_settings()
    folder = Path(last_dir(settings, start_dir))
    filter_texts = [f"{label} (*{suffix})" for label, suffix in filters]
    path_text, chosen = QFileDialog.getSaveFileName(parent, caption,
                                                    str(folder / suggested_name),
                                                    ";;".join(filter_texts), filter_texts[0])
    if not path_text:
        return None
    path = Path(path_text)
    suffixes = [suffix for _, suffix in filters]
    if path.suffix.lower() in suffixes:
        suffix = path.suffix.lower()
    else:
        suffix = suffixes[filter_texts.index(chosen)] if chosen in filter_texts else suffixes[0]
        path = path.with_name(path.name + suffix)
    settings.setValue(SETTINGS_KEY, str(path.parent))
    return path, suffix


def save_error_text(error: ValueChainError, path: Path) -> str:
    """A plain explanation of a failed export, saying what to do (translated)."""
    if isinstance(error, SaveError):
        if error.code == "locked":
            return QCoreApplication.translate(
                "ExportActions", "“{name}” is open in another program (Excel?) or locked, so it "
                "could not be replaced. Close it there and try again, or choose another name."
            ).format(name=path.name)
        if error.code == "read_only":
            return QCoreApplication.translate(
                "ExportActions", "The folder “{folder}” is read-only: nothing was written there. "
                "Choose another folder.").format(folder=str(path.parent))
        if error.code == "disk_full":
            return QCoreApplication.translate(
                "ExportActions", "The disk is full: “{name}” was not written. Free some space or "
                "choose another disk.").format(name=path.name)
    return error_text(error)


def ask_retry(parent: QWidget | None, error: ValueChainError, path: Path) -> bool:
    """Explain ``error``; True if the user wants to choose another name."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ExportActions", "Export failed"))
    box.setText(save_error_text(error, path))
    again = box.addButton(QCoreApplication.translate("ExportActions", "Choose another name…"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(again)
    return run_box(box) is again


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's application (Excel, image viewer...)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def show_done(parent: QWidget | None, path: Path, details: str = "") -> str:
    """The end message with "Open file" / "Open folder" / Close; returns "file", "folder" or ""."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportActions", "Export finished"))
    box.setText(QCoreApplication.translate("ExportActions", "“{name}” was written in {folder}.")
                .format(name=path.name, folder=str(path.parent)))
    if details:
        box.setInformativeText(details)
    file_button = box.addButton(QCoreApplication.translate("ExportActions", "Open file"),
                                QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton(QCoreApplication.translate("ExportActions", "Open folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    clicked = run_box(box)
    if clicked is file_button:
        open_file(path)
        return "file"
    if clicked is folder_button:
        open_folder(path)
        return "folder"
    return ""


def has_voter_names(project: Project) -> bool:
    """Whether a vote kept in the project carries a first name a participant typed."""
    return any(ballot.name.strip() for votes in getattr(project, "votes", {}).values()
               for ballot in votes.ballots)


def ask_include_names(parent: QWidget | None) -> bool | None:
    """Ask whether the Votes sheet names the participants (default no); None cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ExportActions", "Participants' names"))
    box.setText(QCoreApplication.translate(
        "ExportActions", "Some participants typed their first name with their vote. Include "
        "the participants' names in the Votes sheet?"))
    box.setInformativeText(QCoreApplication.translate(
        "ExportActions", "Without them the sheet gives the counts, the dissent and the "
        "comments only."))
    without = box.addButton(QCoreApplication.translate("ExportActions", "Leave names out"),
                            QMessageBox.ButtonRole.AcceptRole)
    with_names = box.addButton(QCoreApplication.translate("ExportActions", "Include names"),
                               QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(without)
    clicked = run_box(box)
    if clicked is without:
        return False
    if clicked is with_names:
        return True
    return None


def _document(window: Any) -> tuple[Project, Path | None]:
    document = window.document
    return document.project, document.path


def _stem(project: Project, path: Path | None) -> str:
    if path is not None:
        return path.stem
    stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in project.target_market)
    return "_".join(stem.split()) or "value_chain"


def _save_with_retries(parent: QWidget | None, caption: str, name: str,
                       filters: list[tuple[str, str]], start_dir: Path | None,
                       write: Callable[[Path, str], Any]) -> tuple[Path, Any] | None:
    """Ask for a path and call ``write(path, suffix)``; on a typed error explain it and offer to
    choose another name. Returns ``(path, write's result)`` or None if the user gave up."""
    while True:
        chosen = choose_save_path(parent, caption, name, filters, start_dir=start_dir)
        if chosen is None:
            return None
        path, suffix = chosen
        try:
            return path, write(path, suffix)
        except ValueChainError as error:
            if not ask_retry(parent, error, path):
                return None
            name = path.name


# ---------------------------------------------------------------------- the three flows
@contextmanager
def write_progress(label: str, parent: QWidget | None) -> Iterator[Callable[[int, int], None]]:
    """A modal progress dialog while a file is written (shown after 0.4 s, no cancel button),
    closed at the end whatever happens; yields the writer's ``progress(done, total)`` callback."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # type: ignore[arg-type]
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)

    def report(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))

    try:
        yield report
    finally:
        progress.close()
        progress.deleteLater()


def write_action_plan(project: Project, path: Path, share_version: bool,
                      parent: QWidget | None = None, compare_with: Any = None,
                      include_names: bool = False) -> Any:
    """Render the map picture and write the workbook with a progress dialog for large plans.
    ``compare_with``: the basis of the Changes sheet (a snapshot; default the last one);
    ``include_names``: the Votes sheet names the participants (never in the shared version).

    Returns the :class:`~valuechain_gui.io.excel.export.ExportReport`. Raises SaveError /
    ExportError / RenderError (nothing written).
    """
    from valuechain_gui.io.excel import export as excel_export
    from valuechain_gui.ui.matching.sources import user_glossary
    from .render import render_png_bytes

    label = QCoreApplication.translate("ExportActions", "Writing the action plan…")
    with write_progress(label, parent) as report:
        picture = render_png_bytes(project, share_version=share_version)
        return excel_export.export_action_plan(project, path, share_version=share_version,
                                               map_png=picture, progress=report,
                                               compare_with=compare_with,
                                               include_names=include_names and not share_version,
                                               glossary=user_glossary())


class ReportTexts(QObject):
    """Texts about an export report (a QObject so that lupdate sees the ``%n`` plurals)."""

    def details(self, report: Any) -> str:
        """Sheets written, cleaned and truncated cells (translated, plurals handled)."""
        lines = [self.tr("Sheets: {sheets}.").format(sheets=", ".join(report.sheets))]
        cleaned, truncated = report.cleaned_cells, report.truncated_cells  # lupdate needs names
        if cleaned:
            lines.append(self.tr(
                "%n cell(s) contained characters Excel refuses; they were removed.", "",
                cleaned))
        if truncated:
            lines.append(self.tr(
                "Text was cut at Excel's limit of 32,767 characters in %n cell(s) (the project "
                "keeps the whole text).", "", truncated))
        return "\n".join(lines)


def plan_details(report: Any) -> str:
    """What the end message adds about ``report`` (an ExportReport); see :class:`ReportTexts`."""
    return ReportTexts().details(report)


def export_action_plan(window: Any) -> Path | None:
    """File > Export action plan (Excel). Returns the written path, or None if cancelled."""
    project, doc_path = _document(window)
    share = ask_share_version(window)
    if share is None:
        return None
    names = False
    if not share and has_voter_names(project):
        names = ask_include_names(window)
        if names is None:
            return None
    changes = getattr(window, "changes", None)  # the comparison open on the map, if any
    basis = changes.basis.snapshot if changes is not None and changes.basis else None
    name = _stem(project, doc_path) + (
        QCoreApplication.translate("ExportActions", "_action_plan_to_share") if share
        else QCoreApplication.translate("ExportActions", "_action_plan")) + ".xlsx"
    done = _save_with_retries(
        window, QCoreApplication.translate("ExportActions", "Export action plan"), name,
        [(QCoreApplication.translate("ExportActions", "Excel workbook"), ".xlsx")],
        doc_path.parent if doc_path else None,
        lambda path, _suffix: write_action_plan(project, path, share, window, basis, names))
    if done is None:
        return None
    path, report = done
    show_done(window, path, plan_details(report))
    return path


def ask_png_width(parent: QWidget | None) -> int | None:
    """The PNG width in pixels (default 2,400: sharp on A4 at 200 dpi), or None if cancelled."""
    width, ok = QInputDialog.getInt(
        parent, QCoreApplication.translate("ExportActions", "Picture size"),
        QCoreApplication.translate("ExportActions", "Width in pixels:"), 2400, 400, 12000, 200)
    return int(width) if ok else None


def ask_pdf_page(parent: QWidget | None) -> tuple[str, bool] | None:
    """Page size ("A4"/"A3") and landscape (bool) for a PDF, or None if cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ExportActions", "PDF page"))
    sizes = QComboBox(dialog)
    sizes.addItems(["A4", "A3"])
    orientation = QComboBox(dialog)
    orientation.addItem(QCoreApplication.translate("ExportActions", "Landscape"), True)
    orientation.addItem(QCoreApplication.translate("ExportActions", "Portrait"), False)
    form = QFormLayout(dialog)
    form.addRow(QCoreApplication.translate("ExportActions", "Page size:"), sizes)
    form.addRow(QCoreApplication.translate("ExportActions", "Orientation:"), orientation)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return sizes.currentText(), bool(orientation.currentData())


def write_map_file(project: Project, path: Path, suffix: str, share_version: bool,
                   parent: QWidget | None) -> Path | None:
    """Write the map in the format of ``suffix``, asking its options; None if cancelled."""
    from . import render

    if suffix == ".png":
        width = ask_png_width(parent)
        if width is None:
            return None
        return render.write_png(project, path, width, share_version=share_version)
    if suffix == ".svg":
        return render.write_svg(project, path, share_version=share_version)
    page = ask_pdf_page(parent)
    if page is None:
        return None
    return render.write_pdf(project, path, page[0], page[1], share_version=share_version)


def export_map(window: Any) -> Path | None:
    """File > Export map: PNG (width chosen), SVG, PDF (page size and orientation chosen)."""
    project, doc_path = _document(window)
    share = ask_share_version(window)
    if share is None:
        return None
    done = _save_with_retries(
        window, QCoreApplication.translate("ExportActions", "Export map"),
        _stem(project, doc_path) + "_map.png",
        [(QCoreApplication.translate("ExportActions", "PNG picture"), ".png"),
         (QCoreApplication.translate("ExportActions", "SVG drawing"), ".svg"),
         (QCoreApplication.translate("ExportActions", "PDF document"), ".pdf")],
        doc_path.parent if doc_path else None,
        lambda path, suffix: write_map_file(project, path, suffix, share, window))
    if done is None or done[1] is None:
        return None
    show_done(window, done[0])
    return done[0]


def print_project(project: Project, printer: Any, share_version: bool = False) -> None:
    """Print the map on ``printer`` (a configured QPrinter): one page, same layout as the PDF."""
    from .render import paint_on_paged_device, render_map

    paint_on_paged_device(printer, render_map(project, share_version=share_version))


def print_map(window: Any) -> bool:
    """File > Print: the print dialog (A4 landscape proposed), then the map. True if printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from .render import page_layout

    project, _ = _document(window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout("A4", landscape=True))
    printer.setDocName(project.target_market or "valuechain-gui")
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("ExportActions", "Print map"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_project(project, printer)
    return True
