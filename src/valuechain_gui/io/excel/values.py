"""What the action-plan workbook writes in its cells: words for enum values, country names, order.

Everything here is plain data (no workbook): the sheets module turns it into cells. Words come
from :mod:`valuechain_gui.words`; country names from pycountry (ISO 3166-1, with its own gettext
catalogue ``iso3166-1`` for the French names).
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...model import Action, ActionState, Link, LinkStatus, Priority, Project
from ...words import word

if TYPE_CHECKING:
    from ...analysis.gaps import GapAnalyzer

#: Separator of several names in one cell (the spreadsheet importer splits on ``;``).
JOIN = "; "


class Words:
    """The export's words in one language (``"fr"`` or ``"en"``), with helpers for enum values.

    ``Words("fr")("xl.col.link")`` is ``"Maillon"``; ``enum("link_status", LinkStatus.WEAK)`` is
    ``"faible"``; None gives ``""``.
    """

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str, **params: Any) -> str:
        return word(self.language, key, **params)

    def enum(self, prefix: str, value: Any) -> str:
        """The word for an enum member or its token (``prefix.token``); ``""`` for None.

        A token with no word (a value from a newer file) is written as it is.
        """
        if value is None:
            return ""
        token = str(value)  # StrEnum members are their token
        key = f"{prefix}.{token}"
        text = self(key)
        return token if text == key else text

    def flag(self, value: bool) -> str:
        """``"oui"``/``"non"`` or ``"yes"``/``"no"``."""
        return self("xl.yes" if value else "xl.no")

    def choices(self, prefix: str, members: Any) -> list[str]:
        """Words of all members of an enum, in declaration order (dropdown lists)."""
        return [self(f"{prefix}.{m.value}") for m in members]

    def action_state(self, project: Project, action: Action) -> str:
        """``"live"``, ``"achieved"`` or ``"obsolete (link removed)"`` in this language."""
        state, reason = project.action_state(action)
        text = self.enum("action_state", state)
        if state == ActionState.OBSOLETE and reason is not None:
            text = self("xl.state_reason", state=text,
                        reason=self.enum("obsolete_reason", reason))
        return text

    def date_format(self) -> str:
        """Excel number format for dates in this language (e.g. ``dd/mm/yyyy``)."""
        return self("xl.format.date")

    def euro_format(self) -> str:
        """Excel number format for amounts in euros."""
        return self("xl.format.euro")


def ordered_links(project: Project) -> list[Link]:
    """Links by stage (upstream first), then by position y, then x, then name (list of Link)."""
    stage_rank = {stage.id: i for i, stage in enumerate(project.stages)}
    return sorted(project.links.values(),
                  key=lambda link: (stage_rank.get(link.stage_id, len(stage_rank)),
                                    link.position[1], link.position[0], link.name.casefold()))


@lru_cache(maxsize=4)
def _translator(language: str) -> Callable[[str], str]:
    if language == "en":
        return lambda text: text
    import pycountry

    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:  # no catalogue for this language: English names
        return lambda text: text
    return catalogue.gettext


def country_name(country: str, language: str) -> str:
    """Full name of a country in ``language``; ``country`` is an ISO 3166-1 code or a name.

    ``country_name("DE", "fr")`` is ``"Allemagne"``, ``country_name("KR", "en")`` is
    ``"South Korea"`` (pycountry's common name when it has one). Text pycountry does not know is
    returned unchanged (trimmed); ``""`` stays ``""``.
    """
    text = country.strip()
    if not text:
        return ""
    import pycountry

    found = None
    try:
        if len(text) == 2:
            found = pycountry.countries.get(alpha_2=text.upper())
        if found is None:
            found = pycountry.countries.lookup(text)
    except LookupError:
        found = None
    if found is None:
        return text
    translate = _translator(language)
    common = getattr(found, "common_name", None)
    if common:
        translated = translate(common)
        if translated != common or language == "en":
            return translated
    return translate(found.name)


def gap_analyzer(project: Project) -> GapAnalyzer:
    """The gap analysis of ``project``: its report (reach, bottleneck, score, completeness for
    the sheets) and the joint what-if of the summary, from one flow topology built once.

    Imported here, not at the top, so that importing the export does not load networkx.
    """
    from ...analysis.gaps import GapAnalyzer

    return GapAnalyzer(project)


def priority_word(words: Words, value: Any) -> str:
    """A priority (``Priority`` member or its token) as a word; ``""`` for None/unknown."""
    if value is None:
        return ""
    try:
        return words.enum("priority", Priority(value))
    except ValueError:
        return str(value)


def status_word(words: Words, status: LinkStatus) -> str:
    """A link status as a word (``fort``/``strong``...)."""
    return words.enum("link_status", status)
