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
        # --- Excel action-plan export (io/excel_*.py): sheet titles
        "xl.sheet.summary": "Summary",
        "xl.sheet.links": "Value chain",
        "xl.sheet.local": "Local reinforcement",
        "xl.sheet.alliance": "Alliance search",
        "xl.sheet.partners": "Partners",
        "xl.sheet.map": "Map",
        # column headers (Value chain: exactly what the spreadsheet importer reads)
        "xl.col.link": "Link",
        "xl.col.stage": "Stage",
        "xl.col.status": "Status",
        "xl.col.strategic": "Strategic",
        "xl.col.end_market": "End market",
        "xl.col.upstream": "Upstream",
        "xl.col.downstream": "Downstream",
        "xl.col.actors": "Actors",
        "xl.col.notes": "Notes",
        "xl.col.reach": "Reach (%)",
        "xl.col.reach_end_markets": "End markets reached (%)",
        "xl.col.bottleneck": "Bottleneck",
        "xl.col.score": "Criticality score",
        "xl.col.suggested_priority": "Suggested priority",
        "xl.col.state": "State",
        "xl.col.title": "Title",
        "xl.col.owner": "Owner",
        "xl.col.partners": "Partners",
        "xl.col.start": "Start",
        "xl.col.deadline": "Deadline",
        "xl.col.budget": "Budget (€)",
        "xl.col.funding": "Funding source",
        "xl.col.priority": "Priority",
        "xl.col.indicator": "Indicator",
        "xl.col.progress": "Progress",
        "xl.col.scope": "Scope",
        "xl.col.channels": "Search channels",
        "xl.col.candidates": "Candidate partners",
        "xl.col.action": "Action",
        "xl.col.partner": "Candidate partner",
        "xl.col.country": "Country",
        "xl.col.kind": "Kind",
        "xl.col.coop_stage": "Cooperation stage",
        "xl.col.governance": "Governance",
        # Summary sheet
        "xl.summary.title": "Action plan: {market}",
        "xl.summary.no_market": "(no target market given)",
        "xl.summary.market": "Target market",
        "xl.summary.pole": "Cluster",
        "xl.summary.territory": "Territory",
        "xl.summary.date": "Workshop date",
        "xl.summary.exported": "Exported on",
        "xl.summary.participants": "Working group",
        "xl.summary.completeness": "Completeness of the chain",
        "xl.summary.links_by_status": "Links per status",
        "xl.summary.total": "Total",
        "xl.summary.flows": "Flows",
        "xl.summary.assets": "Assets (strong links)",
        "xl.summary.unassessed": "Links still to assess",
        "xl.summary.incomplete": "Live actions without an owner or a deadline",
        "xl.summary.no_owner": "no owner",
        "xl.summary.no_deadline": "no deadline",
        "xl.summary.action_line": "{link}: {title} ({missing})",
        "xl.summary.actions_by_kind": "Actions per kind and state",
        "xl.summary.none": "none",
        "xl.summary.share_note": "Version to share with partners: notes, budgets, funding sources "
                                 "and the names of the working group's participants are left out.",
        "xl.summary.internal_note": "Internal version: it contains notes, budgets, funding sources "
                                    "and participants' names; export the version to share with "
                                    "partners before sending it outside the cluster.",
        "xl.map.title": "Value chain map: {market}",
        # values written in cells
        "xl.yes": "yes",
        "xl.no": "no",
        "xl.state_reason": "{state} ({reason})",
        "link_status.strong": "strong",
        "link_status.weak": "weak",
        "link_status.missing": "missing",
        "link_status.unassessed": "unassessed",
        "action_kind.local_reinforcement": "local reinforcement",
        "action_kind.alliance_search": "alliance search",
        "action_state.live": "live",
        "action_state.achieved": "achieved",
        "action_state.obsolete": "obsolete",
        "obsolete_reason.link_removed": "link removed",
        "obsolete_reason.link_strong_not_done": "link now strong, action not marked done",
        "obsolete_reason.link_retagged": "link retagged",
        "action_status.proposed": "proposed",
        "action_status.validated": "validated",
        "action_status.in_progress": "in progress",
        "action_status.done": "done",
        "action_status.dropped": "dropped",
        "priority.high": "high",
        "priority.medium": "medium",
        "priority.low": "low",
        "scope.regional": "regional",
        "scope.national": "national",
        "scope.european": "European",
        "scope.international": "international",
        "channel.market_data": "market data",
        "channel.patents": "patents",
        "channel.publications": "publications",
        "channel.trade_fairs": "trade fairs & congresses",
        "channel.international_offices": "the region's international offices",
        "channel.other": "other",
        "partner_kind.cluster": "cluster",
        "partner_kind.company": "company",
        "partner_kind.lab": "lab",
        "partner_kind.other": "other",
        "coop_stage.identified": "identified",
        "coop_stage.contacted": "contacted",
        "coop_stage.joint_operations": "joint operations",
        "coop_stage.structured_alliance": "structured alliance",
        "governance.shared": "shared",
        "governance.rotating": "rotating",
        "governance.neutral_third_party": "neutral third party",
        # Excel number formats (codes, not words: Excel shows them in the reader's locale)
        "xl.format.date": "yyyy-mm-dd",
        "xl.format.euro": '"€"#,##0',
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
        # --- export Excel du plan d'action (io/excel_*.py) : titres des feuilles
        "xl.sheet.summary": "Synthèse",
        "xl.sheet.links": "Chaîne de valeur",
        "xl.sheet.local": "Renforcement local",
        "xl.sheet.alliance": "Recherche d'alliances",
        "xl.sheet.partners": "Partenaires",
        "xl.sheet.map": "Carte",
        # en-têtes de colonnes (Chaîne de valeur : exactement ceux que lit l'import de tableur)
        "xl.col.link": "Maillon",
        "xl.col.stage": "Étape",
        "xl.col.status": "Statut",
        "xl.col.strategic": "Stratégique",
        "xl.col.end_market": "Marché final",
        "xl.col.upstream": "Amont",
        "xl.col.downstream": "Aval",
        "xl.col.actors": "Acteurs",
        "xl.col.notes": "Commentaires",
        "xl.col.reach": "Portée (%)",
        "xl.col.reach_end_markets": "Marchés finaux touchés (%)",
        "xl.col.bottleneck": "Goulot d'étranglement",
        "xl.col.score": "Score de criticité",
        "xl.col.suggested_priority": "Priorité suggérée",
        "xl.col.state": "État",
        "xl.col.title": "Intitulé",
        "xl.col.owner": "Porteur",
        "xl.col.partners": "Partenaires",
        "xl.col.start": "Début",
        "xl.col.deadline": "Échéance",
        "xl.col.budget": "Budget (€)",
        "xl.col.funding": "Source de financement",
        "xl.col.priority": "Priorité",
        "xl.col.indicator": "Indicateur",
        "xl.col.progress": "Avancement",
        "xl.col.scope": "Périmètre",
        "xl.col.channels": "Canaux de recherche",
        "xl.col.candidates": "Partenaires candidats",
        "xl.col.action": "Action",
        "xl.col.partner": "Partenaire candidat",
        "xl.col.country": "Pays",
        "xl.col.kind": "Type",
        "xl.col.coop_stage": "Avancement de la coopération",
        "xl.col.governance": "Gouvernance",
        # feuille Synthèse
        "xl.summary.title": "Plan d'action : {market}",
        "xl.summary.no_market": "(marché cible non renseigné)",
        "xl.summary.market": "Marché cible",
        "xl.summary.pole": "Pôle",
        "xl.summary.territory": "Territoire",
        "xl.summary.date": "Date de l'atelier",
        "xl.summary.exported": "Exporté le",
        "xl.summary.participants": "Groupe de travail",
        "xl.summary.completeness": "Complétude de la chaîne",
        "xl.summary.links_by_status": "Maillons par statut",
        "xl.summary.total": "Total",
        "xl.summary.flows": "Flux",
        "xl.summary.assets": "Atouts (maillons forts)",
        "xl.summary.unassessed": "Maillons restant à évaluer",
        "xl.summary.incomplete": "Actions actives sans porteur ou sans échéance",
        "xl.summary.no_owner": "sans porteur",
        "xl.summary.no_deadline": "sans échéance",
        "xl.summary.action_line": "{link} : {title} ({missing})",
        "xl.summary.actions_by_kind": "Actions par type et par état",
        "xl.summary.none": "aucun",
        "xl.summary.share_note": "Version à partager avec les partenaires : les commentaires, les "
                                 "budgets, les sources de financement et les noms des participants "
                                 "du groupe de travail n'y figurent pas.",
        "xl.summary.internal_note": "Version interne : elle contient les commentaires, les budgets, "
                                    "les sources de financement et les noms des participants ; "
                                    "exportez la version à partager avant tout envoi hors du pôle.",
        "xl.map.title": "Carte de la chaîne de valeur : {market}",
        # valeurs écrites dans les cellules
        "xl.yes": "oui",
        "xl.no": "non",
        "xl.state_reason": "{state} ({reason})",
        "link_status.strong": "fort",
        "link_status.weak": "faible",
        "link_status.missing": "manquant",
        "link_status.unassessed": "à évaluer",
        "action_kind.local_reinforcement": "renforcement local",
        "action_kind.alliance_search": "recherche d'alliances",
        "action_state.live": "active",
        "action_state.achieved": "réalisée",
        "action_state.obsolete": "obsolète",
        "obsolete_reason.link_removed": "maillon supprimé",
        "obsolete_reason.link_strong_not_done": "maillon devenu fort, action non terminée",
        "obsolete_reason.link_retagged": "statut du maillon modifié",
        "action_status.proposed": "proposée",
        "action_status.validated": "validée",
        "action_status.in_progress": "en cours",
        "action_status.done": "terminée",
        "action_status.dropped": "abandonnée",
        "priority.high": "haute",
        "priority.medium": "moyenne",
        "priority.low": "basse",
        "scope.regional": "régional",
        "scope.national": "national",
        "scope.european": "européen",
        "scope.international": "international",
        "channel.market_data": "données de marché",
        "channel.patents": "brevets",
        "channel.publications": "publications scientifiques",
        "channel.trade_fairs": "salons et congrès",
        "channel.international_offices": "bureaux internationaux de la région",
        "channel.other": "autre",
        "partner_kind.cluster": "pôle ou cluster",
        "partner_kind.company": "entreprise",
        "partner_kind.lab": "laboratoire",
        "partner_kind.other": "autre",
        "coop_stage.identified": "repéré",
        "coop_stage.contacted": "contacté",
        "coop_stage.joint_operations": "opérations communes",
        "coop_stage.structured_alliance": "alliance structurée",
        "governance.shared": "partagée",
        "governance.rotating": "alternée",
        "governance.neutral_third_party": "tiers neutre",
        "xl.format.date": "dd/mm/yyyy",
        "xl.format.euro": '#,##0 "€"',
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


#: Counted words, ``(one, other)`` per language: ``{n}`` is the number, written by :func:`plural`.
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "n.byte": ("{n} byte", "{n} bytes"),
        "n.cell": ("{n} cell", "{n} cells"),
        "n.character": ("{n} character", "{n} characters"),
        "n.column": ("{n} column", "{n} columns"),
        "n.entry": ("{n} entry", "{n} entries"),
        "n.error": ("{n} error", "{n} errors"),
        "n.flow": ("{n} flow", "{n} flows"),
        "n.format": ("{n} cell format", "{n} cell formats"),
        "n.level": ("{n} level", "{n} levels"),
        "n.link": ("{n} link", "{n} links"),
        "n.name": ("{n} name", "{n} names"),
        "n.range": ("{n} merged range", "{n} merged ranges"),
        "n.row": ("{n} row", "{n} rows"),
        "n.sheet": ("{n} sheet", "{n} sheets"),
        "n.string": ("{n} shared text", "{n} shared texts"),
    },
    "fr": {
        "n.byte": ("{n} octet", "{n} octets"),
        "n.cell": ("{n} cellule", "{n} cellules"),
        "n.character": ("{n} caractère", "{n} caractères"),
        "n.column": ("{n} colonne", "{n} colonnes"),
        "n.entry": ("{n} entrée", "{n} entrées"),
        "n.error": ("{n} erreur", "{n} erreurs"),
        "n.flow": ("{n} flux", "{n} flux"),
        "n.format": ("{n} format de cellule", "{n} formats de cellule"),
        "n.level": ("{n} niveau", "{n} niveaux"),
        "n.link": ("{n} maillon", "{n} maillons"),
        "n.name": ("{n} nom", "{n} noms"),
        "n.range": ("{n} plage fusionnée", "{n} plages fusionnées"),
        "n.row": ("{n} ligne", "{n} lignes"),
        "n.sheet": ("{n} feuille", "{n} feuilles"),
        "n.string": ("{n} texte partagé", "{n} textes partagés"),
    },
}


def number_text(language: str, n: int) -> str:
    """``n`` with thousands grouped as the language writes them: ``20,000`` / ``20 000`` (the
    French group separator is a no-break space, so a number never breaks across lines)."""
    text = f"{n:,}"
    return text.replace(",", "\u00a0") if language == "fr" else text


def plural(language: str, key: str, n: int) -> str:
    """``n`` and the word for ``key`` in its singular or plural form: ``plural("en", "n.row", 1)``
    → ``"1 row"``, ``plural("fr", "n.row", 0)`` → ``"0 ligne"`` (French counts 0 and 1 in the
    singular, English only 1). Unknown languages fall back to English; an unknown key gives
    ``"n key"``."""
    forms = PLURALS.get(language, PLURALS["en"]).get(key) or PLURALS["en"].get(key)
    if forms is None:
        return f"{n} {key}"
    singular = n in (0, 1) if language == "fr" else n == 1
    return forms[0 if singular else 1].format(n=number_text(language, n))


def word(language: str, key: str, **params: object) -> str:
    """The word for ``key`` in ``language`` ("fr" or "en"), formatted with ``params``.

    Falls back to English for an unknown language, and to the key itself for an unknown key
    (so a missing entry shows up in a document instead of crashing an export).
    """
    table = WORDS.get(language, WORDS["en"])
    text = table.get(key) or WORDS["en"].get(key) or key
    return text.format(**params) if params else text
