"""Build the sample projects in ``sample_projects/`` through the model API, deterministically.

Usage::

    python tools/make_samples.py                  # rewrites sample_projects/*.vchain
    python tools/make_samples.py --output-dir DIR # writes them into DIR instead

Each sample is described as plain data in a sibling module (``sample_autonomous_vehicles.py``,
``sample_plant_proteins.py``): meta data, stage names, links (name, stage index, row, status,
strategic and end-market flags, actors, notes), flows by link name, and the fields of the plan's
actions. The builder goes only through :class:`~valuechain_gui.model.Project` operations, so every
model invariant holds; tagging a link weak or missing creates its plan action
(:meth:`Project.set_status`), which is then filled with the sample's owner, deadline, budget...

Determinism: every id (stage, link, action) is ``uuid.uuid5`` of a name-based URL, positions come
from :func:`valuechain_gui.geometry.card_position`, and the file writer is byte-stable, so running
this script twice gives identical files (``tests/test_samples.py`` checks the committed files are
what this script writes). The content is ILLUSTRATIVE, not real data about real companies.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from valuechain_gui.geometry import card_position
from valuechain_gui.io.project.file import save_project
from valuechain_gui.io.project.migrations import migrated_alliance_id, migrated_partner_id
from valuechain_gui.model import KIND_FOR_STATUS, Alliance, LinkStatus, Partner, Project, Stage

TOOLS_DIR = Path(__file__).resolve().parent
if str(TOOLS_DIR) not in sys.path:  # the sample modules sit beside this script
    sys.path.insert(0, str(TOOLS_DIR))

import sample_autonomous_vehicles  # noqa: E402
import sample_plant_proteins  # noqa: E402

#: Where the samples are written by default (repository's ``sample_projects/``).
DEFAULT_OUTPUT = TOOLS_DIR.parent / "sample_projects"
#: The sample descriptions, in the order they are built.
SAMPLES: tuple[dict[str, Any], ...] = (sample_autonomous_vehicles.SAMPLE,
                                       sample_plant_proteins.SAMPLE)
_ID_ROOT = "https://valuechain-gui.invalid/sample_projects"


def fixed_id(slug: str, kind: str, name: str) -> str:
    """A stable id (str, canonical uuid5) for the record ``kind``/``name`` of sample ``slug``."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{_ID_ROOT}/{slug}/{kind}/{name}"))


def build_sample(spec: dict[str, Any]) -> Project:
    """Build the project described by ``spec`` (see the sample modules for its keys).

    Raises:
        ModelError: when the description breaks a model invariant (duplicate link name, a flow
            naming an unknown link, a self flow...): fix the data, not the model.
        KeyError: when the plan names a link that has no plan action (not weak or missing).
    """
    slug = spec["slug"]
    project = Project(target_market=spec["target_market"], language=spec["language"])
    project.extra["id"] = fixed_id(slug, "project", slug)  # the same file at every build
    project.update_meta(pole_name=spec["pole_name"], territory=spec["territory"],
                        participants=list(spec["participants"]), date=spec["date"])
    for name in spec["stages"]:
        project.add_stage(Stage(name, id=fixed_id(slug, "stage", name)))

    links = []
    for item in spec["links"]:
        stage_id = project.stages[item["stage"]].id
        links.append(project.make_link(
            item["name"], stage_id, id=fixed_id(slug, "link", item["name"]),
            strategic=item.get("strategic", False), end_market=item.get("end_market", False),
            actors=list(item.get("actors", ())),
            notes=item.get("notes", ""), position=card_position(item["stage"], item["row"])))
    project.add_links(links)

    for upstream, downstream in spec["flows"]:
        project.add_flow(_link_id(project, upstream), _link_id(project, downstream))

    for item in spec["links"]:  # link order gives the plan order
        status = LinkStatus(item.get("status", LinkStatus.UNASSESSED))
        if status is LinkStatus.UNASSESSED:
            continue
        change = project.set_status([_link_id(project, item["name"])], status)
        for action in change.created:  # give the created action a stable id, same place
            index, removed = project.remove_action(action.id)
            stable = fixed_id(slug, f"action/{action.kind.value}", item["name"])
            project.add_action(dataclasses.replace(removed, id=stable), index)

    cited: dict[str, list[Any]] = {}
    for link_name, fields in spec["plan"].items():
        link_id = _link_id(project, link_name)
        kind = _plan_kind(project.link(link_id).status)
        action_id = fixed_id(slug, f"action/{kind}", link_name)
        if action_id not in project.actions:
            raise KeyError(f"{slug}: no plan action for link {link_name!r}")
        fields = dict(fields)
        cited[action_id] = list(fields.pop("alliances", ()))
        project.update_action(action_id, **fields)
    for action_id in list(project.actions):  # plan order, as a migrated version 2 file has it
        for item in cited.get(action_id, ()):
            _cite(project, action_id, item)
    return project


def _cite(project: Project, action_id: str, item: Any) -> None:
    """Cite ``item`` (a :class:`sample_records.Cited`) and add its alliance for the action, with
    the ids a version 2 file migrated to version 3 gets (``tests/test_samples.py`` compares)."""
    partner = project.find_partner(item.name, item.country)
    if partner is None:
        partner = Partner(item.name, kind=item.kind, country=item.country,
                          id=migrated_partner_id(item.name, item.country))
        project.cite_partner(partner)
    project.add_alliance(Alliance(partner.id, action_id, stage=item.stage,
                                  governance=item.governance,
                                  id=migrated_alliance_id(action_id, partner.id)))


def _link_id(project: Project, name: str) -> str:
    link = project.link_by_name(name)
    if link is None:
        raise KeyError(f"no link named {name!r}")
    return link.id


def _plan_kind(status: LinkStatus) -> str:
    return KIND_FOR_STATUS[status].value if status in KIND_FOR_STATUS else "none"


def write_samples(output_dir: Path,
                  samples: Sequence[dict[str, Any]] = SAMPLES) -> list[Path]:
    """Build every sample and save it as ``output_dir/SLUG.vchain``; returns the paths written.

    Raises:
        SaveError: when a file cannot be written (the previous file is intact).
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in samples:
        path = output_dir / f"{spec['slug']}.vchain"
        save_project(build_sample(spec), path)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code (0 on success)."""
    parser = argparse.ArgumentParser(description="Write the sample .vchain projects.")
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT,
                        help=f"folder to write into (default: {DEFAULT_OUTPUT})")
    args = parser.parse_args(argv)
    for path in write_samples(args.output_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
