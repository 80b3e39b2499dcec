"""Build the illustrative partner maps in ``sample_projects/partners/`` through the model API.

Usage::

    python tools/make_partner_samples.py                  # rewrites sample_projects/partners/
    python tools/make_partner_samples.py --output-dir DIR # writes them into DIR instead

Two small value-chain maps, written in English as a foreign cluster would, to show
``valuechain-gui match`` on the worked example: one cluster strong in sensors and embedded
computing, one strong in fleet supervision and teleoperation but missing chassis. They are built
and written by :func:`make_samples.write_samples` (stable ids, byte-stable files). The clusters,
their links and statuses are ILLUSTRATIVE, not data about real organisations.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

TOOLS_DIR = Path(__file__).resolve().parent
if str(TOOLS_DIR) not in sys.path:
    sys.path.insert(0, str(TOOLS_DIR))

from make_samples import write_samples  # noqa: E402

DEFAULT_OUTPUT = TOOLS_DIR.parent / "sample_projects" / "partners"
STAGES = ["Components", "Subsystems and software", "Integration", "Services", "End markets"]


def _link(name: str, stage: int, row: int, status: str, **extra: Any) -> dict[str, Any]:
    return dict(name=name, stage=stage, row=row, status=status, **extra)


#: What both partner maps share: English, one fictitious participant, the same stages, no plan.
_COMMON: dict[str, Any] = dict(language="en", participants=["Cluster manager (fictitious person)"],
                               stages=STAGES, plan={})

SENSORS = dict(
    _COMMON,
    slug="sensor_valley_cluster",
    target_market="Autonomous off-road machines",
    pole_name="Sensor Valley Cluster (illustrative)",
    territory="Bavaria (illustrative)",
    date=date(2026, 5, 4),
    links=[
        _link("LiDAR, radar and camera sensors", 0, 0, "strong"),
        _link("Embedded computing units", 0, 1, "strong"),
        _link("Electric drivetrains and battery packs", 0, 2, "weak"),
        _link("Perception software", 1, 0, "strong"),
        _link("Sensor fusion and calibration", 1, 1, "strong"),
        _link("Electrified vehicle platform", 2, 0, "missing"),
        _link("Test tracks and proving grounds", 2, 1, "weak"),
        _link("Field robotics research", 3, 0, "strong"),
        _link("Precision farming", 4, 0, "unassessed", end_market=True),
    ],
    flows=[("LiDAR, radar and camera sensors", "Sensor fusion and calibration"),
           ("Embedded computing units", "Perception software"),
           ("Sensor fusion and calibration", "Perception software"),
           ("Perception software", "Electrified vehicle platform"),
           ("Electric drivetrains and battery packs", "Electrified vehicle platform"),
           ("Electrified vehicle platform", "Precision farming")],
)

FLEET = dict(
    _COMMON,
    slug="fleet_robotics_cluster",
    target_market="Autonomous industrial vehicles",
    pole_name="Fleet Robotics Cluster (illustrative)",
    territory="North Brabant (illustrative)",
    date=date(2026, 4, 20),
    links=[
        _link("Chassis and mechanical structures", 0, 0, "missing"),
        _link("LiDAR sensors", 0, 1, "weak"),
        _link("Fleet supervision and teleoperation", 1, 0, "strong"),
        _link("5G connectivity", 1, 1, "strong"),
        _link("Cloud data platform", 1, 2, "strong"),
        _link("Vehicle integration", 2, 0, "weak"),
        _link("Predictive maintenance services", 3, 0, "strong"),
        _link("Ports and logistics hubs", 4, 0, "unassessed", end_market=True),
    ],
    flows=[("Chassis and mechanical structures", "Vehicle integration"),
           ("LiDAR sensors", "Vehicle integration"),
           ("5G connectivity", "Fleet supervision and teleoperation"),
           ("Cloud data platform", "Fleet supervision and teleoperation"),
           ("Vehicle integration", "Ports and logistics hubs"),
           ("Fleet supervision and teleoperation", "Ports and logistics hubs"),
           ("Predictive maintenance services", "Ports and logistics hubs")],
)

PARTNER_SAMPLES: tuple[dict[str, Any], ...] = (SENSORS, FLEET)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (0 on success)."""
    parser = argparse.ArgumentParser(description="Write the illustrative partner maps.")
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    for path in write_samples(args.output_dir, PARTNER_SAMPLES):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
