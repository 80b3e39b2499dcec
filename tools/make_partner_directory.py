"""Build ``sample_projects/partners/directory.xlsx``: a partner directory export to start from.

Usage::

    python tools/make_partner_directory.py                  # rewrites sample_projects/partners/
    python tools/make_partner_directory.py --output FILE    # writes FILE instead

The list holds the starter directory shipped with the application (the pôles de compétitivité of
phase V, ``resources/starter_directory/poles_phase5.csv``, real facts with their sources) and the
two ILLUSTRATIVE clusters whose maps sit beside it (``sample_projects/partners/*.vchain``), each
with its map attached (its links and statuses), so that ``valuechain-gui partners import
sample_projects/partners/directory.xlsx`` gives a directory ``match`` can use at once. Written in
French, the worked example's language, by the same export as ``valuechain-gui partners export``.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Sequence
from pathlib import Path

from valuechain_gui.directory.sheet_export import export_partners
from valuechain_gui.directory.starter import starter_partners
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model.enums import PartnerKind, SearchChannel
from valuechain_gui.model.partners import Ecosystem, Partner, PartnerMapLink

PARTNERS_DIR = Path(__file__).resolve().parent.parent / "sample_projects" / "partners"
DEFAULT_OUTPUT = PARTNERS_DIR / "directory.xlsx"
#: The illustrative clusters beside the worked example: map file → country, sectors.
MAP_CLUSTERS = {
    "sensor_valley_cluster.vchain": ("DE", [Ecosystem.ELECTRONICS, Ecosystem.DIGITAL]),
    "fleet_robotics_cluster.vchain": ("NL", [Ecosystem.MOBILITY_TRANSPORT_AUTOMOTIVE,
                                             Ecosystem.DIGITAL]),
}


def map_partner(path: Path, country: str, sectors: list[Ecosystem]) -> Partner:
    """The cluster whose map is at ``path``, with that map attached (stable id)."""
    project = load_project(path)
    stages = {stage.id: stage.name for stage in project.stages}
    return Partner(
        name=project.pole_name, kind=PartnerKind.CLUSTER, country=country,
        region=project.territory, sectors=list(sectors), found_via=SearchChannel.CLUSTER_NETWORK,
        notes="Illustrative partner: not a real organisation.",
        map_links=[PartnerMapLink(link.name, stages.get(link.stage_id, ""), link.status)
                   for link in project.links.values()],
        map_source=path.name,
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://valuechain-gui.invalid/{path.name}")))


def directory_partners() -> list[Partner]:
    """The starter pôles, then the two illustrative clusters, in that order."""
    clusters = [map_partner(PARTNERS_DIR / name, country, sectors)
                for name, (country, sectors) in MAP_CLUSTERS.items()]
    return starter_partners() + clusters


def main(argv: Sequence[str] | None = None) -> int:
    """Write the directory export; 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    count = export_partners(directory_partners(), {}, args.output, language="fr")
    print(f"{args.output}: {count} partners")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
