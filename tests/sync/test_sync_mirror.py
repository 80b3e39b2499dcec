"""The project mirrored into a Y document and rebuilt from it; concurrent edits converge."""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Map

from valuechain_gui.io.project.codec import project_to_dict
from valuechain_gui.io.project.file import load_project
from valuechain_gui.model import LinkStatus
from valuechain_gui.sync.mirror import (
    decoded,
    json_text,
    read_records,
    sorted_records,
    write_project,
)
from valuechain_gui.sync.rebuild import project_from_doc

from sync_helpers import random_edit, same_everywhere, small_project

SAMPLE = Path(__file__).resolve().parents[2] / "sample_projects" / "autonomous_special_vehicles.vchain"


def _copy(doc: Doc) -> Doc:
    other = Doc()
    other.apply_update(doc.get_update())
    return other


def _merge(*docs: Doc) -> None:
    """Exchange every document's updates with every other (what the relay does)."""
    updates = [doc.get_update() for doc in docs]
    for doc in docs:
        for update in updates:
            doc.apply_update(update)


def test_the_worked_example_comes_back_whole_from_its_document():
    project = load_project(SAMPLE)
    doc = Doc()
    assert write_project(doc, project) > 0
    rebuilt = project_from_doc(doc)
    assert project_to_dict(rebuilt) == project_to_dict(project)
    assert len(rebuilt.links) == 27


def test_writing_writes_only_what_differs_in_one_transaction_with_its_origin():
    project = small_project()
    doc = Doc()
    write_project(doc, project)
    assert write_project(doc, project) == 0
    origins = []
    doc.observe(lambda event: origins.append(event))
    link = next(iter(project.links.values()))
    project.update_link(link.id, notes="changed")
    assert write_project(doc, project, origin="me") == 1
    assert len(origins) == 1
    assert doc["links"][link.id]["notes"] == '"changed"'


def test_two_retags_of_one_link_end_the_same_everywhere():
    base = Doc()
    write_project(base, small_project())
    first, second = _copy(base), _copy(base)
    projects = [project_from_doc(first), project_from_doc(second)]
    link_id = next(iter(projects[0].links))
    projects[0].set_status([link_id], LinkStatus.WEAK)
    projects[1].set_status([link_id], LinkStatus.STRONG)
    write_project(first, projects[0])
    write_project(second, projects[1])
    _merge(first, second)
    same_everywhere([first, second])
    status = project_from_doc(first).links[link_id].status
    assert status in (LinkStatus.WEAK, LinkStatus.STRONG)


def test_a_link_deleted_while_renamed_elsewhere_leaves_nothing_half_present():
    base = Doc()
    write_project(base, small_project())
    first, second = _copy(base), _copy(base)
    deleter, renamer = project_from_doc(first), project_from_doc(second)
    link_id = list(deleter.links)[3]
    deleter.remove_links([link_id])
    renamer.update_link(link_id, name="Renamed meanwhile")
    renamer.set_status([link_id], LinkStatus.MISSING)  # creates an action of that link
    write_project(first, deleter)
    write_project(second, renamer)
    _merge(first, second)
    same_everywhere([first, second])
    merged = project_from_doc(first)
    assert link_id not in merged.links
    assert all(link_id not in key for key in merged.flows)
    assert all(action.link_id in merged.links for action in merged.actions.values())


def test_two_links_given_one_name_concurrently_end_with_distinct_names_everywhere():
    base = Doc()
    write_project(base, small_project())
    first, second = _copy(base), _copy(base)
    one, two = project_from_doc(first), project_from_doc(second)
    stage = one.stages[0].id
    one.add_link(one.make_link("Same name", stage))
    two.add_link(two.make_link("same NAME", stage))
    write_project(first, one)
    write_project(second, two)
    _merge(first, second)
    same_everywhere([first, second])
    names = sorted(link.name for link in project_from_doc(first).links.values()
                   if link.name.casefold().startswith("same"))
    assert len(names) == 2 and names[0] != names[1]


def test_random_concurrent_edits_of_three_replicas_converge():
    rng = random.Random(7)
    base = Doc()
    write_project(base, small_project())
    docs = [_copy(base) for _ in range(3)]
    for round_ in range(20):
        for k, doc in enumerate(docs):
            project = project_from_doc(doc)
            for serial in range(5):
                random_edit(project, rng, f"c{k}", round_ * 10 + serial)
            write_project(doc, project)
        if round_ % 4 == 3:
            _merge(*docs)
    _merge(*docs)
    same_everywhere(docs)


def test_a_record_with_a_broken_field_is_dropped_not_half_built():
    doc = Doc()
    project = small_project()
    write_project(doc, project)
    link_id = next(iter(project.links))
    doc["links"][link_id]["status"] = '"no-such-status"'
    rebuilt = project_from_doc(doc)
    assert link_id not in rebuilt.links
    assert len(rebuilt.links) == len(project.links) - 1
    assert isinstance(doc["links"], Map) and read_records(doc)


def _with_votes(project, link_ids, participant: str):
    from datetime import date

    from valuechain_gui.model import Ballot, LinkVotes, Vote

    votes = dict(project.votes)
    for link_id in link_ids:
        votes[link_id] = LinkVotes(link_id, date(2026, 12, 5), (Ballot(participant, Vote.WEAK),))
    project.update_meta(votes=votes)


def test_votes_are_records_of_their_own_and_a_deleted_link_takes_its_votes_away():
    base = Doc()
    write_project(base, small_project())
    first, second = _copy(base), _copy(base)
    voter, deleter = project_from_doc(first), project_from_doc(second)
    kept, removed = list(voter.links)[1], list(voter.links)[5]
    _with_votes(voter, [kept, removed], "anonymous-1")
    deleter.remove_links([removed])
    write_project(first, voter)
    write_project(second, deleter)
    assert set(read_records(first)[1]["votes"]) == {kept, removed}  # keyed by link
    _merge(first, second)
    same_everywhere([first, second])
    merged = project_from_doc(first)
    assert set(merged.votes) == {kept}
    assert merged.votes[kept].ballots[0].participant == "anonymous-1"


def test_a_document_holding_votes_in_its_meta_is_moved_to_the_collection_on_write():
    doc = Doc()
    project = small_project()
    write_project(doc, project)
    doc["meta"]["votes"] = '[{"link_id": "x", "date": "2026-12-05", "ballots": []}]'
    assert project_from_doc(doc).votes == {}  # an old layout's field is not a project field
    _with_votes(project, [next(iter(project.links))], "p")
    write_project(doc, project)
    assert "votes" not in doc["meta"]
    assert project_from_doc(doc).votes == project.votes


def test_field_texts_that_would_split_a_record_or_are_not_texts_are_read_field_by_field():
    doc = Doc()
    project = small_project()
    write_project(doc, project)
    first, second = list(project.links)[:2]
    doc["links"][first]["notes"] = '"a"},{"id":"x"'  # would end its record and start another
    doc["links"][second]["notes"] = 5  # a peer's number, not a JSON text
    records = read_records(doc)[1]["links"]
    assert list(records) == list(project.links)
    assert "notes" not in records[first]
    assert records[second]["notes"] is None
    assert records[first]["name"] == project.links[first].name
    assert records[second]["name"] == project.links[second].name
    third = list(project.links)[2]
    doc["links"][third]["notes"] = '"x","notes":"forged"'  # one text, two values
    assert read_records(doc)[1]["links"][third]["name"] == project.links[third].name
    assert "notes" not in read_records(doc)[1]["links"][third]


def test_records_are_read_in_order_of_their_place_then_of_their_key():
    doc = Doc()
    project = small_project()
    write_project(doc, project)
    ids = list(project.links)
    places = {ids[0]: "2", ids[1]: "0.5", ids[2]: "0.5", ids[3]: "-1"}
    for link_id, place in places.items():
        doc["links"][link_id]["_order"] = place
    order = list(read_records(doc)[1]["links"])
    tied = sorted(ids[1:3])
    assert order.index(ids[3]) < order.index(tied[0]) < order.index(tied[1])
    assert order.index(tied[1]) < order.index(ids[0])


def test_the_rebuild_drops_flows_and_actions_whose_links_a_peer_removed_and_keeps_the_rest():
    from valuechain_gui.sync.mirror import project_records
    from valuechain_gui.sync.rebuild import project_data

    project = small_project()
    project.set_status([list(project.links)[1]], LinkStatus.MISSING)  # an action of its own
    meta, records = project_records(project)
    assert project_data(meta, records)["flows"] == list(records["flows"].values())  # all kept
    first, second = list(records["links"])[:2]
    gone = dict(next(iter(records["flows"].values())), upstream="removed-by-a-peer")
    loop = dict(next(iter(records["flows"].values())), upstream=first, downstream=first)
    odd = dict(next(iter(records["flows"].values())), upstream=[first], downstream=second)
    records["flows"].update({"gone": gone, "loop": loop, "odd": odd})
    action = dict(next(iter(records["actions"].values())), id="x", link_id="removed-by-a-peer")
    records["actions"]["x"] = action
    data = project_data(meta, records)
    assert gone not in data["flows"] and loop not in data["flows"] and odd not in data["flows"]
    assert len(data["flows"]) == len(project.flows)  # every other flow kept
    assert [a["id"] for a in data["actions"]] == [a.id for a in project.actions.values()]


def test_whole_number_places_and_ties_read_in_order_of_place_then_key():
    doc = Doc()
    project = small_project()
    write_project(doc, project)
    ids = list(project.links)
    places = {ids[0]: "3", ids[1]: "1", ids[2]: "1", ids[3]: "0"}  # all whole: read as numbers
    for link_id, place in places.items():
        doc["links"][link_id]["_order"] = place
    orders: dict[str, dict[str, float | int]] = {}
    order = list(read_records(doc, orders=orders)[1]["links"])
    tied = sorted(ids[1:3])
    assert order[:4] == [ids[3], *tied, ids[0]]
    assert [orders["links"][k] for k in order[:4]] == [0, 1, 1, 3]
    doc["links"][ids[0]]["_order"] = "3.0"  # one place not whole: the same order
    assert list(read_records(doc)[1]["links"])[:4] == [ids[3], *tied, ids[0]]


def test_the_rebuild_moves_links_of_a_removed_stage_and_renames_twins_keeping_the_rest():
    from valuechain_gui.sync.mirror import project_records
    from valuechain_gui.sync.rebuild import project_data

    project = small_project()
    meta, records = project_records(project)
    assert project_data(meta, records)["links"] == list(records["links"].values())  # as is
    first, second, third, fourth = list(records["links"])[:4]
    links = records["links"]
    twin = f"  {links[third]['name'].upper()} "
    links[fourth] = dict(links[fourth], name=twin)  # alike once trimmed and case-folded
    renamed = {link["id"]: link for link in project_data(meta, records)["links"]}
    assert renamed[fourth]["name"] == f"{twin} (2)" and renamed[third] == links[third]
    links[first] = dict(links[first], stage_id="removed-by-a-peer")
    links[second] = dict(links[second], stage_id=["not", "an", "id"])
    data = project_data(meta, records)
    by_id = {link["id"]: link for link in data["links"]}
    assert by_id[first]["stage_id"] == by_id[second]["stage_id"] == project.stages[0].id
    assert by_id[fourth]["name"] == f"{twin} (2)"
    assert [link["id"] for link in data["links"]] == list(links)  # none dropped, same order


def test_places_are_read_in_one_parse_and_a_text_that_is_not_one_number_counts_as_0():
    from valuechain_gui.sync.mirror import _ranks

    fields = [{"_order": "2", "x": "1"}, {"_order": "1", "x": "2"}, {"_order": "1.5", "x": "3"},
              {"_order": " 0 ", "x": "4"}]
    assert _ranks(fields) == [2, 1, 1.5, 0]
    assert all("_order" not in record for record in fields)  # taken out of the texts
    assert _ranks([]) == []
    for odd in ("true", "1,2", "[1]", "", "1]", "1e999", "NaN", '"1"', 5, None):
        records = [{"_order": odd}, {"_order": "3"}, {"_order": "[4"}, {"_order": "5]"}]
        if odd is None:
            del records[0]["_order"]
        assert _ranks(records) == [0, 3, 0, 0], odd  # each read alone


def test_the_records_read_are_the_same_whatever_order_the_document_gives_them():
    rng = random.Random(20261205)
    for _ in range(200):
        texts = {}
        for key in rng.sample("abcdefghij", rng.randint(0, 10)):
            place = rng.choice(["0", "1", "2", "7", "-3", "1.5", "true", "[2]", "1e400"])
            texts[key] = {"_order": place, "name": f'"{key}"'}
            if rng.random() < 0.1:
                del texts[key]["_order"]
        # (each read takes the records' _order texts: each gets a copy of its own)
        expected = sorted_records({k: dict(v) for k, v in sorted(texts.items())})
        shuffled = [(key, dict(fields)) for key, fields in texts.items()]
        rng.shuffle(shuffled)
        assert list(sorted_records(dict(shuffled)).items()) == list(expected.items())
        places = {"0": 0, "1": 1, "2": 2, "7": 7, "-3": -3, "1.5": 1.5}  # the rest: 0
        assert list(expected) == sorted(texts, key=lambda k: (
            places.get(texts[k].get("_order"), 0), k))


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=3),
                    st.lists(st.text(max_size=2), max_size=2))


@st.composite
def _collection_texts(draw):
    """A collection as a peer may leave it: fields holding a JSON text, a text that is not
    JSON (or holds two values), or no text at all; places whole, fractional, odd or missing."""
    texts = {}
    for key in draw(st.lists(st.text("abcdef", min_size=1, max_size=3), unique=True,
                             max_size=6)):
        fields = {}
        for field in draw(st.lists(st.sampled_from(["id", "name", "notes", "x"]), unique=True)):
            kind = draw(st.sampled_from(["json", "json", "broken", "two", "number"]))
            fields[field] = {"json": lambda: json_text(draw(_VALUES)), "broken": lambda: '"a',
                             "two": lambda: '1,"id":2', "number": lambda: 7}[kind]()
        place = draw(st.sampled_from([None, "0", "1", "2", "1.5", "x", "1,2"]))
        if place is not None:
            fields["_order"] = place
        texts[key] = fields
    return texts


@settings(max_examples=300, deadline=None)
@given(_collection_texts())
def test_records_read_together_are_the_records_read_one_by_one(texts):
    def alone(text):  # each text on its own: one JSON value, or left out; not a text: None
        if not isinstance(text, str):
            return None
        try:
            return json.loads(text)
        except ValueError:
            return _LEFT_OUT

    expected = {key: {field: value for field, value in
                      ((field, alone(text)) for field, text in fields.items() if field != "_order")
                      if value is not _LEFT_OUT}
                for key, fields in texts.items()}
    one_by_one = {key: decoded(dict(fields)) for key, fields in texts.items()}
    for record in one_by_one.values():
        record.pop("_order", None)
    together = sorted_records({key: dict(fields) for key, fields in texts.items()})
    assert together == one_by_one == expected


_LEFT_OUT = object()
