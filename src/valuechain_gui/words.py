"""Qt-free words, one table per language, for what the model and io/ write into documents.

The Qt interface translates its own strings with ``tr()``; this table holds only the words that
end up in files (default stage names of a new project, default action titles, Excel sheet titles,
headers and values), so that the command line can produce them without Qt.

Use :func:`word` to read it; unknown languages fall back to English.
"""

from __future__ import annotations

from .words_partners import PARTNER_WORDS
from .words_votes import VOTE_WORDS

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
        # --- Excel action-plan export (io/excel/): sheet titles
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
        "xl.summary.share_note": "Version to share with partners: notes, budgets, funding sources, "
                                 "validation remarks and people's names (action owners, "
                                 "partners' contacts, who validated, the working group's "
                                 "participants) are left out.",
        "xl.summary.internal_note": "Internal version: it contains notes, budgets, funding sources "
                                    "and people's names; export the version to share with "
                                    "partners before sending it outside the cluster.",
        "xl.map.title": "Value chain map: {market}",
        "map.legend.return_flow": "Return flow (loop)",
        # gap analysis (Summary sheet and `check`)
        "xl.summary.end_markets": "End markets",
        "xl.summary.end_markets_derived": "{links} (no link is marked as an end market: the "
                                          "ends of the chain are taken, return flows set "
                                          "aside)",
        "xl.summary.status_weights": "Status weights of the criticality score",
        "xl.summary.status_weights_value": "missing {missing}, weak {weak}",
        "xl.summary.joint": "To reach each end market (joint what-if)",
        "gaps.joint.line": "to reach {market}: {fixes}",
        "gaps.joint.fix": "fix {links}",
        "gaps.joint.strengthen": "strengthen {links}",
        "gaps.joint.separator": "; ",
        "list.and": "{first} and {last}",
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
        "channel.obvious_leader": "obvious leader",
        "channel.market_data": "market data",
        "channel.patents": "patents",
        "channel.publications": "publications",
        "channel.trade_fairs": "trade fairs & congresses",
        "channel.international_offices": "the region's international offices",
        "channel.cluster_network": "cluster network",
        "channel.other": "other",
        "partner_kind.cluster": "cluster",
        "partner_kind.company": "company",
        "partner_kind.lab": "lab",
        "partner_kind.agency": "agency",
        "partner_kind.network": "network",
        "partner_kind.other": "other",
        "coop_stage.identified": "identified",
        "coop_stage.contacted": "contacted",
        "coop_stage.validated": "validated",
        "coop_stage.first_joint_operations": "first joint operations",
        "coop_stage.structured_alliance": "structured alliance",
        "governance.shared": "shared",
        "governance.rotating": "rotating",
        "governance.neutral_third_party": "neutral third party",
        # what changed between two states of the chain (analysis/changes.py): one line each
        "change.link_added": "Link added: {name} ({new})",
        "change.link_removed": "Link removed: {name} ({old})",
        "change.link_renamed": "Link renamed: {old} → {new}",
        "change.link_moved": "Link moved: {name}, {old} → {new}",
        "change.status_changed": "Status changed: {name}, {old} → {new}",
        "change.strategic_set": "Now strategic: {name}",
        "change.strategic_cleared": "No longer strategic: {name}",
        "change.flow_added": "Flow added: {name}",
        "change.flow_removed": "Flow removed: {name}",
        "change.action_added": "Action added: {name} ({new})",
        "change.action_achieved": "Action achieved: {name} ({new})",
        "change.action_obsolete": "Action obsolete: {name} ({new})",
        "change.action_removed": "Action removed: {name} ({new})",
        "change.none": "No change.",
        "xl.sheet.changes": "Changes",
        "xl.col.change": "Change",
        "xl.col.what": "What",
        "xl.col.before": "Before",
        "xl.col.after": "After",
        "xl.changes.basis": "Compared with: {label} ({date})",
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
        # --- export Excel du plan d'action (io/excel/) : titres des feuilles
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
                                 "budgets, les sources de financement, les remarques de "
                                 "validation et les noms de personnes (porteurs des actions, "
                                 "contacts des partenaires, auteurs des validations, "
                                 "participants du groupe de travail) n'y figurent pas.",
        "xl.summary.internal_note": "Version interne : elle contient les commentaires, les budgets, "
                                    "les sources de financement et des noms de personnes ; "
                                    "exportez la version à partager avant tout envoi hors du pôle.",
        "xl.map.title": "Carte de la chaîne de valeur : {market}",
        "map.legend.return_flow": "Flux de retour (boucle)",
        # analyse des maillons critiques (feuille Synthèse et `check`)
        "xl.summary.end_markets": "Marchés finaux",
        "xl.summary.end_markets_derived": "{links} (aucun maillon n'est marqué marché final\u00a0: "
                                          "les extrémités de la chaîne sont retenues, flux de "
                                          "retour mis à part)",
        "xl.summary.status_weights": "Pondération des statuts dans le score de criticité",
        "xl.summary.status_weights_value": "manquant {missing}, faible {weak}",
        "xl.summary.joint": "Pour atteindre chaque marché final (simulation conjointe)",
        "gaps.joint.line": "pour atteindre {market}\u00a0: {fixes}",
        "gaps.joint.fix": "combler {links}",
        "gaps.joint.strengthen": "renforcer {links}",
        "gaps.joint.separator": "\u00a0; ",
        "list.and": "{first} et {last}",
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
        "channel.obvious_leader": "leader évident",
        "channel.market_data": "données de marché",
        "channel.patents": "brevets",
        "channel.publications": "publications scientifiques",
        "channel.trade_fairs": "salons et congrès",
        "channel.international_offices": "bureaux internationaux de la région",
        "channel.cluster_network": "réseau de pôles et clusters",
        "channel.other": "autre",
        "partner_kind.cluster": "pôle ou cluster",
        "partner_kind.company": "entreprise",
        "partner_kind.lab": "laboratoire",
        "partner_kind.agency": "agence",
        "partner_kind.network": "réseau",
        "partner_kind.other": "autre",
        "coop_stage.identified": "repéré",
        "coop_stage.contacted": "contacté",
        "coop_stage.validated": "validé",
        "coop_stage.first_joint_operations": "premières opérations communes",
        "coop_stage.structured_alliance": "alliance structurée",
        "governance.shared": "partagée",
        "governance.rotating": "alternée",
        "governance.neutral_third_party": "tiers neutre",
        "change.link_added": "Maillon ajouté : {name} ({new})",
        "change.link_removed": "Maillon supprimé : {name} ({old})",
        "change.link_renamed": "Maillon renommé : {old} → {new}",
        "change.link_moved": "Maillon déplacé : {name}, {old} → {new}",
        "change.status_changed": "Statut modifié : {name}, {old} → {new}",
        "change.strategic_set": "Devenu stratégique : {name}",
        "change.strategic_cleared": "N'est plus stratégique : {name}",
        "change.flow_added": "Flux ajouté : {name}",
        "change.flow_removed": "Flux supprimé : {name}",
        "change.action_added": "Action ajoutée : {name} ({new})",
        "change.action_achieved": "Action réalisée : {name} ({new})",
        "change.action_obsolete": "Action devenue obsolète : {name} ({new})",
        "change.action_removed": "Action retirée : {name} ({new})",
        "change.none": "Aucun changement.",
        "xl.sheet.changes": "Évolution",
        "xl.col.change": "Changement",
        "xl.col.what": "Objet",
        "xl.col.before": "Avant",
        "xl.col.after": "Après",
        "xl.changes.basis": "Comparé à : {label} ({date})",
        "xl.format.date": "dd/mm/yyyy",
        "xl.format.euro": '#,##0 "€"',
    },
}
for _words in (PARTNER_WORDS, VOTE_WORDS):  # partners and alliances, the room's votes
    for _language, _table in _words.items():
        WORDS[_language].update(_table)

#: Keys of the six standard stages of a new project's template, upstream → end use.
TEMPLATE_STAGE_KEYS = (
    "stage.research",
    "stage.components",
    "stage.subsystems",
    "stage.integration",
    "stage.distribution",
    "stage.end_markets",
)


def number_text(language: str, n: int) -> str:
    """``n`` with thousands grouped as the language writes them: ``20,000`` / ``20 000`` (the
    French group separator is a no-break space, so a number never breaks across lines)."""
    text = f"{n:,}"
    return text.replace(",", "\u00a0") if language == "fr" else text


def word(language: str, key: str, **params: object) -> str:
    """The word for ``key`` in ``language`` ("fr" or "en"), formatted with ``params``.

    Falls back to English for an unknown language, and to the key itself for an unknown key
    (so a missing entry shows up in a document instead of crashing an export).
    """
    table = WORDS.get(language, WORDS["en"])
    text = table.get(key) or WORDS["en"].get(key) or key
    return text.format(**params) if params else text


#: Counted phrases of messages (the command line's, the import's and the export's): the singular
#: and the plural form per language, ``{n}`` standing for the count (thousands grouped as the
#: language writes them), so that a count and its noun and verb agree
#: ("1 link was", "2 links were"). Read with :func:`counted`.
COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "count.link": ("{n} link", "{n} links"),
        "count.flow": ("{n} flow", "{n} flows"),
        "count.return_flow": ("{n} return flow", "{n} return flows"),
        "count.end_market": ("{n} end market", "{n} end markets"),
        "count.to_assess": ("{n} link still to assess", "{n} links still to assess"),
        "count.no_owner": ("{n} live action without an owner",
                           "{n} live actions without an owner"),
        "count.no_deadline": ("{n} live action without a deadline",
                              "{n} live actions without a deadline"),
        "count.detached": ("{n} detached action (its link was removed)",
                           "{n} detached actions (their links were removed)"),
        "count.warning": ("{n} warning", "{n} warnings"),
        "count.gap": ("{n} weak or missing link", "{n} weak or missing links"),
        "n.byte": ("{n} byte", "{n} bytes"),
        "n.cell": ("{n} cell", "{n} cells"),
        "n.character": ("{n} character", "{n} characters"),
        "n.column": ("{n} column", "{n} columns"),
        "n.entry": ("{n} entry", "{n} entries"),
        "n.error": ("{n} error", "{n} errors"),
        "n.format": ("{n} cell format", "{n} cell formats"),
        "n.level": ("{n} level", "{n} levels"),
        "n.name": ("{n} name", "{n} names"),
        "n.range": ("{n} merged range", "{n} merged ranges"),
        "n.row": ("{n} row", "{n} rows"),
        "n.sheet": ("{n} sheet", "{n} sheets"),
        "n.string": ("{n} shared text", "{n} shared texts"),
        "export.sheets": ("{n} sheet", "{n} sheets"),
        "export.actions": ("{local} local-reinforcement and {n} alliance-search action",
                           "{local} local-reinforcement and {n} alliance-search actions"),
        "export.cleaned": ("{n} cell contained characters Excel refuses; they were removed.",
                           "{n} cells contained characters Excel refuses; they were removed."),
        "export.truncated": (
            "{n} cell ({places}) was longer than Excel's limit of {limit} characters and was cut "
            "in the workbook; the project keeps the whole text.",
            "{n} cells ({places}) were longer than Excel's limit of {limit} characters and were "
            "cut in the workbook; the project keeps the whole text."),
    },
    "fr": {
        "count.link": ("{n} maillon", "{n} maillons"),
        "count.flow": ("{n} flux", "{n} flux"),
        "count.return_flow": ("{n} flux de retour", "{n} flux de retour"),
        "count.end_market": ("{n} marché final", "{n} marchés finaux"),
        "count.to_assess": ("{n} maillon restant à évaluer", "{n} maillons restant à évaluer"),
        "count.no_owner": ("{n} action active sans porteur", "{n} actions actives sans porteur"),
        "count.no_deadline": ("{n} action active sans échéance",
                              "{n} actions actives sans échéance"),
        "count.detached": ("{n} action détachée (son maillon a été supprimé)",
                           "{n} actions détachées (leurs maillons ont été supprimés)"),
        "count.warning": ("{n} avertissement", "{n} avertissements"),
        "count.gap": ("{n} maillon faible ou manquant", "{n} maillons faibles ou manquants"),
        "n.byte": ("{n} octet", "{n} octets"),
        "n.cell": ("{n} cellule", "{n} cellules"),
        "n.character": ("{n} caractère", "{n} caractères"),
        "n.column": ("{n} colonne", "{n} colonnes"),
        "n.entry": ("{n} entrée", "{n} entrées"),
        "n.error": ("{n} erreur", "{n} erreurs"),
        "n.format": ("{n} format de cellule", "{n} formats de cellule"),
        "n.level": ("{n} niveau", "{n} niveaux"),
        "n.name": ("{n} nom", "{n} noms"),
        "n.range": ("{n} plage fusionnée", "{n} plages fusionnées"),
        "n.row": ("{n} ligne", "{n} lignes"),
        "n.sheet": ("{n} feuille", "{n} feuilles"),
        "n.string": ("{n} texte partagé", "{n} textes partagés"),
        "export.sheets": ("{n} feuille", "{n} feuilles"),
        "export.actions": ("actions : {local} de renforcement local, {n} de recherche "
                           "d'alliances",
                           "actions : {local} de renforcement local, {n} de recherche "
                           "d'alliances"),
        "export.cleaned": ("{n} cellule contenait des caractères refusés par Excel ; ils ont été "
                           "supprimés.",
                           "{n} cellules contenaient des caractères refusés par Excel ; ils ont "
                           "été supprimés."),
        "export.truncated": (
            "{n} cellule ({places}) dépassait la limite d'Excel de {limit} caractères et a été "
            "coupée dans le classeur ; le projet garde le texte entier.",
            "{n} cellules ({places}) dépassaient la limite d'Excel de {limit} caractères et ont "
            "été coupées dans le classeur ; le projet garde le texte entier."),
    },
}


def uses_singular(language: str, count: int) -> bool:
    """Whether ``count`` takes the singular form: 1 in English; 0 and 1 in French (CLDR)."""
    return count in (0, 1) if language == "fr" else count == 1


def counted(language: str, key: str, count: int, **params: object) -> str:
    """The phrase for ``key`` agreeing with ``count`` in ``language`` (English if unknown).

    ``counted("en", "count.link", 1)`` → ``"1 link"``; ``counted("fr", "count.link", 0)`` →
    ``"0 maillon"``; ``counted("fr", "n.row", 20000)`` → ``"20 000 lignes"`` (no-break space).
    Raises KeyError for a key missing from the table.
    """
    known = language if language in COUNTED else "en"
    singular, plural = COUNTED[known].get(key) or COUNTED["en"][key]
    text = singular if uses_singular(known, count) else plural
    return text.format(n=number_text(known, count), **params)
