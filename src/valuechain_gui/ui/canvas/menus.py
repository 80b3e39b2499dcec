"""Context menus of the canvas (cards, flows, lane headers, empty canvas) and the stage questions.

Menus are built on demand (:func:`build_context_menu`, testable without showing them) and shown by
:func:`show_context_menu`. Removing a stage that holds links asks whether to move them to another
stage or delete them (:func:`ask_stage_removal`, replaceable in tests through
``scene.ask_stage_removal``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from valuechain_gui.model import LinkStatus
from valuechain_gui.words import word
from valuechain_gui.ui.text.labels import link_status_label
from .flow_item import FlowArrow
from .items import LinkCard

if TYPE_CHECKING:
    from .scene import ChainScene

#: Answer of :func:`ask_stage_removal`: ("move", stage id) / ("delete", None) / None (cancel).
Removal = tuple[str, str | None] | None


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def _parent(scene: ChainScene) -> QWidget | None:
    views = scene.views()
    return views[0] if views else None


def ask_stage_removal(scene: ChainScene, stage_id: str) -> Removal:
    """Ask what to do with the links of a stage being removed (modal dialogs)."""
    project = scene.project
    stage = project.stage(stage_id)
    count = len(project.links_in_stage(stage_id))
    others = [s for s in project.stages if s.id != stage_id]
    box = QMessageBox(_parent(scene))
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
    name, ok = QInputDialog.getItem(_parent(scene), _t("Move links"),
                                    _t("Move the links to:"), names, min(index, len(names) - 1),
                                    False)
    if not ok:
        return None
    return ("move", others[names.index(name)].id)


def remove_stage(scene: ChainScene, stage_id: str) -> None:
    """Remove a stage, asking first when it holds links."""
    project = scene.project
    if not project.links_in_stage(stage_id):
        scene.edit.remove_stage(stage_id, None)
        return
    answer = scene.ask_stage_removal(scene, stage_id)
    if answer is None:
        return
    scene.edit.remove_stage(stage_id, answer[1] if answer[0] == "move" else None)


def add_stage(scene: ChainScene, index: int) -> None:
    """Insert a stage named "Stage" (in the project's language) at ``index`` and rename it inline."""
    stage_id = scene.edit.add_stage(word(scene.project.language, "stage.default"), index)
    if stage_id is not None:
        scene.start_stage_rename(stage_id)


def stage_action(scene: ChainScene, what: str) -> None:
    """A stage edit from the main window's menu on the current stage (see
    :meth:`ChainScene.current_stage_id`): ``what`` is "add" (after it, or last), "rename",
    "left", "right" or "remove"."""
    project = scene.project
    stage_id = scene.current_stage_id()
    if what == "add":
        index = project.stage_index(stage_id) + 1 if stage_id else len(project.stages)
        add_stage(scene, index)
        return
    if stage_id is None:
        scene.status_message.emit(_t("Click in a stage (or select one of its links) first."))
        return
    index = project.stage_index(stage_id)
    if what == "rename":
        scene.start_stage_rename(stage_id)
    elif what == "left" and index > 0:
        scene.edit.move_stage(stage_id, index - 1)
    elif what == "right" and index < len(project.stages) - 1:
        scene.edit.move_stage(stage_id, index + 1)
    elif what == "remove":
        remove_stage(scene, stage_id)


def build_context_menu(scene: ChainScene, pos: QPointF, parent: QWidget | None = None) -> QMenu:
    """The menu for what is under scene ``pos`` (card, flow, lane header, or empty canvas)."""
    menu = QMenu(parent)
    project = scene.project
    target = next((item for item in scene.items(pos) if isinstance(item, (LinkCard, FlowArrow))),
                  None)
    if isinstance(target, LinkCard):
        if target.link_id not in scene.selected_link_ids():
            scene.select_links([target.link_id])
        link_id = target.link_id
        for status in (LinkStatus.STRONG, LinkStatus.WEAK, LinkStatus.MISSING,
                       LinkStatus.UNASSESSED):
            action = menu.addAction(_t("Tag as {status}").format(status=link_status_label(status)))
            action.triggered.connect(lambda _=False, s=status: scene.tag_selected(s))
        menu.addAction(_t("Toggle strategic")).triggered.connect(scene.toggle_strategic_selected)
        menu.addSeparator()
        menu.addAction(_t("Rename")).triggered.connect(lambda: scene.start_rename(link_id))
        menu.addAction(_t("Delete")).triggered.connect(scene.delete_selected)
        menu.addSeparator()
        menu.addAction(_t("Select upstream chain")).triggered.connect(
            lambda: scene.select_chain(link_id, upstream=True))
        menu.addAction(_t("Select downstream chain")).triggered.connect(
            lambda: scene.select_chain(link_id, upstream=False))
        return menu
    if isinstance(target, FlowArrow):
        key = target.key
        menu.addAction(_t("Delete flow")).triggered.connect(
            lambda: scene.edit.remove_flows([key]))
        return menu
    lane = scene.lane_at_pos(pos)
    if lane is not None and lane.in_header(pos):
        stage_id, index = lane.stage_id, lane.index
        menu.addAction(_t("Rename stage")).triggered.connect(
            lambda: scene.start_stage_rename(stage_id))
        menu.addAction(_t("Add stage before")).triggered.connect(lambda: add_stage(scene, index))
        menu.addAction(_t("Add stage after")).triggered.connect(
            lambda: add_stage(scene, index + 1))
        left = menu.addAction(_t("Move stage left"))
        left.setEnabled(index > 0)
        left.triggered.connect(lambda: scene.edit.move_stage(stage_id, index - 1))
        right = menu.addAction(_t("Move stage right"))
        right.setEnabled(index < len(project.stages) - 1)
        right.triggered.connect(
            lambda: scene.edit.move_stage(stage_id, index + 1))
        menu.addSeparator()
        menu.addAction(_t("Remove stage…")).triggered.connect(
            lambda: remove_stage(scene, stage_id))
        return menu
    menu.addAction(_t("Add link here")).triggered.connect(lambda: scene.start_new_link(pos))
    menu.addAction(_t("Add stage")).triggered.connect(
        lambda: add_stage(scene, len(project.stages)))
    return menu


def show_context_menu(scene: ChainScene, pos: QPointF, screen_pos: QPoint) -> bool:
    """Show the context menu for scene ``pos`` at ``screen_pos``; True when one was shown."""
    menu = build_context_menu(scene, pos, _parent(scene))
    if menu.isEmpty():
        return False
    menu.exec(screen_pos)
    menu.deleteLater()
    return True
