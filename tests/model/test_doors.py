"""The model's doors: what a setter lets in is what every writer accepts — dates are dates,
positions finite and bounded, texts free of what UTF-8, XML or Excel refuse — and a refused
value is a typed error naming the field, with nothing changed."""

from __future__ import annotations

import io
import math
from datetime import date, datetime, timedelta, timezone

import openpyxl
import pytest

from valuechain_gui.errors import ModelError
from valuechain_gui.io.excel.export import build_workbook_bytes
from valuechain_gui.io.project.file import dumps_project, loads_project
from valuechain_gui.model import Action, ActionKind, Partner, Project, Stage

AWARE = datetime(2026, 5, 31, 23, 30, tzinfo=timezone(timedelta(hours=-5)))


def first_action(project: Project):
    return next(iter(project.actions.values()))


def workbook_of(project: Project) -> openpyxl.Workbook:
    content, _ = build_workbook_bytes(project, language="en")
    return openpyxl.load_workbook(io.BytesIO(content))


# ------------------------------------------------------------------ dates
def test_an_aware_datetime_becomes_its_local_date_and_exports(small_project):
    action = first_action(small_project)
    small_project.update_action(action.id, deadline=AWARE)
    assert type(action.deadline) is date
    assert action.deadline == AWARE.astimezone().date()
    workbook = workbook_of(small_project)  # no "Excel does not support timezones"
    deadlines = [c.value for row in workbook["Local reinforcement"].iter_rows(min_row=2)
                 for c in row if isinstance(c.value, datetime)]
    assert [d.date() for d in deadlines] == [AWARE.astimezone().date()]


def test_a_naive_datetime_becomes_its_date_and_the_project_saves(small_project):
    action = first_action(small_project)
    small_project.update_action(action.id, start=datetime(2026, 4, 1, 18, 45))
    small_project.update_meta(date=datetime(2026, 3, 12, 9, 0))
    assert (action.start, small_project.date) == (date(2026, 4, 1), date(2026, 3, 12))
    loaded = loads_project(dumps_project(small_project))  # no "expected a date YYYY-MM-DD"
    assert loaded == small_project


def test_a_new_action_with_a_datetime_gets_its_date(small_project):
    link_id = next(iter(small_project.links))
    action = Action(link_id=link_id, kind=ActionKind.LOCAL_REINFORCEMENT,
                    start=datetime(2026, 1, 2, 3, 4), deadline=AWARE)
    small_project.add_action(action)
    assert (action.start, action.deadline) == (date(2026, 1, 2), AWARE.astimezone().date())


@pytest.mark.parametrize("value", ["2026-05-31", 20260531, 1.5, [2026, 5, 31]])
def test_anything_else_as_a_date_is_refused_naming_the_field(small_project, value):
    action = first_action(small_project)
    before = (action.start, action.deadline, action.title)
    with pytest.raises(ModelError) as caught:
        small_project.update_action(action.id, title="changed", deadline=value)
    assert caught.value.code == "bad_date" and caught.value.params["field"] == "deadline"
    assert str(caught.value).startswith("deadline expects a date (or nothing), not ")
    assert (action.start, action.deadline, action.title) == before
    with pytest.raises(ModelError) as meta:
        small_project.update_meta(date=value)
    assert meta.value.params["field"] == "date" and small_project.date is None


# ------------------------------------------------------------------ positions and numbers
@pytest.mark.parametrize("position", [(0, 2e12), (math.nan, 0), (0, math.inf), (1e10, 1e10),
                                      ("a", 0), (1, 2, 3)])
def test_a_position_out_of_bounds_or_not_finite_is_refused(small_project, position):
    link = next(iter(small_project.links.values()))
    before = link.position
    with pytest.raises(ModelError) as caught:
        small_project.update_link(link.id, position=position)
    assert caught.value.code == "bad_position"
    assert link.position == before
    with pytest.raises(ModelError):
        small_project.add_link(small_project.make_link("New", small_project.stages[0].id,
                                                       position=position))
    assert small_project.link_by_name("New") is None


@pytest.mark.parametrize("budget", [math.nan, math.inf, "12", True, 10**400])
def test_a_budget_that_is_not_a_finite_number_is_refused(small_project, budget):
    action = first_action(small_project)
    with pytest.raises(ModelError) as caught:
        small_project.update_action(action.id, budget=budget)
    assert (caught.value.code, caught.value.params["field"]) == ("bad_number", "budget")
    assert action.budget is None


def test_a_text_field_given_something_else_is_refused(small_project):
    link = next(iter(small_project.links.values()))
    with pytest.raises(ModelError) as caught:
        small_project.update_link(link.id, notes=42)
    assert (caught.value.code, caught.value.params["field"]) == ("bad_text", "notes")


# ------------------------------------------------------------------ texts cleaned
def test_texts_typed_or_pasted_are_cleaned_and_their_places_noted(small_project):
    project = small_project
    project.take_cleaned_places()
    link = list(project.links.values())[2]
    project.update_link(link.id, name="Vehicle\u0000 integration", notes="a\ud800b\uffff",
                        actors=["Acme\u0007"])
    project.update_meta(target_market="Market\x1b", participants=["Ann", "Bob\ufffe"])
    project.rename_stage(project.stages[0].id, "Research\x85")
    action = first_action(project)
    project.update_action(action.id, owner="Zoé\x00")
    project.cite_partner(Partner("C\x01", country="D\x02"))
    project.add_stage(Stage("New\x0c stage"))
    project.add_link(project.make_link("Pasted\x00", project.stages[0].id, notes="n\x08"))
    assert (link.name, link.notes, link.actors) == ("Vehicle integration", "a\ufffdb", ["Acme"])
    assert project.link_by_name("Vehicle integration") is link
    assert (project.target_market, project.participants) == ("Market", ["Ann", "Bob"])
    assert project.stages[0].name == "Research" and project.stages[-1].name == "New stage"
    assert action.owner == "Zoé"
    partner = next(iter(project.partners.values()))
    assert (partner.name, partner.country) == ("C", "D")
    assert project.take_cleaned_places() == [
        "links[2].name", "links[2].notes", "links[2].actors[0]", "target_market",
        "participants[1]", "stages[0].name", "actions[0].owner",
        "partners[0].name", "partners[0].country",
        "stages[6].name", "links[4].name", "links[4].notes"]
    assert project.take_cleaned_places() == []
    assert loads_project(dumps_project(project)) == project  # saves: no UnicodeEncodeError
    workbook_of(project)


def test_a_name_that_differs_only_by_a_refused_character_is_a_duplicate(small_project):
    with pytest.raises(ModelError) as caught:
        small_project.add_link(small_project.make_link("Farms\x00", small_project.stages[0].id))
    assert caught.value.code == "duplicate_link_name"
    assert small_project.take_cleaned_places() == []


def test_a_new_project_s_market_is_cleaned():
    assert Project.new("en", "Market\x00").target_market == "Market"


# ------------------------------------------------------------------ limits
def test_links_past_the_limit_are_refused(small_project, monkeypatch):
    monkeypatch.setattr("valuechain_gui.model.project.MAX_LINKS", 5)
    stage = small_project.stages[0].id
    small_project.add_link(small_project.make_link("Fifth", stage))
    with pytest.raises(ModelError) as caught:
        small_project.add_link(small_project.make_link("Sixth", stage))
    assert (caught.value.code, caught.value.params["what"]) == ("too_many", "links")
    assert len(small_project.links) == 5


def test_flows_past_the_limit_per_link_are_refused(small_project, monkeypatch):
    monkeypatch.setattr("valuechain_gui.model.flow_operations.MAX_FLOWS_PER_LINK", 2)
    ids = list(small_project.links)  # a chain: each inner link has 2 flows already
    with pytest.raises(ModelError) as caught:
        small_project.add_flow(ids[0], ids[2])
    assert (caught.value.code, caught.value.params["what"]) == ("too_many", "link_flows")
    assert (ids[0], ids[2]) not in small_project.flows


def test_a_retag_that_would_pass_the_action_limit_changes_nothing(small_project, monkeypatch):
    monkeypatch.setattr("valuechain_gui.model.project.MAX_ACTIONS", 2)
    farms = small_project.link_by_name("Farms")
    with pytest.raises(ModelError):
        small_project.set_status([farms.id], "weak")
    assert farms.status == "unassessed" and len(small_project.actions) == 2


def test_a_stage_cannot_be_added_with_a_blank_name_so_undoing_a_rename_always_works():
    """A stage added blank and then renamed could not be renamed back on undo (the model
    refuses a blank rename): the undo raised inside Qt and a random edit sequence crashed."""
    from valuechain_gui.errors import ModelError
    from valuechain_gui.model import Project, Stage

    project = Project()
    with pytest.raises(ModelError) as refused:
        project.add_stage(Stage("  "))
    assert refused.value.code == "blank_name" and project.stages == []
    project.add_stage(Stage("Recherche"))
    old = project.rename_stage(project.stages[0].id, "R&D")
    assert project.rename_stage(project.stages[0].id, old) == "R&D"
    assert project.stages[0].name == "Recherche"
