"""Project file robustness, proved with hypothesis: save/load of any reachable project gives an
equal project, and mutated, truncated or random bytes end in a valid project or a typed error,
never another exception, a hang or a half-built project.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from valuechain_gui.errors import ModelError
from valuechain_gui.io.project.file import ProjectFileError, dumps_project, loads_project
from valuechain_gui.model import (
    ActionStatus,
    Alliance,
    CooperationStage,
    Governance,
    LinkStatus,
    Partner,
    PartnerKind,
    PartnerMapLink,
    Priority,
    Project,
    Scope,
    SearchChannel,
    Stage,
    StageChange,
    name_key,
)

V1 = Path(__file__).parents[2] / "fixtures" / "format_v1"
SEEDS = [(V1 / name).read_bytes() for name in ("full.vchain", "extra_keys.vchain")]
TIME_LIMIT = 10.0  # seconds per input: a hang, not a speed target (generous for busy CI)
CODES = {"empty", "not_text", "not_json", "not_a_project", "bad_version", "newer_version",
         "invalid"}

text = st.text(max_size=12)
name = st.text(min_size=1, max_size=12).filter(lambda s: s.strip())
finite = st.floats(allow_nan=False, allow_infinity=False)
position = st.floats(-1e6, 1e6)
#: Text as a file's unknown keys hold it once loaded: the loader cleans characters that cannot be
#: saved (control characters, lone surrogates, U+FFFE/U+FFFF); the model's setters clean the
#: fields they know, so ``text`` may hold anything.
safe_text = st.text(st.characters(blacklist_categories=("Cc", "Cs"),
                                  blacklist_characters="\ufffe\uffff"), max_size=12)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | finite | safe_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(safe_text, inner, max_size=3),
    max_leaves=6)
extras = st.dictionaries(safe_text.map(lambda s: "x_" + s), json_value, max_size=2)


def apply_random_edit(project: Project, data: st.DataObject) -> None:
    """One model operation chosen at random (refused operations change nothing)."""
    links = list(project.links)
    stages = [s.id for s in project.stages]
    actions = list(project.actions)
    op = data.draw(st.integers(0, 11))
    try:
        if op <= 2 and stages:
            link = project.make_link(data.draw(name), data.draw(st.sampled_from(stages)),
                                     position=(data.draw(position), data.draw(position)),
                                     actors=data.draw(st.lists(text, max_size=2)),
                                     notes=data.draw(text), extra=data.draw(extras))
            project.add_link(link)
        elif op == 3 and links:
            project.set_status(data.draw(st.lists(st.sampled_from(links), max_size=3)),
                               data.draw(st.sampled_from(list(LinkStatus))))
        elif op == 4 and len(links) > 1:
            project.add_flow(data.draw(st.sampled_from(links)), data.draw(st.sampled_from(links)))
        elif op == 5 and links:
            project.remove_links(data.draw(st.lists(st.sampled_from(links), max_size=2)))
        elif op == 6 and links:
            project.update_link(data.draw(st.sampled_from(links)), name=data.draw(name),
                                strategic=data.draw(st.booleans()),
                                end_market=data.draw(st.booleans()))
        elif op == 7 and actions:
            partner = Partner(data.draw(name), kind=data.draw(st.sampled_from(list(PartnerKind))),
                              country=data.draw(text), competences=[data.draw(text)],
                              map_links=[PartnerMapLink(data.draw(text))],
                              extra=data.draw(extras))
            action_id = data.draw(st.sampled_from(actions))
            if project.find_partner(partner.name, partner.country) is None:
                project.cite_partner(partner)
                project.add_alliance(Alliance(
                    partner.id, action_id, stage=data.draw(st.sampled_from(list(CooperationStage))),
                    governance=data.draw(st.none() | st.sampled_from(list(Governance))),
                    history=[StageChange(CooperationStage.IDENTIFIED, data.draw(st.dates()),
                                         data.draw(text))],
                    next_step=data.draw(text), extra=data.draw(extras)))
            project.update_action(
                data.draw(st.sampled_from(actions)), owner=data.draw(text),
                start=data.draw(st.none() | st.dates()), deadline=data.draw(st.none() | st.dates()),
                budget=data.draw(st.none() | finite), priority=data.draw(
                    st.none() | st.sampled_from(list(Priority))),
                status=data.draw(st.sampled_from(list(ActionStatus))),
                scope=data.draw(st.none() | st.sampled_from(list(Scope))),
                search_channels=data.draw(st.lists(st.sampled_from(list(SearchChannel)),
                                                   max_size=3)),
                notes=data.draw(text))
        elif op == 8:
            project.add_stage(Stage(data.draw(name), extra=data.draw(extras)),
                              data.draw(st.integers(0, len(stages))))
        elif op == 9 and len(stages) > 1:
            project.remove_stage(data.draw(st.sampled_from(stages)),
                                 data.draw(st.none() | st.sampled_from(stages)))
        elif op == 10:
            project.update_meta(target_market=data.draw(text), pole_name=data.draw(text),
                                territory=data.draw(text),
                                participants=data.draw(st.lists(text, max_size=3)),
                                date=data.draw(st.none() | st.dates()),
                                language=data.draw(st.sampled_from(["fr", "en"])))
        elif op == 11 and project.flows:
            flow = project.flows[data.draw(st.sampled_from(list(project.flows)))]
            flow.extra.update(data.draw(extras))
            project.extra.update(data.draw(extras))
    except ModelError:
        pass


def random_project(data: st.DataObject) -> Project:
    """A project reached through model operations: a few links, flows and tags, then any edits."""
    project = Project.new(data.draw(st.sampled_from(["fr", "en"])), data.draw(text))
    stages = [s.id for s in project.stages]
    for i in range(data.draw(st.integers(2, 8))):
        project.add_link(project.make_link(f"{i} {data.draw(text)}", data.draw(
            st.sampled_from(stages))))
    links = list(project.links)
    for _ in range(data.draw(st.integers(1, 8))):
        up, down = data.draw(st.lists(st.sampled_from(links), min_size=2, max_size=2,
                                      unique=True))
        if (up, down) not in project.flows:
            project.add_flow(up, down)
    for status in (LinkStatus.WEAK, LinkStatus.MISSING, LinkStatus.STRONG):
        project.set_status(data.draw(st.lists(st.sampled_from(links), max_size=2)), status)
    for _ in range(data.draw(st.integers(3, 30))):
        apply_random_edit(project, data)
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_save_load_of_any_reachable_project_gives_an_equal_project(data):
    project = random_project(data)
    loaded = loads_project(dumps_project(project))
    assert loaded == project
    assert dumps_project(loaded) == dumps_project(project)


# ------------------------------------------------------------------ fuzzing the loader
def assert_whole(project: Project) -> None:
    """The invariants a loaded project must satisfy (nothing half-built)."""
    stage_ids = [s.id for s in project.stages]
    assert len(set(stage_ids)) == len(stage_ids)
    keys = [name_key(link.name) for link in project.links.values()]
    assert len(set(keys)) == len(keys) and all(keys)
    assert all(link.stage_id in stage_ids for link in project.links.values())
    for up, down in project.flows:
        assert up != down and up in project.links and down in project.links
    for link in project.links.values():
        assert project.link_by_name(link.name) is link


def load_fuzzed(data: bytes) -> None:
    started = time.monotonic()
    try:
        project = loads_project(data, file="fuzz.vchain")
    except ProjectFileError as error:
        assert error.code in CODES, error.code
        assert str(error).startswith("fuzz.vchain")
        if error.code == "invalid":
            assert error.location
        if error.code == "not_json" and error.params.get("line") is not None:
            assert error.location.startswith("line ")
    else:
        assert_whole(project)
    assert time.monotonic() - started < TIME_LIMIT


@settings(max_examples=120, deadline=None)
@given(seed=st.sampled_from(SEEDS), data=st.data())
def test_mutated_bytes_give_a_project_or_a_typed_error(seed, data):
    raw = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.integers(0, 3))
        at = data.draw(st.integers(0, len(raw)))
        if kind == 0:  # truncate
            del raw[at:]
        elif kind == 1 and raw:  # flip a byte
            at = min(at, len(raw) - 1)
            raw[at] = data.draw(st.integers(0, 255))
        elif kind == 2:  # insert random bytes
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        else:  # delete a range
            del raw[at:at + data.draw(st.integers(1, 40))]
    load_fuzzed(bytes(raw))


def replace_somewhere(value: Any, path: list[int], new: Any) -> Any:
    """``value`` with one nested element (chosen by ``path`` indices) replaced by ``new``."""
    if not path or not isinstance(value, (dict, list)) or not value:
        return new
    if isinstance(value, dict):
        key = list(value)[path[0] % len(value)]
        return {**value, key: replace_somewhere(value[key], path[1:], new)}
    index = path[0] % len(value)
    return [*value[:index], replace_somewhere(value[index], path[1:], new), *value[index + 1:]]


@settings(max_examples=150, deadline=None)
@given(seed=st.sampled_from(SEEDS), path=st.lists(st.integers(0, 50), max_size=5),
       new=json_value)
def test_json_with_a_value_replaced_gives_a_project_or_a_typed_error(seed, path, new):
    data = replace_somewhere(json.loads(seed), path, new)
    load_fuzzed(json.dumps(data, ensure_ascii=False).encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_random_bytes_give_a_typed_error(data):
    try:
        loads_project(data, file="random.vchain")
    except ProjectFileError as error:
        assert error.code in CODES
    else:  # pragma: no cover - random bytes forming a valid project would be a surprise
        raise AssertionError("random bytes loaded as a project")


def test_deeply_nested_and_huge_numbers_are_typed_errors():
    for data in (b'{"format": "valuechain-gui-project", "version": 1, "x": ' + b"[" * 100000,
                 b'{"format": "valuechain-gui-project", "version": 1, "x": ' + b"9" * 5000 + b"}",
                 b'{"format": "valuechain-gui-project", "version": 1, "budget": -Infinity}'):
        started = time.monotonic()
        try:
            loads_project(data, file="deep.vchain")
        except ProjectFileError as error:
            assert error.code == "not_json"
        else:
            raise AssertionError("loaded")
        assert time.monotonic() - started < TIME_LIMIT


def test_a_date_in_an_extra_key_is_kept_as_text():
    raw = SEEDS[1].replace(b'"workshop_room": "B12"', b'"workshop_room": "2026-01-01"')
    assert loads_project(raw).extra["workshop_room"] == "2026-01-01"
    assert date(2026, 1, 1).isoformat() in dumps_project(loads_project(raw)).decode()
