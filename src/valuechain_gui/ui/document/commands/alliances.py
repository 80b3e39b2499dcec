"""Undo commands for cited partners, the alliance pipeline and correspondence decisions.

Each command performs one :class:`~valuechain_gui.model.Project` operation and undoes it exactly
(same records, same ids, same places). :class:`StepsCommand` runs several of them as one undo
step (add a candidate: cite the partner, create the link's action, add the alliance); when one
step is refused, the steps already done are undone before the refusal goes on, so the model is
left as it was.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from valuechain_gui.errors import ModelError
from valuechain_gui.model import (
    Alliance,
    CooperationStage,
    Decision,
    Governance,
    Partner,
    PartnerKind,
    Project,
    RemovedPartner,
    StageChange,
)
from .base import ModelCommand


def _t(text: str) -> str:
    return QCoreApplication.translate("AllianceCommands", text)


class StepsCommand(ModelCommand):
    """Several model commands as one undo step, done in order and undone in reverse.

    Args:
        steps: :class:`ModelCommand` s built for this sequence (never pushed on their own).
        text: the undo text.
    """

    def __init__(self, steps: Sequence[ModelCommand], text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.steps = list(steps)
        self.setText(text)

    def apply(self) -> None:
        """Apply every step; on a refusal, undo the ones done and raise it (nothing changed)."""
        done: list[ModelCommand] = []
        try:
            for step in self.steps:
                step.apply()
                done.append(step)
        except ModelError:
            for step in reversed(done):
                step.undo()
            raise

    def undo(self) -> None:
        """Undo every step, last first."""
        for step in reversed(self.steps):
            step.undo()


class CitePartnerCommand(ModelCommand):
    """Cite ``partner`` in the project (the same record every redo); undo stops citing it."""

    def __init__(self, project: Project, partner: Partner,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.partner = project, partner
        self.setText(_t("Cite partner"))

    def apply(self) -> None:
        """Cite the partner."""
        self.project.cite_partner(self.partner)

    def undo(self) -> None:
        """Stop citing it (it has no alliance yet: they were undone first)."""
        self.project.remove_partner(self.partner.id)


class EditPartnerCommand(ModelCommand):
    """Change fields of a cited partner; undo writes the old values back."""

    def __init__(self, project: Project, partner_id: str, changes: dict[str, Any],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.partner_id = project, partner_id
        partner = project.partner(partner_id)
        self.new = copy.deepcopy(changes)
        self.old = {name: copy.deepcopy(getattr(partner, name, None)) for name in changes}
        self.setText(_t("Edit partner"))

    def apply(self) -> None:
        """Write the new values."""
        self.project.update_partner(self.partner_id, **copy.deepcopy(self.new))

    def undo(self) -> None:
        """Write the old values back."""
        self.project.update_partner(self.partner_id, **copy.deepcopy(self.old))


class RemovePartnerCommand(ModelCommand):
    """Stop citing a partner, with its alliances and decisions; undo puts them all back."""

    def __init__(self, project: Project, partner_id: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.partner_id = project, partner_id
        self.record: RemovedPartner | None = None
        self.setText(_t("Remove partner"))

    def apply(self) -> None:
        """Remove the partner, remembering what went with it."""
        self.record = self.project.remove_partner(self.partner_id)

    def undo(self) -> None:
        """Put the partner, its alliances and decisions back in place."""
        assert self.record is not None
        self.project.restore_partner(self.record)


class AddAllianceCommand(ModelCommand):
    """Add a pipeline entry (the same record every redo); undo removes it."""

    def __init__(self, project: Project, alliance: Alliance,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.alliance = project, alliance
        self.setText(_t("Add partner to the pipeline"))

    def apply(self) -> None:
        """Add the alliance."""
        self.project.add_alliance(self.alliance)

    def undo(self) -> None:
        """Remove it."""
        self.project.remove_alliance(self.alliance.id)


class RemoveAllianceCommand(ModelCommand):
    """Remove a pipeline entry; undo puts the same record back at its place."""

    def __init__(self, project: Project, alliance_id: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.alliance_id = project, alliance_id
        self.removed: tuple[int, Alliance] | None = None
        self.setText(_t("Remove partner from the pipeline"))

    def apply(self) -> None:
        """Remove the alliance, remembering its index."""
        self.project.alliance(self.alliance_id)
        index = list(self.project.alliances).index(self.alliance_id)
        self.removed = (index, self.project.remove_alliance(self.alliance_id))

    def undo(self) -> None:
        """Re-insert it at its index."""
        assert self.removed is not None
        index, alliance = self.removed
        self.project.add_alliance(alliance, index)


class EditAllianceCommand(ModelCommand):
    """Change fields of an alliance (governance, next step, operations, history...)."""

    def __init__(self, project: Project, alliance_id: str, changes: dict[str, Any],
                 text: str | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.alliance_id = project, alliance_id
        alliance = project.alliance(alliance_id)
        self.new = copy.deepcopy(changes)
        self.old = {name: copy.deepcopy(getattr(alliance, name, None)) for name in changes}
        self.setText(text if text is not None else _t("Edit alliance"))

    def apply(self) -> None:
        """Write the new values."""
        self.project.update_alliance(self.alliance_id, **copy.deepcopy(self.new))

    def undo(self) -> None:
        """Write the old values back."""
        self.project.update_alliance(self.alliance_id, **copy.deepcopy(self.old))


class MoveAllianceCommand(ModelCommand):
    """Move an alliance to another cooperation stage, with a dated history entry."""

    def __init__(self, project: Project, alliance_id: str, stage: CooperationStage, on: date,
                 by: str = "", note: str = "", parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project, self.alliance_id = project, alliance_id
        self.stage, self.on, self.by, self.note = CooperationStage(stage), on, by, note
        self.old: dict[str, Any] = {}
        self.setText(_t("Move alliance"))

    def apply(self) -> None:
        """Move it (the history entry is appended to the history it has then)."""
        self.old = copy.deepcopy(self.project.set_alliance_stage(
            self.alliance_id, self.stage, self.on, self.by, self.note))

    def undo(self) -> None:
        """Restore the stage, history and validation it had."""
        self.project.update_alliance(self.alliance_id, **copy.deepcopy(self.old))


class SetCorrespondenceCommand(ModelCommand):
    """Record (or forget, with None) the decision on "our link ↔ their link"."""

    def __init__(self, project: Project, link_id: str, partner_id: str, their_link: str,
                 decision: Decision | None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.key = (link_id, partner_id, their_link)
        self.decision = Decision(decision) if decision is not None else None
        self.previous: Decision | None = None
        texts = {Decision.CONFIRMED: _t("Confirm correspondence"),
                 Decision.REJECTED: _t("Reject correspondence"), None: _t("Forget decision")}
        self.setText(texts[self.decision])

    def apply(self) -> None:
        """Record the decision, remembering the previous one."""
        self.previous = self.project.set_correspondence(*self.key, self.decision)

    def undo(self) -> None:
        """Put the previous decision (or none) back."""
        self.project.set_correspondence(*self.key, self.previous)


@dataclass
class AllianceRow:
    """One row of the action form's partner table: an alliance of the action as edited.

    ``alliance_id`` is None for a row added in the form; the partner is then found among the
    cited partners by name and country, or cited anew.
    """

    name: str
    country: str = ""
    kind: PartnerKind = PartnerKind.CLUSTER
    stage: CooperationStage = CooperationStage.IDENTIFIED
    governance: Governance | None = None
    alliance_id: str | None = None


def alliance_rows(project: Project, action_id: str) -> list[AllianceRow]:
    """The rows the action form shows for an action's alliances, in pipeline order."""
    rows = []
    for alliance in project.alliances_of_action(action_id):
        partner = project.partners[alliance.partner_id]
        rows.append(AllianceRow(partner.name, partner.country, partner.kind, alliance.stage,
                                alliance.governance, alliance.id))
    return rows


def sync_steps(project: Project, action_id: str, rows: Sequence[AllianceRow],
               today: date) -> list[ModelCommand]:
    """The steps that make the action's alliances what ``rows`` say: alliances whose row was
    removed go, partners' name/country/kind and alliances' stage (a dated move) and governance
    change, new rows add an alliance at their stage (citing the partner when needed)."""
    steps: list[ModelCommand] = []
    kept = {row.alliance_id for row in rows if row.alliance_id}
    for alliance in project.alliances_of_action(action_id):
        if alliance.id not in kept:
            steps.append(RemoveAllianceCommand(project, alliance.id))
    new_partners: dict[tuple[str, str], Partner] = {}
    for row in rows:
        if row.alliance_id:
            alliance = project.alliance(row.alliance_id)
            partner = project.partners[alliance.partner_id]
            changes = {name: value for name, value in
                       (("name", row.name), ("country", row.country), ("kind", row.kind))
                       if getattr(partner, name) != value}
            if changes:
                steps.append(EditPartnerCommand(project, partner.id, changes))
            if alliance.stage != row.stage:
                steps.append(MoveAllianceCommand(project, alliance.id, row.stage, today))
            if alliance.governance != row.governance:
                steps.append(EditAllianceCommand(project, alliance.id,
                                                 {"governance": row.governance}))
            continue
        key = (" ".join(row.name.split()).casefold(), row.country.strip().casefold())
        found = project.find_partner(row.name, row.country) or new_partners.get(key)
        if found is None:
            found = new_partners[key] = Partner(row.name, kind=row.kind, country=row.country)
            steps.append(CitePartnerCommand(project, found))
        steps.append(AddAllianceCommand(project, Alliance(
            found.id, action_id, stage=row.stage, governance=row.governance,
            history=[StageChange(row.stage, today)])))
    return steps


__all__ = [
    "AddAllianceCommand", "AllianceRow", "CitePartnerCommand", "EditAllianceCommand",
    "EditPartnerCommand", "MoveAllianceCommand", "RemoveAllianceCommand", "RemovePartnerCommand",
    "SetCorrespondenceCommand", "StepsCommand", "alliance_rows", "sync_steps",
]
