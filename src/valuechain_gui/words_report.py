"""Qt-free words of the PDF report (the board dossier), FR and EN.

Merged into :data:`valuechain_gui.words.WORDS` (read them with :func:`valuechain_gui.words.word`);
kept apart so that each table stays small. The report also reuses the workbook's words (column
headers, statuses, stages of the alliance pipeline).
"""

from __future__ import annotations

REPORT_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "rp.title": "Value chain report",
        "rp.share_title": "Value chain report (version to share with partners)",
        "rp.participants_count": "Participants",
        "rp.section.map": "Map of the chain",
        "rp.section.glance": "The chain at a glance",
        "rp.section.chart": "Gaps ranked by criticality score",
        "rp.section.fix_together": "Gaps to fix together",
        "rp.section.plan": "The action plan",
        "rp.section.alliances": "Alliances: candidate partners and pipeline",
        "rp.section.votes": "Workshop votes and dissent",
        "rp.section.changes": "Changes since the last snapshot",
        "rp.by_status": "Links per status",
        "rp.by_stage": "Links per stage",
        "rp.total": "Total",
        "rp.completeness": "Completeness: {value} (end markets reached without a missing link: "
                           "{without_missing}; without a weak or missing link: {without_gaps})",
        "rp.completeness_none": "Completeness: not measurable (no end market)",
        "rp.no_gap": "No weak or missing link: no gap to rank.",
        "rp.chart.shown": "The {shown} most critical of {total} gaps (score 0 to 100); the full "
                          "ranking is in the workbook.",
        "rp.chart.all": "All {total} gaps (score 0 to 100).",
        "rp.chart.sets": "Numbers after a name: the sets of gaps to fix together listed below.",
        "rp.fix_together.intro": "To reach each end market without a gap, the cheapest route "
                                 "asks to fix these links together:",
        "rp.plan.details": "Owners, budgets, funding and notes: see the workbook.",
        "rp.plan.share_details": "Details of each action: see the workbook.",
        "rp.plan.none": "No action of this kind in the plan.",
        "rp.pipeline": "Pipeline: {stages}",
        "rp.changes.basis": "Compared with the snapshot “{label}” of {date}.",
        "rp.col.rank": "Rank",
        "rp.col.count": "Links",
        "rp.col.votes": "Votes",
        "rp.col.dissent": "Dissent",
        "rp.col.unknown": "Don't know",
        "rp.footer": "{project} · report made on {date} · page {page} of {pages}",
        "rp.votes.intro": "Links most divided first; dissent is the share of votes that differ "
                          "from the status chosen.",
    },
    "fr": {
        "rp.title": "Dossier de la chaîne de valeur",
        "rp.share_title": "Dossier de la chaîne de valeur (version à partager avec les "
                          "partenaires)",
        "rp.participants_count": "Participants",
        "rp.section.map": "Carte de la chaîne",
        "rp.section.glance": "La chaîne en un coup d'œil",
        "rp.section.chart": "Manques classés par score de criticité",
        "rp.section.fix_together": "Manques à combler ensemble",
        "rp.section.plan": "Le plan d'action",
        "rp.section.alliances": "Alliances : partenaires candidats et avancement",
        "rp.section.votes": "Votes de l'atelier et désaccords",
        "rp.section.changes": "Évolution depuis le dernier instantané",
        "rp.by_status": "Maillons par statut",
        "rp.by_stage": "Maillons par étape",
        "rp.total": "Total",
        "rp.completeness": "Complétude : {value} (marchés finaux atteints sans maillon "
                           "manquant : {without_missing} ; sans maillon faible ni manquant : "
                           "{without_gaps})",
        "rp.completeness_none": "Complétude : non mesurable (aucun marché final)",
        "rp.no_gap": "Aucun maillon faible ou manquant : aucun manque à classer.",
        "rp.chart.shown": "Les {shown} manques les plus critiques sur {total} (score de 0 à "
                          "100) ; le classement complet est dans le classeur.",
        "rp.chart.all": "Les {total} manques (score de 0 à 100).",
        "rp.chart.sets": "Numéros après un nom : les ensembles de manques à combler ensemble, "
                         "listés plus bas.",
        "rp.fix_together.intro": "Pour atteindre chaque marché final sans manque, le chemin le "
                                 "moins coûteux demande de traiter ensemble :",
        "rp.plan.details": "Responsables, budgets, financements et commentaires : voir le "
                           "classeur.",
        "rp.plan.share_details": "Détail de chaque action : voir le classeur.",
        "rp.plan.none": "Aucune action de ce type dans le plan.",
        "rp.pipeline": "Avancement : {stages}",
        "rp.changes.basis": "Comparé à l'instantané « {label} » du {date}.",
        "rp.col.rank": "Rang",
        "rp.col.count": "Maillons",
        "rp.col.votes": "Votes",
        "rp.col.dissent": "Désaccord",
        "rp.col.unknown": "Ne sait pas",
        "rp.footer": "{project} · dossier établi le {date} · page {page} sur {pages}",
        "rp.votes.intro": "Les maillons les plus discutés d'abord ; le désaccord est la part des "
                          "votes qui diffèrent du statut retenu.",
    },
}
