"""The action form: every field of one action, for the plan dock's "Edit…" and double-click.

The form edits nothing by itself: :meth:`ActionForm.changes` returns ``{field: new value}`` for the
fields the user changed, and the dock pushes them as ONE undo command
(:class:`~valuechain_gui.ui.document.commands.plan.EditActionFieldsCommand`). :func:`edit_action` does both.

Fields (core issue): title, owner, partners, start, deadline (date pickers with a "no date"
state), budget (€), funding source, priority, indicator, status, notes; for alliance search also
scope, search channels (checkable list) and the partners in its pipeline
(:class:`PartnersEditor`). The link, kind and derived state (live / achieved / obsolete with why) are shown read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.model import (
    Action,
    ActionKind,
    ActionStatus,
    Priority,
    Project,
    Scope,
    SearchChannel,
)
from valuechain_gui.ui.document.commands.alliances import alliance_rows
from valuechain_gui.ui.document.edit import DocumentEdit
from .labels import (
    channel_label,
    kind_label,
    priority_label,
    scope_label,
    state_label,
    status_label,
)
from .partners_editor import PartnersEditor
from .widgets import EnumCombo, EuroSpinBox, OptionalDateEdit


class ActionForm(QDialog):
    """Modal form over one action of ``project`` (read at construction; nothing written).

    Attributes (the editors, for tests and callers): ``title_edit``, ``owner_edit``,
    ``partners_edit``, ``start_edit``, ``deadline_edit``, ``budget_edit``, ``funding_edit``,
    ``priority_combo``, ``indicator_edit``, ``status_combo``, ``notes_edit``; for alliance search
    ``scope_combo``, ``channels_list``, ``partners_editor`` (None otherwise).
    """

    def __init__(self, project: Project, action_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.action: Action = project.actions[action_id]
        action = self.action
        self.setWindowTitle(self.tr("Action: {title}").format(title=action.title or "…"))
        self.setMinimumWidth(900)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        state = state_label(*project.action_state(action))
        header = QLabel(self.tr("<b>{link}</b> — {kind} — {state}").format(
            link=_escape(project.action_link_name(action)), kind=kind_label(action.kind),
            state=state), self)
        header.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(header)

        self.title_edit = QLineEdit(action.title, self)
        self.owner_edit = QLineEdit(action.owner, self)
        self.owner_edit.setPlaceholderText(self.tr("who carries the action"))
        self.partners_edit = QLineEdit(action.partners, self)
        self.start_edit = OptionalDateEdit(self)
        self.start_edit.set_value(action.start)
        self.deadline_edit = OptionalDateEdit(self)
        self.deadline_edit.set_value(action.deadline)
        self.budget_edit = EuroSpinBox(self)
        self.budget_edit.set_value(action.budget)
        self.funding_edit = QLineEdit(action.funding_source, self)
        self.priority_combo = EnumCombo(Priority, priority_label, none_text=self.tr("not set"),
                                        parent=self)
        self.priority_combo.set_value(action.priority)
        self.indicator_edit = QLineEdit(action.indicator, self)
        self.status_combo = EnumCombo(ActionStatus, status_label, parent=self)
        self.status_combo.set_value(action.status)
        self.notes_edit = QPlainTextEdit(action.notes, self)
        self.notes_edit.setFixedHeight(70)

        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.tr("&Partners:"), self.partners_edit)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&Deadline:"), self.deadline_edit)
        form.addRow(self.tr("&Budget:"), self.budget_edit)
        form.addRow(self.tr("&Funding source:"), self.funding_edit)
        form.addRow(self.tr("P&riority:"), self.priority_combo)
        form.addRow(self.tr("&Indicator:"), self.indicator_edit)
        form.addRow(self.tr("St&atus:"), self.status_combo)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        self.scope_combo: EnumCombo | None = None
        self.channels_list: QListWidget | None = None
        self.partners_editor: PartnersEditor | None = None
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        if action.kind == ActionKind.ALLIANCE_SEARCH:
            body_layout.addWidget(self._alliance_box(action))

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        alliance = action.kind == ActionKind.ALLIANCE_SEARCH
        self.resize(1060 if alliance else 940, 760 if alliance else 520)

    def _alliance_box(self, action: Action) -> QGroupBox:
        box = QGroupBox(self.tr("Alliance search"), self)
        form = QFormLayout(box)
        self.scope_combo = EnumCombo(Scope, scope_label, none_text=self.tr("not set"), parent=box)
        self.scope_combo.set_value(action.scope)
        self.channels_list = QListWidget(box)
        for channel in SearchChannel:
            item = QListWidgetItem(channel_label(channel), self.channels_list)
            item.setData(Qt.ItemDataRole.UserRole, channel.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if channel in action.search_channels
                               else Qt.CheckState.Unchecked)
        self.channels_list.setFixedHeight(6 * 22 + 6)
        self._initial_rows = alliance_rows(self.project, action.id)
        self.partners_editor = PartnersEditor(self._initial_rows, box)
        form.addRow(self.tr("S&cope:"), self.scope_combo)
        form.addRow(self.tr("Search c&hannels:"), self.channels_list)
        form.addRow(self.tr("Candidate partners:"), self.partners_editor)
        return box

    # ------------------------------------------------------------------ reading back
    def values(self) -> dict[str, Any]:
        """Every field as the form shows it, as model values."""
        values: dict[str, Any] = {
            "title": self.title_edit.text(),
            "owner": self.owner_edit.text(),
            "partners": self.partners_edit.text(),
            "start": self.start_edit.value(),
            "deadline": self.deadline_edit.value(),
            "budget": self.budget_edit.value_or_none(),
            "funding_source": self.funding_edit.text(),
            "priority": self.priority_combo.value(),
            "indicator": self.indicator_edit.text(),
            "status": self.status_combo.value(),
            "notes": self.notes_edit.toPlainText(),
        }
        if self.scope_combo is not None and self.channels_list is not None \
                and self.partners_editor is not None:
            values["scope"] = self.scope_combo.value()
            channels = []
            for row in range(self.channels_list.count()):
                item = self.channels_list.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    channels.append(SearchChannel(item.data(Qt.ItemDataRole.UserRole)))
            values["search_channels"] = channels
            values["alliances"] = self.partners_editor.rows()
        return values

    def changes(self) -> dict[str, Any]:
        """``{field: new value}`` for the fields that differ from the action (``"alliances"``:
        the partner rows, when they differ from the action's alliances)."""
        values = self.values()
        rows = values.pop("alliances", None)
        changes = {name: value for name, value in values.items()
                   if value != getattr(self.action, name)}
        if rows is not None and rows != self._initial_rows:
            changes["alliances"] = rows
        return changes


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def push_form_changes(edit: DocumentEdit, action_id: str, changes: dict[str, Any]) -> bool:
    """Apply ``changes`` as one undo step (nothing when empty); returns True if a step was pushed."""
    return edit.update_action_fields(action_id, changes)


def edit_action(edit: DocumentEdit, action_id: str, parent: QWidget | None = None) -> bool:
    """Open the form modally; on OK push the changes as one undo step. True if something changed."""
    form = ActionForm(edit.project, action_id, parent)
    if form.exec() != QDialog.DialogCode.Accepted:
        return False
    return push_form_changes(edit, action_id, form.changes())
