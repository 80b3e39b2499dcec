"""In-place editors of the plan table: dates, priority/status combos, euros, plain text.

The delegate only chooses the editor; committing goes through
:meth:`PlanTableModel.setData`, which pushes one undo command per edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from valuechain_gui.model import ActionStatus, Priority
from .widgets import EnumCombo, EuroSpinBox, OptionalDateEdit
from .labels import priority_label, status_label
from .table_model import COL_BUDGET, COL_DEADLINE, COL_PRIORITY, COL_STATUS


class PlanDelegate(QStyledItemDelegate):
    """Item delegate of the plan table (deadline: date picker; priority/status: combos;
    budget: euros; other columns: the default line edit)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """The editor for the cell's column."""
        column = index.column()
        if column == COL_DEADLINE:
            return OptionalDateEdit(parent)
        if column == COL_PRIORITY:
            return EnumCombo(Priority, priority_label,
                             none_text=self.tr("not set"), parent=parent)
        if column == COL_STATUS:
            return EnumCombo(ActionStatus, status_label, parent=parent)
        if column == COL_BUDGET:
            return EuroSpinBox(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget,  # noqa: N802
                      index: QModelIndex | QPersistentModelIndex) -> None:
        """Load the cell's EditRole value into the editor."""
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, EnumCombo):
            editor.set_value(value or None)
        elif isinstance(editor, EuroSpinBox):
            editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """Write the editor's value back through the model (one undo command)."""
        if isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, EnumCombo):
            member = editor.value()
            model.setData(index, member.value if member is not None else "",
                          Qt.ItemDataRole.EditRole)
        elif isinstance(editor, EuroSpinBox):
            editor.interpretText()
            model.setData(index, editor.value_or_none(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
