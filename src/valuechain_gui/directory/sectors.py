"""The EU's 14 industrial ecosystems by their English and French names, and reading them back.

Names as the European Commission's industrial strategy (2021 update) gives them, with the short
forms people write (``agrifood``, ``automotive``, ``santé``...). Compared accent-, case- and
punctuation-insensitively.
"""

from __future__ import annotations

from ..model.partners import Ecosystem
from .rows import name_key

#: Each ecosystem's (English, French) name.
NAMES: dict[Ecosystem, tuple[str, str]] = {
    Ecosystem.AEROSPACE_DEFENCE: ("Aerospace & defence", "Aérospatiale et défense"),
    Ecosystem.AGRI_FOOD: ("Agri-food", "Agroalimentaire"),
    Ecosystem.CONSTRUCTION: ("Construction", "Construction"),
    Ecosystem.CULTURAL_CREATIVE: ("Cultural & creative industries",
                                  "Industries culturelles et créatives"),
    Ecosystem.DIGITAL: ("Digital", "Numérique"),
    Ecosystem.ELECTRONICS: ("Electronics", "Électronique"),
    Ecosystem.ENERGY_INTENSIVE: ("Energy-intensive industries",
                                 "Industries à forte intensité énergétique"),
    Ecosystem.RENEWABLE_ENERGY: ("Renewable energy", "Énergies renouvelables"),
    Ecosystem.HEALTH: ("Health", "Santé"),
    Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE: ("Mobility, transport & automotive",
                                              "Mobilité, transports et automobile"),
    Ecosystem.PROXIMITY_SOCIAL_ECONOMY: ("Proximity, social economy & civil security",
                                         "Économie de proximité, sociale et sécurité civile"),
    Ecosystem.RETAIL: ("Retail", "Commerce de détail"),
    Ecosystem.TEXTILE: ("Textile", "Textile"),
    Ecosystem.TOURISM: ("Tourism", "Tourisme"),
}

_ALIASES = {
    "aerospace": Ecosystem.AEROSPACE_DEFENCE, "aeronautics": Ecosystem.AEROSPACE_DEFENCE,
    "defence": Ecosystem.AEROSPACE_DEFENCE, "defense": Ecosystem.AEROSPACE_DEFENCE,
    "aeronautique": Ecosystem.AEROSPACE_DEFENCE, "aerospatiale": Ecosystem.AEROSPACE_DEFENCE,
    "aerospaceanddefence": Ecosystem.AEROSPACE_DEFENCE,
    "aerospacedefense": Ecosystem.AEROSPACE_DEFENCE,
    "agrifood": Ecosystem.AGRI_FOOD, "agroalimentaire": Ecosystem.AGRI_FOOD,
    "agriculture": Ecosystem.AGRI_FOOD, "food": Ecosystem.AGRI_FOOD,
    "culturalandcreativeindustries": Ecosystem.CULTURAL_CREATIVE,
    "creativeindustries": Ecosystem.CULTURAL_CREATIVE, "ici": Ecosystem.CULTURAL_CREATIVE,
    "numerique": Ecosystem.DIGITAL, "electronique": Ecosystem.ELECTRONICS,
    "energyintensive": Ecosystem.ENERGY_INTENSIVE,
    "energyintensiveindustries": Ecosystem.ENERGY_INTENSIVE,
    "renewables": Ecosystem.RENEWABLE_ENERGY, "energyrenewables": Ecosystem.RENEWABLE_ENERGY,
    "energiesrenouvelables": Ecosystem.RENEWABLE_ENERGY,
    "sante": Ecosystem.HEALTH, "mobility": Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
    "automotive": Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
    "transport": Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
    "mobilitytransportautomotive": Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
    "mobilite": Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
    "automobile": Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
    "mobilitetransportsautomobile": Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
    "socialeconomy": Ecosystem.PROXIMITY_SOCIAL_ECONOMY,
    "proximitysocialeconomyandcivilsecurity": Ecosystem.PROXIMITY_SOCIAL_ECONOMY,
    "economiesociale": Ecosystem.PROXIMITY_SOCIAL_ECONOMY,
    "commerce": Ecosystem.RETAIL, "tourisme": Ecosystem.TOURISM,
}


def _table() -> dict[str, Ecosystem]:
    table = dict(_ALIASES)
    for ecosystem, (en, fr) in NAMES.items():
        table[name_key(en)] = ecosystem
        table[name_key(fr)] = ecosystem
        table[name_key(ecosystem.value)] = ecosystem
    return table


_BY_KEY = _table()


def parse_sector(text: str) -> Ecosystem | None:
    """The ecosystem ``text`` names (English, French, a short form or its code), or None."""
    return _BY_KEY.get(name_key(text))


def sector_name(ecosystem: Ecosystem, language: str = "en") -> str:
    """The ecosystem's name in ``language`` (``"fr"`` or ``"en"``)."""
    en, fr = NAMES[ecosystem]
    return fr if language == "fr" else en
