"""Thirty French link names, each matched first to its English counterpart among all the others.

The pairs are realistic link names written for this test, not lines of the glossary file: the
English names of the other pairs are the distractors.
"""

from __future__ import annotations

import pytest

from valuechain_gui.analysis.matching import CORRESPONDENCE_THRESHOLD, similarity
from valuechain_gui.analysis.matching.glossary import default_glossary
from valuechain_gui.analysis.matching.normalise import tokens
from valuechain_gui.analysis.matching.similarity import comparable, similarity_matrix

PAIRS = [
    ("Logiciel de planification de trajectoire", "Path planning software"),
    ("Capteurs LiDAR, radar et caméras", "LiDAR, radar and camera sensors"),
    ("Calculateurs embarqués pour la robotique", "Embedded computing units for robotics"),
    ("Supervision de flotte et téléopération", "Fleet supervision and teleoperation"),
    ("Châssis et structures mécaniques", "Chassis and mechanical structures"),
    ("Actionneurs de direction et de freinage", "Steering and braking actuators"),
    ("Chaînes de traction électriques", "Electric powertrains"),
    ("Batteries et recharge", "Batteries and charging"),
    ("Jumeau numérique des machines", "Machine digital twin"),
    ("Maintenance prédictive des engins", "Predictive maintenance of machines"),
    ("Sécurité fonctionnelle et homologation", "Functional safety and type approval"),
    ("Pistes d'essais tout-terrain", "Off-road proving grounds"),
    ("Réseau de concessionnaires et après-vente", "Dealer network and after-sales"),
    ("Formation des conducteurs", "Operator training"),
    ("Location et financement", "Leasing and financing"),
    ("Exploitations agricoles et élevage", "Farms and livestock"),
    ("Carrières et mines", "Quarries and mining"),
    ("Logistique portuaire", "Port logistics"),
    ("Positionnement par satellite GNSS", "GNSS positioning"),
    ("Logiciel de fusion de capteurs", "Sensor fusion software"),
    ("Cybersécurité des véhicules connectés", "Connected vehicle cybersecurity"),
    ("Modules d'électronique de puissance", "Power electronics modules"),
    ("Faisceaux électriques et connecteurs", "Wiring harnesses and connectors"),
    ("Fabrication additive de pièces", "Additive manufacturing of parts"),
    ("Usinage et soudage", "Machining and welding"),
    ("Recyclage des batteries en fin de vie", "End-of-life battery recycling"),
    ("Intelligence artificielle embarquée", "Embedded artificial intelligence"),
    ("Interface homme-machine de la cabine", "Cabin human-machine interface"),
    ("Vision par ordinateur pour le désherbage", "Computer vision for weeding"),
    ("Robotique mobile pour entrepôts", "Mobile robotics for warehouses"),
    ("Pneumatiques et chenilles", "Tyres and tracks"),
    ("Logiciel embarqué des calculateurs", "ECU firmware"),
]
ENGLISH = [english for _, english in PAIRS]


def test_there_are_at_least_30_pairs_and_no_name_is_a_glossary_term():
    assert len(PAIRS) >= 30
    phrases = default_glossary().phrases
    assert [name for pair in PAIRS for name in pair if tuple(tokens(name)) in phrases] == []


@pytest.mark.parametrize(("french", "english"), PAIRS, ids=[fr for fr, _ in PAIRS])
def test_the_right_counterpart_comes_first_and_above_the_threshold(french, english):
    scores = {candidate: similarity(french, candidate) for candidate in ENGLISH}
    best = max(scores.values())
    assert scores[english] == best >= CORRESPONDENCE_THRESHOLD
    assert [c for c, s in scores.items() if s == best] == [english]  # first, not tied


def test_the_matrix_the_matcher_uses_is_the_documented_formula_for_every_pair():
    """The batch scores are, pair by pair, the documented mean of rapidfuzz's token-set and
    token-sort ratios of the comparable names, rounded (docs/matching.md)."""
    from rapidfuzz import fuzz

    french = [comparable(fr) for fr, _ in PAIRS]
    english = [comparable(en) for en in ENGLISH]
    matrix = similarity_matrix(french, english)
    assert matrix == [[round((fuzz.token_set_ratio(fr, en) + fuzz.token_sort_ratio(fr, en)) / 2)
                       for en in english] for fr in french]


def test_each_french_link_gets_the_right_partner_map_first():
    """Each English name is the strong link of its own partner map, our French names are
    missing links: ``match_gaps`` ranks the right map first for every one of them."""
    from valuechain_gui.analysis.matching import match_gaps, partner_from_map

    from .matching_projects import project_of

    ours = project_of({french: "missing" for french, _ in PAIRS})
    maps = [partner_from_map(f"Map {i:02d}", project_of({english: "strong"}))
            for i, (_, english) in enumerate(PAIRS)]
    firsts = {gap.link: gap.candidates[0].partner if gap.candidates else None
              for gap in match_gaps(ours, maps)}
    assert firsts == {french: f"Map {i:02d}" for i, (french, _) in enumerate(PAIRS)}
