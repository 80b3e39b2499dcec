"""Synthetic value chains for the benchmark: realistic names, statuses and a few 50-flow hubs.

``make_chain(n_links, seed)`` returns a :class:`~valuechain_gui.model.Project` with ``n_links``
links over the six template stages, about ``2 * n_links`` flows (always from a stage to a later
one, plus a few back-flows that make loops), statuses drawn as a workshop would leave them
(45 % strong, 25 % weak, 15 % missing, 15 % unassessed) and ``max(1, n_links // 500)`` hubs with
exactly 50 flows each. Deterministic for a given seed.
"""

from __future__ import annotations

import random

from valuechain_gui.geometry import card_position
from valuechain_gui.model import Link, LinkStatus, Project

WORDS = {
    0: ["Recherche en", "Laboratoire de", "Thèse sur", "Plateforme de"],
    1: ["Capteurs", "Batteries", "Actionneurs", "Calculateurs", "Châssis", "Moteurs"],
    2: ["Logiciel de", "Module de", "Système de", "Sous-ensemble"],
    3: ["Intégration", "Assemblage", "Validation", "Essais"],
    4: ["Maintenance", "Distribution", "Formation", "Financement"],
    5: ["Marché", "Usage", "Client", "Débouché"],
}
TOPICS = ["perception", "LiDAR", "radar", "GNSS-RTK", "freinage", "direction", "hydraulique",
          "traction", "énergie", "cartographie", "téléopération", "sécurité", "navigation",
          "agricole", "minier", "aéroportuaire", "logistique", "portuaire", "robotique", "vision"]
STATUS_WEIGHTS = [(LinkStatus.STRONG, 45), (LinkStatus.WEAK, 25), (LinkStatus.MISSING, 15),
                  (LinkStatus.UNASSESSED, 15)]


def make_chain(n_links: int, seed: int = 7) -> Project:
    """A synthetic project of ``n_links`` links (see module docstring); ValueError if n < 6."""
    if n_links < 6:
        raise ValueError("a synthetic chain needs at least 6 links (one per stage)")
    rng = random.Random(seed)
    project = Project.new("fr", target_market=f"Synthetic chain ({n_links} links)")
    stages = project.stages
    per_stage = [n_links // 6 + (1 if i < n_links % 6 else 0) for i in range(6)]
    links: list[Link] = []
    by_stage: list[list[Link]] = []
    for s, count in enumerate(per_stage):
        column = []
        for row in range(count):
            name = f"{rng.choice(WORDS[s])} {rng.choice(TOPICS)} {s}-{row}"
            link = project.make_link(name, stages[s].id, position=card_position(s, row),
                                     actors=[f"Acteur {rng.randrange(200)}"],
                                     strategic=rng.random() < 0.1)
            column.append(link)
        links.extend(column)
        by_stage.append(column)
    project.add_links(links)

    statuses, weights = zip(*STATUS_WEIGHTS)
    by_status: dict[LinkStatus, list[str]] = {s: [] for s in statuses}
    for link in links:
        by_status[rng.choices(statuses, weights)[0]].append(link.id)
    for status, ids in by_status.items():
        if ids:
            project.set_status(ids, status)

    hubs = [by_stage[2][i % len(by_stage[2])] for i in range(max(1, n_links // 500))]
    hub_ids = {h.id for h in hubs}
    keys: set[tuple[str, str]] = set()
    for hub in hubs:  # exactly 50 flows each: 25 in, 25 out
        for up in rng.sample(by_stage[1], min(25, len(by_stage[1]))):
            keys.add((up.id, hub.id))
        for down in rng.sample(by_stage[3], min(25, len(by_stage[3]))):
            keys.add((hub.id, down.id))
    target = 2 * n_links
    while len(keys) < target:
        s = rng.randrange(5)
        up = rng.choice(by_stage[s])
        down = rng.choice(by_stage[min(5, s + rng.choice((1, 1, 1, 2)))])
        if up.id in hub_ids or down.id in hub_ids:
            continue
        keys.add((up.id, down.id))
    for _ in range(max(1, n_links // 200)):  # field data flowing back: loops
        up, down = rng.choice(by_stage[4]), rng.choice(by_stage[2])
        if down.id not in hub_ids:
            keys.add((up.id, down.id))
    for up_id, down_id in sorted(keys):
        project.add_flow(up_id, down_id)
    return project


def hub_id(project: Project) -> str:
    """Id of a link with exactly 50 flows (the drag benchmark drags it)."""
    for link_id in project.links:
        if len(project.flows_of(link_id)) == 50:
            return link_id
    raise LookupError("no 50-flow hub")
