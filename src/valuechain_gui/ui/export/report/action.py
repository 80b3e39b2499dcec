"""File > Export Report…: the PDF report of the open project, internal or to share, written
with a progress dialog (pages drawn) and the one-line error texts of the other exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from valuechain_gui.model import Project
from .. import actions as export_actions
from .pdf import write_report


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportExport", text)


def write_report_with_progress(project: Project, path: Path, share_version: bool,
                               parent: QWidget | None = None) -> Path:
    """Write the report, showing the pages drawn in a progress dialog (after 0.4 s).

    Raises SaveError (nothing written)."""
    with export_actions.write_progress(_tr("Writing the report…"), parent) as report:
        return write_report(project, path, share_version=share_version, progress=report)


def export_report(window: Any) -> Path | None:
    """File > Export Report…. Returns the written path, or None if cancelled."""
    project, doc_path = export_actions._document(window)  # noqa: SLF001 - the exports' helpers
    share = export_actions.ask_share_version(window)
    if share is None:
        return None
    suffix = _tr("_report_to_share") if share else _tr("_report")
    name = export_actions._stem(project, doc_path) + suffix + ".pdf"  # noqa: SLF001
    done = export_actions._save_with_retries(  # noqa: SLF001
        window, _tr("Export report"), name, [(_tr("PDF document"), ".pdf")],
        doc_path.parent if doc_path else None,
        lambda path, _suffix: write_report_with_progress(project, path, share, window))
    if done is None:
        return None
    path, _written = done
    export_actions.show_done(window, path)
    return path
