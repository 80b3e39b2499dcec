"""The interface's words for the directory: the EU's 14 industrial ecosystems, and the sentence
for each :class:`~valuechain_gui.directory.DirectoryError` code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from valuechain_gui.directory import DirectoryError
from valuechain_gui.model.partners import Ecosystem
from valuechain_gui.ui.text.messages import error_templates


def _t(text: str) -> str:
    return QCoreApplication.translate("DirectoryLabels", text)


def sector_label(value: Ecosystem) -> str:
    """An industrial ecosystem's name in the interface language."""
    return {
        Ecosystem.AEROSPACE_DEFENCE: _t("Aerospace & defence"),
        Ecosystem.AGRI_FOOD: _t("Agri-food"),
        Ecosystem.CONSTRUCTION: _t("Construction"),
        Ecosystem.CULTURAL_CREATIVE: _t("Cultural & creative industries"),
        Ecosystem.DIGITAL: _t("Digital"),
        Ecosystem.ELECTRONICS: _t("Electronics"),
        Ecosystem.ENERGY_INTENSIVE: _t("Energy-intensive industries"),
        Ecosystem.RENEWABLE_ENERGY: _t("Renewable energy"),
        Ecosystem.HEALTH: _t("Health"),
        Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE: _t("Mobility, transport & automotive"),
        Ecosystem.PROXIMITY_SOCIAL_ECONOMY: _t("Proximity, social economy & civil security"),
        Ecosystem.RETAIL: _t("Retail"),
        Ecosystem.TEXTILE: _t("Textile"),
        Ecosystem.TOURISM: _t("Tourism"),
    }[value]


def directory_error_text(error: DirectoryError) -> str:
    """One sentence saying what is wrong with the directory file and what to do."""
    path = str(error.path)
    if error.code == "locked":
        return _t("The partner directory {path} is busy: another window or program is writing "
                  "to it. Try again in a moment.").format(path=path)
    template = error_templates().get(error.code) if error.code != "unreadable" else None
    if template is None:
        template = _t("The partner directory {path} cannot be opened. Check the file and its "
                      "folder, or choose another file in Preferences.")
    return template.format(path=path)
