"""Link correspondence and matching: normalisation, hand-computed scores, candidates, reciprocity."""

from __future__ import annotations

import pytest

from valuechain_gui.analysis.matching import (
    CORRESPONDENCE_THRESHOLD,
    comparable,
    match_gaps,
    partner_from_map,
    similarity,
)
from valuechain_gui.analysis.matching.glossary import default_glossary, parse_glossary
from valuechain_gui.analysis.matching.normalise import singular, tokens
from valuechain_gui.model import LinkStatus

from .matching_projects import project_of


def test_tokens_fold_accents_case_stop_words_and_plurals():
    assert tokens("Châssis et structures MÉCANIQUES") == ["chassi", "structure", "mecanique"]
    assert tokens("Supervision of the fleets") == ["supervision", "fleet"]
    assert [singular(w) for w in ("batteries", "batterie", "battery")] == ["battery"] * 3
    assert singular("reseaux") == "reseau" and singular("municipaux") == "municipal"


def test_the_glossary_has_at_least_150_concepts_in_both_languages():
    glossary = default_glossary()
    concepts = set(glossary.phrases.values())
    assert len(concepts) >= 150
    assert glossary.phrases[("calculateur", "embarque")] == glossary.phrases[
        ("embedded", "computing", "unit")]
    assert glossary.phrases[("chaine", "traction")] == glossary.phrases[("powertrain",)]


def test_a_term_claimed_by_two_concepts_is_refused():
    with pytest.raises(ValueError, match="already"):
        parse_glossary(["a\tcapteur\tsensor", "b\tcapteurs\tprobe"])


def test_without_the_glossary_calculateurs_and_computing_units_share_nothing_with_it_all():
    empty = parse_glossary([])
    assert similarity("Calculateurs embarqués", "Embedded computing units", empty) < 50
    assert similarity("Calculateurs embarqués", "Embedded computing units") == 100


def test_hand_computed_similarity():
    # "~sensor" (7 chars) vs "~radar ~sensor" (14): token_set_ratio 100 (one side within the
    # other), token_sort_ratio 2*7/(7+14) = 66.67; mean 83.33 -> 83.
    assert comparable("Capteurs") == "~sensor"
    assert comparable("Radar sensors") == "~radar ~sensor"
    assert similarity("Capteurs", "Radar sensors") == 83
    assert similarity("Capteurs radar", "Radar sensors") == 100
    assert similarity("", "Radar sensors") == 0


def test_hand_computed_candidates_score_evidence_and_reciprocity():
    ours = project_of({"Capteurs radar": "missing", "Châssis": "strong", "Pneus": "weak"})
    sensors = project_of({"Sensors": "strong", "Radar sensors": "weak", "Chassis": "missing"},
                         "P")
    weak_only = project_of({"Radar sensors": "weak"}, "Q")
    matches = match_gaps(ours, [partner_from_map("P", sensors), partner_from_map("Q", weak_only)])
    assert [(m.link, m.status) for m in matches] == [
        ("Capteurs radar", LinkStatus.MISSING), ("Pneus", LinkStatus.WEAK)]
    (candidate,) = matches[0].candidates  # Q's only corresponding link is weak: no candidate
    assert candidate.partner == "P" and candidate.score == 83
    assert [(e.their_link, e.their_status, e.similarity) for e in candidate.evidence] == [
        ("Sensors", LinkStatus.STRONG, 83), ("Radar sensors", LinkStatus.WEAK, 100)]
    assert candidate.reciprocity == ("Châssis",)
    assert matches[1].candidates == ()


def test_candidates_are_ranked_by_score_then_reciprocity():
    ours = project_of({"Logiciel de perception": "missing", "Châssis": "strong"})
    close = project_of({"Perception software": "strong"})
    partial = project_of({"Perception and mapping software": "strong"})
    needy = project_of({"Perception software": "strong", "Chassis": "missing"})
    matches = match_gaps(ours, [partner_from_map("Close", close), partner_from_map("Partial", partial),
                                partner_from_map("Needy", needy)])
    assert [c.partner for c in matches[0].candidates] == ["Needy", "Close", "Partial"]
    assert all(c.score >= CORRESPONDENCE_THRESHOLD for c in matches[0].candidates)


def test_a_partner_below_the_threshold_is_no_candidate():
    ours = project_of({"Sites d'essais": "weak"})
    other = project_of({"Cloud data platform": "strong"})
    assert match_gaps(ours, [partner_from_map("X", other)])[0].candidates == ()
