"""The one doorway for edits: :class:`DocumentEdit` builds each undo command, pushes it on the
document's stack and says what went wrong through one signal.

Every user edit of the product goes through here (``document.edit.set_status(ids, status)``,
``add_flow(up, down)``, ``move_links(...)``, ``update_action(...)``...); nothing else in ``ui/``
pushes a command. An edit that would change nothing (the same status, the same name, the same
position) pushes nothing and so notifies nothing. A refusal of the model (duplicate flow, blank
name...) leaves the stack as it was and is emitted as ``message(text)``, which the status bar
shows; so is a note that the model cleaned a typed text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from valuechain_gui.analysis.returns import closes_loop, remarked_flows, stale_marks
from valuechain_gui.errors import ModelError
from valuechain_gui.geometry import (
    CARD_GAP_Y,
    CARD_HEIGHT,
    LANE_WIDTH,
    card_position,
    project_lane_spans,
)
from valuechain_gui.model import (
    KIND_FOR_STATUS,
    Action,
    ActionKind,
    Alliance,
    CooperationStage,
    Decision,
    Link,
    LinkStatus,
    Partner,
    Project,
    StageChange,
)
from valuechain_gui.words import word
from valuechain_gui.ui.text.messages import cleaned_places_text, error_text
from .commands.alliances import (
    AddAllianceCommand,
    AllianceRow,
    CitePartnerCommand,
    EditAllianceCommand,
    EditPartnerCommand,
    MoveAllianceCommand,
    RemoveAllianceCommand,
    RemovePartnerCommand,
    SetCorrespondenceCommand,
    StepsCommand,
    sync_steps,
)
from .commands.base import ModelCommand
from .commands.links import (
    AddFlowCommand,
    AddLinkCommand,
    DeleteSelectionCommand,
    DuplicateLinksCommand,
    EditLinkCommand,
    LayoutCommand,
    MoveLinksCommand,
    PasteLinksCommand,
    RemoveFlowsCommand,
    RemoveLinksCommand,
    SetStatusCommand,
    ToggleStrategicCommand,
    unique_name,
)
from .commands.meta import EditPropertiesCommand, RecordVotesCommand, SaveSnapshotCommand
from .commands.plan import (
    AddActionCommand,
    EditActionCommand,
    EditActionFieldsCommand,
    RemoveActionCommand,
)
from .commands.stages import (
    AddStageCommand,
    LaneGrid,
    MoveStageCommand,
    RemoveStageCommand,
    RenameStageCommand,
)

Position = tuple[float, float]

#: Where the canvas puts lanes and cards, for the stage commands that shift cards with lanes.
LANE_GRID = LaneGrid(lane_width=LANE_WIDTH, first_card=card_position(0, 0),
                     row_step=CARD_HEIGHT + CARD_GAP_Y, spans_of=project_lane_spans)


def push_checked(stack: QUndoStack, command: ModelCommand) -> None:
    """Apply ``command``, then put it on ``stack``; a refused command never reaches the stack
    (see :mod:`.commands.base` for why it must not reach Qt at all).

    Raises:
        ModelError: the model refused the edit (duplicate flow or name, blank name...); the
            stack and the project are then unchanged.
    """
    command.apply_first()
    stack.push(command)


class DocumentEdit(QObject):
    """The edits of one project, pushed on its undo stack.

    Args:
        project: the project edited.
        undo_stack: where every edit is pushed (the document's).

    Signals:
        message(str): a refused edit (the model's reason, translated) or a note on what the
            model cleaned; the window's status bar shows it.

    Each operation returns True when a step was pushed (or merged into the previous one), False
    when it was refused or would have changed nothing.
    """

    message = Signal(str)

    def __init__(self, project: Project, undo_stack: QUndoStack,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack

    @classmethod
    def standalone(cls, project: Project, parent: QObject | None = None) -> DocumentEdit:
        """The edits of a project shown without a document (a panel on its own, a test), on an
        undo stack of their own."""
        edit = cls(project, QUndoStack(), parent)
        edit.undo_stack.setParent(edit)
        return edit

    # ------------------------------------------------------------------ the one push
    def _push(self, command: ModelCommand) -> bool:
        """Push ``command``; a refusal of the model becomes :attr:`message`. True if applied."""
        try:
            push_checked(self.undo_stack, command)
        except ModelError as refusal:
            self.message.emit(error_text(refusal))
            return False
        places = self.project.take_cleaned_places()
        if places:
            self.message.emit(cleaned_places_text(places))
        return True

    def macro(self, text: str) -> _Macro:
        """``with edit.macro("Cut"): ...``: the edits inside are one undo step."""
        return _Macro(self.undo_stack, text)

    # ------------------------------------------------------------------ links
    def add_link(self, link: Link, index: int | None = None) -> bool:
        """Add ``link`` (a card created on the canvas)."""
        return self._push(AddLinkCommand(self.project, link, index))

    def add_new_link(self, name: str, stage_id: str, position: Position) -> str | None:
        """Add a new link named ``name`` (made unique: "name (2)"...) in a stage at a scene
        position; its id, or None when refused."""
        link = self.project.make_link(unique_name(self.project, name), stage_id,
                                      position=position)
        return link.id if self.add_link(link) else None

    def remove_links(self, link_ids: Iterable[str]) -> bool:
        """Remove links with their flows."""
        ids = list(link_ids)
        return bool(ids) and self._push(RemoveLinksCommand(self.project, ids))

    def set_status(self, link_ids: Iterable[str], status: LinkStatus | str) -> bool:
        """Tag links with ``status`` (nothing when they all have it already)."""
        ids = list(dict.fromkeys(link_ids))
        status = LinkStatus(status)
        if not ids or all(self.project.link(i).status == status for i in ids):
            return False
        return self._push(SetStatusCommand(self.project, ids, status))

    def toggle_strategic(self, link_ids: Iterable[str]) -> bool:
        """Mark links strategic, or unmark them when all already are."""
        ids = list(dict.fromkeys(link_ids))
        return bool(ids) and self._push(ToggleStrategicCommand(self.project, ids))

    def rename_link(self, link_id: str, name: str, merge_key: Any = None) -> bool:
        """Rename a link (nothing when the name is the same)."""
        return self.update_link(link_id, "name", name, merge_key)

    def update_link(self, link_id: str, field: str, value: Any, merge_key: Any = None) -> bool:
        """Set one field of a link (nothing when it has that value); edits with the same
        ``merge_key`` on the same field merge into one step (typing)."""
        if getattr(self.project.link(link_id), field, None) == value:
            return False
        return self._push(EditLinkCommand(self.project, link_id, field, value, merge_key))

    def move_links(self, positions: dict[str, Position],
                   stage_ids: dict[str, str] | None = None, merge_key: Any = None) -> bool:
        """Move cards (and into another lane when ``stage_ids`` says so; the flows of a card that
        changes stage are re-marked as return flows or not in the same step); nothing when
        every card is already there."""
        same = all(tuple(self.project.link(i).position) == (float(p[0]), float(p[1]))
                   for i, p in positions.items())
        if same and all(self.project.link(i).stage_id == s for i, s in (stage_ids or {}).items()):
            return False
        marks = remarked_flows(self.project, stage_ids) if stage_ids else None
        return self._push(MoveLinksCommand(self.project, positions, stage_ids, merge_key,
                                           marks=marks))

    def layout(self, positions: dict[str, Position] | None = None) -> bool:
        """Auto-layout every card and mark the return flows, one undo step (the analysis'
        :func:`~valuechain_gui.analysis.layout.auto_layout` when ``positions`` is None; given
        positions move the cards only)."""
        marks = None
        if positions is None:
            from valuechain_gui.analysis.layout import auto_layout  # networkx: on demand

            plan = auto_layout(self.project)
            positions, marks = dict(plan.positions), plan.return_marks(self.project)
        links = self.project.links
        if not marks and all(tuple(links[i].position) == (float(p[0]), float(p[1]))
                             for i, p in positions.items()):
            return False  # laid out already: no step, no notification
        return self._push(LayoutCommand(self.project, positions, marks))

    def delete_selection(self, link_ids: Iterable[str], flow_keys: Iterable[tuple[str, str]]) -> bool:
        """Delete the selected links and flows in one step."""
        return self._push(DeleteSelectionCommand(self.project, list(link_ids), list(flow_keys)))

    def paste_links(self, data: dict[str, Any]) -> list[str] | None:
        """Paste clipboard ``data`` as new links; their ids, or None when refused.

        Raises:
            ValueError, KeyError, TypeError, AttributeError, IndexError: ``data`` holds no links.
        """
        command = PasteLinksCommand(self.project, data)
        return list(command.new_ids) if self._push(command) else None

    def duplicate_links(self, link_ids: Iterable[str]) -> list[str] | None:
        """Copies of links next to them; their ids, or None when refused."""
        command = DuplicateLinksCommand(self.project, list(link_ids))
        return list(command.new_ids) if self._push(command) else None

    # ------------------------------------------------------------------ flows
    def add_flow(self, up: str, down: str) -> bool:
        """Add the flow ``up → down`` (a self flow or a duplicate is refused); a flow to an
        earlier stage, or closing a loop inside a stage, is a return flow."""
        backward = up in self.project.links and down in self.project.links and closes_loop(
            self.project, up, down)
        return self._push(AddFlowCommand(self.project, up, down, backward))

    def remove_flows(self, keys: Iterable[tuple[str, str]]) -> bool:
        """Remove flows given as ``(upstream, downstream)``."""
        keys = list(keys)
        return bool(keys) and self._push(RemoveFlowsCommand(self.project, keys))

    # ------------------------------------------------------------------ stages
    def add_stage(self, name: str, index: int | None = None) -> str | None:
        """Add a stage (a lane); its id, or None when refused."""
        command = AddStageCommand(self.project, name, index, grid=LANE_GRID)
        return command.stage.id if self._push(command) else None

    def rename_stage(self, stage_id: str, name: str) -> bool:
        """Rename a stage (nothing when the name is the same)."""
        if self.project.stage(stage_id).name == name:
            return False
        return self._push(RenameStageCommand(self.project, stage_id, name))

    def move_stage(self, stage_id: str, index: int) -> bool:
        """Move a stage to ``index`` among the lanes (flows that now go to an earlier stage
        become return flows, marked ones now going right plain flows, in the same step)."""
        command = MoveStageCommand(self.project, stage_id, index, grid=LANE_GRID)
        command.remark = stale_marks
        return self._push(command)

    def remove_stage(self, stage_id: str, move_links_to: str | None = None) -> bool:
        """Remove a stage; its links go to ``move_links_to`` or are deleted when None (their
        flows re-marked as :meth:`move_stage` does)."""
        command = RemoveStageCommand(self.project, stage_id, move_links_to, grid=LANE_GRID)
        command.remark = stale_marks
        return self._push(command)

    # ------------------------------------------------------------------ action plan
    def add_action(self, action: Action) -> bool:
        """Add an action to the plan."""
        return self._push(AddActionCommand(self.project, action))

    def remove_actions(self, action_ids: Iterable[str], text: str = "") -> bool:
        """Remove actions, one undo step (``text`` names it when there are several)."""
        ids = list(action_ids)
        if len(ids) == 1:
            return self._push(RemoveActionCommand(self.project, ids[0]))
        done = False
        with self.macro(text):
            for action_id in ids:
                done = self._push(RemoveActionCommand(self.project, action_id)) or done
        return done

    def update_action(self, action_id: str, field: str, value: Any) -> bool:
        """Set one field of an action (nothing when it has that value)."""
        if getattr(self.project.actions[action_id], field) == value:
            return False
        return self._push(EditActionCommand(self.project, action_id, field, value))

    def update_action_fields(self, action_id: str, changes: dict[str, Any]) -> bool:
        """Set several fields of an action in one step (the action form); nothing when empty.

        An ``"alliances"`` entry (a list of
        :class:`~.commands.alliances.AllianceRow`) makes the action's alliances what the rows
        say, in the same step (see :func:`~.commands.alliances.sync_steps`).
        """
        changes = dict(changes)
        rows: list[AllianceRow] | None = changes.pop("alliances", None)
        steps: list[ModelCommand] = []
        try:
            if changes:
                steps.append(EditActionFieldsCommand(self.project, action_id, changes))
            if rows is not None:
                steps += sync_steps(self.project, action_id, rows, date.today())
        except ModelError as refusal:
            self.message.emit(error_text(refusal))
            return False
        return self._push_steps(steps, _tr("Edit action"))

    # ------------------------------------------------------------------ partners and alliances
    def _push_steps(self, steps: list[ModelCommand], text: str) -> bool:
        """Push ``steps`` as one undo step (nothing when there is none)."""
        if not steps:
            return False
        return self._push(steps[0] if len(steps) == 1 else StepsCommand(steps, text))

    def cite_partner(self, partner: Partner) -> bool:
        """Cite ``partner`` in the project (a directory entry's copy, or a new one)."""
        return self._push(CitePartnerCommand(self.project, partner))

    def update_partner(self, partner_id: str, **changes: Any) -> bool:
        """Change fields of a cited partner (only those that differ; nothing when none)."""
        partner = self.project.partners.get(partner_id)
        if partner is not None:
            changes = {k: v for k, v in changes.items() if getattr(partner, k, v) != v
                       or not hasattr(partner, k)}
        if not changes:
            return False
        try:
            command = EditPartnerCommand(self.project, partner_id, changes)
        except ModelError as refusal:
            self.message.emit(error_text(refusal))
            return False
        return self._push(command)

    def remove_partner(self, partner_id: str) -> bool:
        """Stop citing a partner, with its alliances and correspondence decisions."""
        return self._push(RemovePartnerCommand(self.project, partner_id))

    def add_candidate(self, link_id: str, partner: Partner) -> str | None:
        """Put ``partner`` in the pipeline of ``link_id``'s action, in ONE undo step.

        The partner is cited if it is not yet (matched by id, else by name and country); the
        link gets an action if it has none of the kind its status calls for (alliance search
        for a missing link, local reinforcement for a weak one; alliance search otherwise); the
        alliance starts at *identified* with a history entry dated today. Returns the
        alliance's id, or None when refused (the partner already in that pipeline...).
        """
        try:
            link = self.project.link(link_id)
        except ModelError as refusal:
            self.message.emit(error_text(refusal))
            return None
        steps: list[ModelCommand] = []
        cited = self.project.partners.get(partner.id) or self.project.find_partner(
            partner.name, partner.country)
        if cited is None:
            cited = partner
            steps.append(CitePartnerCommand(self.project, partner))
        kind = KIND_FOR_STATUS.get(link.status, ActionKind.ALLIANCE_SEARCH)
        action = next((a for a in self.project.actions_for_link(link_id) if a.kind == kind),
                      None)
        if action is None:
            action = Action(link_id=link_id, kind=kind, link_name=link.name,
                            title=word(self.project.language, f"action.title.{kind.value}",
                                       link=link.name))
            steps.append(AddActionCommand(self.project, action))
        alliance = Alliance(cited.id, action.id, stage=CooperationStage.IDENTIFIED,
                            history=[StageChange(CooperationStage.IDENTIFIED, date.today())])
        steps.append(AddAllianceCommand(self.project, alliance))
        done = self._push_steps(steps, _tr("Add candidate {name}").format(name=cited.name))
        return alliance.id if done else None

    def remove_alliance(self, alliance_id: str) -> bool:
        """Take a partner out of an action's pipeline."""
        return self._push(RemoveAllianceCommand(self.project, alliance_id))

    def update_alliance(self, alliance_id: str, **changes: Any) -> bool:
        """Change fields of an alliance (only those that differ; nothing when none)."""
        alliance = self.project.alliances.get(alliance_id)
        if alliance is not None:
            changes = {k: v for k, v in changes.items() if getattr(alliance, k, v) != v
                       or not hasattr(alliance, k)}
        if not changes:
            return False
        try:
            command = EditAllianceCommand(self.project, alliance_id, changes)
        except ModelError as refusal:
            self.message.emit(error_text(refusal))
            return False
        return self._push(command)

    def move_alliance(self, alliance_id: str, stage: CooperationStage | str, by: str = "",
                      note: str = "", on: date | None = None) -> bool:
        """Move an alliance to ``stage`` with a history entry dated ``on`` (default today);
        nothing when it is at that stage already and no note is given."""
        alliance = self.project.alliances.get(alliance_id)
        if alliance is not None and alliance.stage == stage and not note:
            return False
        return self._push(MoveAllianceCommand(self.project, alliance_id, CooperationStage(stage),
                                              on or date.today(), by, note))

    def set_correspondence(self, link_id: str, partner_id: str, their_link: str,
                           decision: Decision | None) -> bool:
        """Confirm, reject (or forget, with None) a proposed correspondence."""
        if self.project.decision(link_id, partner_id, their_link) == decision \
                and link_id in self.project.links and partner_id in self.project.partners:
            return False
        return self._push(SetCorrespondenceCommand(self.project, link_id, partner_id,
                                                   their_link, decision))

    # ------------------------------------------------------------------ project
    def update_project(self, changes: dict[str, Any]) -> bool:
        """Set project attributes (Project > Properties) in one step; only those that differ."""
        changes = {k: v for k, v in changes.items() if getattr(self.project, k) != v}
        return bool(changes) and self._push(EditPropertiesCommand(self.project, changes))

    def save_snapshot(self, label: str, taken: date) -> bool:
        """Workshop > Save Snapshot: keep the chain's state in the project, in one step."""
        return self._push(SaveSnapshotCommand(self.project, label, taken))

    def record_votes(self, votes: dict[str, Any]) -> bool:
        """Close Voting: set the project's votes (link id → ``LinkVotes``) in one step."""
        if votes == dict(self.project.votes):
            return False
        return self._push(RecordVotesCommand(self.project, votes))


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentEdit", text)


class _Macro:
    """A context manager around ``beginMacro``/``endMacro``."""

    def __init__(self, stack: QUndoStack, text: str) -> None:
        self.stack, self.text = stack, text

    def __enter__(self) -> None:
        self.stack.beginMacro(self.text)

    def __exit__(self, *exc: object) -> None:
        self.stack.endMacro()
