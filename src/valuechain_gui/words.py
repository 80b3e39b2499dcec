"""Qt-free words, one table per language, for what the model and io/ write into documents.

The Qt interface translates its own strings with ``tr()``; this table holds only the words that
end up in files (default stage names of a new project, default action titles, Excel sheet titles,
headers and values), so that the command line can produce them without Qt.

Use :func:`word` to read it; unknown languages fall back to English.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "en": {
        # default stages of a new project (template)
        "stage.research": "Research",
        "stage.components": "Components",
        "stage.subsystems": "Subsystems",
        "stage.integration": "Integration",
        "stage.distribution": "Distribution & services",
        "stage.end_markets": "End markets",
        "stage.default": "Stage",
        # default action titles
        "action.title.local_reinforcement": "Reinforce {link}",
        "action.title.alliance_search": "Find partners for {link}",
    },
    "fr": {
        "stage.research": "Recherche",
        "stage.components": "Composants",
        "stage.subsystems": "Sous-systèmes",
        "stage.integration": "Intégration",
        "stage.distribution": "Distribution et services",
        "stage.end_markets": "Marchés finaux",
        "stage.default": "Étape",
        "action.title.local_reinforcement": "Renforcer : {link}",
        "action.title.alliance_search": "Trouver des partenaires : {link}",
    },
}

#: Keys of the six standard stages, upstream → end use (see DESIGN.md).
TEMPLATE_STAGE_KEYS = (
    "stage.research",
    "stage.components",
    "stage.subsystems",
    "stage.integration",
    "stage.distribution",
    "stage.end_markets",
)


def word(language: str, key: str, **params: object) -> str:
    """The word for ``key`` in ``language`` ("fr" or "en"), formatted with ``params``.

    Falls back to English for an unknown language, and to the key itself for an unknown key
    (so a missing entry shows up in a document instead of crashing an export).
    """
    table = WORDS.get(language, WORDS["en"])
    text = table.get(key) or WORDS["en"].get(key) or key
    return text.format(**params) if params else text
