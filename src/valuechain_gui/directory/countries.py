"""Countries as people write them: an ISO 3166-1 code, or the country's name in French or
English (accents, case and punctuation ignored), made the ISO alpha-2 code a partner keeps.

Names come from :mod:`pycountry` (ISO 3166-1, with its French translation), plus the short
forms people use (UK, USA, Pays-Bas...).
"""

from __future__ import annotations

import gettext
from functools import lru_cache

from .rows import name_key

#: Short forms not in ISO's names, normalised → alpha-2.
EXTRA_NAMES = {
    "uk": "GB", "greatbritain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "angleterre": "GB", "ecosse": "GB", "grandebretagne": "GB", "royaumeuni": "GB",
    "usa": "US", "us": "US", "unitedstates": "US", "america": "US", "etatsunis": "US",
    "holland": "NL", "hollande": "NL", "paysbas": "NL", "netherlands": "NL",
    "southkorea": "KR", "korea": "KR", "coreedusud": "KR", "coree": "KR",
    "russia": "RU", "russie": "RU", "czechia": "CZ", "czechrepublic": "CZ", "tchequie": "CZ",
    "republiquetcheque": "CZ", "turkey": "TR", "turquie": "TR", "turkiye": "TR",
    "taiwan": "TW", "vietnam": "VN", "iran": "IR", "syria": "SY", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "laos": "LA", "brunei": "BN",
    "ivorycoast": "CI", "cotedivoire": "CI", "kosovo": "XK", "vatican": "VA",
}


def _french() -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return gettext.NullTranslations()


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Normalised name (English, official, common, French) or code → alpha-2."""
    import pycountry

    french = _french()
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attribute in ("name", "official_name", "common_name"):
            text = getattr(country, attribute, None)
            if text:
                names.setdefault(name_key(text), code)
                names.setdefault(name_key(french.gettext(text)), code)
        names[name_key(country.alpha_3)] = code
    names.update(EXTRA_NAMES)
    for country in pycountry.countries:  # two-letter codes last: they win over any name
        names[country.alpha_2.casefold()] = country.alpha_2
    names["xk"] = "XK"
    return names


def parse_country(text: str) -> str | None:
    """The ISO alpha-2 code ``text`` means (``"de"``, ``"DEU"``, ``"Germany"``,
    ``"Allemagne"`` → ``"DE"``), ``""`` for a blank cell, None when not recognised."""
    key = name_key(text)
    if not key:
        return ""
    return _names().get(key)


def country_name(code: str, language: str = "en") -> str:
    """The country's common name in ``language`` (``"fr"`` or ``"en"``), or ``code`` itself."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _french().gettext(country.name) if language == "fr" else name
