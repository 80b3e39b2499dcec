"""Where a partner is relative to our territory: regional, national, European or international.

The project's territory for this is in its settings (:class:`~valuechain_gui.model.ProjectSettings`
``country``, an ISO 3166-1 alpha-2 code, default ``"FR"``, and ``region``, free text, else the
project's ``territory``). A partner in the same country and the same region (names compared
trimmed, case- and accent-insensitively) is *regional*; in the same country, *national*; in
another country of the European Union or the European Economic Area (plus Switzerland, part of
the EU's cluster programmes), *European*; elsewhere *international*. A partner whose country is
not an ISO code is given no scope.
"""

from __future__ import annotations

import unicodedata

from ...model import Partner, Project, Scope

#: The 27 EU member states, the EEA's Iceland, Liechtenstein, Norway, and Switzerland.
EUROPEAN_COUNTRIES = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    "IS", "LI", "NO", "CH",
})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").split()).casefold()


def _code(country: str) -> str | None:
    code = country.strip().upper()
    return code if len(code) == 2 and code.isascii() and code.isalpha() else None


def scope_of(partner: Partner, project: Project) -> Scope | None:
    """The scope ``partner`` is at relative to ``project``'s territory (see the module), or None
    when its country is not given as an ISO code."""
    theirs = _code(partner.country)
    if theirs is None:
        return None
    ours = _code(project.settings.country) or "FR"
    if theirs == ours:
        region = project.settings.region or project.territory
        if region.strip() and partner.region.strip() and _fold(region) == _fold(partner.region):
            return Scope.REGIONAL
        return Scope.NATIONAL
    if theirs in EUROPEAN_COUNTRIES and ours in EUROPEAN_COUNTRIES:
        return Scope.EUROPEAN
    return Scope.INTERNATIONAL
