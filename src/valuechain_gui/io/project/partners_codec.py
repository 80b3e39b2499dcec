"""The project file's cited partners, alliances and correspondence decisions (format version 3):
records → JSON data, and validated data → records added to a Project through its operations.

Kept apart from :mod:`.codec` (stages, links, flows, actions) so that each file has one job.
Building refuses, with the file and the JSON path, an alliance naming no cited partner or no
action, a second alliance of the same partner for the same action, a partner cited twice (same
name and country), and a decision naming no link or partner, or decided twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ...errors import ModelError
from ...model import (
    Alliance,
    CooperationStage,
    Correspondence,
    Decision,
    Ecosystem,
    Governance,
    LinkStatus,
    Operation,
    OperationKind,
    Partner,
    PartnerKind,
    PartnerMapLink,
    Project,
    SearchChannel,
    StageChange,
)
from .schema import AllianceModel, PartnerModel, ProjectModel
from .file_values import iso as _iso
from .file_values import token as _token
from .file_values import with_extra as _with_extra

#: Makes the loader's error for ``(code, template, location, params)``.
MakeError = Callable[..., Exception]




def partner_dict(partner: Partner) -> dict[str, Any]:
    """A cited partner as file data (keys in file order, its ``extra`` keys after)."""
    return _with_extra({
        "id": partner.id, "name": partner.name, "kind": _token(partner.kind),
        "country": partner.country, "region": partner.region,
        "sectors": [_token(s) for s in partner.sectors], "competences": list(partner.competences),
        "website": partner.website, "contact_name": partner.contact_name,
        "contact_email": partner.contact_email, "found_via": _token(partner.found_via),
        "notes": partner.notes, "map_source": partner.map_source,
        "map_links": [{"name": link.name, "stage": link.stage, "status": _token(link.status)}
                      for link in partner.map_links],
    }, partner.extra)


def alliance_dict(alliance: Alliance) -> dict[str, Any]:
    """An alliance as file data."""
    return _with_extra({
        "id": alliance.id, "partner_id": alliance.partner_id, "action_id": alliance.action_id,
        "stage": _token(alliance.stage),
        "history": [{"stage": _token(c.stage), "on": _iso(c.on), "by": c.by, "note": c.note}
                    for c in alliance.history],
        "operations": [{"kind": _token(o.kind), "on": _iso(o.on), "done": o.done,
                        "note": o.note} for o in alliance.operations],
        "governance": _token(alliance.governance), "next_step": alliance.next_step,
        "next_date": _iso(alliance.next_date), "validated_on": _iso(alliance.validated_on),
        "validated_by": alliance.validated_by, "validation_note": alliance.validation_note,
    }, alliance.extra)


def correspondence_dict(record: Correspondence) -> dict[str, Any]:
    """A correspondence decision as file data."""
    return _with_extra({"link_id": record.link_id, "partner_id": record.partner_id,
                        "their_link": record.their_link, "decision": _token(record.decision)},
                       record.extra)


def partnership_data(project: Project) -> dict[str, list[dict[str, Any]]]:
    """The three top-level lists of a project file (format version 3)."""
    return {
        "partners": [partner_dict(p) for p in project.partners.values()],
        "alliances": [alliance_dict(a) for a in project.alliances.values()],
        "correspondences": [correspondence_dict(c) for c in project.correspondences.values()],
    }


# ---------------------------------------------------------------------------------- reading
def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _extra(record: Any) -> dict[str, Any]:
    return dict(record.model_extra or {})


def _partner(model: PartnerModel) -> Partner:
    return Partner(
        name=model.name, kind=PartnerKind(model.kind), country=model.country,
        region=model.region, sectors=[Ecosystem(s) for s in model.sectors],
        competences=list(model.competences), website=model.website,
        contact_name=model.contact_name, contact_email=model.contact_email,
        found_via=SearchChannel(model.found_via) if model.found_via else None,
        notes=model.notes, map_source=model.map_source,
        map_links=[PartnerMapLink(link.name, link.stage, LinkStatus(link.status))
                   for link in model.map_links],
        id=model.id, extra=_extra(model))


def _alliance(model: AllianceModel) -> Alliance:
    return Alliance(
        partner_id=model.partner_id, action_id=model.action_id,
        stage=CooperationStage(model.stage),
        history=[StageChange(CooperationStage(c.stage), date.fromisoformat(c.on), c.by, c.note)
                 for c in model.history],
        operations=[Operation(OperationKind(o.kind), _date(o.on), o.done, o.note)
                    for o in model.operations],
        governance=Governance(model.governance) if model.governance else None,
        next_step=model.next_step, next_date=_date(model.next_date),
        validated_on=_date(model.validated_on), validated_by=model.validated_by,
        validation_note=model.validation_note, id=model.id, extra=_extra(model))


_PARTNER_PROBLEMS = {
    "duplicate_id": ("id", "expected an id no other partner has"),
    "duplicate_partner": ("name", "expected each partner once; {name} ({country}) is already "
                          "cited (partners are compared by name and country)"),
    "blank_name": ("name", "expected a non-blank partner name"),
}
_ALLIANCE_PROBLEMS = {
    "duplicate_id": ("id", "expected an id no other alliance has"),
    "unknown_partner": ("partner_id", "expected the id of a cited partner (no partner has id "
                        "{id})"),
    "unknown_action": ("action_id", "expected the id of an action (no action has id {id})"),
    "duplicate_alliance": ("partner_id", "expected each partner once per action; {name} is "
                           "already a partner of this action"),
}
_CORRESPONDENCE_PROBLEMS = {
    "unknown_link": ("link_id", "expected the id of a link (no link has id {id})"),
    "unknown_partner": ("partner_id", "expected the id of a cited partner (no partner has id "
                        "{id})"),
    "blank_name": ("their_link", "expected a non-blank link name"),
}


def _refused(error: ModelError, problems: dict[str, tuple[str, str]], where: str,
             make_error: MakeError, file: str | None) -> Exception:
    field, template = problems.get(error.code, ("", error.template))
    return make_error("invalid", template, file, f"{where}.{field}" if field else where,
                      **error.params)


def add_partnership(project: Project, model: ProjectModel, file: str | None,
                    make_error: MakeError) -> None:
    """Cite the file's partners, then add its alliances and decisions, through the model.

    Raises:
        the error ``make_error("invalid", template, file, location, **params)`` returns, at the
        JSON path of the first refused record.
    """
    for i, partner in enumerate(model.partners):
        try:
            project.cite_partner(_partner(partner))
        except ModelError as exc:
            raise _refused(exc, _PARTNER_PROBLEMS, f"partners[{i}]", make_error, file) from None
    for i, alliance in enumerate(model.alliances):
        try:
            project.add_alliance(_alliance(alliance))
        except ModelError as exc:
            raise _refused(exc, _ALLIANCE_PROBLEMS, f"alliances[{i}]", make_error,
                           file) from None
    for i, record in enumerate(model.correspondences):
        where = f"correspondences[{i}]"
        try:
            before = len(project.correspondences)
            project.set_correspondence(record.link_id, record.partner_id, record.their_link,
                                       Decision(record.decision))
        except ModelError as exc:
            raise _refused(exc, _CORRESPONDENCE_PROBLEMS, where, make_error, file) from None
        if len(project.correspondences) == before:
            raise make_error("invalid", "expected one decision per pair of links; this pair is "
                             "decided twice", file, f"{where}.their_link")
        key = next(reversed(project.correspondences))
        project.correspondences[key].extra = _extra(record)
