"""Context menus of the canvas (cards, flows, lane headers, empty canvas) and the stage questions.

Menus are built on demand (:func:`build_context_menu`, testable without showing them) and shown by
:func:`show_context_menu` (the controller calls it on a context-menu event of the scene); every
entry acts through the canvas interactions and the document's edit façade. Removing a stage that
holds links asks whether to move them to another stage or delete them (:func:`ask_stage_removal`,
replaceable in tests through ``interactions.ask_stage_removal``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from valuechain_gui.model import LinkStatus
from valuechain_gui.words import word
from valuechain_gui.ui.text.labels import link_status_label
from ..flow_item import FlowArrow
from ..items import LinkCard

if TYPE_CHECKING:
    from .controller import CanvasInteractions

#: Answer of :func:`ask_stage_removal`: ("move", stage id) / ("delete", None) / None (cancel).
Removal = tuple[str, str | None] | None


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def _parent(canvas: CanvasInteractions) -> QWidget | None:
    views = canvas.scene.views()
    return views[0] if views else None


def ask_stage_removal(canvas: CanvasInteractions, stage_id: str) -> Removal:
    """Ask what to do with the links of a stage being removed (modal dialogs)."""
    project = canvas.project
    stage = project.stage(stage_id)
    count = len(project.links_in_stage(stage_id))
    others = [s for s in project.stages if s.id != stage_id]
    box = QMessageBox(_parent(canvas))
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_t("Remove stage"))
    box.setText(QCoreApplication.translate(
        "Canvas", "The stage “{stage}” holds %n link(s). What should happen to them?", None,
        count).format(stage=stage.name))
    move = box.addButton(_t("Move them to another stage…"), QMessageBox.ButtonRole.AcceptRole)
    delete = box.addButton(_t("Delete them"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    move.setEnabled(bool(others))
    box.exec()
    if box.clickedButton() is delete:
        return ("delete", None)
    if box.clickedButton() is not move:
        return None
    names = [s.name for s in others]
    index = max(0, project.stage_index(stage_id) - 1)
    name, ok = QInputDialog.getItem(_parent(canvas), _t("Move links"),
                                    _t("Move the links to:"), names, min(index, len(names) - 1),
                                    False)
    if not ok:
        return None
    return ("move", others[names.index(name)].id)


def remove_stage(canvas: CanvasInteractions, stage_id: str) -> None:
    """Remove a stage, asking first when it holds links."""
    project = canvas.project
    if not project.links_in_stage(stage_id):
        canvas.edit.remove_stage(stage_id, None)
        return
    answer = canvas.ask_stage_removal(canvas, stage_id)
    if answer is None:
        return
    canvas.edit.remove_stage(stage_id, answer[1] if answer[0] == "move" else None)


def add_stage(canvas: CanvasInteractions, index: int) -> None:
    """Insert a stage named "Stage" (in the project's language) at ``index`` and rename it inline."""
    stage_id = canvas.edit.add_stage(word(canvas.project.language, "stage.default"), index)
    if stage_id is not None:
        canvas.inline.start_stage_rename(stage_id)


def stage_action(canvas: CanvasInteractions, what: str) -> None:
    """A stage edit from the main window's menu on the current stage (see
    :meth:`CanvasInteractions.current_stage_id`): ``what`` is "add" (after it, or last), "rename",
    "left", "right" or "remove"."""
    project = canvas.project
    stage_id = canvas.current_stage_id()
    if what == "add":
        index = project.stage_index(stage_id) + 1 if stage_id else len(project.stages)
        add_stage(canvas, index)
        return
    if stage_id is None:
        canvas.tell(_t("Click in a stage (or select one of its links) first."))
        return
    index = project.stage_index(stage_id)
    if what == "rename":
        canvas.inline.start_stage_rename(stage_id)
    elif what == "left" and index > 0:
        canvas.edit.move_stage(stage_id, index - 1)
    elif what == "right" and index < len(project.stages) - 1:
        canvas.edit.move_stage(stage_id, index + 1)
    elif what == "remove":
        remove_stage(canvas, stage_id)


def build_context_menu(canvas: CanvasInteractions, pos: QPointF, parent: QWidget | None = None) -> QMenu:
    """The menu for what is under scene ``pos`` (card, flow, lane header, or empty canvas)."""
    menu = QMenu(parent)
    project = canvas.project
    target = next((item for item in canvas.scene.items(pos)
                   if isinstance(item, (LinkCard, FlowArrow))), None)
    if isinstance(target, LinkCard):
        if target.link_id not in canvas.scene.selected_link_ids():
            canvas.scene.select_links([target.link_id])
        link_id = target.link_id
        for status in (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING,
                       LinkStatus.UNASSESSED):
            action = menu.addAction(_t("Tag as {status}").format(status=link_status_label(status)))
            action.triggered.connect(lambda _=False, s=status: canvas.keys.tag_selected(s))
        menu.addAction(_t("Toggle strategic")).triggered.connect(
            canvas.keys.toggle_strategic_selected)
        menu.addSeparator()
        menu.addAction(_t("Rename")).triggered.connect(lambda: canvas.inline.start_rename(link_id))
        menu.addAction(_t("Delete")).triggered.connect(canvas.keys.delete_selected)
        menu.addSeparator()
        menu.addAction(_t("Select upstream chain")).triggered.connect(
            lambda: canvas.scene.select_chain(link_id, upstream=True))
        menu.addAction(_t("Select downstream chain")).triggered.connect(
            lambda: canvas.scene.select_chain(link_id, upstream=False))
        if canvas.link_actions:
            menu.addSeparator()
            menu.addActions(canvas.link_actions)
        return menu
    if isinstance(target, FlowArrow):
        key = target.key
        menu.addAction(_t("Delete flow")).triggered.connect(
            lambda: canvas.edit.remove_flows([key]))
        return menu
    lane = canvas.scene.lane_at_pos(pos)
    if lane is not None and lane.in_header(pos):
        stage_id, index = lane.stage_id, lane.index
        menu.addAction(_t("Rename stage")).triggered.connect(
            lambda: canvas.inline.start_stage_rename(stage_id))
        menu.addAction(_t("Add stage before")).triggered.connect(lambda: add_stage(canvas, index))
        menu.addAction(_t("Add stage after")).triggered.connect(
            lambda: add_stage(canvas, index + 1))
        left = menu.addAction(_t("Move stage left"))
        left.setEnabled(index > 0)
        left.triggered.connect(lambda: canvas.edit.move_stage(stage_id, index - 1))
        right = menu.addAction(_t("Move stage right"))
        right.setEnabled(index < len(project.stages) - 1)
        right.triggered.connect(
            lambda: canvas.edit.move_stage(stage_id, index + 1))
        menu.addSeparator()
        menu.addAction(_t("Remove stage…")).triggered.connect(
            lambda: remove_stage(canvas, stage_id))
        return menu
    menu.addAction(_t("Add link here")).triggered.connect(lambda: canvas.inline.start_new_link(pos))
    menu.addAction(_t("Add stage")).triggered.connect(
        lambda: add_stage(canvas, len(project.stages)))
    return menu


def show_context_menu(canvas: CanvasInteractions, pos: QPointF, screen_pos: QPoint) -> bool:
    """Show the context menu for scene ``pos`` at ``screen_pos``; True when one was shown."""
    menu = build_context_menu(canvas, pos, _parent(canvas))
    if menu.isEmpty():
        return False
    menu.exec(screen_pos)
    menu.deleteLater()
    return True
