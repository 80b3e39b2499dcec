"""Synthetic value chains for the benchmark: realistic names, statuses and a few 50-flow hubs.

``make_chain(n_links, seed)`` returns a :class:`~valuechain_gui.model.Project` with ``n_links``
links over the six template stages, about ``2 * n_links`` flows (always from a stage to a later
one, plus a few back-flows that make loops), statuses drawn as a workshop would leave them
(45 % strong, 25 % weak, 15 % missing, 15 % unassessed) and ``max(1, n_links // 500)`` hubs with
exactly 50 flows each. Deterministic for a given seed.

Geometry: cards are stacked in their stage's lane (row by row, as ``card_position`` places them).
A real map of thousands of links is made of sub-chains (one per application or market segment)
laid out side by side, so most flows join cards at about the same height: 90 % of flows go to a
link within :data:`NEIGHBOURHOOD` rows of the same relative height in the target stage, 10 %
(:data:`LONG_FLOWS`) to any link of it (long flows crossing the whole map), and a hub's flows come
from / go to links within 40 rows. Uniformly random flows would make half of all flows cross every
screen, a map nobody can read; the plain-Qt reference is measured on the same data, so ratios do
not depend on this choice, only the absolute frame and drag figures do.
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
#: Share of flows drawn to any link of the target stage; the others go to a link at about the same
#: height, within NEIGHBOURHOOD rows (a real map is made of sub-chains laid out side by side).
LONG_FLOWS = 0.1
NEIGHBOURHOOD = 6
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
                                     strategic=rng.random() < 0.1, end_market=s == 5)
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

    def near(column: list[Link], share: float, spread: int) -> Link:
        """A link of ``column`` at about the same height (``share`` of the way down)."""
        centre = share * (len(column) - 1)
        return column[min(len(column) - 1, max(0, round(centre + rng.randint(-spread, spread))))]

    hub_count = max(1, n_links // 500)
    step = max(1, len(by_stage[2]) // hub_count)
    hubs = [by_stage[2][(i * step + step // 2) % len(by_stage[2])] for i in range(hub_count)]
    hub_ids = {h.id for h in hubs}
    keys: set[tuple[str, str]] = set()
    for hub in hubs:  # exactly 50 flows each: 25 in, 25 out, from/to its neighbourhood
        share = by_stage[2].index(hub) / max(1, len(by_stage[2]) - 1)
        for s, into in ((1, True), (3, False)):
            column = by_stage[s]
            last = max(1, len(column) - 1)
            pool = [link for row, link in enumerate(column)
                    if abs(row / last - share) * len(column) <= 40]
            if len(pool) < 25:
                pool = column
            for other in rng.sample(pool, min(25, len(pool))):
                keys.add((other.id, hub.id) if into else (hub.id, other.id))
    target = 2 * n_links
    while len(keys) < target:
        s = rng.randrange(5)
        row = rng.randrange(len(by_stage[s]))
        up = by_stage[s][row]
        t = min(5, s + rng.choice((1, 1, 1, 2)))
        share = row / max(1, len(by_stage[s]) - 1)
        if rng.random() < LONG_FLOWS:
            down = rng.choice(by_stage[t])
        else:
            down = near(by_stage[t], share, NEIGHBOURHOOD)
        if up.id in hub_ids or down.id in hub_ids:
            continue
        keys.add((up.id, down.id))
    for _ in range(max(1, n_links // 200)):  # field data flowing back: loops
        row = rng.randrange(len(by_stage[4]))
        up = by_stage[4][row]
        down = near(by_stage[2], row / max(1, len(by_stage[4]) - 1), NEIGHBOURHOOD)
        if down.id not in hub_ids:
            keys.add((up.id, down.id))
    for up_id, down_id in sorted(keys):
        project.add_flow(up_id, down_id)
    return project


def hub_id(project: Project) -> str:
    """Id of a link with exactly 50 flows (the drag benchmark drags it); in a chain too small
    for one (fewer than 25 links per stage) the link with the most flows. LookupError if the
    project has no link."""
    best, most = None, -1
    for link_id in project.links:
        count = len(project.flows_of(link_id))
        if count == 50:
            return link_id
        if count > most:
            best, most = link_id, count
    if best is None:
        raise LookupError("the project has no link")
    return best
