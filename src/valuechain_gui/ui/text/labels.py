"""The interface's word for a link status ("strong", "fort", ...): one function for every widget.

The canvas cards, the legend, the link properties, the status bar, the gap table and the action
plan all name a status through :func:`link_status_label`, in the interface language (context
``"Status"``). Exports and the rendered map speak the project's language instead, through
``valuechain_gui.words`` (``link_status.<value>``); a glossary test keeps both in agreement.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from valuechain_gui.model import LinkStatus


def link_status_label(status: LinkStatus) -> str:
    """The word for a link status in the interface language ("strong", "fort", ...)."""
    names = {
        LinkStatus.STRONG: QCoreApplication.translate("Status", "strong"),
        LinkStatus.WEAK: QCoreApplication.translate("Status", "weak"),
        LinkStatus.MISSING: QCoreApplication.translate("Status", "missing"),
        LinkStatus.UNASSESSED: QCoreApplication.translate("Status", "unassessed"),
    }
    return names[LinkStatus(status)]
