"""Templates to start a project from: the packaged chains of ``resources/templates/*.json``.

Each template file holds, in French and English, a chain's name, a description, its stages and
its typical links and flows, and the public sources it was drawn from (title and address). The
generic template has the six standard stages and no link; the others are real value chains of
markets that pôles work on, with nothing beyond what their sources describe.

:func:`templates` lists them (file order); :meth:`Template.build` makes a new project of one in
a language, its cards laid out in their lanes (:func:`~valuechain_gui.analysis.layout.layout_positions`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..model import Flow, Link, Project, Stage


@dataclass(frozen=True)
class Source:
    """A public page a template was drawn from."""

    title: str
    url: str


@dataclass(frozen=True)
class Template:
    """One template, read from its file (see the module doc)."""

    key: str
    data: dict[str, Any]

    def text(self, field: str, language: str) -> str:
        """``field`` (``name``, ``description``, ``target_market``) in ``language``."""
        value = self.data[field]
        return value.get(language) or value["en"]

    def sources(self, language: str) -> list[Source]:
        """The public sources of the chain, titles in ``language`` (none for the generic
        template)."""
        return [Source(s["title"].get(language) or s["title"]["en"], s["url"])
                for s in self.data.get("sources", [])]

    def stage_names(self, language: str) -> list[str]:
        """The stages' names in ``language``, upstream first."""
        return [s.get(language) or s["en"] for s in self.data["stages"]]

    def link_names(self, language: str) -> list[str]:
        """The links' names in ``language``, in file order."""
        return [k.get(language) or k["en"] for k in self.data["links"]]

    def build(self, language: str) -> Project:
        """A new project of this chain with its stages, links and flows named in ``language``."""
        from ..analysis.layout import layout_positions

        project = Project(target_market=self.text("target_market", language), language=language)
        stage_ids: dict[str, str] = {}
        for stage in self.data["stages"]:
            record = Stage(stage.get(language) or stage["en"])
            project.add_stage(record)
            stage_ids[stage["key"]] = record.id
        link_ids: dict[str, str] = {}
        links = []
        for entry in self.data["links"]:
            link = Link(entry.get(language) or entry["en"], stage_ids[entry["stage"]])
            links.append(link)
            link_ids[entry["key"]] = link.id
        if links:
            project.add_links(links)
        flows = [Flow(link_ids[up], link_ids[down]) for up, down in self.data["flows"]]
        flows += [Flow(link_ids[up], link_ids[down], True)
                  for up, down in self.data.get("return_flows", [])]
        if flows:
            project.restore_flows(list(enumerate(flows)))
        positions = layout_positions(project)
        if positions:
            project.update_links({i: {"position": p} for i, p in positions.items()})
        project.flows_revision = 0
        return project


@cache
def templates() -> tuple[Template, ...]:
    """The packaged templates, in file-name order (the generic one first)."""
    folder = resources.files("valuechain_gui") / "resources" / "templates"
    found = sorted((f for f in folder.iterdir() if f.name.endswith(".json")),
                   key=lambda f: f.name)
    return tuple(Template(f.name.removesuffix(".json").split("_", 1)[-1],
                          json.loads(f.read_text(encoding="utf-8"))) for f in found)


def template(key: str) -> Template:
    """The template called ``key`` (``generic``, ``batteries``...); KeyError if none."""
    for candidate in templates():
        if candidate.key == key:
            return candidate
    raise KeyError(key)
