"""Properties dock: edit the selected link's name, stage, status, flags, actors and notes.

The dock shows the model and changes it only through the document's edits (``document.edit``):
typing in a field sets that field of the link with a merge key that stays the same while the
field keeps the focus, so one burst of typing is one undo step; a refusal is the edit's message.
When the model changes (undo, canvas edit), fields are refreshed unless they already say the
same thing (so the cursor never jumps while typing).

Names are checked before anything is pushed: a blank name or one another link has is shown in
red with the reason and not applied; leaving the field puts the model's name back.

Keys typed here never act on links: the canvas's keys (1/2/3/0/S/F/Delete) are bound to the
canvas view only (see docs/architecture.md, "Known pitfalls": Shortcuts).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import count

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from valuechain_gui.geometry import card_grid, first_card_x, project_lane_spans
from valuechain_gui.model import LinkStatus, name_key
from valuechain_gui.ui.document.document import Document
from valuechain_gui.ui.text.labels import link_status_label
from valuechain_gui.ui.document.notifier import Connection, connect_all, disconnect_all
from valuechain_gui.ui.style import status_icon

STATUS_ORDER = (LinkStatus.UNASSESSED, LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING)
_SESSIONS = count(1)


def parse_actors(text: str) -> list[str]:
    """Actors typed one per line or separated by ``;`` → trimmed, non-empty names, in order."""
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


class PropertiesDock(QDockWidget):
    """The "Link" dock.

    Call :meth:`set_document` when the document changes and :meth:`show_links` with the
    selected link ids (``ChainScene.links_selection_changed``). Widgets are attributes for
    tests: ``name_edit``, ``stage_combo``, ``status_combo``, ``strategic_check``,
    ``end_market_check``, ``actors_edit``, ``notes_edit``, ``name_error``, ``votes_label``
    (the room's votes on the link: the rich text ``votes_source(link_id)`` gives, if set).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link properties"), parent)
        self.setObjectName("properties_dock")
        self.document: Document | None = None
        self._connections: tuple[Connection, ...] = ()
        self.link_ids: list[str] = []
        self._updating = False
        self.votes_source: Callable[[str], str] | None = None
        self._session = {"name": next(_SESSIONS), "actors": next(_SESSIONS),
                         "notes": next(_SESSIONS)}

        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(self.tr("Select a link on the map to see and edit it here."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        self.stack.addWidget(self.empty_label)

        form_host = QWidget()
        outer = QVBoxLayout(form_host)
        outer.setContentsMargins(8, 6, 8, 6)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name_edit")
        self.name_error = QLabel()
        self.name_error.setStyleSheet("color: #c62828;")
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        self.stage_combo = QComboBox()
        self.status_combo = QComboBox()
        for status in STATUS_ORDER:
            self.status_combo.addItem(status_icon(status, size=16),
                                      link_status_label(status).capitalize(), status.value)
        self.strategic_check = QCheckBox(self.tr("Strategic link"))
        self.end_market_check = QCheckBox(self.tr("End market (a final use of the chain)"))
        self.actors_edit = QPlainTextEdit()
        self.actors_edit.setPlaceholderText(self.tr("One actor per line, or separated by ;"))
        self.actors_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        for edit, lines in ((self.actors_edit, 3), (self.notes_edit, 3)):
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        self.name_label = QLabel(self.tr("&Name:"))
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("S&tage:"), self.stage_combo)
        form.addRow(self.tr("Stat&us:"), self.status_combo)
        form.addRow("", self.strategic_check)
        form.addRow("", self.end_market_check)
        self.votes_label = QLabel()
        self.votes_label.setObjectName("votes_label")
        self.votes_label.setTextFormat(Qt.TextFormat.RichText)
        self.votes_label.setWordWrap(True)
        self.votes_label.hide()
        form.addRow(self.votes_label)
        form.addRow(self.tr("&Actors:"), self.actors_edit)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        for label_field in (self.stage_combo, self.status_combo, self.actors_edit,
                            self.notes_edit):
            label = form.labelForField(label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)
        outer.addLayout(form, 1)
        self.stack.addWidget(form_host)
        self.setWidget(self.stack)

        self.name_edit.textEdited.connect(self._on_name_edited)
        self.name_edit.editingFinished.connect(self._on_name_finished)
        self.stage_combo.activated.connect(self._on_stage_chosen)
        self.status_combo.activated.connect(self._on_status_chosen)
        self.strategic_check.clicked.connect(self._on_strategic_clicked)
        self.end_market_check.clicked.connect(self._on_end_market_clicked)
        self.actors_edit.textChanged.connect(self._on_actors_changed)
        self.notes_edit.textChanged.connect(self._on_notes_changed)
        for edit in (self.name_edit, self.actors_edit, self.notes_edit):
            edit.installEventFilter(self)

    # ------------------------------------------------------------------ wiring
    def set_document(self, document: Document) -> None:
        """Show links of ``document`` (selection cleared) and follow its model events."""
        disconnect_all(self._connections)
        self.document = document
        notifier = document.notifier
        self._connections = ((notifier.links_removed, self._on_links_removed),
                             (notifier.links_changed, self._on_links_changed),
                             (notifier.stages_changed, self._on_stages_changed))
        connect_all(self._connections)
        self.show_links([])

    def show_links(self, link_ids: list[str]) -> None:
        """Show the links with these ids (the canvas selection); [] shows a hint."""
        if self.document is None:
            return
        self.link_ids = [i for i in link_ids if i in self.document.project.links]
        for key in self._session:
            self._session[key] = next(_SESSIONS)
        self._refresh(force=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A field losing the focus ends its typing burst (the next edit is a new undo step)."""
        if event.type() == QEvent.Type.FocusOut:
            for key, widget in (("name", self.name_edit), ("actors", self.actors_edit),
                                ("notes", self.notes_edit)):
                if watched is widget:
                    self._session[key] = next(_SESSIONS)
        return super().eventFilter(watched, event)

    def refresh_votes(self) -> None:
        """Show the room's votes on the one link shown (none for several links)."""
        text = ""
        if self.votes_source is not None and len(self.link_ids) == 1:
            text = self.votes_source(self.link_ids[0])
        self.votes_label.setText(text)
        self.votes_label.setVisible(bool(text))

    # ------------------------------------------------------------------ model → widgets
    def _on_links_removed(self, ids: tuple) -> None:
        if set(ids) & set(self.link_ids):
            self.link_ids = [i for i in self.link_ids if i in self.document.project.links]
            self._refresh(force=True)

    def _on_links_changed(self, ids: tuple, _fields: tuple) -> None:
        if set(ids) & set(self.link_ids):  # other links' changes (a drag elsewhere) cost nothing
            self._refresh(force=False)

    def _on_stages_changed(self, _ids: tuple) -> None:
        if self.link_ids:
            self._refresh(force=False)
        else:
            self._fill_stages()

    def _fill_stages(self) -> None:
        self.stage_combo.clear()
        for stage in self.document.project.stages:
            self.stage_combo.addItem(stage.name, stage.id)

    def _refresh(self, force: bool) -> None:
        """Put the model's values in the widgets (only where they differ, unless ``force``)."""
        project = self.document.project
        self._updating = True
        try:
            links = [project.links[i] for i in self.link_ids]
            self.refresh_votes()
            if not links:
                self.stack.setCurrentIndex(0)
                return
            self.stack.setCurrentIndex(1)
            single = len(links) == 1
            self.heading.setText(links[0].name if single else
                                 self.tr("%n links selected", "", len(links)))
            for widget in (self.name_edit, self.stage_combo, self.end_market_check,
                           self.actors_edit, self.notes_edit):
                widget.setEnabled(single)
            self._fill_stages()
            statuses = {link.status for link in links}
            self.status_combo.setCurrentIndex(
                STATUS_ORDER.index(links[0].status) if len(statuses) == 1 else -1)
            strategic = {link.strategic for link in links}
            self.strategic_check.setTristate(len(strategic) > 1)
            self.strategic_check.setCheckState(
                Qt.CheckState.PartiallyChecked if len(strategic) > 1 else
                Qt.CheckState.Checked if links[0].strategic else Qt.CheckState.Unchecked)
            if not single:
                for edit in (self.name_edit, self.actors_edit, self.notes_edit):
                    edit.clear()
                self.stage_combo.setCurrentIndex(-1)
                self._show_name_error("")
                return
            link = links[0]
            self.stage_combo.setCurrentIndex(self.stage_combo.findData(link.stage_id))
            self.end_market_check.setChecked(link.end_market)
            if force or name_key(self.name_edit.text()) != name_key(link.name) or (
                    not self.name_edit.hasFocus() and self.name_edit.text() != link.name):
                self.name_edit.setText(link.name)
                if not self.name_edit.hasFocus():
                    self.name_edit.setCursorPosition(0)  # show the start of a long name
                self._show_name_error("")
            if force or parse_actors(self.actors_edit.toPlainText()) != link.actors:
                self.actors_edit.setPlainText("\n".join(link.actors))
            if force or self.notes_edit.toPlainText() != link.notes:
                self.notes_edit.setPlainText(link.notes)
        finally:
            self._updating = False

    # ------------------------------------------------------------------ widgets → commands
    def _single(self) -> str | None:
        return self.link_ids[0] if len(self.link_ids) == 1 and self.document else None

    def _show_name_error(self, text: str) -> None:
        self.name_error.setText(text)
        self.name_error.setVisible(bool(text))
        self.name_edit.setStyleSheet("border: 1px solid #c62828;" if text else "")

    def name_problem(self, text: str) -> str:
        """Why ``text`` cannot be the selected link's name ("" when it can)."""
        if not text.strip():
            return self.tr("A link needs a name.")
        other = self.document.project.link_by_name(text)
        if other is not None and other.id != self._single():
            return self.tr("Another link is already named “{name}”.").format(name=other.name)
        return ""

    def _on_name_edited(self, text: str) -> None:
        link_id = self._single()
        if link_id is None or self._updating:
            return
        problem = self.name_problem(text)
        self._show_name_error(problem)
        if problem or text == self.document.project.links[link_id].name:
            return
        if self.document.edit.rename_link(link_id, text,
                                          merge_key=("properties.name", self._session["name"])):
            self.heading.setText(text)

    def _on_name_finished(self) -> None:
        link_id = self._single()
        if link_id is not None and self.name_problem(self.name_edit.text()):
            self._updating = True
            self.name_edit.setText(self.document.project.links[link_id].name)
            self._updating = False
            self._show_name_error("")

    def _on_stage_chosen(self, index: int) -> None:
        link_id = self._single()
        stage_id = self.stage_combo.itemData(index)
        project = self.document.project if self.document else None
        if link_id is None or stage_id is None or project.links[link_id].stage_id == stage_id:
            return
        lane = project.stage_index(stage_id)
        row = len(project.links_in_stage(stage_id))
        grid = card_grid()
        x = first_card_x(project_lane_spans(project), lane, grid)
        self.document.edit.move_links({link_id: (x, grid.position(0, row)[1])},
                                      stage_ids={link_id: stage_id})

    def _on_status_chosen(self, index: int) -> None:
        if not self.link_ids or index < 0:
            return
        status = STATUS_ORDER[index]
        self.document.edit.set_status(self.link_ids, status)  # the same status: nothing

    def _on_strategic_clicked(self, _checked: bool) -> None:
        if not self.link_ids:
            return
        self.document.edit.toggle_strategic(self.link_ids)
        self._refresh(force=False)

    def _on_end_market_clicked(self, checked: bool) -> None:
        link_id = self._single()
        if link_id is not None:
            self.document.edit.update_link(link_id, "end_market", checked)

    def _on_actors_changed(self) -> None:
        link_id = self._single()
        if link_id is None or self._updating:
            return
        actors = parse_actors(self.actors_edit.toPlainText())
        if actors != self.document.project.links[link_id].actors:
            self.document.edit.update_link(
                link_id, "actors", actors, merge_key=("properties.actors", self._session["actors"]))

    def _on_notes_changed(self) -> None:
        link_id = self._single()
        if link_id is None or self._updating:
            return
        notes = self.notes_edit.toPlainText()
        if notes != self.document.project.links[link_id].notes:
            self.document.edit.update_link(
                link_id, "notes", notes, merge_key=("properties.notes", self._session["notes"]))
