"""The packaged templates: complete in French and English, consistent, sourced, and each builds
a project that saves and opens again."""

from __future__ import annotations

import pytest

from valuechain_gui.io.project.codec import dumps_project, loads_project
from valuechain_gui.io.templates import template, templates
from valuechain_gui.words import TEMPLATE_STAGE_KEYS, word

KEYS = [t.key for t in templates()]


def test_the_generic_chain_and_three_public_value_chains_are_packaged():
    assert KEYS == ["generic", "batteries", "hydrogen", "plant_proteins"]


@pytest.mark.parametrize("key", KEYS)
def test_every_text_is_there_in_both_languages_and_every_reference_is_known(key):
    data = template(key).data
    for field in ("name", "description", "target_market"):
        assert set(data[field]) == {"fr", "en"}
    stage_keys = {s["key"] for s in data["stages"]}
    link_keys = {k["key"] for k in data["links"]}
    assert len(stage_keys) == len(data["stages"]) and len(link_keys) == len(data["links"])
    for record in data["stages"] + data["links"]:
        assert record["fr"].strip() and record["en"].strip()
    assert all(link["stage"] in stage_keys for link in data["links"])
    for up, down in data["flows"] + data.get("return_flows", []):
        assert up in link_keys and down in link_keys and up != down


@pytest.mark.parametrize("key", KEYS[1:])
def test_each_real_chain_names_its_public_sources(key):
    sources = template(key).sources("fr")
    assert sources and all(s.url.startswith("https://") and s.title for s in sources)
    assert [s.url for s in template(key).sources("en")] == [s.url for s in sources]


def test_the_generic_chain_has_the_six_standard_stages():
    for language in ("fr", "en"):
        project = template("generic").build(language)
        assert [s.name for s in project.stages] == [word(language, k)
                                                    for k in TEMPLATE_STAGE_KEYS]
        assert not project.links


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_a_template_builds_a_laid_out_project_that_saves_and_opens(key, language):
    data = template(key).data
    project = template(key).build(language)
    assert project.language == language
    assert [link.name for link in project.links.values()] == [k[language] for k in data["links"]]
    assert len(project.flows) == len(data["flows"]) + len(data.get("return_flows", []))
    assert len({link.position for link in project.links.values()}) == len(project.links)
    assert loads_project(dumps_project(project)) == project


def test_the_battery_chain_closes_its_loop_with_a_return_flow():
    project = template("batteries").build("en")
    returns = [(project.links[f.upstream].name, project.links[f.downstream].name)
               for f in project.flows.values() if f.is_return]
    assert returns == [("Battery recycling", "Raw materials and semi-finished products")]
