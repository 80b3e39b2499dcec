"""Data of ``sample_projects/plant_based_proteins.vchain`` (English), built by make_samples.

ILLUSTRATIVE: an agri-food cluster in western France maps the value chain of plant-based
proteins, from pulse breeding to retail, food service and animal feed. Every organisation and
person is fictional or generic.

Shape (17 links): research → crops and raw materials → protein ingredients → food manufacturing →
distribution and services → three end markets. Unlike the autonomous-vehicles sample it has no
weak or missing bottleneck: each end market can be reached around every gap (the one link every
path to retail and to food service passes through, "Contract manufacturing and co-packing", is
strong), so its gaps weaken the chain rather than cut it off. No loop.
"""

from __future__ import annotations

from datetime import date

from sample_records import Cited
from valuechain_gui.model import (
    ActionStatus,
    CooperationStage as Coop,
    PartnerKind as PK,
    Priority,
    Scope,
    SearchChannel as Ch,
)

RESEARCH, CROPS, INGREDIENTS, MANUFACTURING, SERVICES, MARKETS = range(6)

FOOD_SCHOOL = "Food engineering school (illustrative)"
COOPERATIVE = "Farmers' cooperative (illustrative)"
DELEGATE = "Cluster international delegate (illustrative)"

DRY = "Dry fractionation (milling, air classification)"
WET = "Wet extraction of protein isolates"
FERMENTATION = "Precision fermentation"
TEXTURISATION = "Texturisation (high-moisture extrusion)"
FORMULATION = "Product formulation and flavour"
CO_PACKING = "Contract manufacturing and co-packing"
FOOD_SERVICE_DISTRIBUTION = "Food-service distribution"

#: Links in plan order; ``row`` is the card's row in its stage's lane (chosen by hand, looking
#: at ``valuechain-gui render``, so that flows read left to right without crossing cards).
LINKS = [
    dict(name="Pulse breeding and agronomy", stage=RESEARCH, row=0, status="strong",
         actors=["Agronomy research institute (illustrative)", "Seed company (illustrative)"]),
    dict(name="Food science and sensory analysis", stage=RESEARCH, row=3, status="strong",
         actors=[FOOD_SCHOOL, "Sensory analysis lab (illustrative)"]),
    dict(name="Pea and faba bean growing", stage=CROPS, row=0, status="strong",
         actors=[COOPERATIVE],
         notes="Acreage grew with the national protein plan; yields vary with dry springs."),
    dict(name="Rapeseed and sunflower press cakes", stage=CROPS, row=1,
         notes="Side streams of oil mills: protein content and food-grade quality to check."),
    dict(name="Packaging materials", stage=CROPS, row=5, status="strong",
         actors=["Packaging converter (illustrative)"]),
    dict(name=DRY, stage=INGREDIENTS, row=0, status="weak", actors=[COOPERATIVE],
         notes="One small mill; air classification gives protein concentrates (about 50-60 % "
               "protein) but capacity is far below demand."),
    dict(name=WET, stage=INGREDIENTS, row=1, status="missing", strategic=True,
         notes="Isolates (80 % protein and more) are bought from outside the region; a plant "
               "needs heavy investment and water treatment."),
    dict(name=FERMENTATION, stage=INGREDIENTS, row=2, status="missing",
         notes="Fermentation-made proteins and flavours: no player here; regulatory path "
               "(novel food) to be understood."),
    dict(name=FORMULATION, stage=MANUFACTURING, row=3, status="weak",
         actors=["Food SME (illustrative)", FOOD_SCHOOL],
         notes="Off-flavours of pea protein and texture remain the consumers' first complaint."),
    dict(name=CO_PACKING, stage=MANUFACTURING, row=4, status="strong", strategic=True,
         actors=["Ready-meal manufacturer (illustrative)", "Food SME (illustrative)"]),
    dict(name=TEXTURISATION, stage=MANUFACTURING, row=2, status="missing", strategic=True,
         notes="High-moisture extrusion gives fibrous, meat-like textures; no extruder line "
               "on the territory, products are texturised elsewhere."),
    dict(name="Regulatory and nutrition labelling support", stage=SERVICES, row=3,
         notes="Nutri-Score, allergen and claims labelling; novel-food dossiers. To assess."),
    dict(name="Cold-chain logistics", stage=SERVICES, row=4, status="strong",
         actors=["Refrigerated carrier (illustrative)"]),
    dict(name=FOOD_SERVICE_DISTRIBUTION, stage=SERVICES, row=5, status="weak",
         actors=["Food-service wholesaler (illustrative)"],
         notes="Wholesalers list few plant-based references adapted to school canteens."),
    dict(name="Retail (supermarkets)", stage=MARKETS, end_market=True, row=3, status="strong",
         actors=["Regional retail chain (illustrative)"]),
    dict(name="Food service (canteens, restaurants)", stage=MARKETS, end_market=True, row=4,
         notes="Vegetarian-menu rules in school canteens create demand; to assess with buyers."),
    dict(name="Animal feed (co-products)", stage=MARKETS, end_market=True, row=0, status="strong",
         actors=["Feed manufacturer (illustrative)"],
         notes="Hulls, fibres and starch-rich fractions from fractionation go to feed."),
]

FLOWS = [
    ("Pulse breeding and agronomy", "Pea and faba bean growing"),
    ("Food science and sensory analysis", FORMULATION),
    ("Pea and faba bean growing", DRY),
    ("Pea and faba bean growing", WET),
    ("Rapeseed and sunflower press cakes", WET),
    ("Rapeseed and sunflower press cakes", FERMENTATION),
    ("Packaging materials", CO_PACKING),
    (DRY, FORMULATION),
    (DRY, TEXTURISATION),
    (DRY, "Animal feed (co-products)"),
    (WET, FORMULATION),
    (WET, TEXTURISATION),
    (WET, "Animal feed (co-products)"),
    (FERMENTATION, FORMULATION),
    (FORMULATION, CO_PACKING),
    (TEXTURISATION, CO_PACKING),
    (CO_PACKING, "Regulatory and nutrition labelling support"),
    (CO_PACKING, "Cold-chain logistics"),
    (CO_PACKING, FOOD_SERVICE_DISTRIBUTION),
    ("Regulatory and nutrition labelling support", "Retail (supermarkets)"),
    ("Cold-chain logistics", "Retail (supermarkets)"),
    ("Cold-chain logistics", "Food service (canteens, restaurants)"),
    (FOOD_SERVICE_DISTRIBUTION, "Food service (canteens, restaurants)"),
]

#: Fields of the plan actions, by link name; « Food-service distribution » is left as created.
PLAN = {
    DRY: dict(
        title="Scale up the cooperative's dry-fractionation line",
        owner=COOPERATIVE, start=date(2026, 9, 1), deadline=date(2027, 12, 31),
        budget=2_500_000.0, funding_source="France 2030", priority=Priority.HIGH,
        status=ActionStatus.VALIDATED,
        indicator="Capacity x3; concentrate at 55 % protein or more"),
    FORMULATION: dict(
        title="Collaborative project on pea-protein off-flavours",
        owner="Food SME (illustrative)", partners=FOOD_SCHOOL, deadline=date(2027, 6, 30),
        budget=350_000.0, funding_source="Regional call for projects", priority=Priority.MEDIUM,
        indicator="Two products passing the consumer panel"),
    WET: dict(
        owner=DELEGATE, deadline=date(2027, 3, 31), budget=50_000.0,
        funding_source="Horizon Europe", priority=Priority.HIGH, scope=Scope.EUROPEAN,
        search_channels=[Ch.MARKET_DATA, Ch.PATENTS, Ch.TRADE_FAIRS],
        indicator="Supply or licensing agreement with an isolate producer",
        alliances=[
            Cited("Food Protein Valley (illustrative)", "NL", PK.CLUSTER, Coop.CONTACTED),
            Cited("Nordic Plant Protein Cluster (illustrative)", "DK", PK.CLUSTER,
                    Coop.IDENTIFIED),
        ]),
    TEXTURISATION: dict(
        owner=DELEGATE, start=date(2026, 5, 1), deadline=date(2027, 5, 31), budget=30_000.0,
        funding_source="Regional call for projects", priority=Priority.HIGH,
        status=ActionStatus.IN_PROGRESS, scope=Scope.INTERNATIONAL,
        search_channels=[Ch.TRADE_FAIRS, Ch.PUBLICATIONS, Ch.INTERNATIONAL_OFFICES],
        indicator="Pilot trials on a partner's extrusion line",
        alliances=[
            Cited("Prairie Protein Network (illustrative)", "CA", PK.CLUSTER,
                    Coop.FIRST_JOINT_OPERATIONS),
            Cited("Extrusion technology centre (illustrative)", "DE", PK.LAB, Coop.CONTACTED),
        ]),
    FERMENTATION: dict(
        owner="Cluster facilitator (illustrative)", scope=Scope.NATIONAL,
        search_channels=[Ch.PUBLICATIONS, Ch.PATENTS]),
}

SAMPLE = dict(
    slug="plant_based_proteins",
    language="en",
    target_market="Plant-based proteins for food",
    pole_name="Agri-Food Cluster West (illustrative)",
    territory="Western France (illustrative)",
    participants=[
        "Grace Sample – cluster facilitator (fictional person)",
        "Hugo Placeholder – farmers' cooperative (fictional person)",
        "Ines Example – food SME (fictional person)",
    ],
    date=date(2026, 5, 20),
    stages=["Research", "Crops and raw materials", "Protein ingredients", "Food manufacturing",
            "Distribution & services", "End markets"],
    links=LINKS,
    flows=FLOWS,
    plan=PLAN,
)
