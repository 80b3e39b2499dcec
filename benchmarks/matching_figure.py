"""The matching figure: ranking partners for a 200-link chain against 1,000 partner maps of 50
links each (50,000 links).

Value: CPU time of :func:`~valuechain_gui.analysis.matching.match_gaps` (names normalised and
folded through the glossary, every weak or missing link of ours against every partner link,
reciprocity, evidence, ranking), best of 3. Reference: :func:`rapidfuzz.process.cdist` with the
scorers the matcher's similarity is made of (``fuzz.token_set_ratio`` and
``fuzz.token_sort_ratio``, whose mean is the similarity; no ``score_cutoff``: the threshold
applies to the mean, so neither scorer may stop early) over the same names already normalised
and the same pairs the matcher compares: our weak and missing links against all 50,000 partner
links, and our strong links against the partners' weak and missing ones, each as one cdist call
per scorer. That is the floor of any matcher built on rapidfuzz. Target: at most 2× the
reference. Size-free: the project file is not used; the chain and maps are made here,
deterministic (fixed seed), with link names drawn from the field's French and English words.
"""

from __future__ import annotations

import random
import time

OUR_LINKS = 200
PARTNER_MAPS = 1_000
LINKS_PER_MAP = 50

_FR = ("capteurs lidar radar caméras calculateurs embarqués logiciel perception batteries "
       "moteurs électriques châssis structures mécaniques supervision flotte téléopération "
       "maintenance prédictive données terrain essais certification sécurité fonctionnelle "
       "positionnement connectivité plateforme cloud intégration véhicule usinage fonderie "
       "plasturgie composites électronique puissance hydrogène piles combustible recyclage "
       "formation ingénierie conception simulation jumeau numérique robotique agricole").split()
_EN = ("lidar radar camera sensors embedded computing units perception software battery packs "
       "electric drivetrains chassis mechanical structures fleet supervision teleoperation "
       "predictive maintenance field data test tracks certification functional safety "
       "positioning connectivity cloud platform vehicle integration machining foundry plastics "
       "composites power electronics hydrogen fuel cells recycling training engineering design "
       "simulation digital twin agricultural robotics services").split()
_STATUSES = ("strong", "strong", "weak", "missing", "unassessed")


def _name(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.sample(words, rng.randint(2, 5))).capitalize()


def make_inputs(seed: int = 14):
    """Our 200-link project and 1,000 partners with maps of 50 links (statuses mixed)."""
    from valuechain_gui.model import LinkStatus, Project
    from valuechain_gui.model.partners import Partner, PartnerMapLink

    rng = random.Random(seed)
    project = Project.new(language="fr", target_market="Véhicules spéciaux autonomes")
    stage = project.stages[0].id
    links = [project.make_link(f"{_name(rng, _FR)} {i}", stage, position=(0.0, i * 120.0))
             for i in range(OUR_LINKS)]
    project.add_links(links)
    for link in links:
        status = LinkStatus(rng.choice(_STATUSES))
        if status is not LinkStatus.UNASSESSED:
            project.set_status([link.id], status)
    partners = [Partner(f"Cluster {p:04d}", country="DE", map_links=[
        PartnerMapLink(_name(rng, _EN), "", LinkStatus(rng.choice(_STATUSES)))
        for _ in range(LINKS_PER_MAP)]) for p in range(PARTNER_MAPS)]
    return project, partners


def _cpu_best(func, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        begin = time.process_time()
        func()
        times.append(time.process_time() - begin)
    return min(times)


def figure_matching(_project) -> dict:
    """``match_gaps`` on 200 × 50,000 links vs the two cdist calls on the normalised names."""
    import numpy as np
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    from valuechain_gui.analysis.matching import comparable, match_gaps

    project, partners = make_inputs()
    found: list = []
    value = _cpu_best(lambda: found.__setitem__(slice(None), match_gaps(project, partners)))
    gap = ("weak", "missing")
    ours = list(project.links.values())
    our_gaps = [comparable(link.name) for link in ours if link.status.value in gap]
    our_strong = [comparable(link.name) for link in ours if link.status.value == "strong"]
    theirs = [link for p in partners for link in p.map_links]
    their_all = [comparable(link.name) for link in theirs]
    their_gaps = [key for key, link in zip(their_all, theirs) if link.status.value in gap]

    def reference() -> None:
        for scorer in (fuzz.token_set_ratio, fuzz.token_sort_ratio):
            cdist(our_gaps, their_all, scorer=scorer, processor=None, dtype=np.float64)
            cdist(our_strong, their_gaps, scorer=scorer, processor=None, dtype=np.float64)

    return {"value": round(value * 1000, 1), "reference": round(_cpu_best(reference) * 1000, 1),
            "our_links": len(ours), "their_links": len(theirs), "our_gaps": len(our_gaps),
            "our_strong": len(our_strong), "their_gaps": len(their_gaps),
            "gaps": len(found), "candidates": sum(len(g.candidates) for g in found),
            "clock": "process CPU time, best of 3"}
