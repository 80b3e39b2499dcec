"""Undo commands for stages (lanes): add, rename, move, remove.

Stage edits keep card positions coherent with the lanes (lane ``i`` spans
``[i * lane_width, (i + 1) * lane_width)``): when lanes shift, the cards of the shifted lanes
shift with them in the same undo step. Where lanes and cards sit is a :class:`LaneGrid` handed in
by the document's edit doorway (``ui/document/edit.py`` builds it from
:mod:`valuechain_gui.geometry`), so the commands import only the model.
"""

from __future__ import annotations

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
        lane_width: width of a lane (lane ``i`` starts at x = ``i * lane_width``).
        first_card: top-left corner of the first card of lane 0.
        row_step: from one card's top to the next one's in a lane (card height and gap).
    """

    lane_width: float
    first_card: Position
    row_step: float

    def card_x(self, lane_index: int) -> float:
        """x of the cards of lane ``lane_index``."""
        return lane_index * self.lane_width + self.first_card[0]


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

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError

    def _extra_positions(self, before: dict[str, int]) -> dict[str, Position]:
        return {}

    def apply(self) -> None:
        before = _lane_of(self.project)
        self._apply()
        if not self._done_once:
            self._done_once = True
            after = _lane_of(self.project)
            moves = self._extra_positions(before)
            for link_id, lane in after.items():
                if link_id in before and lane != before[link_id] and link_id not in moves:
                    x, y = self.project.links[link_id].position
                    moves[link_id] = (x + (lane - before[link_id]) * self.grid.lane_width, y)
            self.new_positions = {i: {"position": p} for i, p in moves.items()}
        if self.new_positions:
            self.old_positions = self.project.update_links(self.new_positions)

    def undo(self) -> None:
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
        target = self.project.stage_index(self.move_links_to)
        staying = [link for link in self.project.links_in_stage(self.move_links_to)
                   if link.id not in self.record.moved]
        step = self.grid.row_step
        y = max((link.position[1] + step for link in staying), default=self.grid.first_card[1])
        x = self.grid.card_x(target)
        out = {}
        for link_id in self.record.moved:
            out[link_id] = (x, y)
            y += step
        return out
