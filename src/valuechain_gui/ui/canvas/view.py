"""The canvas view: zoom, pan, fit, and the canvas keys.

Canvas keys (1/2/3/0, S, F, C, Delete, Insert/N, Shift+N, F2, Alt+Enter, arrows, Tab, Alt+arrows)
are :class:`QAction` objects added to this view with ``Qt.WidgetWithChildrenShortcut``: they
fire only while the view (or a child) has focus, so typing in a dock, a table or a line edit
never acts on links. While an inline name editor, the stage menu of N or the "connect by name"
field is open they are disabled, so Delete/Backspace/digits edit the text; while another menu
or popup has the keyboard they go to it (:mod:`.shortcut_guard`). The main window may also put
them in menus and toolbars (``canvas_actions``).

Zoomed out below ``overview.MAX_ZOOM``, the view paints from a cached picture of the whole map
kept up to date from the scene's changed rectangles (:mod:`.overview`): a fitted 5,000-link map
repaints in ~1 ms instead of ~35 ms.

Zoom: Ctrl+wheel around the cursor, ``zoom_in``/``zoom_out`` (around the cursor when it is over
the view), ``fit_all``, ``actual_size``. Pan: middle button drag, or Space + left drag.

After ``fit_all`` the view stays fitted when it is resized, until the user zooms, pans or
scrolls: a document is fitted as soon as it is shown, while its view is still hidden and has no
size yet, and the window's layout settles later (a new map once opened with its stage headers
scrolled off-screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCursor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from valuechain_gui.model import LinkStatus
from valuechain_gui.ui.document.edit import DocumentEdit
from .interactions import CanvasInteractions
from .interactions.menus import stage_action
from .overview import OverviewCache
from .scene import FIT_MARGIN, ChainScene
from .shortcut_guard import PopupShortcutGuard

#: Up to this zoom the view draws without antialiasing what Qt paints for it (flow arrows,
#: lanes): at 100 % about 650 long flows cross a 1,600 x 900 view, and antialiasing their
#: 1-pixel lines doubled the time of a repaint. The lines are horizontal and vertical with small
#: rounded corners, so they look the same, only crisper; cards, overlays and exports antialias
#: their own drawing. Zoomed in (few flows in view, larger corners) the view antialiases again.
SMOOTH_ABOVE_ZOOM = 1.0
MIN_ZOOM = 0.03
#: Viewport events that look for the items under the pointer.
_HITTING = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
            QEvent.Type.ContextMenu, QEvent.Type.DragEnter}
MAX_ZOOM = 5.0
ZOOM_STEP = 1.25


class CanvasView(QGraphicsView):
    """The view of a :class:`ChainScene`, with the interactions that edit through ``edit``.

    Args:
        scene: the display scene shown.
        edit: the document's :class:`DocumentEdit` the interactions edit through (None: their
            own, see :class:`CanvasInteractions`).
        parent: the parent widget.

    Attributes:
        interactions: the :class:`CanvasInteractions` installed on ``scene`` (drag, connect,
            inline names, keys, context menus).
        canvas_actions: ``dict[str, QAction]`` with keys "strong", "weak", "missing",
            "unassessed", "strategic", "connect", "connect_to", "connect_from", "delete",
            "insert", "add_downstream", "rename", "properties", "left", "right", "up", "down",
            "next_card", "previous_card", "focus_left", "focus_right", "focus_up", "focus_down",
            and the menu-only entries (selection, stages).
    """

    #: Alt+Enter on the map: show the focused link's properties (the window focuses its panel).
    properties_requested = Signal()

    def __init__(self, scene: ChainScene, edit: DocumentEdit | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.chain_scene = scene
        self.interactions = CanvasInteractions(scene, edit, self)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._pan_from: QPoint | None = None
        self._space = False
        self.keep_fitted = False  # fit_all again on resize, until the user moves the view
        self._fitted_size = QSize()  # the view's size at the last fit_all
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._user_moved)
        self.canvas_actions: dict[str, QAction] = {}
        self._build_actions()
        self.shortcut_guard = PopupShortcutGuard(self)  # no map key while a menu is open
        self.interactions.editing_changed.connect(self._on_editing)
        self.overview = OverviewCache(self)  # zoomed out: paint from one picture (see module)

    # ------------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        s, c = self.chain_scene, self.interactions
        k = c.keys
        specs = [
            ("strong", self.tr("Tag strong"), ["1"], lambda: k.tag_selected(LinkStatus.STRONG)),
            ("weak", self.tr("Tag weak"), ["2"], lambda: k.tag_selected(LinkStatus.WEAK)),
            ("missing", self.tr("Tag missing"), ["3"], lambda: k.tag_selected(LinkStatus.MISSING)),
            ("unassessed", self.tr("Tag unassessed"), ["0"],
             lambda: k.tag_selected(LinkStatus.UNASSESSED)),
            ("strategic", self.tr("Toggle strategic"), ["S"], k.toggle_strategic_selected),
            ("connect", self.tr("Connect selected (first → last)"), ["F"], c.connector.connect_selected),
            ("delete", self.tr("Delete"), [QKeySequence.StandardKey.Delete, "Backspace"],
             k.delete_selected),
            ("connect_to", self.tr("Flow to a link named…"), ["C"], lambda: c.by_name.open(True)),
            ("connect_from", self.tr("Flow from a link named…"), ["Shift+C"],
             lambda: c.by_name.open(False)),
            ("insert", self.tr("Add link"), ["Ins", "N"], c.inline.insert_link),
            ("add_downstream", self.tr("Add link downstream"), ["Shift+N", "Shift+Ins"],
             c.inline.add_downstream),
            ("rename", self.tr("Rename link"), ["F2"], c.inline.rename_selected),
            ("properties", self.tr("Link properties"), ["Alt+Return", "Alt+Enter"],
             self.properties_requested.emit),
            ("next_card", self.tr("Next link"), ["Tab"], lambda: c.navigation.step(1)),
            ("previous_card", self.tr("Previous link"), ["Shift+Tab", "Backtab"],
             lambda: c.navigation.step(-1)),
            ("focus_left", self.tr("Go to the link on the left"), ["Alt+Left"],
             lambda: c.navigation.spatial(Qt.Key.Key_Left)),
            ("focus_right", self.tr("Go to the link on the right"), ["Alt+Right"],
             lambda: c.navigation.spatial(Qt.Key.Key_Right)),
            ("focus_up", self.tr("Go to the link above"), ["Alt+Up"],
             lambda: c.navigation.spatial(Qt.Key.Key_Up)),
            ("focus_down", self.tr("Go to the link below"), ["Alt+Down"],
             lambda: c.navigation.spatial(Qt.Key.Key_Down)),
            ("left", self.tr("Move to previous stage"), ["Left"], lambda: k.move_selected(-1)),
            ("right", self.tr("Move to next stage"), ["Right"], lambda: k.move_selected(1)),
            ("up", self.tr("Move up"), ["Up"], lambda: k.move_selected(0, -10.0)),
            ("down", self.tr("Move down"), ["Down"], lambda: k.move_selected(0, 10.0)),
            # extra entries for the main window's menus (no single-key shortcuts)
            ("select_all", self.tr("Select all"), [QKeySequence.StandardKey.SelectAll],
             s.select_all),
            ("select_upstream", self.tr("Select upstream chain"), [],
             lambda: s.select_chain_of_selection(upstream=True)),
            ("select_downstream", self.tr("Select downstream chain"), [],
             lambda: s.select_chain_of_selection(upstream=False)),
            ("select_chain", self.tr("Select whole chain"), [],
             lambda: s.select_chain_of_selection(upstream=None)),
            ("add_stage", self.tr("Add stage"), ["Ctrl+Shift+N"], lambda: stage_action(c, "add")),
            ("rename_stage", self.tr("Rename stage"), [], lambda: stage_action(c, "rename")),
            ("move_stage_left", self.tr("Move stage left"), [], lambda: stage_action(c, "left")),
            ("move_stage_right", self.tr("Move stage right"), [],
             lambda: stage_action(c, "right")),
            ("remove_stage", self.tr("Remove stage…"), [], lambda: stage_action(c, "remove")),
        ]
        for key, text, shortcuts, slot in specs:
            action = QAction(text, self)
            sequences: list[QKeySequence] = []
            for shortcut in shortcuts:
                if isinstance(shortcut, QKeySequence.StandardKey):
                    sequences += QKeySequence.keyBindings(shortcut)
                else:
                    sequences.append(QKeySequence(shortcut))
            action.setShortcuts(list(dict.fromkeys(sequences)))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.canvas_actions[key] = action

    def _on_editing(self, editing: bool) -> None:
        for action in self.canvas_actions.values():
            action.setEnabled(not editing)
        if editing and not self.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ zoom
    def _user_moved(self, *_args: object) -> None:
        self.keep_fitted = False

    def zoom_factor(self) -> float:
        """Current scale: 1.0 = 100 % (one scene pixel per screen pixel)."""
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``factor`` (clamped to [0.03, 5]) keeping the scene point under viewport point
        ``anchor`` in place (default: the cursor when it is over the view, else the centre)."""
        self.keep_fitted = False
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        ratio = factor / self.zoom_factor()
        if abs(ratio - 1.0) < 1e-9:
            return
        if anchor is None:
            cursor = self.viewport().mapFromGlobal(QCursor.pos())
            inside = self.viewport().rect().contains(cursor) and self.viewport().underMouse()
            anchor = cursor if inside else self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.setTransform(QTransform.fromScale(factor, factor))  # exact: no drift
        moved = self.mapFromScene(fixed) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def actual_size(self) -> None:
        """Zoom to 100 %."""
        self.set_zoom(1.0)

    def fit_all(self) -> None:
        """Show the whole map, its top at the top of the view (and keep it so on resize until
        the user moves the view)."""
        rect = self.chain_scene.content_rect(FIT_MARGIN)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom_factor() > 1.0:  # a tiny map is shown at 100 %, not blown up
            self.set_zoom(1.0, self.viewport().rect().center())
            self.centerOn(rect.center())
        gap = self.mapFromScene(rect.topLeft()).y()  # a wide map sits in the middle: raise it
        if gap > 0:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + gap)
        self.keep_fitted = True
        self._fitted_size = self.size()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """The viewport was resized: fit the map again if it was fitted and not moved since,
        and the view itself changed size (scroll bars coming and going resize only the
        viewport: fitting again then could go back and forth)."""
        super().resizeEvent(event)
        if self.keep_fitted and self.size() != self._fitted_size and not event.size().isEmpty():
            self.fit_all()

    def center_on_link(self, link_id: str) -> None:
        """Scroll so the link's card is in the middle of the view."""
        card = self.chain_scene.card(link_id)
        if card is not None:
            self.centerOn(card)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Zoomed out, paint from the overview picture (:mod:`.overview`); else as Qt does.
        Flows and lanes are antialiased only above :data:`SMOOTH_ABOVE_ZOOM`."""
        smooth = self.transform().m11() > SMOOTH_ABOVE_ZOOM
        if bool(self.renderHints() & QPainter.RenderHint.Antialiasing) != smooth:
            self.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        if self.overview.active():
            self.overview.paint(event)
            return
        self.chain_scene.ensure_cards()  # Qt paints the items: a map just opened builds them
        super().paintEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A click, a double click or a context menu on a map just opened finds every card:
        the cards still to be built are built first (see :mod:`.deferred`)."""
        if event.type() in _HITTING:
            self.chain_scene.ensure_cards()
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom_factor() * ZOOM_STEP ** steps,
                              event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ pan
    def _start_pan(self, pos: QPoint) -> None:
        self.keep_fitted = False
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton,
                                                             Qt.MouseButton.LeftButton):
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self.chain_scene.ensure_cards()  # keys act on cards: every one is there
        editing = self.interactions.inline.editor is not None
        if event.key() == Qt.Key.Key_Space and not editing:
            if not event.isAutoRepeat():
                self._space = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll) and not editing:
            self.chain_scene.select_all()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and not editing:
            self.interactions.escape()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)
