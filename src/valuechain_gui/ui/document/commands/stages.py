"""Undo commands for stages (lanes): add, rename, move, remove.

Stage edits keep card positions coherent with the lanes (lanes stand side by side, each
``lane_width`` wide or wider when its cards stand in several sub-columns): when lanes shift, the
cards of the shifted lanes shift with them in the same undo step, each lane keeping its width. Where lanes and cards sit is a :class:`LaneGrid` handed in
by the document's edit doorway (``ui/document/edit.py`` builds it from
:mod:`valuechain_gui.geometry`), so the commands import only the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from valuechain_gui.model import Project, Stage
from .base import ModelCommand

Position = tuple[float, float]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


@dataclass(frozen=True)
class LaneGrid:
    """Where cards sit in the lanes, as the canvas draws them.

    Attributes:
        lane_width: width of a lane of one sub-column (a new lane's width).
        first_card: top-left corner of the first card of lane 0.
        row_step: from one card's top to the next one's in a lane (card height and gap).
        spans_of: ``(left, width)`` of each lane of a project as the canvas draws them; None:
            every lane ``lane_width`` wide.
    """

    lane_width: float
    first_card: Position
    row_step: float
    spans_of: Callable[[Project], list[tuple[float, float]]] | None = None

    def card_x(self, lane_index: int) -> float:
        """x of the cards of lane ``lane_index`` when every lane is ``lane_width`` wide."""
        return lane_index * self.lane_width + self.first_card[0]

    def lefts(self, project: Project) -> dict[str, tuple[float, float]]:
        """Stage id → ``(left, width)`` of its lane now."""
        spans = (self.spans_of(project) if self.spans_of is not None else
                 [(i * self.lane_width, self.lane_width) for i in range(len(project.stages))])
        return {stage.id: span for stage, span in zip(project.stages, spans)}


# ---------------------------------------------------------------------------------------- stages
def _lane_of(project: Project) -> dict[str, int]:
    index = {stage.id: i for i, stage in enumerate(project.stages)}
    return {link.id: index[link.stage_id] for link in project.links.values()}


class _StageCommand(ModelCommand):
    """A stage operation followed by the position shift that keeps cards in their lanes."""

    def __init__(self, text: str, project: Project, grid: LaneGrid,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.project = project
        self.grid = grid
        self.old_positions: dict[str, dict[str, Any]] = {}
        self.new_positions: dict[str, dict[str, Any]] = {}
        self._done_once = False
        self._new_left: dict[str, float] = {}
        #: set by the caller: the return marks the new stage order calls for (computed once,
        #: after the first apply; the analysis lives outside the commands)
        self.remark: Callable[[Project], dict[tuple[str, str], bool]] | None = None
        self.marks: dict[tuple[str, str], bool] = {}
        self.old_marks: dict[tuple[str, str], bool] = {}

    def card_x(self, stage_id: str) -> float:
        """x of a card in the first sub-column of stage ``stage_id``'s lane after the edit."""
        return self._new_left.get(stage_id, 0.0) + self.grid.first_card[0]

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError

    def _extra_positions(self, before: dict[str, int]) -> dict[str, Position]:
        return {}

    def apply(self) -> None:
        before = _lane_of(self.project)
        spans = self.grid.lefts(self.project) if not self._done_once else {}
        stage_before = {link.id: link.stage_id for link in self.project.links.values()}
        self._apply()
        if not self._done_once:
            self._done_once = True
            left = 0.0
            for stage in self.project.stages:  # each lane keeps its width
                self._new_left[stage.id] = left
                left += spans.get(stage.id, (0.0, self.grid.lane_width))[1]
            moves = self._extra_positions(before)
            for link in self.project.links.values():
                old = stage_before.get(link.id)
                if old is None or link.id in moves or old not in spans:
                    continue
                shift = self._new_left.get(link.stage_id, 0.0) - spans[old][0]
                if shift:
                    x, y = link.position
                    moves[link.id] = (x + shift, y)
            self.new_positions = {i: {"position": p} for i, p in moves.items()}
        if self.new_positions:
            self.old_positions = self.project.update_links(self.new_positions)
        if self.remark is not None:
            self.marks, self.remark = self.remark(self.project), None
        if self.marks:
            self.old_marks = self.project.set_return_flows(self.marks)

    def undo(self) -> None:
        if self.old_marks:
            self.project.set_return_flows(self.old_marks)
        if self.old_positions:
            self.project.update_links(self.old_positions)
        self._revert()


class AddStageCommand(_StageCommand):
    """Insert a new stage named ``name`` at ``index`` (default: last); later lanes shift right."""

    def __init__(self, project: Project, name: str, index: int | None = None, *,
                 grid: LaneGrid, parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Add stage"), project, grid, parent)
        self.stage = Stage(name)
        self.index = len(project.stages) if index is None else index

    def _apply(self) -> None:
        self.project.add_stage(self.stage, self.index)

    def _revert(self) -> None:
        self.project.remove_stage(self.stage.id)


class RenameStageCommand(ModelCommand):
    """Rename a stage; a blank name is refused (``refusal``: ModelError ``blank_name``), not pushed."""

    def __init__(self, project: Project, stage_id: str, name: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Rename stage"), parent)
        self.project, self.stage_id, self.name = project, stage_id, name
        self.old = project.stage(stage_id).name

    def apply(self) -> None:
        self.project.rename_stage(self.stage_id, self.name)

    def undo(self) -> None:
        self.project.rename_stage(self.stage_id, self.old)


class MoveStageCommand(_StageCommand):
    """Move a stage to ``index`` in the order; the cards of every shifted lane follow."""

    def __init__(self, project: Project, stage_id: str, index: int, *, grid: LaneGrid,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Move stage"), project, grid, parent)
        self.stage_id, self.index = stage_id, index
        self.old_index = project.stage_index(stage_id)

    def _apply(self) -> None:
        self.project.move_stage(self.stage_id, self.index)

    def _revert(self) -> None:
        self.project.move_stage(self.stage_id, self.old_index)


class RemoveStageCommand(_StageCommand):
    """Remove a stage; its links move to ``move_links_to`` (below its cards) or are deleted."""

    def __init__(self, project: Project, stage_id: str, move_links_to: str | None = None, *,
                 grid: LaneGrid, parent: QUndoCommand | None = None) -> None:
        super().__init__(_tr("Remove stage"), project, grid, parent)
        self.stage_id, self.move_links_to = stage_id, move_links_to
        self.record = None

    def _apply(self) -> None:
        self.record = self.project.remove_stage(self.stage_id, self.move_links_to)

    def _revert(self) -> None:
        self.project.restore_stage(self.record)

    def _extra_positions(self, before: dict[str, int]) -> dict[str, Position]:
        if self.record is None or not self.record.moved:
            return {}
        staying = [link for link in self.project.links_in_stage(self.move_links_to)
                   if link.id not in self.record.moved]
        step = self.grid.row_step
        y = max((link.position[1] + step for link in staying), default=self.grid.first_card[1])
        x = self.card_x(self.move_links_to)
        out = {}
        for link_id in self.record.moved:
            out[link_id] = (x, y)
            y += step
        return out
