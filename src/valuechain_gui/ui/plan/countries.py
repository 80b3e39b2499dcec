"""The list of countries with English and French names, for candidate partners.

Source: ISO 3166-1 as kept by the Debian iso-codes project, shipped in the ``pycountry`` package
(``pycountry.countries``), with its French translations (gettext domain ``"iso3166-1"`` in
``pycountry.LOCALES_DIR``). A partner's country is stored as the alpha-2 code (``"DE"``); text
that matches no country is kept as typed (see :class:`~valuechain_gui.model.Partner`).

No Qt here: the country combo box of the action form builds on :func:`country_list`.
"""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Country:
    """One country: ``code`` (ISO 3166-1 alpha-2), ``name_en``, ``name_fr`` (common names), and
    ``aliases`` (official ISO names in both languages, also accepted when typed)."""

    code: str
    name_en: str
    name_fr: str
    aliases: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        """The name in ``language`` ("fr" → French, anything else → English)."""
        return self.name_fr if language == "fr" else self.name_en


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c))
                    .casefold().split())


@lru_cache(maxsize=1)
def _countries() -> tuple[Country, ...]:
    import pycountry

    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        to_french = french.gettext
    except OSError:  # translations missing from this install: French falls back to English
        def to_french(message: str) -> str:
            return message
    result = []
    for record in pycountry.countries:
        official = record.name
        english = getattr(record, "common_name", None) or official
        # The French catalogue translates the ISO names; prefer a translated common name if any.
        french_name = to_french(english)
        if french_name == english:
            french_name = to_french(official)
        aliases = (official, to_french(official), getattr(record, "official_name", official))
        result.append(Country(record.alpha_2, english, french_name, aliases))
    return tuple(result)


def country_list(language: str) -> list[Country]:
    """Every country, sorted by its name in ``language`` (accents ignored when sorting)."""
    return sorted(_countries(), key=lambda c: _fold(c.name(language)))


def country_by_code(code: str) -> Country | None:
    """The country with alpha-2 ``code`` (case-insensitive), or None."""
    code = code.strip().upper()
    return next((c for c in _countries() if c.code == code), None)


def country_name(code: str, language: str) -> str:
    """Display name of a stored country value: the name for a known code, else the text itself."""
    country = country_by_code(code) if len(code.strip()) == 2 else None
    return country.name(language) if country else code


def find_country(text: str) -> Country | None:
    """The country whose code, English or French name matches ``text``, or None.

    Matching ignores case, accents and extra spaces: ``"allemagne"``, ``"Germany"`` and ``"de"``
    all give Germany.
    """
    key = _fold(text)
    if not key:
        return None
    if len(key) == 2:
        found = country_by_code(key)
        if found:
            return found
    found = next((c for c in _countries() if key in (_fold(c.name_en), _fold(c.name_fr))), None)
    return found or next((c for c in _countries() if key in {_fold(a) for a in c.aliases}), None)
