"""Data of ``sample_projects/autonomous_special_vehicles.vchain`` (French), built by make_samples.

ILLUSTRATIVE: a mechanical-engineering pôle in central France maps the value chain of autonomous
special vehicles (farms, quarries and mines, airports, logistics yards). Every organisation and
person is fictional or generic; the statuses are plausible, not a survey of a real territory.

Shape of the chain (27 links, six stages): research → components → subsystems and software →
integration and validation → distribution and services → four end markets. Intended bottleneck:
« Certification et sécurité fonctionnelle » (missing): « Intégration système », « Sites d'essais »
and « Simulation et jumeau numérique » all flow into it, and it is the only upstream of every link
of the « Distribution et services » stage, which alone feeds the end markets, so every path to
every end market passes through it. Loop: « Maintenance et données terrain » feeds field data back
to « Logiciel de perception ».

Standards cited in the notes (titles as published by ISO): ISO 25119 (tractors and machinery for
agriculture and forestry, safety-related parts of control systems), ISO 18497 (safety of highly
automated agricultural machines), ISO 17757 (earth-moving machinery and mining, autonomous and
semi-autonomous machine system safety), ISO 3691-4 (driverless industrial trucks and their
systems), ISO 13849 (safety-related parts of control systems), EN 1915 (aircraft ground support
equipment); Regulation (EU) 2023/1230 on machinery, applicable from 20 January 2027.
"""

from __future__ import annotations

from datetime import date

from sample_records import Cited
from valuechain_gui.model import (
    CooperationStage as Coop,
    Governance,
    PartnerKind as PK,
    Priority,
    ActionStatus,
    Scope,
    SearchChannel as Ch,
)

RECHERCHE, COMPOSANTS, SOUS_SYSTEMES, INTEGRATION, SERVICES, MARCHES = range(6)

LABO_ROBOTIQUE = "Laboratoire de robotique (illustratif)"
PME_MECANIQUE = "PME mécanique (illustratif)"
HYDRAULICIEN = "Équipementier hydraulique (illustratif)"
CONSTRUCTEUR = "Constructeur de machines spéciales (illustratif)"
CONCESSIONNAIRE = "Concessionnaire agricole (illustratif)"
DELEGUE_INTERNATIONAL = "Délégué international du pôle (illustratif)"

CERTIFICATION = "Certification et sécurité fonctionnelle"
PERCEPTION = "Logiciel de perception"
MAINTENANCE = "Maintenance et données terrain"
INTEGRATION_SYSTEME = "Intégration système"

#: Links in plan order; ``row`` is the card's row in its stage's lane (chosen by hand, looking
#: at ``valuechain-gui render``, so that flows read left to right without crossing cards).
LINKS = [
    # --- Recherche
    dict(name="Recherche en perception et robotique mobile", stage=RECHERCHE, row=0,
         status="strong", actors=[LABO_ROBOTIQUE, "École d'ingénieurs (illustratif)"],
         notes="Équipes reconnues en vision, fusion de capteurs et robotique agricole ; "
               "transfert vers les PME encore rare."),
    dict(name="Recherche en mécatronique et énergie embarquée", stage=RECHERCHE, row=4,
         status="strong",
         actors=["Laboratoire de mécatronique (illustratif)",
                 "Centre technique régional (illustratif)"]),
    # --- Composants
    dict(name="Capteurs LiDAR, radar et caméras", stage=COMPOSANTS, row=1, status="missing",
         notes="Aucun fabricant de capteurs sur le territoire : achats hors d'Europe, durcissement "
               "(poussière, vibrations, IP67) et approvisionnement mal maîtrisés."),
    dict(name="Positionnement GNSS-RTK", stage=COMPOSANTS, row=3, status="weak",
         actors=["Intégrateur de guidage agricole (illustratif)"],
         notes="Revendeurs de guidage RTK agricole ; réseau de stations de base incomplet en "
               "montagne et en fond de carrière (masques)."),
    dict(name="Calculateurs embarqués", stage=COMPOSANTS, row=2, status="missing",
         notes="Calculateurs durcis (température, vibrations) aptes aux fonctions de sécurité : "
               "aucun fournisseur régional."),
    dict(name="Actionneurs drive-by-wire (direction, freinage)", stage=COMPOSANTS, row=4,
         status="weak", strategic=True, actors=[HYDRAULICIEN, PME_MECANIQUE],
         notes="Savoir-faire en direction et freinage hydrauliques, mais peu d'actionneurs "
               "redondants pilotés électroniquement avec diagnostic, qu'exigent les fonctions "
               "de sécurité."),
    dict(name="Motorisations électriques et batteries", stage=COMPOSANTS, row=5, status="weak",
         actors=["Fabricant de moteurs électriques (illustratif)"],
         notes="Moteurs présents ; packs batteries pour engins hors route (cycles lourds, "
               "recharge au champ ou en carrière) à développer."),
    dict(name="Hydraulique mobile", stage=COMPOSANTS, row=6, status="strong",
         actors=[HYDRAULICIEN, "PME d'usinage (illustratif)"]),
    dict(name="Châssis et structures mécaniques", stage=COMPOSANTS, row=7, status="strong",
         actors=[PME_MECANIQUE, "Chaudronnerie régionale (illustratif)"],
         notes="Cœur de métier du pôle : mécano-soudure, usinage, traitement de surface."),
    dict(name="Outils et équipements portés", stage=COMPOSANTS, row=8, status="strong",
         actors=["Constructeur d'outils agricoles (illustratif)"],
         notes="Outils de désherbage mécanique et de travail du sol, godets, attelages."),
    # --- Sous-systèmes et logiciels
    dict(name=PERCEPTION, stage=SOUS_SYSTEMES, row=0, status="weak", strategic=True,
         actors=["Start-up de robotique (illustratif)", LABO_ROBOTIQUE],
         notes="Détection d'obstacles et de personnes issue des laboratoires ; manquent des "
               "données terrain annotées (poussière, pluie, nuit) et des ingénieurs pour "
               "industrialiser. Reçoit les données terrain de la maintenance (boucle "
               "d'amélioration continue)."),
    dict(name="Localisation et cartographie", stage=SOUS_SYSTEMES, row=3, status="strong",
         actors=[LABO_ROBOTIQUE, "Bureau d'études géomatique (illustratif)"]),
    dict(name="Planification de trajectoire", stage=SOUS_SYSTEMES, row=2,
         notes="À discuter au prochain atelier : compétences dispersées entre laboratoires "
               "et start-up."),
    dict(name="Supervision de flotte et téléopération", stage=SOUS_SYSTEMES, row=1,
         status="missing", strategic=True,
         notes="Supervision multi-engins, téléopération sur réseau privé 4G/5G, gestion des "
               "missions : aucun éditeur sur le territoire ; indispensable aux mines et aux "
               "aéroports."),
    dict(name="Plateforme véhicule électrifiée", stage=SOUS_SYSTEMES, row=6, status="strong",
         actors=[CONSTRUCTEUR, PME_MECANIQUE],
         notes="Châssis, traction, hydraulique et actionneurs assemblés en porteur robotisable."),
    dict(name="Simulation et jumeau numérique", stage=SOUS_SYSTEMES, row=4,
         notes="Simulation de scénarios (capteurs, terrain, trafic) pour réduire les essais "
               "physiques et documenter la validation ; offre locale à recenser."),
    # --- Intégration et validation
    dict(name=INTEGRATION_SYSTEME, stage=INTEGRATION, row=0, status="strong", strategic=True,
         actors=[CONSTRUCTEUR, "Intégrateur robotique (illustratif)"],
         notes="Assemblage et mise au point d'engins autonomes en petites séries."),
    dict(name=CERTIFICATION, stage=INTEGRATION, row=1, status="missing", strategic=True,
         notes="Personne sur le territoire ne conduit l'analyse de risques, la démonstration de "
               "sécurité fonctionnelle et l'évaluation de conformité (marquage CE) d'un engin "
               "autonome. Référentiels selon le marché : ISO 25119 (parties des systèmes de "
               "commande relatives à la sécurité des tracteurs et machines agricoles et "
               "forestières) et ISO 18497 (machines agricoles hautement automatisées) ; "
               "ISO 17757 (engins de terrassement et d'exploitation minière autonomes et "
               "semi-autonomes) ; ISO 3691-4 (chariots industriels sans conducteur : tracteurs "
               "de cour logistique, de bagages) et EN 1915 (matériels au sol pour aéronefs) ; "
               "ISO 13849 ; règlement (UE) 2023/1230 « Machines », applicable au 20 janvier "
               "2027.\nGoulot d'étranglement : aucun engin n'atteint un marché final sans "
               "passer par ce maillon."),
    dict(name="Sites d'essais", stage=INTEGRATION, row=2, status="weak",
         actors=["Ferme expérimentale (illustratif)", "Carrière partenaire (illustratif)"],
         notes="Essais possibles sur une ferme expérimentale et une carrière, sans protocole "
               "commun ni zone sécurisée instrumentée ; aucun site aéroportuaire ou portuaire."),
    # --- Distribution et services
    dict(name="Distribution et réseau de concessionnaires", stage=SERVICES, row=2,
         status="strong", actors=[CONCESSIONNAIRE, "Distributeur de matériel TP (illustratif)"]),
    dict(name=MAINTENANCE, stage=SERVICES, row=1, status="weak", actors=[CONCESSIONNAIRE],
         notes="Maintenance mécanique assurée ; maintenance des capteurs et des logiciels et "
               "remontée structurée des données terrain vers les éditeurs encore balbutiantes."),
    dict(name="Formation des opérateurs", stage=SERVICES, row=3, status="strong",
         actors=["Lycée agricole (illustratif)", "Centre de formation TP (illustratif)"],
         notes="Formation des superviseurs d'engins autonomes : consignes, zones d'exclusion."),
    dict(name="Financement et location", stage=SERVICES, row=0,
         notes="Location longue durée et assurance d'engins autonomes : offre à évaluer avec "
               "banques et loueurs, qui exigent le marquage CE."),
    # --- Marchés finaux (marqués end_market)
    dict(name="Agriculture", stage=MARCHES, end_market=True, row=0, status="strong",
         actors=["Coopérative agricole (illustratif)"],
         notes="Désherbage mécanique, travaux répétitifs ; pénurie de main-d'œuvre saisonnière."),
    dict(name="Carrières et mines", stage=MARCHES, end_market=True, row=1, status="strong",
         actors=["Exploitant de carrière (illustratif)"],
         notes="Tombereaux et chargeuses autonomes sur sites fermés."),
    dict(name="Aéroports", stage=MARCHES, end_market=True, row=3,
         notes="Tracteurs de bagages et navettes de piste autonomes : à évaluer avec "
               "l'aéroport régional."),
    dict(name="Logistique et ports", stage=MARCHES, end_market=True, row=2,
         notes="Tracteurs de cour logistique, ports fluviaux et plateformes multimodales."),
]

_RECH_PERCEPTION = "Recherche en perception et robotique mobile"
_RECH_MECA = "Recherche en mécatronique et énergie embarquée"
_PLATEFORME = "Plateforme véhicule électrifiée"
_SERVICES = ["Distribution et réseau de concessionnaires", MAINTENANCE,
             "Formation des opérateurs", "Financement et location"]

FLOWS = [
    (_RECH_PERCEPTION, "Capteurs LiDAR, radar et caméras"),
    (_RECH_PERCEPTION, PERCEPTION),
    (_RECH_MECA, "Actionneurs drive-by-wire (direction, freinage)"),
    (_RECH_MECA, "Motorisations électriques et batteries"),
    ("Capteurs LiDAR, radar et caméras", PERCEPTION),
    ("Positionnement GNSS-RTK", "Localisation et cartographie"),
    ("Calculateurs embarqués", PERCEPTION),
    ("Calculateurs embarqués", "Planification de trajectoire"),
    ("Calculateurs embarqués", "Supervision de flotte et téléopération"),
    ("Actionneurs drive-by-wire (direction, freinage)", _PLATEFORME),
    ("Motorisations électriques et batteries", _PLATEFORME),
    ("Hydraulique mobile", _PLATEFORME),
    ("Châssis et structures mécaniques", _PLATEFORME),
    ("Outils et équipements portés", _PLATEFORME),
    (PERCEPTION, INTEGRATION_SYSTEME),
    ("Localisation et cartographie", INTEGRATION_SYSTEME),
    ("Planification de trajectoire", INTEGRATION_SYSTEME),
    ("Supervision de flotte et téléopération", INTEGRATION_SYSTEME),
    (_PLATEFORME, INTEGRATION_SYSTEME),
    ("Simulation et jumeau numérique", CERTIFICATION),
    (INTEGRATION_SYSTEME, CERTIFICATION),
    ("Sites d'essais", CERTIFICATION),
    *[(CERTIFICATION, service) for service in _SERVICES],
    ("Distribution et réseau de concessionnaires", "Agriculture"),
    ("Distribution et réseau de concessionnaires", "Carrières et mines"),
    ("Distribution et réseau de concessionnaires", "Aéroports"),
    ("Distribution et réseau de concessionnaires", "Logistique et ports"),
    (MAINTENANCE, "Agriculture"),
    (MAINTENANCE, "Carrières et mines"),
    (MAINTENANCE, "Logistique et ports"),
    ("Formation des opérateurs", "Carrières et mines"),
    ("Formation des opérateurs", "Aéroports"),
    ("Formation des opérateurs", "Logistique et ports"),
    ("Financement et location", "Agriculture"),
    ("Financement et location", "Carrières et mines"),
    (MAINTENANCE, PERCEPTION),  # the loop: field data back to the perception software
]

#: Fields of the plan actions, by link name (the action was created by tagging the link).
#: « Motorisations électriques et batteries » is left as created: no owner, no deadline.
PLAN = {
    "Positionnement GNSS-RTK": dict(
        title="Mailler le territoire en stations RTK, carrières comprises",
        owner="Intégrateur de guidage agricole (illustratif)", deadline=date(2027, 6, 30),
        budget=180_000.0, funding_source="Région – appel à projets", priority=Priority.MEDIUM,
        indicator="Couverture RTK centimétrique sur 95 % des sites pilotes"),
    "Actionneurs drive-by-wire (direction, freinage)": dict(
        title="Projet collaboratif : actionneurs de direction et de freinage redondants",
        owner=HYDRAULICIEN, partners=f"{PME_MECANIQUE} ; Laboratoire de mécatronique (illustratif)",
        start=date(2026, 9, 1), deadline=date(2027, 12, 31), budget=650_000.0,
        funding_source="France 2030", priority=Priority.HIGH, status=ActionStatus.VALIDATED,
        indicator="Démonstrateur validé sur deux engins ; dossier de sécurité selon ISO 25119"),
    PERCEPTION: dict(
        title="Base de données terrain annotées et recrutements pour industrialiser la perception",
        owner="Start-up de robotique (illustratif)",
        partners=f"{LABO_ROBOTIQUE} ; {CONCESSIONNAIRE}",
        start=date(2026, 6, 1), deadline=date(2027, 9, 30), budget=420_000.0,
        funding_source="Région – appel à projets ; France 2030", priority=Priority.HIGH,
        status=ActionStatus.IN_PROGRESS,
        indicator="500 h de données annotées ; 3 ingénieurs recrutés"),
    "Sites d'essais": dict(
        title="Mutualiser un site d'essais sécurisé ferme + carrière",
        owner="Chargé de mission du pôle (illustratif)", deadline=date(2027, 3, 31),
        budget=300_000.0, funding_source="Région – appel à projets", priority=Priority.MEDIUM,
        indicator="Protocole d'essai commun ; 10 campagnes d'essais par an"),
    MAINTENANCE: dict(
        title="Former des techniciens de maintenance robotique et organiser la remontée des "
              "données terrain",
        owner=CONCESSIONNAIRE, partners="Lycée agricole (illustratif)",
        deadline=date(2027, 12, 31), budget=90_000.0, funding_source="OPCO et Région (formation)",
        priority=Priority.MEDIUM,
        indicator="20 techniciens formés ; flux mensuel de données vers les éditeurs"),
    "Capteurs LiDAR, radar et caméras": dict(
        owner=DELEGUE_INTERNATIONAL, deadline=date(2027, 6, 30), budget=40_000.0,
        funding_source="Horizon Europe", priority=Priority.MEDIUM, scope=Scope.EUROPEAN,
        search_channels=[Ch.MARKET_DATA, Ch.PATENTS, Ch.TRADE_FAIRS],
        indicator="2 fournisseurs partenaires qualifiés ; 1 projet commun déposé",
        alliances=[
            Cited("Photonics Sensor Cluster Eindhoven (illustratif)", "NL", PK.CLUSTER,
                    Coop.CONTACTED),
            Cited("Sensorik-Netzwerk Sachsen (illustratif)", "DE", PK.CLUSTER, Coop.IDENTIFIED),
        ]),
    "Calculateurs embarqués": dict(
        owner="Chargé de mission du pôle (illustratif)", scope=Scope.NATIONAL,
        search_channels=[Ch.MARKET_DATA, Ch.PUBLICATIONS],
        alliances=[Cited("Pôle électronique embarquée (illustratif)", "FR",
                                    PK.CLUSTER, Coop.IDENTIFIED)]),
    "Supervision de flotte et téléopération": dict(
        owner=DELEGUE_INTERNATIONAL, start=date(2026, 10, 1), deadline=date(2027, 9, 30),
        budget=75_000.0, funding_source="Horizon Europe", priority=Priority.HIGH,
        status=ActionStatus.IN_PROGRESS, scope=Scope.EUROPEAN,
        search_channels=[Ch.TRADE_FAIRS, Ch.INTERNATIONAL_OFFICES, Ch.PUBLICATIONS],
        indicator="Accord de coopération signé ; démonstrateur de téléopération commun",
        alliances=[
            Cited("Arctic Autonomous Machines Cluster (illustratif)", "FI", PK.CLUSTER,
                    Coop.STRUCTURED_ALLIANCE, Governance.ROTATING),
            Cited("Nordic Smart Mining Cluster (illustratif)", "SE", PK.CLUSTER,
                    Coop.FIRST_JOINT_OPERATIONS),
        ]),
    CERTIFICATION: dict(
        title="Alliance européenne pour la certification des engins autonomes",
        owner="Directrice du pôle (illustratif)",
        partners=f"{CONSTRUCTEUR} ; Intégrateur robotique (illustratif)",
        start=date(2026, 6, 15), deadline=date(2027, 1, 15), budget=120_000.0,
        funding_source="France 2030 ; Horizon Europe", priority=Priority.HIGH,
        status=ActionStatus.VALIDATED, scope=Scope.EUROPEAN,
        search_channels=[Ch.MARKET_DATA, Ch.TRADE_FAIRS, Ch.INTERNATIONAL_OFFICES, Ch.OTHER],
        indicator="Convention avec un centre de compétence ; 3 dossiers de conformité "
                  "accompagnés avant l'application du règlement Machines",
        notes="Priorité n° 1 : goulot d'étranglement de toute la chaîne.",
        alliances=[
            Cited("Cluster Maschinensicherheit Baden (illustratif)", "DE", PK.CLUSTER,
                    Coop.CONTACTED),
            Cited("Functional Safety Competence Centre (illustratif)", "SE", PK.LAB,
                    Coop.IDENTIFIED),
            Cited("Organisme notifié national (illustratif)", "FR", PK.OTHER, Coop.IDENTIFIED),
        ]),
}

SAMPLE = dict(
    slug="autonomous_special_vehicles",
    language="fr",
    target_market="Véhicules spéciaux autonomes",
    pole_name="Pôle Mécanique Centre (illustratif)",
    territory="Centre-Val de Loire / Auvergne (illustratif)",
    participants=[
        "Alice Modèle – animatrice du pôle (personne fictive)",
        "Bruno Exemple – PME mécanique (personne fictive)",
        "Chloé Démo – laboratoire de robotique (personne fictive)",
        "David Fictif – concessionnaire agricole (personne fictive)",
        "Émilie Spécimen – exploitante de carrière (personne fictive)",
    ],
    date=date(2026, 3, 12),
    stages=["Recherche", "Composants", "Sous-systèmes et logiciels", "Intégration et validation",
            "Distribution et services", "Marchés finaux"],
    links=LINKS,
    flows=FLOWS,
    plan=PLAN,
)
